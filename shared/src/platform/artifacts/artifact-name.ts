/**
 * An artifact's name is unique in its workflow run (the service refuses a second upload of a
 * name, and a job holds at most 500 artifacts), so an action names each artifact by its own
 * prefix and a key from its inputs: `drift-report`, or `drift-report-churn` for the key `churn`.
 * Characters the service refuses in a name (" : < > | * ? \ / and line breaks) become dashes.
 */
export function artifactName(prefix: string, key?: string): string {
  const suffix = key?.trim().replace(/[":<>|*?\\/\r\n]+/g, "-");
  return suffix ? `${prefix}-${suffix}` : prefix;
}
