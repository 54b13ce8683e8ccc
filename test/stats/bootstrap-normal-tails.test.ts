import { describe, expect, it } from "vitest";
import {
  bootstrapEstimate,
  judgeEvidence,
  normalEstimate,
  resamplesToResolve,
  strictestTail,
  type Correction,
  type Estimate,
  type EvidenceRow,
} from "@mlops/shared";
import { normalDraws } from "../evidence/simulate.js";

/**
 * 1,000 resamples spread evenly over [0.2, 0.4] around an estimate of 0.3: their standard
 * deviation is 0.0577638872191499 (numpy std, ddof=1), the least 0.2001, the greatest 0.3999.
 * The expected numbers below are scipy.stats.norm's (1.10), to the stated tolerance.
 */
const even = (width: number) =>
  Float64Array.from({ length: 1000 }, (_, i) => 0.3 + width * ((i + 0.5) / 1000 - 0.5));

/** The estimate judged on its percentiles alone, as before normal tails. */
const percentileOnly = (estimate: Estimate): Estimate => ({ ...estimate, normalTails: undefined });

describe("a bootstrap estimate's normal tails", () => {
  const percentile = bootstrapEstimate(0.3, even(0.2));
  const normal = percentile.normalTails!();

  it("keep the percentile tests and interval wherever a resample lies beyond the threshold", () => {
    expect(normal.tails).toBe("normal");
    expect(normal.standardError).toBeCloseTo(0.05776388721914988, 14);
    for (const t of [0.2001, 0.25, 0.3, 0.35, 0.3999]) {
      expect(normal.pAbove(t)).toBe(percentile.pAbove(t));
      expect(normal.pBelow(t)).toBe(percentile.pBelow(t));
    }
    // At one-sided 1%, the 10th resample from each end: numpy's sort, [0.2019, 0.3981].
    expect(normal.interval(0.01)).toEqual(percentile.interval(0.01));
    expect(normal.interval(0.01).lower).toBeCloseTo(0.2019, 14);
  });

  it("beyond every resample, take the normal p-value where it is below 1 / (B + 1)", () => {
    // scipy norm.sf(0.25 / se) and norm.cdf(-0.3 / se); relative tolerance 1e-9.
    expect(normal.pAbove(0.05) / 7.524717416589059e-6).toBeCloseTo(1, 9);
    expect(normal.pBelow(0.6) / 1.0315725972481659e-7).toBeCloseTo(1, 9);
    expect(percentile.pAbove(0.05)).toBe(1 / 1001);
    // norm.sf(0.11 / se) = 0.028, above 1 / 1,001: the floor stands, as the percentiles give it.
    expect(normal.pAbove(0.19)).toBe(1 / 1001);
  });

  it("give the normal bootstrap interval, the estimate ± z se, where the percentiles run out", () => {
    expect(percentile.interval(1e-5)).toEqual({ lower: -Infinity, upper: Infinity });
    // 0.3 ∓ norm.isf(1e-5) se, norm.isf(1e-5) = 4.264890793922825; absolute tolerance 1e-12.
    const { lower, upper } = normal.interval(1e-5);
    expect(lower).toBeCloseTo(0.05364332917785136, 12);
    expect(upper).toBeCloseTo(0.5463566708221486, 12);
    expect(normal.interval(1e-4).lower).toBeCloseTo(0.08517515116797891, 12);
    // Clipped to the values the quantity can take; the least resample bounds it from inside.
    const clipped = bootstrapEstimate(0.3, even(0.2), { lower: 0.1, upper: 0.5 }).normalTails!();
    expect(clipped.interval(1e-5)).toEqual({ lower: 0.1, upper: 0.5 });
    // An estimate of 0.45 lies 4.3 se above the resamples' centre: 0.45 - 3.1 se is above the
    // least resample, which is where no test rejects any more.
    const off = bootstrapEstimate(0.45, even(0.2)).normalTails!().interval(0.0009);
    expect(off.lower).toBe(0.2001);
  });

  it("are their tests inverted: the interval clears a threshold exactly when the test rejects it", () => {
    for (const tail of [0.0009, 1e-4, 1e-6, 1e-12]) {
      const { lower, upper } = normal.interval(tail);
      for (let t = -0.5; t <= 1; t += 0.0007) {
        expect(lower > t, `lower ${lower}, t ${t}, tail ${tail}`).toBe(normal.pAbove(t) <= tail);
        expect(upper < t, `upper ${upper}, t ${t}, tail ${tail}`).toBe(normal.pBelow(t) <= tail);
      }
    }
  });

  it("are not given where every resample is equal: no spread, no normal p-value of 0", () => {
    const same = bootstrapEstimate(0.25, new Float64Array(1000).fill(0.25));
    expect(same.standardError).toBe(0);
    expect(same.normalTails).toBeUndefined();
    expect([same.pAbove(0.24), same.pBelow(0.26)]).toEqual([1 / 1001, 1 / 1001]);
  });
});

