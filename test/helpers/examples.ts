import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's root and its bundled examples. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const evalGateExample = (name: string) => `${repoRoot}examples/eval-gate/${name}`;
export const driftCheckExample = (name: string) => `${repoRoot}examples/drift-check/${name}`;

/** The text of each file, under the name it takes in a test's workspace: `{ "data/a.csv": path }`. */
export function readFiles<Name extends string>(paths: Record<Name, string>): Record<Name, string> {
  return Object.fromEntries(
    Object.entries<string>(paths).map(([name, path]) => [name, readFileSync(path, "utf8")]),
  ) as Record<Name, string>;
}

/** The drift-check example's reference and current data, as data/reference.csv and data/current.csv. */
export const driftCheckFiles = () =>
  readFiles({
    "data/reference.csv": driftCheckExample("reference.csv"),
    "data/current.csv": driftCheckExample("current.csv"),
  });

/** The outputs of eval-gate on the example challenger against its champion, from the CLI or a runner. */
export const evalGateExampleOutputs = {
  verdict: "pass",
  passed: "true",
  "failed-metrics": "[]",
  regressions: "[]",
  "inconclusive-metrics": "[]",
  "report-path": "mlops-out/eval-report.json",
  "comment-path": "mlops-out/eval-comment.md",
  "comment-url": "",
};
