import { canaryDeploy, runInRunner } from "@mlops/shared";

/** Runs canary-deploy as a step of a GitHub Actions job. */
export const run = (): Promise<number> => runInRunner(canaryDeploy);
