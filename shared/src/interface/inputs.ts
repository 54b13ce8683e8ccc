import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../engine/errors.js";
import { safeForLog } from "../engine/report/escape-control.js";
import { shorten } from "../engine/report/shorten.js";
import { parseMarkerKey } from "../platform/github/marker-key.js";

/** Where relative paths in inputs are resolved: the workspace in a runner, the cwd in the CLI. */
export interface InputContext {
  readonly cwd: string;
  /**
   * Whether a path given inside `cwd` may not follow a symbolic link out of it, nor into a
   * `.git` folder: set by the runner, whose workspace is a checkout that a pull request can
   * fill with links. The command line follows links, as anything on the user's own machine does.
   */
  readonly confineLinks?: boolean;
}

/**
 * How one input's text becomes a typed value. `parse` is only called with non-empty text:
 * absence (no value and no default) is settled before, from `action.yml`'s `required`.
 */
export interface InputKind<T> {
  /** A few words for `--help` and the catalog: "file", "number", "true | false". */
  readonly type: string;
  /** The value when the input is absent and not required. */
  readonly absent: T;
  /** Secrets are masked in the runner's log before anything else is printed. */
  readonly secret?: boolean;
  /** A path the action writes: checked against the run's other paths before any work. */
  readonly writes?: boolean;
  /**
   * A path or glob of files the action reads: in a runner, each file is checked before any
   * work for a symbolic link that leads it out of the workspace (`confineLinks`).
   */
  readonly reads?: boolean;
  /**
   * The fix for a value of white space alone, where that means something (a delimiter): it is
   * trimmed away, as a runner trims every input, so it is refused rather than read as absent.
   */
  readonly blank?: string;
  /** `fallback`: the input's default in action.yml, when it has one, for a hint to offer. */
  parse(text: string, input: string, context: InputContext, fallback?: string): T;
}

const kind = <T>(type: string, absent: T, parse: InputKind<T>["parse"]): InputKind<T> => ({
  type,
  absent,
  parse,
});

export const text = (): InputKind<string | undefined> => kind("text", undefined, (t) => t);

/**
 * Text that names files the action reads: a path or a glob of data, profiles or predictions,
 * a registry's folder (which promote also writes), or something the action tells apart from a
 * path (a registry reference such as churn#prod). Held to the workspace's link rule
 * (`refuseLinksOut`).
 */
export const dataSource = (): InputKind<string | undefined> => ({ ...text(), reads: true });

/**
 * One `dataSource` or several, one a line, as a workflow writes a list (on the command line, the
 * flag repeated): each a path or glob, or one a registry reference. No comma splits them, as one
 * may stand in a file name. Each is held to the workspace's link rule.
 */
export const dataSources = (): InputKind<string[]> => ({
  ...kind("list", [], (t) =>
    t
      .split(/\r?\n/)
      .map((item) => item.trim())
      .filter((item) => item !== ""),
  ),
  reads: true,
});

/** The key of an owned comment or issue, checked before the action writes anything. */
export const markerKey = (): InputKind<string | undefined> =>
  kind("text", undefined, (t, input) => parseMarkerKey(input, t));

export const secret = (): InputKind<string | undefined> => ({
  ...kind<string | undefined>("secret", undefined, (t) => t),
  secret: true,
});

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** YAML 1.2 core-schema booleans, as the runner's own `getBooleanInput` accepts. */
export const bool = (): InputKind<boolean> =>
  kind("true | false", false, (t, input) => {
    if (TRUE.includes(t)) return true;
    if (FALSE.includes(t)) return false;
    throw new InputError(input, `'${t}' is not a boolean`, "Use true or false");
  });

type NumberBounds = { min?: number; max?: number; integer?: boolean };

/**
 * How to fix a bad number, fitted to the input: its kind, its range and an example inside it,
 * the input's default when it has one (another example would read as a recommendation).
 */
function numberHint({ min, max, integer }: NumberBounds, fallback: string | undefined): string {
  const clamp = (x: number) => Math.min(max ?? x, Math.max(min ?? x, x));
  const example = fallback ? `${fallback} (the default)` : clamp(integer ? 10 : 0.05);
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : "";
  return `Give ${integer ? "a whole number" : "a finite number"}${range}, such as ${example}`;
}

/** A number written in decimals, with an exponent or not: the way a workflow author writes one. */
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * The number `text` writes in decimals, else NaN: `Number` also reads 0x10, 0o17 and 0b11 (as
 * 16, 15 and 3), which no one means for a percentage or a count.
 */
export const decimalValue = (text: string): number => (DECIMAL.test(text) ? Number(text) : NaN);

