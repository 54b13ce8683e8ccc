import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileKnownFields, compileSchema, type JsonSchema } from "@mlops/shared";

type SchemaObject = Record<string, unknown>;

const core = new URL("../../shared/src/", import.meta.url).pathname;
const schemaFiles = readdirSync(core, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".schema.json"))
  .sort();

/** Documents drawn from a schema: they mostly conform, and reach every branch and property. */
function arbitraryOf(schema: JsonSchema, root: SchemaObject, depth = 0): fc.Arbitrary<unknown> {
  if (schema === true || depth > 20) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) return fc.constant(null);
  const next = (child: unknown) => arbitraryOf(child as JsonSchema, root, depth + 1);
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.slice("#/definitions/".length);
    return next((root.definitions as SchemaObject)[name]);
  }
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.oneOf)) return fc.oneof(...schema.oneOf.map(next));
  if (schema.type === undefined) return fc.jsonValue({ maxDepth: 2 });
  const types = ([] as string[]).concat(schema.type as string);
  return fc.oneof(...types.map((type) => arbitraryOfType(type, schema, next)));
}

function arbitraryOfType(
  type: string,
  schema: SchemaObject,
  next: (child: unknown) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const minimum = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined;
  const maximum = schema.maximum as number | undefined;
  const minExcluded = schema.exclusiveMinimum !== undefined;
  switch (type) {
    case "string":
      return typeof schema.pattern === "string"
        ? fc.stringMatching(new RegExp(schema.pattern, "u"))
        : fc.string({ minLength: (schema.minLength as number | undefined) ?? 0, maxLength: 6 });
    case "number":
      return fc.double({ min: minimum ?? -1e6, max: maximum ?? 1e6, minExcluded, noNaN: true });
    case "integer":
      return fc.integer({ min: minimum ?? -1000, max: maximum ?? 1000 });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const items = schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : next(schema.items);
      const size = { minLength, maxLength: minLength + 2 };
      return schema.uniqueItems === true
        ? fc.uniqueArray(items, { ...size, selector: (item) => JSON.stringify(item) })
        : fc.array(items, size);
    }
    default: {
      const properties = (schema.properties ?? {}) as SchemaObject;
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, next(child)])),
        { requiredKeys: (schema.required ?? []) as string[] },
      );
      const additional = schema.additionalProperties;
      const objects =
        additional === undefined || additional === false
          ? record
          : fc
              .tuple(
                record,
                fc.dictionary(fc.string({ maxLength: 4 }), next(additional), { maxKeys: 2 }),
              )
              .map(([known, extra]) => ({ ...extra, ...known }));
      const minProperties = (schema.minProperties as number | undefined) ?? 0;
      return objects.filter((object) => Object.keys(object).length >= minProperties);
    }
  }
}

/** Every container and leaf of a document, as the path of keys that reaches it. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const children =
    typeof value === "object" && value !== null
      ? Object.entries(value).map(([key, child]) =>
          pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...children.flat()];
}

/** One change somewhere in a document: a value replaced, a key or item dropped, a key added. */
function mutate(document: unknown, junk: unknown, pick: number, kind: number): unknown {
  const copy = structuredClone(document);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return kind === 0 ? junk : copy;
  type Container = Record<string | number, unknown> & unknown[];
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Container, copy as Container);
  const key = path[path.length - 1]!;
  const target = parent[key];
  if (kind === 1 && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (kind === 1) delete parent[key];
  else if (kind === 2 && typeof target === "object" && target !== null && !Array.isArray(target))
    (target as Record<string, unknown>).zz_unexpected = junk;
  else parent[key] = junk;
  return copy;
}

type Reported = Pick<ErrorObject, "keyword" | "instancePath" | "params" | "message">;

const firstError = (errors: readonly Reported[]) => {
  const { keyword, instancePath, params, message } = errors[0]!;
  return { keyword, instancePath, params, message };
};

