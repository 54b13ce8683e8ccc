import { jsonPointer } from "../files/nesting.js";
import { deepEqual, ucs2length } from "./json-values.js";

/** A JSON Schema (draft-07) as the core's contracts write them: an object, or true/false. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** The first violation a validator found, shaped as ajv reports one. */
export interface SchemaError {
  /** JSON pointer to the failing value: `/fields/0/name`, or "" for the document. */
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  /** The schema object holding the failing keyword. */
  readonly parentSchema?: unknown;
  /**
   * Not ajv's: for a violation inside one branch of a oneOf, the other branches' refusals of
   * the value whole, each a form the value may take instead.
   */
  readonly otherForms?: readonly SchemaError[];
}

/** A validation function: true when the value conforms; otherwise `errors` holds why. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

type SchemaObject = { readonly [keyword: string]: unknown };

/** Keywords that say something about a schema without constraining values. */
const ANNOTATIONS = new Set([
  "$id",
  "$schema",
  "$comment",
  "title",
  "description",
  "default",
  "examples",
  "definitions",
  "contentEncoding",
  "contentMediaType",
]);

const CONSTRAINTS = new Set([
  "$ref",
  "type",
  "const",
  "enum",
  "oneOf",
  "maximum",
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "pattern",
  "minItems",
  "uniqueItems",
  "items",
  "minProperties",
  "required",
  "additionalProperties",
  "properties",
]);

const TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The keys from the document to the value being checked; a pointer is made only for an error. */
type Path = (string | number)[];

const pointerOf = (path: Path) => jsonPointer(path.map(String));

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

/** The keywords that apply to values of one type only. */
const TYPE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  number: ["maximum", "minimum", "exclusiveMinimum"],
  string: ["minLength", "pattern"],
  array: ["minItems", "items", "uniqueItems"],
  object: ["minProperties", "required", "additionalProperties", "properties"],
};

/** A schema object read once: its keywords as the checks need them. */
interface SchemaNode {
  readonly schema: SchemaObject;
  readonly types: readonly string[];
  /** As ajv: a single type with keywords of its own is checked after the keywords for any type. */
  readonly typeDeferred: boolean;
  /** The definition `$ref` names, and its node once linked. */
  readonly refName: string | undefined;
  ref: Node | undefined;
  readonly hasConst: boolean;
  readonly enumValues: readonly unknown[] | undefined;
  readonly oneOf: readonly (boolean | SchemaNode)[] | undefined;
  readonly maximum: number | undefined;
  readonly minimum: number | undefined;
  readonly exclusiveMinimum: number | undefined;
  readonly minLength: number | undefined;
  readonly pattern: RegExp | undefined;
  readonly minItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly items: boolean | SchemaNode | undefined;
  readonly minProperties: number | undefined;
  readonly required: readonly string[];
  readonly properties: readonly (readonly [string, boolean | SchemaNode])[];
  /** The same, by name: the properties a reader knows. */
  readonly property: ReadonlyMap<string, boolean | SchemaNode>;
  readonly additional: boolean | SchemaNode | undefined;
}

type Node = boolean | SchemaNode;

