import { evalGate, RunnerArtifactStore, runInRunner } from "@mlops/shared";

/** Runs eval-gate as a step of a GitHub Actions job; a fork's report travels as an artifact. */
export const run = (): Promise<number> =>
  runInRunner(evalGate, { artifactStore: () => new RunnerArtifactStore() });
