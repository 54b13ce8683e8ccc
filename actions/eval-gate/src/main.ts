import { evalGate, runInRunner } from "@mlops/shared";

/** Runs eval-gate as a step of a GitHub Actions job. */
export const run = (): Promise<number> => runInRunner(evalGate);