/** Reads a schema into nodes, refusing what this validator does not implement. */
function readSchema(schema: JsonSchema, at: string): Node {
  if (typeof schema === "boolean") return schema;
  for (const [keyword, value] of Object.entries(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CONSTRAINTS.has(keyword)) {
      throw new Error(`JSON Schema: keyword '${keyword}' at ${at || "/"} is not supported`);
    }
    if (keyword === "$ref" && !/^#\/definitions\/[^/]+$/.test(value as string)) {
      throw new Error(
        `JSON Schema: only '#/definitions/<name>' references are supported (${at || "/"})`,
      );
    }
    if (keyword === "items" && Array.isArray(value)) {
      throw new Error(`JSON Schema: tuple 'items' at ${at} is not supported`);
    }
  }
  const child = (value: unknown, path: string) =>
    value === undefined ? undefined : readSchema(value as JsonSchema, `${at}/${path}`);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string);
  const unknownType = types.find((type) => !TYPES.has(type));
  if (unknownType) throw new Error(`JSON Schema: unknown type '${unknownType}' at ${at || "/"}`);
  const pattern = schema.pattern as string | undefined;
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(
    ([name, property]) => [name, child(property, `properties/${name}`)!] as const,
  );
  return {
    schema,
    types,
    typeDeferred:
      types.length === 1 && (TYPE_KEYWORDS[types[0]!] ?? []).some((keyword) => keyword in schema),
    refName: (schema.$ref as string | undefined)?.slice("#/definitions/".length),
    ref: undefined,
    hasConst: "const" in schema,
    enumValues: schema.enum as unknown[] | undefined,
    oneOf: (schema.oneOf as JsonSchema[] | undefined)?.map((branch, i) =>
      child(branch, `oneOf/${i}`)!,
    ),
    maximum: schema.maximum as number | undefined,
    minimum: schema.minimum as number | undefined,
    exclusiveMinimum: schema.exclusiveMinimum as number | undefined,
    minLength: schema.minLength as number | undefined,
    pattern: pattern === undefined ? undefined : new RegExp(pattern, "u"),
    minItems: schema.minItems as number | undefined,
    uniqueItems: schema.uniqueItems === true,
    items: child(schema.items, "items"),
    minProperties: schema.minProperties as number | undefined,
    required: (schema.required ?? []) as string[],
    properties,
    property: new Map(properties),
    additional: child(schema.additionalProperties, "additionalProperties"),
  };
}

const error = (
  path: Path,
  node: SchemaNode,
  keyword: string,
  params: Record<string, unknown>,
  message: string,
): SchemaError => ({
  instancePath: pointerOf(path),
  keyword,
  params,
  message,
  parentSchema: node.schema,
});

const tooFew = (path: Path, node: SchemaNode, keyword: string, limit: number, what: string) =>
  error(path, node, keyword, { limit }, `must NOT have fewer than ${limit} ${what}`);

function typeError(value: unknown, node: SchemaNode, path: Path): SchemaError | undefined {
  for (const type of node.types) if (hasType(value, type)) return undefined;
  return error(path, node, "type", { type: node.schema.type }, `must be ${node.types.join(",")}`);
}

function check(value: unknown, node: Node, path: Path): SchemaError | undefined {
  if (node === true) return undefined;
  if (node === false) {
    return {
      instancePath: pointerOf(path),
      keyword: "false schema",
      params: {},
      message: "boolean schema is false",
    };
  }
  if (!node.typeDeferred && node.types.length > 0) {
    const wrong = typeError(value, node, path);
    if (wrong) return wrong;
  }
  if (node.ref !== undefined) {
    const wrong = check(value, node.ref, path);
    if (wrong) return wrong;
  }
  if (node.hasConst && !deepEqual(value, node.schema.const)) {
    return error(
      path,
      node,
      "const",
      { allowedValue: node.schema.const },
      "must be equal to constant",
    );
  }
  if (node.enumValues && !node.enumValues.some((allowed) => deepEqual(value, allowed))) {
    return error(
      path,
      node,
      "enum",
      { allowedValues: node.enumValues },
      "must be equal to one of the allowed values",
    );
  }
  if (node.oneOf) {
    const wrong = checkOneOf(value, node, path);
    if (wrong) return wrong;
  }
  if (node.typeDeferred) {
    const wrong = typeError(value, node, path);
    if (wrong) return wrong;
  }
  if (typeof value === "number") return checkNumber(value, node, path);
  if (typeof value === "string") return checkString(value, node, path);
  if (Array.isArray(value)) return checkArray(value, node, path);
  if (isObject(value)) return checkObject(value, node, path);
  return undefined;
}

