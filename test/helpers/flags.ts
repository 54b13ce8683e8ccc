/**
 * Command-line flags from their names and values, in the order given:
 * `flags({ model: "churn", "dry-run": true })` is `["--model", "churn", "--dry-run"]`.
 */
export function flags(values: Record<string, string | true>): string[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === true ? [`--${name}`] : [`--${name}`, value],
  );
}
