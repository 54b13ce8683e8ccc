/** A vector selector as a query writes it: the metric's name and each label matcher's text. */
export interface Selector {
  readonly name: string;
  /** Each matcher as written, such as `le="0.25"` or `job=~"api|web"`; none for a bare name. */
  readonly matchers: readonly string[];
}

/** PromQL's keywords, which may stand before a selector of braces alone: never a metric. */
const KEYWORDS = new Set([
  "and",
  "or",
  "unless",
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "offset",
  "atan2",
]);

/** The keywords whose parenthesised list, such as `by (le)`, holds label names. */
const LABEL_LISTS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);

/**
 * Words that are never a bare metric's name: the keywords, the aggregations (which may take
 * `by (...)` before their parenthesis, as in `sum by (le) (...)`), and the numbers PromQL
 * spells as words, in any case.
 */
const NOT_METRICS = new Set([
  ...KEYWORDS,
  ...["sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "count_values"],
  ...["topk", "bottomk", "quantile", "limitk", "limit_ratio"],
  // Prometheus 3's range modifiers, `rate(m[5m] anchored)`.
  ...["anchored", "smoothed"],
  "inf",
  "nan",
]);

const NAME_START = /[a-zA-Z_:]/;
const NAME_PART = /[a-zA-Z0-9_:]/;
const DIGIT = /[0-9]/;
/** What a number or a duration is made of: `1e3`, `0x1f`, `1.5`, `1_000`, `1h30m`. */
const NUMBER_PART = /[a-zA-Z0-9_.]/;

/**
 * The vector selectors of a PromQL query, each once, in the order written: a bare name
 * (`name`, no matchers) or a name with label matchers (`name{a="b",c=~"d"}`): the parts of a
 * query with no data that may name a metric, a label or a value Prometheus does not have.
 * Never taken for a metric: function names, keywords and aggregations, the label names of
 * `by (...)`, `on (...)` and the like, numbers and durations (`1e3`, `Inf`, `[5m]`, `offset 5m`,
 * `@ start()`), strings and comments. Braces without a name before them name their metric
 * inside, quoted (Prometheus 3's `{"http.server.duration", job="api"}`) or as `__name__="up"`;
 * without either they are not listed.
 */
export function selectorsOf(query: string): Selector[] {
  const found = new Map<string, Selector>();
  const add = (name: string, matchers: readonly string[]) => {
    const key = selectorText({ name, matchers });
    if (!found.has(key)) found.set(key, { name, matchers });
  };
  for (let at = 0; at < query.length;) {
    const char = query[at]!;
    if (char === "#") {
      const end = query.indexOf("\n", at);
      at = end < 0 ? query.length : end;
    } else if (char === '"' || char === "'" || char === "`") {
      at = stringEnd(query, at);
    } else if (char === "{") {
      // Braces without a name before them: the name may be inside, quoted or as `__name__`.
      const { matchers, next } = matchersAt(query, at + 1);
      const named = nameInBraces(matchers);
      if (named) add(named.name, named.matchers);
      at = next;
    } else if (char === "[") {
      // A range or a subquery (`[5m]`, `[10m:1m]`): durations only.
      const end = query.indexOf("]", at);
      at = end < 0 ? query.length : end + 1;
    } else if (DIGIT.test(char) || (char === "." && DIGIT.test(query[at + 1] ?? ""))) {
      // A number or a duration: its letters (`e`, `x`, `m`) name nothing.
      at = runEnd(query, at, NUMBER_PART);
    } else if (NAME_START.test(char)) {
      const end = runEnd(query, at, NAME_PART);
      const name = query.slice(at, end);
      const word = name.toLowerCase();
      let next = end;
      while (/\s/.test(query[next] ?? "")) next++;
      if (query[next] === "{" && !KEYWORDS.has(word)) {
        const { matchers, next: after } = matchersAt(query, next + 1);
        add(name, matchers);
        at = after;
      } else if (query[next] === "(") {
        // A function's arguments are read on; a grouping clause's list is of labels.
        at = LABEL_LISTS.has(word) ? listEnd(query, next + 1) : next + 1;
      } else {
        if (!NOT_METRICS.has(word)) add(name, []);
        at = end;
      }
    } else at++;
  }
  return [...found.values()];
}

/** One double-quoted string, its escapes included: `"a.b"`, not `"a.b"="c"`. */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const QUOTED_ALONE = new RegExp(`^${QUOTED}$`, "s");
const NAME_MATCHER = new RegExp(`^__name__\\s*=\\s*(${QUOTED})$`, "s");

/** A name as PromQL takes it bare. */
const LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/**
 * A selector as a query that asks for it: `name{matchers}`, or with a name only Prometheus 3
 * takes (dots, dashes, any UTF-8), the name quoted inside the braces.
 */
export function selectorText({ name, matchers }: Selector): string {
  if (LEGACY_NAME.test(name)) return matchers.length > 0 ? `${name}{${matchers.join(",")}}` : name;
  return `{${[JSON.stringify(name), ...matchers].join(",")}}`;
}

/**
 * The metric a selector of braces alone names, and its other matchers: a matcher that is a
 * double-quoted string alone (Prometheus 3), or `__name__="..."`. Null for neither, or for a
 * string this reading cannot unquote.
 */
function nameInBraces(matchers: readonly string[]): Selector | null {
  for (const [i, matcher] of matchers.entries()) {
    const quoted =
      NAME_MATCHER.exec(matcher)?.[1] ?? (QUOTED_ALONE.test(matcher) ? matcher : undefined);
    if (quoted === undefined) continue;
    let name: unknown;
    try {
      name = JSON.parse(quoted);
    } catch {
      return null;
    }
    return typeof name === "string" && name !== ""
      ? { name, matchers: matchers.filter((_, j) => j !== i) }
      : null;
  }
  return null;
}

/** The index just past the run of `part` characters that starts at `at`. */
function runEnd(query: string, at: number, part: RegExp): number {
  let end = at + 1;
  while (end < query.length && part.test(query[end]!)) end++;
  return end;
}

/** The index just past the string that opens at `at` (its end, for an unclosed one). */
function stringEnd(query: string, at: number): number {
  const quote = query[at]!;
  let i = at + 1;
  while (i < query.length && query[i] !== quote) i += quote !== "`" && query[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, query.length);
}

/** The index just past the `)` that closes a label list opened before `from`. */
function listEnd(query: string, from: number): number {
  let at = from;
  while (at < query.length && query[at] !== ")") {
    const char = query[at]!;
    at = char === '"' || char === "'" || char === "`" ? stringEnd(query, at) : at + 1;
  }
  return at + 1;
}

/** The matchers between `{` (before `from`) and its `}`, split at commas outside strings. */
function matchersAt(query: string, from: number): { matchers: string[]; next: number } {
  const matchers: string[] = [];
  let start = from;
  let at = from;
  const take = () => {
    const matcher = query.slice(start, at).trim();
    if (matcher !== "") matchers.push(matcher);
  };
  while (at < query.length && query[at] !== "}") {
    const char = query[at]!;
    if (char === '"' || char === "'" || char === "`") at = stringEnd(query, at);
    else {
      if (char === ",") {
        take();
        start = at + 1;
      }
      at++;
    }
  }
  take();
  return { matchers, next: at + 1 };
}
