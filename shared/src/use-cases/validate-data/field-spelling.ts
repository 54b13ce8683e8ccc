import { DEFAULT_FALSE, DEFAULT_TRUE, spellingOf } from "../../engine/data/cell-spelling.js";
import type { TableSchemaField } from "../../engine/data/column-type.js";
import { compileDatePattern, DatePatternError } from "../../engine/data/date-pattern.js";

type Fail = (pointer: string, problem: string, fix?: string) => never;

/** The field types each of Table Schema's spelling properties belongs to. */
const SPELLING_TYPES: Readonly<Record<string, readonly string[]>> = {
  decimalChar: ["number"],
  groupChar: ["number", "integer"],
  bareNumber: ["number", "integer"],
  trueValues: ["boolean"],
  falseValues: ["boolean"],
};

/** Characters a number's own grammar uses, which cannot also mark its decimals or groups. */
const NUMBER_CHARACTERS = /[0-9+\-eE]/;

/**
 * The rules of a field's spelling of its values (Table Schema's `decimalChar`, `groupChar`,
 * `bareNumber`, `trueValues`, `falseValues`): each on a field of its type, a number's marks
 * one character each, none of the number's own and not the same, and no word both true and
 * false. The data engine reads cells by them (see `spellingOf` in the engine).
 */
export function checkSpelling(field: TableSchemaField, at: string, fail: Fail): void {
  const type = field.type ?? "any";
  for (const [key, types] of Object.entries(SPELLING_TYPES)) {
    if (field[key as keyof TableSchemaField] !== undefined && !types.includes(type)) {
      fail(
        `${at}/${key}`,
        `applies to ${types.join(" and ")} fields, not ${type === "any" ? "an untyped field" : type}`,
        `Remove it, or declare the field's type as ${types.join(" or ")}`,
      );
    }
  }
  for (const key of ["decimalChar", "groupChar"] as const) {
    const mark = field[key];
    if (mark !== undefined && ([...mark].length !== 1 || NUMBER_CHARACTERS.test(mark))) {
      fail(
        `${at}/${key}`,
        `is ${JSON.stringify(mark)}: it must be one character, not a digit, a sign or an e`,
        key === "decimalChar"
          ? 'Write one character, such as ","'
          : 'Write one character, such as "," or " "',
      );
    }
  }
  // An integer has no decimal character, so any group character will do.
  if (
    field.type === "number" &&
    field.groupChar !== undefined &&
    field.groupChar === (field.decimalChar ?? ".")
  ) {
    fail(
      `${at}/groupChar`,
      `is ${JSON.stringify(field.groupChar)}, the field's decimal character too`,
      field.decimalChar === undefined
        ? 'Set decimalChar to "," where numbers are written 1.234,5'
        : "Give the groups and the decimals different characters",
    );
  }
  if (field.trueValues === undefined && field.falseValues === undefined) return;
  // A list left out is Table Schema's default, which may hold a word of the other.
  const falseWords = new Set(field.falseValues ?? DEFAULT_FALSE);
  const both = (field.trueValues ?? DEFAULT_TRUE).find((word) => falseWords.has(word));
  if (both !== undefined) {
    const leftOut =
      field.trueValues === undefined
        ? ` (trueValues left out is the default: ${DEFAULT_TRUE.join(", ")})`
        : field.falseValues === undefined
          ? ` (falseValues left out is the default: ${DEFAULT_FALSE.join(", ")})`
          : "";
    fail(
      `${at}/${field.trueValues === undefined ? "falseValues" : "trueValues"}`,
      `makes ${JSON.stringify(both)} both true and false${leftOut}`,
      "Keep each word in one of trueValues and falseValues, and give both lists where a default word is meant otherwise",
    );
  }
}

/** A date or datetime field's `format` other than `default` and `any`: strptime's directives. */
export function checkDatePattern(format: string, at: string, fail: Fail): void {
  try {
    compileDatePattern(format);
  } catch (error) {
    if (!(error instanceof DatePatternError)) throw error;
    fail(
      `${at}/format`,
      `is ${JSON.stringify(format)}, which ${error.message}`,
      "Write the pattern with strptime's directives, such as %d/%m/%Y for 31/12/2024 or %m/%d/%Y %I:%M %p for 12/31/2024 05:30 PM, or any for either ISO 8601 form",
    );
  }
}

/**
 * What a constraint's fix adds on a field with a spelling of its own: its bounds and enum are
 * written as Table Schema's defaults, not as its cells are.
 */
export function spelledConstraintNote(field: TableSchemaField): string {
  return spellingOf(field) === undefined
    ? ""
    : " (a constraint is written as Table Schema's defaults write values, true or false, 1234.5, an ISO 8601 date, whatever the field's own spelling)";
}
