import { runInRunner, validateData } from "@mlops/shared";

/** Runs validate-data as a step of a GitHub Actions job. */
export const run = (): Promise<number> => runInRunner(validateData);
