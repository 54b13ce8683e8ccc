type Env = Readonly<Record<string, string | undefined>>;

/** The runner's credentials for its own services: a `run:` step never sees them. */
const RUNTIME_SECRETS = new Set([
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
]);

/**
 * The environment for a command the workflow author wrote, as a `run:` step would get it: without
 * the action's runtime tokens and its `INPUT_*` values (which may hold secrets).
 */
export function childEnv(
  env: Env | undefined,
  extra: Env = {},
): Record<string, string | undefined> {
  const kept = Object.entries(env ?? {}).filter(
    ([name]) => !RUNTIME_SECRETS.has(name.toUpperCase()) && !/^INPUT_/i.test(name),
  );
  return { ...Object.fromEntries(kept), ...extra };
}
