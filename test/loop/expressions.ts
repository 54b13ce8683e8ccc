/**
 * The part of GitHub's expression language that the loop's workflows write: a context lookup
 * (`steps.data.outputs.digest`, `inputs.correlation_id`, `github.token`) and the comparison of
 * one with a string (`github.event_name == 'push'`). Anything else throws, so that a workflow
 * that outgrows this reader fails the test instead of being read wrong.
 */
export type Contexts = Record<string, unknown>;

const LOOKUP = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/;
const EQUALS = /^(\S+)\s*==\s*'([^']*)'$/;

/** A context's value as the runner gives it to a string: a missing property is "". */
function lookup(path: string, contexts: Contexts): string {
  if (!LOOKUP.test(path)) throw new Error(`expression '${path}' is beyond this test's runner`);
  let value: unknown = contexts;
  for (const key of path.split(".")) {
    value =
      value !== null && typeof value === "object" && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value === undefined || value === null ? "" : String(value);
}

/** The value of a bare expression, as a job's `if:` holds it. */
export function evaluate(expression: string, contexts: Contexts): string | boolean {
  const equals = EQUALS.exec(expression.trim());
  if (equals) return lookup(equals[1]!, contexts) === equals[2];
  return lookup(expression.trim(), contexts);
}

/** A string with each `${{ ... }}` replaced by its value. */
export const interpolate = (text: string, contexts: Contexts): string =>
  text.replace(/\$\{\{(.+?)\}\}/g, (_, expression: string) =>
    String(evaluate(expression, contexts)),
  );