function checkOneOf(value: unknown, node: SchemaNode, path: Path): SchemaError | undefined {
  const errors = node.oneOf!.map((branch) => check(value, branch, path));
  const passing = errors.flatMap((wrong, i) => (wrong ? [] : [i]));
  if (passing.length === 1) return undefined;
  if (passing.length > 1) {
    return error(
      path,
      node,
      "oneOf",
      { passingSchemas: passing.slice(0, 2) },
      "must match exactly one schema in oneOf",
    );
  }
  const here = pointerOf(path);
  const best = tellingRefusal(errors as SchemaError[], here);
  // Refused whole by every branch, the value is told the forms it may take, each branch's
  // refusal (`skew: true` is neither false nor an object): the first alone would leave out the
  // others. ajv too reports a oneOf error, after the branches' own.
  if (best === undefined) {
    return error(
      path,
      node,
      "oneOf",
      { passingSchemas: null, refusals: errors },
      "must match exactly one schema in oneOf",
    );
  }
  // The forms that refused the value whole go with it, so that a fix can name every form taken
  // (`2 points` is neither a percentage nor a number).
  const otherForms = errors.filter((wrong) => refusedWhole(wrong!, here)) as SchemaError[];
  return otherForms.length === 0 ? best : { ...best, otherForms };
}

const refusedWhole = (wrong: SchemaError, here: string) =>
  WHOLE_VALUE.has(wrong.keyword) && wrong.instancePath === here;

/**
 * Of the refusals of a value (at `here`) by every branch of a oneOf, the one that says most: a
 * branch that refused the value whole (its type, or its only values) says less about what to
 * fix than one that looked inside it, and of those, the one that got deepest says most. None
 * when every branch refused it whole.
 */
function tellingRefusal(errors: readonly SchemaError[], here: string): SchemaError | undefined {
  const depth = (wrong: SchemaError) => wrong.instancePath.split("/").length;
  return errors
    .filter((wrong) => !refusedWhole(wrong, here))
    .reduce<SchemaError | undefined>(
      (most, wrong) => (most === undefined || depth(wrong) > depth(most) ? wrong : most),
      undefined,
    );
}

/** Keywords that refuse a value for what it is, not for something inside it. */
const WHOLE_VALUE = new Set(["type", "const", "enum", "false schema"]);

/** The item types of an array's `items`, when they are all scalar types; otherwise none. */
function scalarItemTypes(node: SchemaNode): readonly string[] {
  const items = node.items;
  if (typeof items !== "object" || items.types.length === 0) return [];
  return items.types.some((type) => type === "object" || type === "array") ? [] : items.types;
}

/**
 * The first pair of equal items, found as ajv finds it (and so named as ajv names it): for items
 * of scalar types, by value from the end, skipping items of other types; otherwise pairwise.
 */
function duplicateOf(value: unknown[], node: SchemaNode): { i: number; j: number } | undefined {
  const types = scalarItemTypes(node);
  if (types.length > 0) {
    const seen = new Map<unknown, number>();
    for (let i = value.length - 1; i >= 0; i--) {
      const item = value[i];
      if (!types.some((type) => hasType(item, type))) continue;
      const j = seen.get(item);
      if (j !== undefined) return { i, j };
      seen.set(item, i);
    }
    return undefined;
  }
  for (let i = value.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (deepEqual(value[i], value[j])) return { i, j };
  }
  return undefined;
}

function checkNumber(value: number, node: SchemaNode, path: Path): SchemaError | undefined {
  const { maximum, minimum, exclusiveMinimum } = node;
  if (maximum !== undefined && !(value <= maximum)) {
    return error(
      path,
      node,
      "maximum",
      { comparison: "<=", limit: maximum },
      `must be <= ${maximum}`,
    );
  }
  if (minimum !== undefined && !(value >= minimum)) {
    return error(
      path,
      node,
      "minimum",
      { comparison: ">=", limit: minimum },
      `must be >= ${minimum}`,
    );
  }
  if (exclusiveMinimum !== undefined && !(value > exclusiveMinimum)) {
    return error(
      path,
      node,
      "exclusiveMinimum",
      { comparison: ">", limit: exclusiveMinimum },
      `must be > ${exclusiveMinimum}`,
    );
  }
  return undefined;
}

function checkString(value: string, node: SchemaNode, path: Path): SchemaError | undefined {
  const { minLength, pattern } = node;
  if (minLength !== undefined && ucs2length(value) < minLength) {
    return tooFew(path, node, "minLength", minLength, "characters");
  }
  if (pattern !== undefined && !pattern.test(value)) {
    const source = node.schema.pattern;
    return error(path, node, "pattern", { pattern: source }, `must match pattern "${source}"`);
  }
  return undefined;
}

