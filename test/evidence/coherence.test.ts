import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bootstrapEstimate,
  judgeEvidence,
  normalEstimate,
  pairedProportionEvidence,
  type ComparisonEvidence,
  type EvidenceRow,
} from "@mlops/shared";
import { normalDraws } from "./simulate.js";

const RUNS = { numRuns: 150, seed: 8 };

/** Evidence of three kinds: Tango's score interval, a normal one (DeLong's), a bootstrap's. */
const evidence: fc.Arbitrary<ComparisonEvidence> = fc.oneof(
  fc
    .tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }), fc.integer({ min: 1, max: 400 }))
    .map(([championOnly, challengerOnly, concordant]) =>
      pairedProportionEvidence({
        bothCorrect: Math.ceil(concordant * 0.8),
        championOnly,
        challengerOnly,
        neitherCorrect: Math.floor(concordant * 0.2),
      }),
    ),
  fc
    .tuple(
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
    )
    .map(([delta, se]) => ({
      method: "delong" as const,
      examples: 500,
      champion: 0.8,
      challenger: normalEstimate(0.8 + delta, se, { lower: 0, upper: 1 }),
      delta: normalEstimate(delta, se, { lower: -1, upper: 1 }),
      noDifferencePValue: 1,
    })),
  fc
    .tuple(
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      fc.double({ min: 1e-3, max: 0.05, noNaN: true }),
      fc.nat(),
    )
    .map(([delta, spread, seed]) => {
      const normal = normalDraws(seed);
      const replicates = Float64Array.from({ length: 999 }, () => delta + spread * normal());
      return {
        method: "bootstrap" as const,
        examples: 500,
        champion: 0.8,
        challenger: bootstrapEstimate(
          0.8 + delta,
          replicates.map((r) => 0.8 + r),
        ),
        delta: bootstrapEstimate(delta, replicates),
        noDifferencePValue: 1,
      };
    }),
);

const row: fc.Arbitrary<EvidenceRow> = fc.record({
  metric: fc.constant("metric"),
  direction: fc.constantFrom("higher" as const, "lower" as const),
  comparison: fc.record({
    test: fc.constantFrom(
      "non-inferiority" as const,
      "superiority" as const,
      "equivalence" as const,
    ),
    margin: fc.record({ absolute: fc.double({ min: 0.001, max: 0.05, noNaN: true }) }),
  }),
  bounds: fc.record({ min: fc.double({ min: 0.5, max: 0.95, noNaN: true }) }),
  evidence,
});

/** Where the true value must lie to pass, as the rules say, worked out here independently. */
function region(r: EvidenceRow, check: "comparison" | "min" | "max"): [number, number] {
  if (check === "min") return [r.bounds!.min!, Infinity];
  const m = (r.comparison!.margin as { absolute: number }).absolute;
  const better = r.direction === "higher" ? 1 : -1;
  switch (r.comparison!.test) {
    case "equivalence":
      return [-m, m];
    case "non-inferiority":
      return better > 0 ? [-m, Infinity] : [-Infinity, m];
    default:
      return better > 0 ? [m, Infinity] : [-Infinity, -m];
  }
}

describe("intervals and verdicts", () => {
  it("agree on every check: pass inside the region, fail outside it, inconclusive across its edge", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("holm" as const, "bh" as const, "none" as const),
        fc.constantFrom(0.9, 0.95, 0.99),
        (rows, correction, confidence) => {
          const judged = judgeEvidence(rows, { correction, confidence, minSamples: 0 });
          judged.rows.forEach((judgedRow, i) => {
            for (const check of judgedRow.checks) {
              const [lo, hi] = region(rows[i]!, check.check);
              const { lower, upper, verdict } = check;
              const tol = 1e-9;
              const inside = (t: number) => lower >= lo - t && upper <= hi + t;
              const outside = (t: number) => upper <= lo + t || lower >= hi - t;
              const what = `${verdict}: [${lower}, ${upper}] against [${lo}, ${hi}]`;
              if (verdict === "pass") expect(inside(tol), what).toBe(true);
              else if (verdict === "fail") expect(outside(tol), what).toBe(true);
              else expect(inside(-tol) || outside(-tol), what).toBe(false);
              expect(check.adjustedPValue <= 1 - confidence, what).toBe(verdict !== "inconclusive");
            }
          });
        },
      ),
      RUNS,
    );
  });
});
