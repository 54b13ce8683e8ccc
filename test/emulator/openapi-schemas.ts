/**
 * GitHub's OpenAPI description (3.0) turned into JSON Schema that ajv checks: `nullable` becomes a
 * `null` alternative, and `$ref`s point into one registered document. Everything the emulator
 * sends or accepts passes through here, so a field GitHub does not have, a missing required field
 * or a wrong type fails the test that caused it.
 */
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

export type Schema = Record<string, unknown>;

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: Schema }[];
  requestBody?: { required: boolean; schema: Schema | null };
  responses: Record<string, Schema | null>;
}

interface Extract {
  source: string;
  operations: Operation[];
  schemas: Record<string, Schema>;
}

const extract = createRequire(import.meta.url)("./github-operations.json") as Extract;

export const operations: readonly Operation[] = extract.operations;
export const componentSchemas: Readonly<Record<string, Schema>> = extract.schemas;

const DOCUMENT_ID = "github";
const COMPONENT_PREFIX = "#/components/schemas/";

/** OpenAPI 3.0 to JSON Schema: `nullable` and component references; the rest is shared. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const { nullable, discriminator: _d, xml: _x, ...rest } = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_PREFIX)) {
      out.$ref = `${DOCUMENT_ID}${value}`;
    } else if (key === "properties" && value && typeof value === "object") {
      // Property names are data, not keywords: convert each value but keep every key.
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]),
      );
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (nullable !== true) return out;
  if (typeof out.type === "string" && out.$ref === undefined) {
    const withNull: Schema = { ...out, type: [out.type, "null"] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) withNull.enum = [...out.enum, null];
    return withNull;
  }
  return { anyOf: [out, { type: "null" }] };
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: toJsonSchema(componentSchemas) } });

const compiled = new WeakMap<object, ValidateFunction>();

/** The problems with `value` against an OpenAPI schema, one line each; empty when it fits. */
export function schemaProblems(schema: Schema, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema) as Schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
  );
}

/** A component schema by name, for building instances of it. */
export function component(name: string): Schema {
  const schema = componentSchemas[name];
  if (!schema) throw new Error(`schema '${name}' is not extracted; add its operation`);
  return schema;
}

/** Follows component references until a schema with content. */
export function resolve(schema: Schema): Schema {
  let at = schema;
  while (typeof at.$ref === "string") at = component(at.$ref.slice(COMPONENT_PREFIX.length));
  return at;
}