function checkArray(value: unknown[], node: SchemaNode, path: Path): SchemaError | undefined {
  const { minItems } = node;
  if (minItems !== undefined && value.length < minItems) {
    return tooFew(path, node, "minItems", minItems, "items");
  }
  if (node.items !== undefined) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const wrong = check(value[i], node.items, path);
      path.pop();
      if (wrong) return wrong;
    }
  }
  const duplicate = node.uniqueItems ? duplicateOf(value, node) : undefined;
  if (duplicate) {
    const { i, j } = duplicate;
    return error(
      path,
      node,
      "uniqueItems",
      { i, j },
      `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    );
  }
  return undefined;
}

function checkObject(
  value: Record<string, unknown>,
  node: SchemaNode,
  path: Path,
): SchemaError | undefined {
  const { minProperties, additional } = node;
  if (minProperties !== undefined && Object.keys(value).length < minProperties) {
    return tooFew(path, node, "minProperties", minProperties, "properties");
  }
  for (const name of node.required) {
    if (value[name] === undefined) {
      return error(
        path,
        node,
        "required",
        { missingProperty: name },
        `must have required property '${name}'`,
      );
    }
  }
  if (additional !== undefined) {
    const declared = node.schema.properties as object | undefined;
    for (const name of Object.keys(value)) {
      if (declared && Object.hasOwn(declared, name)) continue;
      if (additional === false) {
        return error(
          path,
          node,
          "additionalProperties",
          { additionalProperty: name },
          "must NOT have additional properties",
        );
      }
      path.push(name);
      const wrong = check(value[name], additional, path);
      path.pop();
      if (wrong) return wrong;
    }
  }
  for (const [name, property] of node.properties) {
    if (value[name] === undefined) continue;
    path.push(name);
    const wrong = check(value[name], property, path);
    path.pop();
    if (wrong) return wrong;
  }
  return undefined;
}

/** Points each node's `$ref` at the node of its definition. */
function linkRefs(node: Node, definitions: ReadonlyMap<string, Node>): void {
  if (typeof node === "boolean") return;
  if (node.refName !== undefined) {
    node.ref = definitions.get(node.refName);
    if (node.ref === undefined) {
      throw new Error(`JSON Schema: '#/definitions/${node.refName}' names no definition`);
    }
  }
  const children = [
    ...(node.oneOf ?? []),
    ...node.properties.map(([, property]) => property),
    node.items,
    node.additional,
  ];
  for (const child of children) if (child !== undefined) linkRefs(child, definitions);
}

/** A schema read into linked nodes, its definitions' included. */
function compile(schema: JsonSchema): Node {
  const root = readSchema(schema, "");
  const definitions = new Map<string, Node>();
  if (typeof schema !== "boolean") {
    for (const [name, definition] of Object.entries((schema.definitions ?? {}) as object)) {
      definitions.set(name, readSchema(definition as JsonSchema, `/definitions/${name}`));
    }
  }
  for (const node of [root, ...definitions.values()]) linkRefs(node, definitions);
  return root;
}

/**
 * A validator for a draft-07 JSON Schema, limited to the keywords the core's contracts use (the
 * others are refused when it is made). It walks the schema at each call instead of generating
 * code: contracts are small, and a walk costs less to load than code generated per schema.
 * Keywords are checked in ajv's order and the first violation is reported as ajv reports it;
 * when no branch of a `oneOf` fits, the violation reported is the one found deepest inside the
 * value by a branch that did not refuse it whole (decision 0005).
 */
export function compileSchema(schema: JsonSchema): SchemaValidator {
  return validatorOf(compile(schema));
}

function validatorOf(root: Node): SchemaValidator {
  const validate: SchemaValidator = (value) => {
    const wrong = check(value, root, []);
    validate.errors = wrong ? [wrong] : null;
    return wrong === undefined;
  };
  return validate;
}

/** A value as a reader knows it, and how many keys it left out to know it so. */
interface Known {
  readonly value: unknown;
  readonly dropped: number;
}

const asIs = (value: unknown): Known => ({ value, dropped: 0 });

/**
 * `value` as a reader of `node` knows it. An object the schema closes (`additionalProperties:
 * false`) keeps the keys it declares alone; the walk follows `$ref`, `items`, `properties`,
 * `additionalProperties` and the `oneOf` branch the value then fits. A container that leaves
 * nothing out is the value's own; another is a copy, made key by key (so that a key named
 * `__proto__` stays a key).
 */
function known(value: unknown, node: Node): Known {
  if (typeof node === "boolean") return asIs(value);
  let result = node.ref === undefined ? asIs(value) : known(value, node.ref);
  if (node.oneOf) result = also(result, knownOneOf(result.value, node.oneOf));
  if (Array.isArray(result.value) && typeof node.items === "object") {
    return also(result, knownItems(result.value, node.items));
  }
  if (isObject(result.value) && (node.properties.length > 0 || node.additional !== undefined)) {
    return also(result, knownProperties(result.value, node));
  }
  return result;
}

const also = (before: Known, after: Known): Known => ({
  value: after.value,
  dropped: before.dropped + after.dropped,
});

/**
 * The branch a value fits once each branch leaves out what it does not declare. Opened so,
 * branches told apart only by being closed may both fit (a full eval row and its compact form):
 * the one that leaves out fewest keys is taken, which is the one that fits as written when one
 * does; a tie is left as written, for the check to refuse. Where none fits, the value is taken
 * as the branch whose refusal the check will report knows it, so that the refusal names the
 * field at fault, not a field this version does not know.
 */
function knownOneOf(value: unknown, branches: readonly Node[]): Known {
  const candidates = branches.map((branch) => known(value, branch));
  const errors = candidates.map((candidate, i) => check(candidate.value, branches[i]!, []));
  let best: Known | undefined;
  let tied = false;
  candidates.forEach((candidate, i) => {
    if (errors[i] !== undefined) return;
    if (best === undefined || candidate.dropped < best.dropped) {
      best = candidate;
      tied = false;
    } else if (candidate.dropped === best.dropped) tied = true;
  });
  if (best !== undefined) return tied ? asIs(value) : best;
  const telling = tellingRefusal(errors as SchemaError[], "");
  return telling === undefined ? asIs(value) : candidates[errors.indexOf(telling)]!;
}

function knownItems(value: readonly unknown[], items: SchemaNode): Known {
  let dropped = 0;
  let copy: unknown[] | undefined;
  value.forEach((item, i) => {
    const kept = known(item, items);
    dropped += kept.dropped;
    if (kept.value === item) return;
    copy ??= value.slice();
    copy[i] = kept.value;
  });
  return copy === undefined ? asIs(value) : { value: copy, dropped };
}

function knownProperties(value: Record<string, unknown>, node: SchemaNode): Known {
  let dropped = 0;
  let changed = false;
  const kept: [string, unknown][] = [];
  for (const [name, field] of Object.entries(value)) {
    // A property declared `false` is kept, for the check to refuse: the schema knows it.
    const declared = node.property.get(name);
    if (declared === undefined && node.additional === false) {
      dropped += 1;
      changed = true;
      continue;
    }
    const schema = declared ?? node.additional;
    const read = schema === undefined ? asIs(field) : known(field, schema);
    dropped += read.dropped;
    changed ||= read.value !== field;
    kept.push([name, read.value]);
  }
  return changed ? { value: Object.fromEntries(kept), dropped } : asIs(value);
}

/**
 * What a reader of `schema` takes of a document that a later version of the schema may have
 * extended: the document with the fields the schema does not declare left out, at any depth,
 * so that none of them reaches the code that reads it (decision 0045). The document it returns
 * is then checked, closed, as ever: a field it declares is held to its schema.
 */
export function compileKnownFields(schema: JsonSchema): (value: unknown) => unknown {
  return knownFieldsOf(compile(schema));
}

function knownFieldsOf(root: Node): (value: unknown) => unknown {
  return (value) => known(value, root).value;
}

/**
 * `compileSchema` and `compileKnownFields` of one schema, read once, for a document mlops
 * writes exactly and reads leniently: the check and the walk share the schema's nodes.
 */
export function compileWrittenSchema(schema: JsonSchema): {
  readonly validate: SchemaValidator;
  readonly known: (value: unknown) => unknown;
} {
  const root = compile(schema);
  return { validate: validatorOf(root), known: knownFieldsOf(root) };
}
