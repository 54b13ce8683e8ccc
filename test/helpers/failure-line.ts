import { MlopsError } from "@mlops/shared";

/** The one line a user would see for the error `act` throws. */
export function failureLine(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof MlopsError) return error.line;
    throw error;
  }
  throw new Error("expected an error, but none was thrown");
}