/**
 * Rows of a bootstrap's change against a margin of 0.02, true changes `effects` in standard
 * errors, on `resamples` each.
 */
function family(effects: readonly number[], seed: number, resamples = 1000): EvidenceRow[] {
  const normal = normalDraws(seed);
  return effects.map((effect, i) => {
    const value = -0.02 + 0.01 * effect;
    const delta = bootstrapEstimate(
      value,
      Float64Array.from({ length: resamples }, () => value + 0.01 * normal()),
    );
    return {
      metric: `m${i}`,
      direction: "higher",
      comparison: { test: "non-inferiority", margin: { absolute: 0.02 } },
      evidence: {
        method: "bootstrap",
        examples: 5000,
        champion: 0.5,
        challenger: delta,
        delta,
        noDifferencePValue: 1,
      },
    } satisfies EvidenceRow;
  });
}

/** A McNemar-like row of a change of 0.1 (standard error 0.005) against a margin of 0.02. */
function analyticRow(i: number): EvidenceRow {
  const delta = normalEstimate(0.1, 0.005);
  return {
    metric: `a${i}`,
    direction: "higher",
    comparison: { test: "non-inferiority", margin: { absolute: 0.02 } },
    evidence: {
      method: "mcnemar",
      examples: 5000,
      champion: 0.5,
      challenger: delta,
      delta,
      noDifferencePValue: 0,
    },
  };
}

const withoutNormalTails = (rows: readonly EvidenceRow[]) =>
  rows.map((row) => {
    if (row.evidence.method !== "bootstrap") return row;
    const evidence = row.evidence as Extract<EvidenceRow["evidence"], { delta: Estimate }>;
    return { ...row, evidence: { ...evidence, delta: percentileOnly(evidence.delta) } };
  });

