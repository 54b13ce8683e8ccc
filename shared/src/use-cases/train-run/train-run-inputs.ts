import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { FileError, InputError } from "../../engine/errors.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { readFromFile } from "../../interface/check-output-paths.js";
import { refuseLinkOut } from "../../interface/confine-links.js";
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

const MAPPING_EXAMPLE = "write them inline as {lr: 0.1, epochs: 10}";

/** Integer literals: a key, a float (`1e20`, `2.0`) or a word does not end or start with one. */
const INTEGER_LITERAL = /(?<![\w.])[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)(?![\w.])/g;

/** Quoted text, where a number is no literal: `note: "ticket 99999999999999999999"`. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;

/**
 * The integer written in `text`, outside quotes, that a number cannot hold exactly and that reads
 * as `value`: the literal of this param, not another's on the same line.
 */
const unsafeInteger = (text: string, value: number): string | undefined =>
  [...text.replace(QUOTED, (quoted) => " ".repeat(quoted.length)).matchAll(INTEGER_LITERAL)]
    .map(([literal]) => literal)
    .find((literal) => {
      const read = Number(literal.replace(/^\+/, ""));
      return !Number.isSafeInteger(read) && read === value;
    });

/**
 * Refuses what would reach the command as other than written. A YAML 1.1 merge key (`<<: *b`)
 * is a plain key in YAML 1.2, which PyYAML would merge: the command and the record would
 * disagree. An integer beyond 2^53 (a seed) is rounded by a number, so the command would be
 * given another one than the file's.
 */
function refuseInexact(
  value: unknown,
  where: (keys: readonly string[]) => {
    line?: string;
    fail: (problem: string, fix: string) => never;
  },
  keys: string[] = [],
): void {
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "<<" && !Array.isArray(value))
        where([...keys, key]).fail(
          "'<<' is a YAML 1.1 merge key, which YAML 1.2 reads as a key named <<",
          "Write the merged keys out in full",
        );
      refuseInexact(child, where, [...keys, key]);
    }
    return;
  }
  if (typeof value !== "number" || !Number.isInteger(value) || Number.isSafeInteger(value)) return;
  const { line, fail } = where(keys);
  const literal = line === undefined ? undefined : unsafeInteger(line, value);
  if (literal === undefined) return;
  const name = keys.join(".");
  fail(
    `param '${name}' is ${literal}, more than the 2^53 up to which an integer stays exact (it would be ${value})`,
    `Quote it as a string, as ${keys.at(-1) ?? name}: "${literal}"`,
  );
}

/** The run's params: a YAML or JSON file, or a mapping written inline. */
export const params = (): InputKind<Readonly<Record<string, unknown>>> => ({
  type: "file or YAML/JSON",
  absent: {},
  parse: (text, input, context) => {
    const { cwd } = context;
    const given = text.trim();
    // Text of one line without `:` or `{` can be no mapping: it names a file.
    if (/[\n:{]/.test(given)) {
      const value = yamlValue(text, input);
      if (value === null || typeof value !== "object" || Array.isArray(value))
        throw new InputError(
          input,
          "is not a mapping",
          `Give a YAML or JSON file of params, or ${MAPPING_EXAMPLE}`,
        );
      refuseInexact(value, () => ({
        line: text,
        fail: (problem, fix) => {
          throw new InputError(input, problem, fix);
        },
      }));
      return value as Record<string, unknown>;
    }
    const path = isAbsolute(given) ? given : resolve(cwd, given);
    if (!existsSync(path))
      throw new InputError(
        input,
        `file '${given}' does not exist`,
        `Check the path (a relative one starts from the working directory), or ${MAPPING_EXAMPLE}`,
      );
    if (!statSync(path).isFile())
      throw new InputError(
        input,
        `'${given}' is not a file`,
        "Give the path of a YAML or JSON file of params",
      );
    // Read here, as the input is parsed: checked here, before its lines can reach a message.
    refuseLinkOut(input, path, context);
    const doc = readStructured(path, given);
    const { value } = doc;
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new InputError(
        input,
        `file '${given}' is not a mapping`,
        `Write the params as name: value lines, or ${MAPPING_EXAMPLE}`,
      );
    refuseInexact(value, (keys) => {
      const line = doc.lineOf(jsonPointer(keys));
      return {
        line: line === undefined ? undefined : readFileSync(path, "utf8").split("\n")[line - 1],
        fail: (problem, fix) => {
          throw new FileError(given, problem, fix, line);
        },
      };
    });
    return readFromFile(value as Record<string, unknown>, path);
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

/**
 * A path the command will write, so it need not exist before the run; resolved like a file.
 * The action reads what the command left there, so a link leading it out is checked as an
 * input file's is.
 */
export const producedPath = (): InputKind<string | undefined> => ({
  type: "path",
  absent: undefined,
  parse: (text, _input, { cwd }) => (isAbsolute(text) ? text : resolve(cwd, text)),
  reads: true,
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
