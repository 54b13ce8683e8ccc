import { MlopsError } from "@mlops/shared";

/** The one line a user would see for the error `act` throws, of the class `kind` where given. */
export function failureLine(
  act: () => unknown,
  kind: abstract new (...args: never[]) => MlopsError = MlopsError,
): string {
  try {
    act();
  } catch (error) {
    if (error instanceof kind) return error.line;
    throw error;
  }
  throw new Error("expected an error, but none was thrown");
}
