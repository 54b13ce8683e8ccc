import { RunnerArtifactStore, runInRunner, trainRun } from "@mlops/shared";

/** Runs train-run as a step of a GitHub Actions job; its record and model go up as an artifact. */
export const run = (): Promise<number> =>
  runInRunner(trainRun, { artifactStore: () => new RunnerArtifactStore() });
