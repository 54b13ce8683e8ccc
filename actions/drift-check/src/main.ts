import { driftCheck, runInRunner } from "@mlops/shared";

/** Runs drift-check as a step of a GitHub Actions job. */
export const run = (): Promise<number> => runInRunner(driftCheck);
