import { pointerKeys } from "../files/nesting.js";
import { closestName, didYouMean, quoteName } from "../report/closest-name.js";
import { shorten } from "../report/shorten.js";
import type { SchemaError } from "./json-schema.js";

/** A schema violation in words: the field (a JSON pointer), what is wrong, and the fix. */
export interface Explained {
  readonly field: string;
  readonly problem: string;
  readonly fix?: string;
}

/** The text of the scalar at a JSON pointer as its file writes it (`yes`, `"yes"`), when known. */
export type SourceOf = (pointer: string) => string | undefined;

/** The part of the failing keyword's schema object that the words are made from. */
interface ParentSchema {
  readonly properties?: Record<string, unknown>;
  readonly required?: readonly string[];
}

/** The value at a JSON pointer into `document`, or undefined where there is none. */
function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const key of pointerKeys(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** `a`, `a or b`, `a, b or c`. */
const orList = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** What a value of each JSON Schema type is called in a message. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
};

/** A value as a message names it: `the text "yes"`, `the number 2.5`, `a list`. */
function valueWords(value: unknown): string {
  if (typeof value === "string") return `the text ${JSON.stringify(shorten(value, 60))}`;
  if (typeof value === "number") return `the number ${value}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : String(value);
}

/** Words YAML 1.1 read as booleans and YAML 1.2, which the contracts are read as, reads as text. */
const YAML_11_BOOLEANS = /^(?:y|yes|n|no|on|off)$/i;

/**
 * How to write a value of `type` in place of `value`, which the file writes as `written` (when
 * known). Only a word the file leaves unquoted is told of YAML: in quotes, or in JSON, it is
 * text in any reader.
 */
function typeFix(
  type: string,
  value: unknown,
  written: string | undefined,
  parent: ParentSchema,
): string | undefined {
  const text = typeof value === "string" ? value.trim() : undefined;
  switch (type) {
    case "boolean":
      if (text !== undefined && written === value && YAML_11_BOOLEANS.test(text)) {
        return `Write true or false: YAML 1.2 reads ${JSON.stringify(shorten(text, 60))} as text`;
      }
      return /^(?:true|false)$/i.test(text ?? "")
        ? "Write true or false without quotes"
        : "Write true or false";
    case "number":
    case "integer":
      if (text !== undefined && text !== "" && Number.isFinite(Number(text))) {
        return "Write the number without quotes";
      }
      return type === "integer" ? "Write a whole number, such as 3" : "Write a number";
    case "string":
      if (value === null) return undefined;
      // Unquoted in YAML, [a-z] is a list and {x} an object: quoting keeps them text.
      return typeof value === "object"
        ? "Write one piece of text in its place, in quotes if it starts with [ or {"
        : "Put it in quotes to make it text";
    case "array":
      return 'Write a list, such as ["a", "b"]';
    case "object": {
      const names = Object.keys(parent.properties ?? {});
      return names.length > 0
        ? `Give it properties: ${names.join(", ")}`
        : "Write an object of name: value entries";
    }
    default:
      return undefined;
  }
}

/**
 * A value of the wrong type: what it must be, what it is, and how to write one that fits. A
 * YAML `.inf` or `.nan` where a number may stand is a number, but no finite one.
 */
function explainType(
  field: string,
  error: SchemaError,
  value: unknown,
  written: string | undefined,
): Explained {
  const types = ([] as string[]).concat(error.params.type as string | string[]);
  const wanted = orList(types.map((type) => TYPE_WORDS[type] ?? type));
  const numeric = types.some((type) => type === "number" || type === "integer");
  if (typeof value === "number" && !Number.isFinite(value) && numeric) {
    const text = types.includes("string") ? ", or put it in quotes where text is meant" : "";
    return {
      field,
      problem: `is ${value}, which is not a finite number`,
      fix: `Write a finite number${text}`,
    };
  }
  const fix = typeFix(types[0]!, value, written, error.parentSchema as ParentSchema);
  // A key without a value (`required:` and nothing after it) is null: say so, and what to write.
  if (value === null) return { field, problem: "has no value", fix: fix ?? `Write ${wanted}` };
  return { field, problem: `must be ${wanted}, not ${valueWords(value)}`, fix };
}

/**
 * An object with too few properties: the properties it lacks, the required first (a quantile
 * bound with only `q` is told to add `min or max`; one with only `min`, to add `q`).
 */
function explainMinProperties(field: string, error: SchemaError, value: unknown): Explained {
  const { limit } = error.params as { limit: number };
  const parent = (error.parentSchema ?? {}) as ParentSchema;
  const present = Object.keys(value ?? {});
  const problem =
    present.length === 0 ? "is empty" : `has only ${present.map(quoteName).join(", ")}`;
  const absent = Object.keys(parent.properties ?? {}).filter((name) => !present.includes(name));
  // A map (a policy's metrics) declares no properties to name: any name is one of its entries.
  if (absent.length === 0) {
    return {
      field,
      problem,
      fix: `Add at least ${limit === 1 ? "one entry" : `${limit} entries`}`,
    };
  }
  const required = absent.filter((name) => parent.required?.includes(name));
  const optional = absent.filter((name) => !required.includes(name));
  const more = limit - present.length - required.length;
  const add = required.length > 0 ? [required.join(" and ")] : [];
  if (more > 0 && optional.length > 0) {
    add.push(more === 1 ? orList(optional) : `${more} of ${optional.join(", ")}`);
  }
  return { field, problem, fix: `Add ${add.join(", and ")}` };
}

/** An enum's value: the allowed values, with the one it likely misspells first. */
function explainEnum(field: string, error: SchemaError, value: unknown): Explained {
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
  const meant = typeof value === "string" ? didYouMean(value, allowed) : "";
  return {
    field,
    problem: "has a value that is not allowed",
    fix: `${meant}Use one of: ${allowed.join(", ")}`,
  };
}

/**
 * A missing required property; a property present that the schema does not declare, and that
 * misspells it (`nmae` for `name`), is named to be renamed.
 */
function explainRequired(field: string, error: SchemaError, value: unknown): Explained {
  const { missingProperty } = error.params as { missingProperty: string };
  const declared = (error.parentSchema as ParentSchema | undefined)?.properties ?? {};
  const undeclared = Object.keys(value ?? {}).filter((name) => !Object.hasOwn(declared, name));
  const near = closestName(missingProperty, undeclared);
  return {
    field,
    problem: `is missing the required property '${missingProperty}'`,
    fix: near === undefined ? undefined : `Rename ${quoteName(near)} to ${missingProperty}`,
  };
}

/**
 * One sentence for the first schema violation in `document`, and how to fix it. Made from the
 * keyword, its schema and the value, so that it serves every contract read through the schema;
 * `sourceOf`, for a document read from a file, says how the file writes a value.
 */
export function explainSchemaError(
  error: SchemaError,
  document: unknown,
  sourceOf?: SourceOf,
): Explained {
  const field = error.instancePath;
  const value = valueAt(document, field);
  const parent = error.parentSchema as ParentSchema | undefined;
  switch (error.keyword) {
    case "type":
      return explainType(field, error, value, sourceOf?.(field));
    case "enum":
      return explainEnum(field, error, value);
    case "minProperties":
      return explainMinProperties(field, error, value);
    case "additionalProperties": {
      const allowed = Object.keys(parent?.properties ?? {});
      const { additionalProperty } = error.params as { additionalProperty: string };
      return {
        field,
        problem: `has an unknown property ${quoteName(additionalProperty)}`,
        fix: allowed.length
          ? `${didYouMean(additionalProperty, allowed)}Allowed properties: ${allowed.join(", ")}`
          : undefined,
      };
    }
    case "required":
      return explainRequired(field, error, value);
    case "minItems": {
      const { limit } = error.params as { limit: number };
      return {
        field,
        problem: limit === 1 ? "is an empty list" : `has fewer than the ${limit} items it needs`,
        fix: `List at least ${limit === 1 ? "one item" : `${limit} items`}`,
      };
    }
    case "const":
      return {
        field,
        problem: `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`,
      };
    default:
      return { field, problem: error.message ?? "is invalid" };
  }
}
