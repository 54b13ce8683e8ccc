/**
 * A percent written in a metric's name, as the operating points write their targets
 * (`recall_at_precision_99p5`, `recall_at_alert_rate_0p1`): digits, and a decimal point written
 * `p`, as a dot in a name means nesting in a metrics file; at most two decimals, a hundredth of
 * a percent being the finest step. Here are what the names share: reading a target, writing its
 * one name, and comparing a measure with it exactly.
 */

/** A target as an error writes it: cut where long, so that it cannot fill the line. */
export const cut = (target: string) => (target.length > 12 ? `${target.slice(0, 12)}...` : target);
export const quoted = (target: string) => `'${cut(target)}'`;

/**
 * A target of digits, dots and `p`s after a digit or dot, as a name's pattern takes it: another
 * suffix (`_p90`, `_mean` of a per-example score column so named) is left to the other names and
 * to "did you mean".
 */
export const TARGET = "[\\d.]+(?:p[\\d.p]*)?";

/**
 * A target as written: digits, a decimal point (`p`, or the `.` that a name cannot hold) and
 * digits, either side of it possibly empty.
 */
export const WRITTEN = /^(\d*)(?:([.p])(\d*))?$/;

/** The hundredths of a percent `<whole>.<decimals>`, undefined past two decimals but for zeros. */
export function hundredthsOf(whole: string, decimals: string): number | undefined {
  const significant = decimals.replace(/0+$/, "");
  if (significant.length > 2) return undefined;
  return Number(whole || "0") * 100 + Number(significant.padEnd(2, "0"));
}

/** A target as its one name writes it: `99p5` for 9950, `90` for 9000, `0p05` for 5. */
export function nameOfTarget(hundredths: number): string {
  const rest = hundredths % 100;
  const whole = String((hundredths - rest) / 100);
  return rest === 0 ? whole : `${whole}p${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/**
 * What is wrong with `written`, a spelling of `hundredths` with whole part `whole`, as a refusal
 * says it (`noun`: what the name holds, "target" or "rate"); undefined where it is the one name.
 * Each target has one name, so that one metric cannot fill two rows of a report.
 */
export function otherSpelling(
  written: string,
  whole: string,
  hundredths: number,
  noun: string,
): string | undefined {
  if (nameOfTarget(hundredths) === written) return undefined;
  const how = /^0\d/.test(whole)
    ? `its ${noun} with leading zeros`
    : hundredths % 100 === 0
      ? "a whole percent with p and zeros"
      : `its ${noun} with a trailing zero`;
  return `writes ${how}, so one metric would have two names in the report`;
}

/**
 * A target percent as a ratio of whole numbers, `units` / `scale`: 90% is 90 / 100 and 99.5%
 * 995 / 1,000, so that both sides of the comparison multiplied out are whole where the weights
 * are: 40,959 of 41,000 is 99.9% exactly, and 99.9 x 41,000 is 4,095,900.0000000005 as doubles,
 * where 999 x 41,000 and 40,959 x 1,000 are the same whole number.
 */
export function exactTarget(percent: number): { units: number; scale: number } {
  for (let scale = 100; scale <= 10_000; scale *= 10) {
    const units = Math.round((percent * scale) / 100);
    if (Math.abs(units - (percent * scale) / 100) < 1e-6) return { units, scale };
  }
  throw new RangeError(`a target of ${percent}% has more than two decimals`);
}

/**
 * The slack of an exact comparison with a target multiplied out (`target`: the target's units x
 * the weight it is a share of): 9 of 10 at 90% is 9 x 100 against 90 x 10, 199 of 200 at 99.5%
 * 199 x 1,000 against 995 x 200. A measure of exactly the target meets it; weights that are not
 * whole (0.1 each) sum to a few bits either side of it (a plain sum of a million weights of 0.1
 * is off by 1e-11), so a billionth of the target is let through. Whole weights (a resample's
 * counts) sum exactly, both sides are then whole, and a target they miss they miss by at least
 * 1, which the cap of a half keeps out while both stay exact doubles: to a total weight of about
 * 9e13 at a whole percent (x 100), 9e11 at two decimals (x 10,000), far past any evaluation set.
 */
const slack = (target: number) => Math.min(target * 1e-9, 0.5);

/** Whether a measure multiplied out (`reached`, x the target's scale) is at least `target`. */
export const reaches = (reached: number, target: number) => reached >= target - slack(target);

/** Whether a measure multiplied out (`measured`, x the target's scale) is at most `target`. */
export const withinTarget = (measured: number, target: number) =>
  measured <= target + slack(target);