describe("a family judged beyond its resamples", () => {
  // From far past the margin's wrong side to far inside it, in standard errors of the change.
  const effects = Array.from({ length: 40 }, (_, i) => -12 + (24 * i) / 39);

  it.each(["holm", "bh", "none"] as const)(
    "keeps every verdict its percentiles decide (%s), and decides rows far from the margin",
    (correction: Correction) => {
      for (const seed of [1, 2, 3]) {
        const rows = family(effects, seed);
        const before = judgeEvidence(withoutNormalTails(rows), { correction }).rows;
        const after = judgeEvidence(rows, { correction }).rows;
        after.forEach((row, i) => {
          if (before[i]!.verdict !== "inconclusive") expect(row.verdict).toBe(before[i]!.verdict);
        });
        // Holm's first claim needs 0.05 / 80, below 1 / 1,001: its percentiles decide no row.
        // Benjamini-Hochberg's step-up reaches 1 / 1,001 from the second claim; none's 0.025.
        const decided = before.filter((row) => row.verdict !== "inconclusive").length;
        expect(decided === 0).toBe(correction === "holm");
        // 12 standard errors from the margin either way is decided, whatever the correction.
        expect([after[0]!.verdict, after[39]!.verdict]).toEqual(["fail", "pass"]);
      }
    },
  );

  it("leaves every check its percentiles decide as they decided it, beside rows Holm rejects first", () => {
    // 26 checks, 52 claims: Holm's first steps (0.05 / 52, 0.05 / 51) reject the two McNemar
    // claims, and its third tests at 0.05 / 50 = 0.001, above 1 / 1,001, where the percentiles
    // reject each bootstrap claim 8 standard errors inside its margin.
    const rows = [analyticRow(0), analyticRow(1), ...family(Array(24).fill(8), 5)];
    const percentile = judgeEvidence(withoutNormalTails(rows));
    expect(percentile.rows.map((r) => r.verdict)).toEqual(Array(26).fill("pass"));
    // Their p-values, levels and intervals are the percentiles', none normal.
    const judged = judgeEvidence(rows);
    expect(judged).toEqual(percentile);
    expect(judged.rows[2]!.checks[0]).toMatchObject({ pValueAtFloor: true, level: 0.998 });
  });

  it("decides a check its percentiles leave at their floor, and leaves the others as they were", () => {
    // Two McNemar rows, 20 bootstrap rows as above and one of 200 resamples, 8 standard errors
    // inside too: 46 claims. Holm rejects the 20 at their floor from its third step, at
    // 0.05 / 44, above 1 / 1,001, and stops at the last's floor of 1 / 201, above 0.05 / 24.
    const rows = [
      analyticRow(0),
      analyticRow(1),
      ...family(Array(20).fill(8), 5),
      ...family([8], 6, 200),
    ];
    const percentile = judgeEvidence(withoutNormalTails(rows));
    expect(percentile.rows.map((r) => r.verdict)).toEqual([
      ...Array(22).fill("pass"),
      "inconclusive",
    ]);
    const judged = judgeEvidence(rows);
    expect(judged.rows.slice(0, 22)).toEqual(percentile.rows.slice(0, 22));
    expect(judged.rows[22]!.verdict).toBe("pass");
    expect(judged.rows[22]!.checks[0]).toMatchObject({
      normalApproximation: true,
      pValueAtFloor: false,
    });
    expect(judged.rows[22]!.checks[0]!.pValue).toBeLessThan(2 / 201);
  });

  it("names the normal approximation in an interval only where it lies beyond every resample", () => {
    // 40 checks between 6 and 15 standard errors inside their margin: Holm rejects them one by
    // one on normal p-values, testing the later ones at levels the percentiles resolve, where
    // the interval shown is the percentiles'.
    const judged = judgeEvidence(
      family(
        Array.from({ length: 40 }, (_, i) => 6 + (i % 10)),
        3,
      ),
    );
    const checks = judged.rows.map((r) => r.checks[0]!);
    const beyond = (level: number) => (1 - level) / 2 < 1 / 1001;
    expect(checks.every((c) => c.verdict === "pass" && c.pValue < 2 / 1001)).toBe(true);
    expect(checks.filter((c) => !beyond(c.level)).length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(check.reason.includes("normal approximation")).toBe(beyond(check.level));
      // The p-value is the normal one either way: the report marks every such check.
      expect(check.normalApproximation).toBe(true);
    }
  });

  it("keeps a check whose resamples are all equal on its percentiles, however large the family", () => {
    // Two identical models: every resample's change is 0, inside a margin of 0.02. A normal
    // p-value of that spread would be 0 and pass them; their percentiles ask for resamples.
    const same = bootstrapEstimate(0, new Float64Array(1000));
    const row: EvidenceRow = {
      metric: "score",
      direction: "higher",
      comparison: { test: "non-inferiority", margin: { absolute: 0.02 } },
      evidence: {
        method: "bootstrap",
        examples: 500,
        champion: 0.5,
        challenger: same,
        delta: same,
      },
    } as EvidenceRow;
    const judged = judgeEvidence(Array.from({ length: 40 }, () => row));
    expect(judged.rows[0]!.verdict).toBe("inconclusive");
    expect(judged.rows[0]!.checks[0]).toMatchObject({
      pValueAtFloor: true,
      normalApproximation: false,
      lower: -Infinity,
    });
    expect(judged.rows[0]!.reason).toMatch(/, so about 80,000 resamples could settle it$/);
  });

  it("leaves a family its resamples resolve as its percentiles judge it", () => {
    // 10 checks under Holm: 0.05 / 20 = 0.25%, above 1 / 1,001.
    const rows = family(effects.slice(0, 10), 4);
    const judged = judgeEvidence(rows);
    expect(judged.rows.flatMap((r) => r.checks.map((c) => c.normalApproximation))).not.toContain(
      true,
    );
    expect(judged).toEqual(judgeEvidence(withoutNormalTails(rows)));
  });

  it("says how many resamples could settle a claim the normal approximation does not reach", () => {
    // Resamples evenly over [0.1, 0.5] about 0.3: all above 0, yet 0.3 is only 2.6 of their
    // standard errors (0.1155) from it, a normal p of 0.0047 (scipy): above 1 / 1,001.
    const delta = bootstrapEstimate(0.3, even(0.4));
    const row: EvidenceRow = {
      metric: "score",
      direction: "higher",
      comparison: { test: "non-inferiority", margin: { absolute: 0 } },
      evidence: { method: "bootstrap", examples: 500, champion: 0, challenger: delta, delta },
    } as EvidenceRow;
    const judged = judgeEvidence(Array.from({ length: 40 }, () => row));
    // The number the report's note gives for 40 checks: 50 / (0.05 / 80).
    const wanted = resamplesToResolve(strictestTail(0.95, "holm", 40));
    expect(wanted).toBe(80_000);
    expect(judged.rows[0]!.verdict).toBe("inconclusive");
    expect(judged.rows[0]!.checks[0]!.pValueAtFloor).toBe(true);
    expect(judged.rows[0]!.reason).toMatch(
      /^the challenger's score is 0\.\d+ better than the champion's, but 1,000 resamples cannot show a p-value below 0\.0010, nor can the normal approximation from their spread, and the correction needs 0\.00063 \(a 99\.88% interval\), so about 80,000 resamples could settle it$/,
    );
  });
});
