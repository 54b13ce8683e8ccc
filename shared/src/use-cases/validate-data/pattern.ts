/** Whether a whole value matches a contract's `pattern`. */
export type PatternTest = (value: string) => boolean;

/** A compiled pattern, or why RE2 does not read it. */
export type CompiledPattern = { readonly test: PatternTest } | { readonly problem: string };

/**
 * The compiler of contract patterns. Patterns come from pull requests, so they run on RE2's
 * linear-time engine (re2js, pure JavaScript): a backtracking RegExp never ends on `(a+)+`
 * against a long run of `a` and one `!`. RE2's `testExact` takes the whole value, as Table Schema
 * patterns do. Loaded only when a contract has a pattern, so that other runs do not parse it.
 */
export async function patternCompiler(): Promise<(pattern: string) => CompiledPattern> {
  const { RE2JS, RE2JSSyntaxException } = await import("re2js");
  return (pattern) => {
    try {
      const regex = RE2JS.compile(pattern);
      return { test: (value) => regex.testExact(value) };
    } catch (error) {
      if (!(error instanceof RE2JSSyntaxException)) throw error;
      return { problem: error.message.replace(/^error parsing regexp: /i, "") };
    }
  };
}
