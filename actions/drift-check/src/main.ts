import { driftCheck, RunnerArtifactStore, runInRunner } from "@mlops/shared";

/** Runs drift-check as a step of a GitHub Actions job; its reports go up as a run artifact. */
export const run = (): Promise<number> =>
  runInRunner(driftCheck, { artifactStore: () => new RunnerArtifactStore() });
