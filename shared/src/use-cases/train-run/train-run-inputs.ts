import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { load, YAMLException } from "js-yaml";
import { InputError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { YAML_CORE_SCHEMA } from "../../engine/files/yaml-core-schema.js";
import type { InputKind } from "../../interface/inputs.js";
import { CORRELATION_INPUT } from "../../platform/github/workflow-dispatch.js";

const yamlValue = (text: string, input: string): unknown => {
  try {
    return load(text, { schema: YAML_CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new InputError(input, `is not valid YAML or JSON: ${error.reason}`);
  }
};

/**
 * Text that is a YAML or JSON array (`["python", "train.py"]`, or `- python` lines), or else one
 * item a line: what a workflow's `with:` block and a command line can both write.
 */
function lines(text: string, input: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("- ")) {
    return trimmed.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [] : [line.trim()]));
  }
  const value = yamlValue(trimmed, input);
  if (!Array.isArray(value) || value.some((item) => item === null || typeof item === "object"))
    throw new InputError(input, "is not a list of plain values", 'Write ["python", "train.py"]');
  return value.map(String);
}

/**
 * The command as written: `shell: true` runs it unchanged as one script, so which form it takes
 * is known only with `shell`; {@link commandArgv} reads it then.
 */
export const argumentList = (): InputKind<string> => ({
  type: "argument list",
  absent: "",
  parse: (text) => text,
});

/** The command's arguments, or with `shell` its one script exactly as written. */
export function commandArgv(text: string, shell: boolean, input = "command"): string[] {
  const argv = shell ? (text.trim() === "" ? [] : [text]) : lines(text, input);
  if (argv.length === 0)
    throw new InputError(
      input,
      "names no program",
      "Give the command to run, or dispatch-workflow to train in another workflow",
    );
  return argv;
}

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

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The longest delay a Node timer keeps: a longer one fires at once. About 24.8 days. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/**
 * A duration such as `90s`, `30m`, `2h` or `1.5h`, in milliseconds; a bare number is seconds.
 * Never over {@link MAX_DURATION_MS}, nor under `minMs`.
 */
export const duration = ({ minMs = 0 }: { minMs?: number } = {}): InputKind<
  number | undefined
> => ({
  type: "duration",
  absent: undefined,
  parse: (text, input) => {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
    const ms = match ? Number(match[1]) * UNIT_MS[match[2] ?? "s"]! : NaN;
    if (!(ms > 0))
      throw new InputError(input, `'${text}' is not a duration`, "Write 90s, 30m or 2h");
    if (ms > MAX_DURATION_MS)
      throw new InputError(
        input,
        `'${text}' is longer than the 24.8 days a timer can wait`,
        "Give at most 596h, or leave timeout empty for no limit",
      );
    if (ms < minMs)
      throw new InputError(
        input,
        `'${text}' is shorter than ${minMs / 1000}s`,
        `Give ${minMs / 1000}s or more`,
      );
    return ms;
  },
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