export const number = (bounds: NumberBounds = {}): InputKind<number | undefined> =>
  kind(bounds.integer ? "integer" : "number", undefined, (t, input, _context, fallback) => {
    const value = decimalValue(t);
    const hint = numberHint(bounds, fallback);
    if (t.trim() === "" || !Number.isFinite(value)) {
      throw new InputError(input, `'${t}' is not a number`, hint);
    }
    if (bounds.integer && !Number.isInteger(value)) {
      throw new InputError(input, `'${t}' is not a whole number`, hint);
    }
    if (bounds.min !== undefined && value < bounds.min) {
      throw new InputError(input, `${value} is below the minimum ${bounds.min}`, hint);
    }
    if (bounds.max !== undefined && value > bounds.max) {
      throw new InputError(input, `${value} is above the maximum ${bounds.max}`, hint);
    }
    return value;
  });

export const choice = <C extends string>(options: readonly C[]): InputKind<C | undefined> =>
  kind(options.join(" | "), undefined, (t, input) => {
    if ((options as readonly string[]).includes(t)) return t as C;
    throw new InputError(input, `'${t}' is not one of ${options.join(", ")}`);
  });

/**
 * Items one a line or comma-separated, blank ones dropped; an item in double quotes keeps its
 * commas, as a CSV cell does (`"income, annual"`, a quote inside doubled), so that any column's
 * name can be listed.
 */
export const list = (): InputKind<string[]> =>
  kind("list", [], (t) =>
    t
      .split(/\r?\n/)
      .flatMap(commaItems)
      .filter((item) => item !== ""),
  );

/** An item in double quotes, with the comma or end after it. */
const QUOTED = /\s*"((?:[^"]|"")*)"\s*(,|$)/y;

/** A line's items: split at each comma outside double quotes, trimmed, quoted ones unquoted. */
function commaItems(line: string): string[] {
  const items: string[] = [];
  for (let at = 0; at <= line.length;) {
    QUOTED.lastIndex = at;
    const quoted = QUOTED.exec(line);
    if (quoted) {
      items.push((quoted[1] ?? "").replaceAll('""', '"'));
      at = QUOTED.lastIndex + (quoted[2] ? 0 : 1);
      continue;
    }
    const comma = line.indexOf(",", at);
    const end = comma < 0 ? line.length : comma;
    items.push(line.slice(at, end).trim());
    at = end + 1;
  }
  return items;
}

/**
 * The character between the fields of a CSV file: one printable ASCII character that is not
 * part of a plain value or a number (no letter, digit, quote, point or sign), or the words `tab`
 * and `space`, since a runner trims either given as it is.
 */
export const delimiter = (): InputKind<string | undefined> => ({
  ...kind("character | tab | space", undefined, (t, input) => {
    if (t === "tab" || t === "\\t") return "\t";
    if (t === "space") return " ";
    if (/^[!-~]$/.test(t) && !/[\w".+-]/.test(t)) return t;
    throw new InputError(
      input,
      `'${safeForLog(shorten(t, 40))}' is not a delimiter`,
      "Give the one character between fields, such as ; or |, or tab or space",
    );
  }),
  blank: "Write space for fields separated by a space, or tab for a tab",
});

// Normalised, as the link checks judge a path: `ln/../x` is read where it is written, not where
// the system would take it after following `ln`.
const absolute = (t: string, cwd: string) => resolve(cwd, t);

/** A path to an existing file, resolved against the workspace. */
export const file = (): InputKind<string | undefined> => ({
  ...kind<string | undefined>("file", undefined, (t, input, { cwd }) => {
    const path = absolute(t, cwd);
    if (!existsSync(path)) {
      throw new InputError(
        input,
        `file '${t}' does not exist`,
        "Check the path; a relative path starts from the working directory",
      );
    }
    if (!statSync(path).isFile()) {
      throw new InputError(input, `'${t}' is not a file`, "Give the path of a file, not a folder");
    }
    return path;
  }),
  reads: true,
});

/** A path the action will write; its folder is created when the action writes. */
export const outputPath = (): InputKind<string | undefined> => ({
  ...kind<string | undefined>("path", undefined, (t, _input, { cwd }) => absolute(t, cwd)),
  writes: true,
});

/** A path the action will write, or `none` (null) for a file the user does not want. */
export const optionalOutputPath = (): InputKind<string | null | undefined> => ({
  ...kind<string | null | undefined>("path | none", undefined, (t, _input, { cwd }) =>
    t === "none" ? null : absolute(t, cwd),
  ),
  writes: true,
});
