/** A vector selector as a query writes it: the metric's name and each label matcher's text. */
export interface Selector {
  readonly name: string;
  /** Each matcher as written, such as `le="0.25"` or `job=~"api|web"`. */
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

const NAME_START = /[a-zA-Z_:]/;
const NAME_PART = /[a-zA-Z0-9_:]/;

/**
 * The selectors of a PromQL query that name a metric and match labels (`name{a="b",c=~"d"}`),
 * each once, in the order written: the parts of a query with no data that may name a metric,
 * a label or a value Prometheus does not have. Strings and comments are skipped; a selector of
 * a bare name, or of braces without a name, is not listed (nothing there to tell apart).
 */
export function selectorsOf(query: string): Selector[] {
  const found = new Map<string, Selector>();
  for (let at = 0; at < query.length;) {
    const char = query[at]!;
    if (char === "#") {
      const end = query.indexOf("\n", at);
      at = end < 0 ? query.length : end;
    } else if (char === '"' || char === "'" || char === "`") {
      at = stringEnd(query, at);
    } else if (NAME_START.test(char) && (at === 0 || !NAME_PART.test(query[at - 1]!))) {
      let end = at + 1;
      while (end < query.length && NAME_PART.test(query[end]!)) end++;
      const name = query.slice(at, end);
      let open = end;
      while (/\s/.test(query[open] ?? "")) open++;
      if (query[open] !== "{" || KEYWORDS.has(name.toLowerCase())) {
        at = end;
        continue;
      }
      const { matchers, next } = matchersAt(query, open + 1);
      const key = `${name}{${matchers.join(",")}}`;
      if (matchers.length > 0 && !found.has(key)) found.set(key, { name, matchers });
      at = next;
    } else at++;
  }
  return [...found.values()];
}

/** The index just past the string that opens at `at` (its end, for an unclosed one). */
function stringEnd(query: string, at: number): number {
  const quote = query[at]!;
  let i = at + 1;
  while (i < query.length && query[i] !== quote) i += quote !== "`" && query[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, query.length);
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
