import { MlopsError } from "../errors.js";

/**
 * An argument to a statistics function that the function cannot compute with: an empty sample,
 * a NaN or infinite value, arrays of different lengths, a negative count. The message names the
 * argument; `fix` says what to pass instead.
 */
export class StatsInputError extends MlopsError {
  constructor(
    /** The name of the offending argument, as in the function's signature. */
    readonly argument: string,
    problem: string,
    fix: string,
  ) {
    super(`${argument}: ${problem}`, fix);
  }
}
