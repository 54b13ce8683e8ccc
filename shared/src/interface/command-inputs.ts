import { FAILSAFE_SCHEMA, load, YAMLException, type Schema } from "js-yaml";
import { InputError, YamlInputError } from "../engine/errors.js";
import { shorten } from "../engine/report/shorten.js";
import { YAML_CORE_SCHEMA } from "../engine/files/yaml-core-schema.js";
import { YamlLineIndex } from "../engine/files/yaml-line-index.js";
import type { InputKind } from "./inputs.js";

/**
 * An input's text as YAML (JSON is YAML too), or an error saying where it stops being so. Its
 * aliases are held to what they may expand to, as a file's are: inline text is no less
 * untrusted (`*a` ten times a level, seven levels deep, is 10 million values from 400 bytes).
 * `schema`: the core schema types scalars (numbers, booleans); the failsafe one keeps each as
 * the text it is written as.
 */
export const yamlValue = (
  text: string,
  input: string,
  schema: Schema = YAML_CORE_SCHEMA,
): unknown => {
  const index = text.includes("*") ? new YamlLineIndex() : undefined;
  let value: unknown;
  try {
    value = load(text, { schema, ...(index && { listener: index.listener }) });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The line only where there are several (js-yaml's end of a one-line text is on line 2),
    // and where js-yaml knows it (not for a second document).
    const lines = text.trimEnd().split("\n").length;
    const line = error.mark === undefined ? undefined : Math.min(error.mark.line + 1, lines);
    const where = lines > 1 && line !== undefined ? ` (line ${line})` : "";
    throw new YamlInputError(
      input,
      `is not valid YAML or JSON: ${shorten(error.reason)}${where}`,
      error.reason.startsWith("unknown tag")
        ? "Leave the tag (!!name) out, or quote the value that holds it"
        : "Check its brackets, quotes and commas there",
    );
  }
  const excessive = index?.checkAliasExpansion(value);
  if (excessive) {
    throw new YamlInputError(
      input,
      `is not valid YAML or JSON: ${excessive}`,
      "Write the values out: an alias may repeat a value, not multiply it",
    );
  }
  return value;
};

/**
 * Text that is a YAML or JSON array (`["python", "train.py"]`, or `- python` lines), or else one
 * item a line: what a workflow's `with:` block and a command line can both write.
 */
export function lines(text: string, input: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("- ")) {
    return trimmed.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [] : [line.trim()]));
  }
  // Each item as written: a version 1.10, a seed 0o17 or a rate 1e-3 reaches the program as
  // that text, never as the number YAML would make of it (1.1, 15, 0.001).
  const value = yamlValue(trimmed, input, FAILSAFE_SCHEMA);
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
    throw new InputError(input, "is not a list of plain values", 'Write ["python", "train.py"]');
  return value as string[];
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
export function commandArgv(text: string, shell: boolean, input: string, fix: string): string[] {
  const argv = shell ? (text.trim() === "" ? [] : [text]) : lines(text, input);
  if (argv.length === 0) throw new InputError(input, "names no program", fix);
  return argv;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The longest delay a Node timer keeps: a longer one fires at once. About 24.8 days. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** A duration of one or more parts, as Prometheus and Go write them: `1h30m`, `1m30s`, `2h`. */
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;

/** The milliseconds of `text`: a bare number is seconds; NaN when it is no duration. */
function durationMs(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!DURATION.test(trimmed)) return NaN;
  let ms = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    ms += Number(amount) * UNIT_MS[unit!]!;
  }
  return ms;
}

/**
 * A duration such as `90s`, `30m`, `2h`, `1.5h` or `1m30s`, in milliseconds; a bare number is
 * seconds. Never over {@link MAX_DURATION_MS}, nor under `minMs`.
 */
export const duration = ({ minMs = 0 }: { minMs?: number } = {}): InputKind<
  number | undefined
> => ({
  type: "duration",
  absent: undefined,
  parse: (text, input) => {
    const ms = durationMs(text);
    if (!(ms > 0))
      throw new InputError(input, `'${text}' is not a duration`, "Write 90s, 1m30s, 30m or 2h");
    if (ms > MAX_DURATION_MS)
      throw new InputError(
        input,
        `'${text}' is longer than the 24.8 days a timer can wait`,
        "Give at most 596h",
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
