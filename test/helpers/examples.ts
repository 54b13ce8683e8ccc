import { fileURLToPath } from "node:url";

/** The repository's root and its bundled examples. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const evalGateExample = (name: string) => `${repoRoot}examples/eval-gate/${name}`;
