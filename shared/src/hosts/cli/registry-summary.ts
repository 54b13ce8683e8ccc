/** What `mlops registry` does, in the program's help and its own. */
export const REGISTRY_SUMMARY =
  "read a model registry: an artifact's versions and stages, its history, a version's files, or what a pushed tag means";
