import { StatsInputError } from "./stats-input-error.js";

/** The alternative hypotheses, in scipy's vocabulary. */
export type Alternative = "two-sided" | "less" | "greater";

/** Copies a sample into a Float64Array, refusing empty samples and non-finite values. */
export function finiteSample(
  argument: string,
  values: ArrayLike<number>,
  minLength = 1,
): Float64Array {
  if (values === null || typeof values !== "object" || typeof values.length !== "number") {
    throw new StatsInputError(argument, "is not an array", "pass an array of finite numbers");
  }
  if (values.length < minLength) {
    throw new StatsInputError(
      argument,
      `has ${values.length} value(s), at least ${minLength} needed`,
      `pass a sample of at least ${minLength} finite number(s)`,
    );
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new StatsInputError(
        argument,
        `value at index ${i} is ${String(v)}`,
        "remove missing and non-finite values before testing",
      );
    }
    out[i] = v;
  }
  return out;
}

/** Non-negative finite counts (or frequencies); at least `minLength` of them. */
export function nonNegativeCounts(
  argument: string,
  values: ArrayLike<number>,
  minLength = 1,
): Float64Array {
  const out = finiteSample(argument, values, minLength);
  for (let i = 0; i < out.length; i++) {
    if ((out[i] as number) < 0) {
      throw new StatsInputError(
        argument,
        `value at index ${i} is negative (${out[i]})`,
        "pass counts or frequencies, which are never negative",
      );
    }
  }
  return out;
}

/** A probability strictly between 0 and 1, such as a significance level. */
export function openProbability(argument: string, value: number): number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new StatsInputError(
      argument,
      `is ${String(value)}, not strictly between 0 and 1`,
      "pass a level such as 0.05",
    );
  }
  return value;
}

/** Checks an `alternative` option. */
export function checkAlternative(value: unknown): Alternative {
  if (value === undefined) return "two-sided";
  if (value === "two-sided" || value === "less" || value === "greater") return value;
  throw new StatsInputError(
    "alternative",
    `is ${JSON.stringify(value)}`,
    "use 'two-sided', 'less' or 'greater'",
  );
}

/** Checks a string option against its allowed values. */
export function checkChoice<T extends string>(
  argument: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new StatsInputError(
    argument,
    `is ${JSON.stringify(value)}`,
    `use one of ${allowed.map((a) => `'${a}'`).join(", ")}`,
  );
}

/** Clamps a probability into [0, 1], as scipy's `np.clip(p, 0, 1)`. */
export function clipProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** numpy's `np.round`: round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
