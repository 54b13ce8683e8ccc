/** What `mlops registry` does, in the program's help and its own. */
export const REGISTRY_SUMMARY =
  "read a model registry: an artifact's versions and stages, its history, or a version's files";
