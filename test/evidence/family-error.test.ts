import { describe, expect, it } from "vitest";
import {
  delongEvidence,
  judgeEvidence,
  pairedProportionEvidence,
  type Correction,
  type EvidenceRow,
} from "@mlops/shared";
import { normalDraws, simulatePairs } from "./simulate.js";

/**
 * 10 metrics on 5 slices where the challenger is, in truth, exactly as good as the champion,
 * each gated by the test of a difference (non-inferiority with a margin of 0): every `pass` and
 * every `fail` is a false claim. Half the rows are accuracies (McNemar/Tango, 400 examples),
 * half ROC AUCs (DeLong, 200 examples, the two models' scores equally noisy copies of one
 * signal). Every repetition draws new data from a fixed seed.
 */
function nullFamily(repetition: number): EvidenceRow[] {
  return Array.from({ length: 50 }, (_, k) => {
    const seed = 1000 * repetition + k;
    const comparison = { test: "non-inferiority", margin: { absolute: 0 } } as const;
    const slice = `slice ${k % 5}`;
    if (k % 2 === 0) {
      const outcomes = simulatePairs(
        400,
        { both: 0.75, championOnly: 0.06, challengerOnly: 0.06 },
        seed,
      );
      return {
        metric: `accuracy ${k}`,
        slice,
        direction: "higher",
        comparison,
        evidence: pairedProportionEvidence(outcomes),
      };
    }
    const normal = normalDraws(seed);
    const labels = Array.from({ length: 200 }, (_, i) => i % 2);
    const signal = labels.map((y) => y + normal());
    const scores = () => signal.map((s) => s + normal());
    return {
      metric: `roc_auc ${k}`,
      slice,
      direction: "higher",
      comparison,
      evidence: delongEvidence(labels, scores(), scores()),
    };
  });
}

describe("the family-wise error of the gate when nothing differs", () => {
  it("fails at most alpha of the gates with holm, and most of them with none", () => {
    const repetitions = 200;
    const corrections: Correction[] = ["holm", "bh", "none"];
    const failed = new Map(corrections.map((c) => [c, 0]));
    const anyClaim = new Map(corrections.map((c) => [c, 0]));
    for (let r = 0; r < repetitions; r++) {
      const rows = nullFamily(r);
      for (const correction of corrections) {
        const judged = judgeEvidence(rows, { correction });
        if (judged.verdict === "fail") failed.set(correction, failed.get(correction)! + 1);
        if (judged.rows.some((row) => row.verdict !== "inconclusive")) {
          anyClaim.set(correction, anyClaim.get(correction)! + 1);
        }
      }
    }
    const share = (counts: Map<Correction, number>, c: Correction) => counts.get(c)! / repetitions;
    const alpha = 0.05;
    // Holm over the 100 one-sided claims bounds the chance of any false pass or fail by alpha,
    // whatever the dependence; with every null true, BH's false discovery rate is that chance too.
    for (const correction of ["holm", "bh"] as const) {
      expect(share(failed, correction), `${correction}: share of failed gates`).toBeLessThanOrEqual(
        alpha,
      );
      expect(
        share(anyClaim, correction),
        `${correction}: share with any claim`,
      ).toBeLessThanOrEqual(alpha);
    }
    // Uncorrected, each of 50 checks falsely fails with chance 0.025: 1 - 0.975^50 = 72% of gates.
    expect(share(failed, "none"), "none: share of failed gates").toBeGreaterThan(0.6);
    expect(share(failed, "none")).toBeGreaterThan(10 * share(failed, "holm"));
  });
});
