import { promote, runInRunner } from "@mlops/shared";

/** Runs promote as a step of a GitHub Actions job. */
export const run = (): Promise<number> => runInRunner(promote);
