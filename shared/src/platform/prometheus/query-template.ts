import { InputError, MlopsError } from "../../engine/errors.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../../engine/report/shorten.js";

/** What a template's placeholders stand for. */
export interface QueryValues {
  /** The variant's name, as its series carry it in the variant label; from an input. */
  readonly variant: string;
  /** A Prometheus duration such as 30s or 5m, from promDuration. */
  readonly window: string;
  /** The name of the label that tells the variants apart, such as `variant`. */
  readonly variantLabel: string;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
const PLACEHOLDER = /\{(variant|window|variant_label)\}/y;

/**
 * Fills {variant}, {window} and {variant_label} in a PromQL template; other braces are PromQL's.
 * The variant comes from an input, so it is escaped for the string it lands in: inside "..." or
 * '...' its backslashes, that quote and control characters are escaped; outside any string it
 * becomes a double-quoted string of its own. Nothing it contains can end the string early.
 */
export function fillQuery(template: string, values: QueryValues): string {
  if (!LABEL_NAME.test(values.variantLabel)) {
    throw new InputError(
      "variant-label",
      `'${safeForLog(shorten(values.variantLabel, REFUSAL_NAME_LIMIT))}' is not a Prometheus label name`,
      "Use letters, digits and underscores, not starting with a digit",
    );
  }
  if (!DURATION.test(values.window)) {
    throw new Error(`fillQuery: window '${values.window}' is not a Prometheus duration`);
  }
  let out = "";
  let quote: string | undefined;
  for (let at = 0; at < template.length;) {
    PLACEHOLDER.lastIndex = at;
    const placeholder = PLACEHOLDER.exec(template);
    if (placeholder) {
      out += fill(template, placeholder[1]!, values, quote);
      at += placeholder[0].length;
      continue;
    }
    const char = template[at]!;
    if (quote === undefined && char === "#") {
      // A comment runs to the end of the line; a quote in it opens no string.
      const end = template.indexOf("\n", at);
      out += template.slice(at, end < 0 ? undefined : end);
      at = end < 0 ? template.length : end;
      continue;
    }
    if (quote !== undefined && quote !== "`" && char === "\\") {
      out += template.slice(at, at + 2);
      at += 2;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") {
      if (quote === undefined) quote = char;
      else if (quote === char) quote = undefined;
    }
    out += char;
    at++;
  }
  return out;
}

function fill(
  template: string,
  name: string,
  values: QueryValues,
  quote: string | undefined,
): string {
  if (name === "window") return values.window;
  if (name === "variant_label") return values.variantLabel;
  if (quote === "`") rawStringPlaceholder(template);
  return quote === undefined
    ? `"${escapeFor('"', values.variant)}"`
    : escapeFor(quote, values.variant);
}

/** The text of a PromQL string closed by `quote` that reads as `value` (Go's escapes). */
const escapeFor = (quote: string, value: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  value.replace(/[\\"'\u0000-\u001f\u007f]/g, (char) => {
    if (char === "\\") return "\\\\";
    if (char === '"' || char === "'") return char === quote ? `\\${char}` : char;
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });

/** A raw `...` string has no escapes, so a placeholder inside it could not be filled safely. */
function rawStringPlaceholder(template: string): never {
  throw new MlopsError(
    `query '${safeForLog(shorten(template, 120))}': {variant} inside a \`raw string\` cannot be escaped`,
    'Put "{variant}" in double quotes',
  );
}

/**
 * A window of `ms` milliseconds as a Prometheus duration, exact to the millisecond (`40023ms`),
 * in the largest whole unit when it is one (`5m`), and at least `1ms`. Never rounded up: a
 * window from when a weight was set must not reach back before it.
 */
export function promDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`promDuration: ${ms} is not a duration`);
  const whole = Math.max(1, Math.floor(ms));
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const)
    if (whole % size === 0) return `${whole / size}${unit}`;
  return `${whole}ms`;
}