describe.each(schemaFiles)("the validator of %s", (file) => {
  const schema = JSON.parse(readFileSync(join(core, file), "utf8")) as SchemaObject;
  const ours = compileSchema(schema);
  const ajv = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  const documents = arbitraryOf(schema, schema);
  const mutated = fc
    .tuple(documents, fc.jsonValue({ maxDepth: 2 }), fc.nat(), fc.integer({ min: 0, max: 2 }))
    .map(([document, junk, pick, kind]) => mutate(document, junk, pick, kind));

  /** Same verdict as ajv; the same first error too, unless a oneOf failed (see decision 0005). */
  const agrees = (document: unknown): void => {
    const verdict = ajv(document);
    expect(ours(document)).toBe(verdict);
    if (verdict) expect(ours.errors).toBeNull();
    else if (!ajv.errors!.some((error) => error.keyword === "oneOf")) {
      expect(firstError(ours.errors!)).toEqual(firstError(ajv.errors!));
    }
  };

  it("agrees with ajv on documents drawn from the schema, most of which conform", () => {
    const sample = fc.sample(documents, { numRuns: 200, seed: 7 });
    expect(sample.filter((document) => ajv(document)).length).toBeGreaterThan(100);
    fc.assert(fc.property(documents, agrees), { numRuns: 300, seed: 11 });
  });

  it("agrees with ajv on the same documents with one change each, most of which break them", () => {
    const sample = fc.sample(mutated, { numRuns: 200, seed: 13 });
    expect(sample.filter((document) => !ajv(document)).length).toBeGreaterThan(60);
    fc.assert(fc.property(mutated, agrees), { numRuns: 500, seed: 17 });
  });

  // What a reader takes of a document a later version of the schema extended (decision 0045).
  const known = compileKnownFields(schema);

  it("reads a document that conforms as it is: the very value, nothing copied", () => {
    const conforming = documents.filter((document) => ours(document));
    fc.assert(
      fc.property(conforming, (document) => {
        expect(known(document)).toBe(document);
      }),
      { numRuns: 200, seed: 19 },
    );
  });

  it("reads a conforming document with a key added to one of its objects as the document, unless the object takes any key", () => {
    const at = (document: unknown, path: (string | number)[]) =>
      path.reduce<unknown>((node, key) => (node as SchemaObject)[key], document) as SchemaObject;
    const extended = fc
      .tuple(
        documents.filter((document) => ours(document)),
        fc.nat(),
      )
      .map(([document, pick]) => {
        const paths = pathsOf(document).filter((path) => {
          const node = at(document, path);
          return typeof node === "object" && node !== null && !Array.isArray(node);
        });
        const path = paths[pick % paths.length]!;
        const copy = structuredClone(document);
        at(copy, path).zz_later = { weights: [0.5], exact: false };
        return { document, copy, path };
      });
    let leftOut = 0;
    fc.assert(
      fc.property(extended, ({ document, copy, path }) => {
        const read = structuredClone(known(copy));
        if (Object.hasOwn(at(read, path), "zz_later")) {
          // Kept where the schema takes any key (a map): only it differs, read by the map's schema.
          delete at(read, path).zz_later;
        } else {
          // Left out: a key the schema refuses where written.
          expect(ours(copy)).toBe(false);
          leftOut += 1;
        }
        expect(read).toEqual(document);
      }),
      { numRuns: 300, seed: 23 },
    );
    // Most objects of a closed schema are closed; a schema that closes none keeps every key.
    const closes = JSON.stringify(schema).includes('"additionalProperties":false');
    if (closes) expect(leftOut).toBeGreaterThan(100);
    else expect(leftOut).toBe(0);
  });

  it("reads any document, conforming or not, without throwing, and what it reads holds no unknown key where it conforms", () => {
    fc.assert(
      fc.property(mutated, (document) => {
        const read = known(document);
        if (ours(document)) expect(read).toBe(document);
        else if (read !== document)
          expect(JSON.stringify(read).length).toBeLessThan(JSON.stringify(document).length);
      }),
      { numRuns: 300, seed: 29 },
    );
  });
});

describe("compileSchema", () => {
  it("refuses a keyword it does not implement instead of ignoring it", () => {
    expect(() => compileSchema({ type: "string", format: "email" })).toThrow(
      "keyword 'format' at / is not supported",
    );
    expect(() => compileSchema({ properties: { a: { maxLength: 3 } } })).toThrow(
      "keyword 'maxLength' at /properties/a is not supported",
    );
  });

  it("refuses a reference to a definition that does not exist, and a remote one", () => {
    expect(() => compileSchema({ $ref: "#/definitions/missing" })).toThrow("names no definition");
    expect(() => compileSchema({ $ref: "other.json#/x" })).toThrow("only '#/definitions/<name>'");
  });

  it("reports the violation inside the value of the one oneOf branch that looked inside it", () => {
    const validate = compileSchema({
      oneOf: [
        { type: "null" },
        { type: "object", required: ["sha256"], properties: { sha256: { type: "string" } } },
      ],
    });
    expect(validate({ file: "a.csv" })).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({ keyword: "required", params: { missingProperty: "sha256" } }),
    ]);
  });

  it("reports a oneOf error with each branch's refusal when every branch refused the value whole", () => {
    const validate = compileSchema({ oneOf: [{ const: false }, { type: "object" }] });
    expect(validate(true)).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({
        keyword: "oneOf",
        params: {
          passingSchemas: null,
          refusals: [
            expect.objectContaining({ keyword: "const", params: { allowedValue: false } }),
            expect.objectContaining({ keyword: "type", params: { type: "object" } }),
          ],
        },
      }),
    ]);
  });

  it("names the wrong value inside a contract's skew settings, not the other oneOf branch", () => {
    const schema = JSON.parse(
      readFileSync(join(core, "use-cases/validate-data/table-schema.schema.json"), "utf8"),
    ) as SchemaObject;
    const validate = compileSchema(schema);
    const contract = { fields: [{ name: "age", "x-mlops": { skew: { method: "bad" } } }] };
    expect(validate(contract)).toBe(false);
    expect(validate.errors![0]).toMatchObject({
      instancePath: "/fields/0/x-mlops/skew/method",
      keyword: "enum",
      params: { allowedValues: ["linf", "wasserstein", "psi"] },
    });
  });

  it("points at the failing value with escaped keys and names the schema that holds the rule", () => {
    const properties = { "a/b": { type: "integer", minimum: 1 } };
    const validate = compileSchema({ type: "object", properties });
    expect(validate({ "a/b": 0 })).toBe(false);
    expect(validate.errors![0]).toMatchObject({
      instancePath: "/a~1b",
      keyword: "minimum",
      message: "must be >= 1",
      parentSchema: properties["a/b"],
    });
  });
});
