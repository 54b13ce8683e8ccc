import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import type { InputKind } from "../../interface/inputs.js";
import { lines, yamlValue } from "../../interface/command-inputs.js";
import { CORRELATION_INPUT } from "../../platform/github/workflow-dispatch.js";

/** sha256 digests as validate-data's `digest` output gives them: lowercase hex. */
export const digestList = (): InputKind<string[]> => ({
  type: "list of sha256",
  absent: [],
  parse: (text, input) =>
    lines(text, input).map((digest) => {
      if (!/^[0-9a-f]{64}$/i.test(digest))
        throw new InputError(input, `'${digest}' is not a sha256 digest`, "Give 64 hex digits");
      return digest.toLowerCase();
    }),
});

/** The run's params: a YAML or JSON file, or a mapping written inline. */
export const params = (): InputKind<Readonly<Record<string, unknown>>> => ({
  type: "file or YAML/JSON",
  absent: {},
  parse: (text, input, { cwd }) => {
    const path = isAbsolute(text.trim()) ? text.trim() : resolve(cwd, text.trim());
    const fromFile = !/[\n:{]/.test(text) && existsSync(path) && statSync(path).isFile();
    const value = fromFile ? readStructured(path, text.trim()).value : yamlValue(text, input);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new InputError(
        input,
        fromFile ? `file '${text.trim()}' is not a mapping` : "is neither a file nor a mapping",
        "Give a YAML or JSON file of params, or write them inline as {lr: 0.1, epochs: 10}",
      );
    return value as Record<string, unknown>;
  },
});

/** GitHub takes at most 25 inputs in one dispatch, and train-run adds correlation_id. */
export const MAX_DISPATCH_INPUTS = 24;

const kindOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`;

/**
 * The dispatched workflow's inputs: names to strings, as GitHub passes workflow inputs. A number
 * written bare is refused rather than turned into text that may not read back the same (1.0).
 */
export const dispatchInputs = (): InputKind<Readonly<Record<string, string>>> => ({
  type: "YAML/JSON mapping of strings",
  absent: {},
  parse: (text, input) => {
    const value = yamlValue(text, input);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new InputError(input, "is not a mapping", 'Write {"epochs": "20"}');
    const entries = Object.entries(value);
    for (const [name, item] of entries) {
      if (name === CORRELATION_INPUT)
        throw new InputError(
          input,
          `'${CORRELATION_INPUT}' is train-run's own input`,
          "Leave it out: each dispatch gets a new one",
        );
      if (!/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(name))
        throw new InputError(
          input,
          `${JSON.stringify(name.slice(0, 100))} is not a workflow input name`,
          "Use letters, digits, - and _, starting with a letter or _",
        );
      if (typeof item !== "string")
        throw new InputError(
          input,
          `'${name}' is ${kindOf(item)}, not a string`,
          `GitHub passes workflow inputs as strings: quote it, as ${name}: "20"`,
        );
    }
    if (entries.length > MAX_DISPATCH_INPUTS)
      throw new InputError(
        input,
        `has ${entries.length} inputs, more than the ${MAX_DISPATCH_INPUTS} a dispatch can carry besides ${CORRELATION_INPUT}`,
        "Pass several values in one input, as JSON",
      );
    return Object.fromEntries(entries) as Record<string, string>;
  },
});

/** The dispatch's correlation id, as the dispatched workflow received it: a name-safe token. */
export const correlationId = (): InputKind<string | undefined> => ({
  type: "text",
  absent: undefined,
  parse: (text, input) => {
    const id = text.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id))
      throw new InputError(
        input,
        `${JSON.stringify(id.slice(0, 100))} is not a correlation id`,
        `Pass the one the dispatch gave, with correlation-id set to the workflow's ${CORRELATION_INPUT} input`,
      );
    return id;
  },
});

/** A path the command will write, so it need not exist before the run; resolved like a file. */
export const producedPath = (): InputKind<string | undefined> => ({
  type: "path",
  absent: undefined,
  parse: (text, _input, { cwd }) => (isAbsolute(text) ? text : resolve(cwd, text)),
});

const within = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * Refuses, before the command runs, a record (or its params file) that would overwrite the
 * metrics file the command writes, or land in its model folder and so in the model's digest.
 */
export function refuseOverwrite(
  paths: { record: string; params: string; metrics?: string; model?: string },
  shown: (path: string) => string,
): void {
  for (const [written, name] of [
    [paths.record, "record-path"],
    [paths.params, "record-path's params file"],
  ] as const) {
    if (paths.metrics !== undefined && resolve(paths.metrics) === resolve(written))
      throw new InputError(
        "record-path",
        `${name} ${shown(written)} is the metrics-file the command writes`,
        "Give record-path and metrics-file different paths",
      );
    if (paths.model !== undefined && within(resolve(paths.model), resolve(written)))
      throw new InputError(
        "record-path",
        `${name} ${shown(written)} is inside trained-model ${shown(paths.model)}, so it would be counted in the model`,
        "Give record-path outside the trained-model folder",
      );
  }
}
