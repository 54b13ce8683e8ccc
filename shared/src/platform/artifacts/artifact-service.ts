/**
 * Whether the runner provides the artifact service to JavaScript actions, through these two
 * variables (the client reads them from process.env itself; in a runner that is the host's env).
 * GitHub Enterprise Server and local runners may not.
 */
export const hasArtifactService = (env: Readonly<Record<string, string | undefined>>): boolean =>
  Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);

/**
 * What a name taken in this run says: an artifact's name is the action's and its key, so a
 * second step of the same action needs a key of its own.
 */
const TAKEN = /\(409\)|\bConflict\b|\bexists\b/;

/** The warning of an upload that failed: the step's verdict stands without its artifact. */
export const uploadFailed = (name: string, reason: string) => ({
  level: "warning" as const,
  title: "Artifact not uploaded",
  message:
    `${name} was not uploaded (${reason}); the step's verdict stands` +
    (TAKEN.test(reason)
      ? ". An earlier step of this run uploaded one of that name: give each step of the same action its own comment-key (eval-gate), issue-key (drift-check) or environment (canary-deploy)"
      : ""),
});
