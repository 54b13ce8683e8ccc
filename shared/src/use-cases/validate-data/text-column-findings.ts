import { parseNumberCell } from "../../engine/data/parse-cell.js";
import type { ColumnProfile } from "../../engine/profile/profile-types.js";
import {
  missingValuesArgument,
  missingWordsAmongNumbers,
  shownColumn,
} from "../../engine/profile/missing-values.js";
import { nestedValueOf } from "./nested-values.js";
import { numberCharsOf, optionsText, type NumberChars } from "./spelling-hints.js";

/**
 * What the values of a column inferred as text tell of it, where it is more than text: JSON
 * objects or arrays (a JSON Lines file's nested values, each read as its JSON text), numbers but
 * for cells that mean no value (`NA`, `NULL`, `\N`), or numbers spelled with a decimal comma or
 * with commas between groups. The values are those the profile kept: all of them where it
 * counted them exactly, else the most frequent.
 */
export type TextFinding =
  | { readonly kind: "nested"; readonly holds: "objects" | "arrays"; readonly key?: string }
  | { readonly kind: "missing"; readonly spellings: readonly string[] }
  | { readonly kind: "spelled"; readonly chars: readonly NumberChars[]; readonly all: boolean };

/** Whether every one of `texts` is a JSON object, or every one a JSON array, and a key. */
function nestedFinding(texts: readonly string[]): TextFinding | undefined {
  const values = texts.map(nestedValueOf);
  const isObject = (value: object | undefined) => value !== undefined && !Array.isArray(value);
  if (values.every(isObject)) {
    const key = values.map((value) => Object.keys(value!)[0]).find((k) => k !== undefined);
    return { kind: "nested", holds: "objects", ...(key === undefined ? {} : { key }) };
  }
  return values.every(Array.isArray) ? { kind: "nested", holds: "arrays" } : undefined;
}

/** What a text column's kept values tell of it; `undefined` where they are text and no more. */
export function textFinding(column: ColumnProfile): TextFinding | undefined {
  const { frequent } = column;
  if ((column.type !== "categorical" && column.type !== "text") || !frequent) return undefined;
  const texts = frequent.items.map((item) => String(item.value));
  if (texts.length === 0) return undefined;
  const nested = nestedFinding(texts);
  if (nested) return nested;
  // A column of numbers as text that are all a number's default spelling is one of ids with
  // leading zeros (`00501`), which is text.
  if (texts.every((text) => parseNumberCell(text) !== undefined)) return undefined;
  const spellings = missingWordsAmongNumbers(texts);
  if (spellings !== null) return { kind: "missing", spellings };
  const chars = numberCharsOf(texts);
  return chars.length === 0 ? undefined : { kind: "spelled", chars, all: frequent.exact };
}

/** The number options a finding settles: one spelling reads every value of the column. */
export function settledChars(finding: TextFinding | undefined): NumberChars | undefined {
  return finding?.kind === "spelled" && finding.all && finding.chars.length === 1
    ? finding.chars[0]
    : undefined;
}

/** The warning of a finding, or `undefined` where the field written says it all. */
export function textFindingNote(column: ColumnProfile, finding: TextFinding): string | undefined {
  const name = shownColumn(column.name);
  switch (finding.kind) {
    case "nested": {
      const key =
        finding.key === undefined ? "" : ` such as ${shownColumn(`${column.name}.${finding.key}`)}`;
      return finding.holds === "objects"
        ? `column ${name} holds JSON objects, each read as its JSON text: it is written with no enum, and a contract cannot name the objects' keys${key}. To check them, flatten the data first (jq, or pandas.json_normalize)`
        : `column ${name} holds JSON arrays, each read as its JSON text: it is written with no enum`;
    }
    case "missing": {
      const shown = finding.spellings.map((spelling) => `'${spelling}'`).join(", ");
      return `column ${name} holds numbers and ${shown}, so it is written as string. Where ${finding.spellings.length === 1 ? "that means" : "those mean"} no value, infer again with --missing-values ${missingValuesArgument(finding.spellings)}`;
    }
    case "spelled": {
      if (settledChars(finding)) return undefined;
      const options = finding.chars.map(optionsText).join(" or ");
      const fix = `declare it type: number with ${options}${finding.chars.length > 1 ? ", the one the data means" : ""}`;
      return finding.all
        ? `column ${name} is written as string, but all its values read as numbers with ${options}: ${fix}`
        : `column ${name} is written as string, but its most frequent values read as numbers with ${options}: where every value does, ${fix}`;
    }
  }
}
