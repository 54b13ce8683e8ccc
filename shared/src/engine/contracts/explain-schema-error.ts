import { pointerKeys } from "../files/nesting.js";
import { closestName, didYouMean, quoteName } from "../report/closest-name.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import type { SchemaError } from "./json-schema.js";
import { ucs2length } from "./json-values.js";
import { typeOfAlias } from "./type-aliases.js";

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
  /** What a value of the schema is, in words (`a percentage`), where its type does not say. */
  readonly title?: string;
  readonly examples?: readonly unknown[];
  readonly type?: string | readonly string[];
  readonly properties?: Record<string, unknown>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
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
  if (typeof value === "string")
    return `the text ${JSON.stringify(shorten(value, REFUSAL_NAME_LIMIT))}`;
  if (typeof value === "number") return `the number ${value}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : String(value);
}

/**
 * A value as a message names it, by the file's own text where the file writes a number or a
 * boolean otherwise than it reads back: `01234, read as the number 1234`. The parsed value
 * alone (`1234`, `1000` for `1e3`) would not be found in the file, nor quoted right.
 */
function writtenWords(value: unknown, written: string | undefined): string {
  const words = valueWords(value);
  const scalar = typeof value === "number" || typeof value === "boolean";
  if (!scalar || written === undefined || written === String(value)) return words;
  return `${shorten(written, REFUSAL_NAME_LIMIT)}, read as ${words}`;
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
        return `Write true or false: YAML 1.2 reads ${JSON.stringify(shorten(text, REFUSAL_NAME_LIMIT))} as text`;
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
      if (typeof value === "object") {
        return "Write one piece of text in its place, in quotes if it starts with [ or {";
      }
      // Quoting what the file writes keeps its text: `01234`, not the `1234` it reads as.
      return written !== undefined && written !== String(value)
        ? `Put it in quotes (${JSON.stringify(written)}) to make it text`
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

/** The types a `type` keyword names, one or a list. */
const typesOf = (type: unknown): string[] => ([] as string[]).concat((type ?? []) as string[]);

/** `text`, `a number or null`: what values of the types are called. */
const typeWords = (types: readonly string[]): string =>
  orList(types.map((type) => TYPE_WORDS[type] ?? type));

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
  const types = typesOf(error.params.type);
  const wanted = typeWords(types);
  const numeric = types.some((type) => type === "number" || type === "integer");
  if (typeof value === "number" && !Number.isFinite(value) && numeric) {
    const text = types.includes("string") ? ", or put it in quotes where text is meant" : "";
    return {
      field,
      problem: `is ${shorten(written ?? String(value), REFUSAL_NAME_LIMIT)}, which is not a finite number`,
      fix: `Write a finite number${text}`,
    };
  }
  const fix =
    typeFix(types[0]!, value, written, error.parentSchema as ParentSchema) ?? `Write ${wanted}`;
  // A key without a value (`required:` and nothing after it) is null: say so, and what to write.
  if (value === null) return { field, problem: "has no value", fix };
  return { field, problem: `must be ${wanted}, not ${writtenWords(value, written)}`, fix };
}

/** What a keyword that refuses a value whole (its type, a const, an enum) takes, in words. */
function formWords(refusal: SchemaError): string | undefined {
  switch (refusal.keyword) {
    case "type":
      return typeWords(typesOf(refusal.params.type));
    case "const":
      return JSON.stringify(refusal.params.allowedValue);
    case "enum":
      return orList((refusal.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)));
    default:
      return undefined;
  }
}

/** How to write a value that a keyword which refused `value` whole takes. */
function formFix(
  refusal: SchemaError,
  value: unknown,
  written: string | undefined,
): string | undefined {
  const words = formWords(refusal);
  if (words === undefined) return undefined;
  if (refusal.keyword !== "type") return `Write ${words}`;
  const type = typesOf(refusal.params.type)[0]!;
  return typeFix(type, value, written, refusal.parentSchema as ParentSchema) ?? `Write ${words}`;
}

/**
 * A value refused whole by each form it may take (a const, or a oneOf none of whose branches
 * looked inside it: `skew: true` where false or an object is taken): the forms, and how to
 * write each, so that no form is left out of the fix.
 */
function explainForms(
  field: string,
  refusals: readonly SchemaError[],
  value: unknown,
  written: string | undefined,
): Explained {
  const forms = refusals.flatMap((refusal) => formWords(refusal) ?? []);
  const fixes = new Set(refusals.flatMap((refusal) => formFix(refusal, value, written) ?? []));
  const fix = [...fixes]
    .map((one, i) => (i === 0 ? one : one.charAt(0).toLowerCase() + one.slice(1)))
    .join(", or ");
  return {
    field,
    problem:
      value === null
        ? "has no value"
        : `must be ${orList(forms)}, not ${writtenWords(value, written)}`,
    fix: fix || undefined,
  };
}

/** Where each bound keyword puts a number that breaks it, in words. */
const BEYOND: Readonly<Record<string, string>> = {
  minimum: "less than",
  maximum: "more than",
  exclusiveMinimum: "not greater than",
};

/** The numbers a schema allows: `a number from 0 to 1`, `a whole number of at least 0`. */
function numbersWords(schema: ParentSchema): string {
  const kind = typesOf(schema.type).includes("integer") ? "a whole number" : "a number";
  const { minimum, maximum, exclusiveMinimum } = schema;
  if (minimum !== undefined) {
    return maximum === undefined
      ? `${kind} of at least ${minimum}`
      : `${kind} from ${minimum} to ${maximum}`;
  }
  const upper = maximum === undefined ? "" : `at most ${maximum}`;
  if (exclusiveMinimum === undefined) return `${kind} of ${upper}`;
  return `${kind} greater than ${exclusiveMinimum}${upper && ` and ${upper}`}`;
}

/** A number past a bound (`minLength: -1`, `mostly: 1.5`): which bound, and the numbers taken. */
function explainBound(
  field: string,
  error: SchemaError,
  value: unknown,
  written: string | undefined,
): Explained {
  const { limit } = error.params as { limit: number };
  return {
    field,
    problem: `is ${shorten(written ?? String(value), REFUSAL_NAME_LIMIT)}, ${BEYOND[error.keyword]} ${limit}`,
    fix: `Write ${numbersWords((error.parentSchema ?? {}) as ParentSchema)}`,
  };
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

/**
 * An enum's value: the allowed values, with the one it likely misspells first, or the type it
 * names as another tool does (`float` for `number`) where the enum allows that type.
 */
function explainEnum(field: string, error: SchemaError, value: unknown): Explained {
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
  const alias = typeof value === "string" ? typeOfAlias(value) : undefined;
  const named = alias !== undefined && allowed.includes(alias) ? alias : value;
  const meant = typeof named === "string" ? didYouMean(named, allowed) : "";
  return {
    field,
    problem: "has a value that is not allowed",
    fix: `${meant}Use one of: ${allowed.join(", ")}`,
  };
}

/**
 * A missing required property, to be added; a property present that the schema does not
 * declare, and that misspells it (`nmae` for `name`), is named to be renamed.
 */
function explainRequired(field: string, error: SchemaError, value: unknown): Explained {
  const { missingProperty } = error.params as { missingProperty: string };
  const declared = (error.parentSchema as ParentSchema | undefined)?.properties ?? {};
  const undeclared = Object.keys(value ?? {}).filter((name) => !Object.hasOwn(declared, name));
  const near = closestName(missingProperty, undeclared);
  return {
    field,
    problem: `is missing the required property '${missingProperty}'`,
    fix:
      near === undefined
        ? `Add ${missingProperty}`
        : `Rename ${quoteName(near)} to ${missingProperty}`,
  };
}

/** A property the schema does not declare: the one it likely misspells, and those allowed. */
function explainAdditional(field: string, error: SchemaError): Explained {
  const allowed = Object.keys((error.parentSchema as ParentSchema | undefined)?.properties ?? {});
  const { additionalProperty } = error.params as { additionalProperty: string };
  return {
    field,
    problem: `has an unknown property ${quoteName(additionalProperty)}`,
    fix: allowed.length
      ? `${didYouMean(additionalProperty, allowed)}Allowed properties: ${allowed.join(", ")}`
      : `Remove ${quoteName(additionalProperty)}`,
  };
}

/** Text shorter than it may be: empty, or how many characters it has of those it needs. */
function explainMinLength(field: string, error: SchemaError, value: unknown): Explained {
  const { limit } = error.params as { limit: number };
  const length = ucs2length(String(value));
  return {
    field,
    problem: length === 0 ? "is empty" : `is ${length} characters long, fewer than ${limit}`,
    fix: `Write at least ${limit === 1 ? "one character" : `${limit} characters`}`,
  };
}

/** A list with too few items, or an item twice where each must be once. */
function explainItems(field: string, error: SchemaError, value: unknown): Explained {
  if (error.keyword === "uniqueItems") {
    const { i, j } = error.params as { i: number; j: number };
    return {
      field,
      problem: `lists ${valueWords((value as unknown[])[i])} twice, as items ${Math.min(i, j)} and ${Math.max(i, j)}`,
      fix: "Remove one of them",
    };
  }
  const { limit } = error.params as { limit: number };
  return {
    field,
    problem: limit === 1 ? "is an empty list" : `has fewer than the ${limit} items it needs`,
    fix: `List at least ${limit === 1 ? "one item" : `${limit} items`}`,
  };
}

/** A form a value may take, by its schema's title or `words`, with its first example. */
function formExample(schema: ParentSchema, words: string): string {
  const titled = schema.title ?? words;
  const example = schema.examples?.[0];
  if (example === undefined) return titled;
  return `${titled} such as ${typeof example === "string" ? `'${example}'` : JSON.stringify(example)}`;
}

/**
 * Text that does not match its pattern. Where the schema says what the pattern stands for (a
 * title, an example), the fix names it, and with it every other form of a oneOf, which refused
 * the value whole (`2 points` for a margin: a number such as 0.02, or a percentage such as
 * '2%'); otherwise the pattern is all there is to tell.
 */
function explainPattern(field: string, error: SchemaError, value: unknown): Explained {
  const { pattern } = error.params as { pattern: string };
  const parent = (error.parentSchema ?? {}) as ParentSchema;
  const problem = `is ${valueWords(value)}, which does not match the pattern ${pattern}`;
  if (parent.title === undefined && parent.examples === undefined) {
    return { field, problem, fix: "Change it to match the pattern" };
  }
  const forms = (error.otherForms ?? []).flatMap((refusal) => {
    const words = formWords(refusal);
    return words === undefined ? [] : [formExample(refusal.parentSchema as ParentSchema, words)];
  });
  forms.push(formExample(parent, `text matching ${pattern}`));
  return { field, problem, fix: `Write ${forms.join(", or ")}` };
}

/**
 * A oneOf's value: refused whole by every form, each of which is named; or fitting more than
 * one form, where it must fit exactly one.
 */
function explainOneOf(
  field: string,
  error: SchemaError,
  value: unknown,
  written: string | undefined,
): Explained {
  const { refusals } = error.params as { refusals?: readonly SchemaError[] };
  if (refusals !== undefined) return explainForms(field, refusals, value, written);
  return {
    field,
    problem: "fits more than one of the forms it may take, where it must fit exactly one",
    fix: "Write it to fit only one of them",
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
  const written = sourceOf?.(field);
  switch (error.keyword) {
    case "type":
      return explainType(field, error, value, written);
    case "const":
      return explainForms(field, [error], value, written);
    case "oneOf":
      return explainOneOf(field, error, value, written);
    case "enum":
      return explainEnum(field, error, value);
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
      return explainBound(field, error, value, written);
    case "minLength":
      return explainMinLength(field, error, value);
    case "pattern":
      return explainPattern(field, error, value);
    case "minItems":
    case "uniqueItems":
      return explainItems(field, error, value);
    case "minProperties":
      return explainMinProperties(field, error, value);
    case "additionalProperties":
      return explainAdditional(field, error);
    case "required":
      return explainRequired(field, error, value);
    default:
      return { field, problem: error.message ?? "is invalid" };
  }
}
