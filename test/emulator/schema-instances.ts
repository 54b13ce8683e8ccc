/**
 * Builds complete response objects from the OpenAPI description: the emulator states the fields
 * that carry meaning (ids, bodies, states) and every other required field gets the simplest value
 * its schema allows. A stated field the schema does not have is an error, so a misspelt field
 * cannot hide behind a filled-in default.
 */
import { component, resolve, type Schema } from "./openapi-schemas.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** The simplest value a schema allows (null where nullable, else empty or zero). */
export function defaultOf(schema: Schema): Json {
  const s = resolve(schema);
  if (s.nullable === true) return null;
  if (Array.isArray(s.allOf)) return merge(s.allOf as Schema[], {});
  const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alternatives?.[0]) return defaultOf(alternatives[0]);
  if (Array.isArray(s.enum)) return s.enum[0] as Json;
  switch (s.type) {
    case "object": {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, Json> = {};
      for (const name of (s.required ?? []) as string[]) {
        const prop = props[name];
        out[name] = prop ? defaultOf(prop) : null;
      }
      return out;
    }
    case "array":
      return [];
    case "string":
      if (s.format === "date-time") return "1970-01-01T00:00:00Z";
      if (s.format === "uri") return "https://example.invalid/";
      if (typeof s.minLength === "number") return "0".repeat(s.minLength);
      return "";
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}

function merge(parts: Schema[], stated: Record<string, unknown>): Json {
  let out: Record<string, Json> = {};
  for (const part of parts) out = { ...out, ...(fill(part, stated) as Record<string, Json>) };
  return out;
}

/** `stated` laid over the schema's defaults, recursively through objects and arrays. */
export function fill(schema: Schema, stated: unknown): Json {
  const s = resolve(schema);
  if (stated === null) return null;
  if (Array.isArray(s.allOf) && isPlainObject(stated)) return merge(s.allOf as Schema[], stated);
  const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alternatives && isPlainObject(stated)) {
    const objectAlt = alternatives.find((a) => resolve(a).type === "object");
    if (objectAlt) return fill(objectAlt, stated);
  }
  if (s.type === "array" && Array.isArray(stated)) {
    const items = (s.items ?? {}) as Schema;
    return stated.map((item) => fill(items, item));
  }
  if (s.type === "object" && isPlainObject(stated)) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const defaults = defaultOf({ ...s, nullable: false });
    const out = (isPlainObject(defaults) ? defaults : {}) as Record<string, Json>;
    for (const [name, value] of Object.entries(stated)) {
      if (value === undefined) continue;
      const prop = props[name];
      if (!prop) {
        if (s.additionalProperties) {
          out[name] = value as Json;
          continue;
        }
        throw new Error(
          `the schema has no field '${name}' (has: ${Object.keys(props).join(", ")})`,
        );
      }
      out[name] = fill(prop, value);
    }
    return out;
  }
  return stated as Json;
}

/** A complete instance of a named component schema with the stated fields. */
export function instanceOf(name: string, stated: Record<string, unknown>): Json {
  return fill(component(name), stated);
}
