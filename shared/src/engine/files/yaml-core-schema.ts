import { CORE_SCHEMA, Type } from "js-yaml";

// YAML 1.2's core schema resolves plain numbers by these patterns (spec 10.3.2); js-yaml's own
// also takes `0b101`, `1_000` and needs a digit before the point, so `-.5` would be a string.
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

const coreInt = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (text: string) => DECIMAL.test(text) || OCTAL.test(text) || HEXADECIMAL.test(text),
  construct: (text: string) =>
    OCTAL.test(text)
      ? parseInt(text.slice(2), 8)
      : HEXADECIMAL.test(text)
        ? parseInt(text.slice(2), 16)
        : Number(text),
});

const coreFloat = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (text: string) => FLOAT.test(text) || INFINITY.test(text) || NAN.test(text),
  construct: (text: string) =>
    NAN.test(text)
      ? Number.NaN
      : INFINITY.test(text)
        ? text.startsWith("-")
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
        : Number(text),
});

/**
 * The YAML 1.2 core schema: null, booleans (`true`/`false` only: `yes`, `no`, `on` and `off`
 * are strings), integers and floats as the spec writes them, no timestamps and no merge keys.
 */
export const YAML_CORE_SCHEMA = CORE_SCHEMA.extend({ implicit: [coreInt, coreFloat] });
