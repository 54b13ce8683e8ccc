import { describe, expect, it } from "vitest";
import { judgeAggregate, type GatePolicy, type MetricRow, type Metrics } from "@mlops/shared";

const metrics = (
  values: Record<string, number>,
  nonNumeric: Record<string, string> = {},
): Metrics => ({
  file: "m.json",
  values: new Map(Object.entries(values)),
  nonNumeric: new Map(Object.entries(nonNumeric)),
  lineOf: () => undefined,
});

const row = (judgement: ReturnType<typeof judgeAggregate>, metric: string): MetricRow => {
  const found = judgement.rows.find((r) => r.metric === metric);
  if (!found || !("rule" in found)) throw new Error(`no judged row for ${metric}`);
  return found;
};

describe("judgeAggregate", () => {
  const policy: GatePolicy = {
    metrics: {
      accuracy: { direction: "higher", min: 0.8, "max-regression": "1%" },
      latency: { direction: "lower", max: 100, "max-regression": 5 },
    },
  };

  it("passes a challenger that improves on the champion, with deltas in the report", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.92, latency: 80 }),
      metrics({ accuracy: 0.9, latency: 82 }),
    );
    expect(j.verdict).toBe("pass");
    expect(row(j, "accuracy")).toMatchObject({
      status: "pass",
      champion: 0.9,
      challenger: 0.92,
      reason: null,
    });
    expect(row(j, "accuracy").delta).toBeCloseTo(0.02, 12);
    expect(row(j, "latency").relative_delta).toBeCloseTo(-2 / 82, 12);
  });

  it("tolerates a regression within the allowance, relative or absolute, and exactly at it", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.891, latency: 87 }),
      metrics({ accuracy: 0.9, latency: 82 }),
    );
    expect(row(j, "accuracy").status).toBe("pass");
    expect(row(j, "latency").status).toBe("pass");
    expect(j.verdict).toBe("pass");
  });

  it("fails a regression beyond the allowance and says by how much", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.88, latency: 80 }),
      metrics({ accuracy: 0.9, latency: 82 }),
    );
    expect(j.verdict).toBe("fail");
    expect(row(j, "accuracy").reason).toBe(
      "regressed by 0.02 (2.22%), more than the allowed 1% (0.009)",
    );
    expect(row(j, "accuracy").checks).toEqual([
      { rule: "min", limit: 0.8, passed: true },
      { rule: "max-regression", limit: 0.891, passed: false },
    ]);
  });

  it("demands a min-improvement over the champion, in the metric's better direction", () => {
    const superiority: GatePolicy = {
      metrics: {
        accuracy: { direction: "higher", "min-improvement": 0.01 },
        latency: { direction: "lower", "min-improvement": "10%" },
      },
    };
    const j = judgeAggregate(
      superiority,
      metrics({ accuracy: 0.905, latency: 70 }),
      metrics({ accuracy: 0.9, latency: 80 }),
    );
    expect(j.verdict).toBe("fail");
    expect(row(j, "accuracy")).toMatchObject({
      status: "fail",
      reason: "improved by 0.005, less than the required 0.01",
      checks: [{ rule: "min-improvement", limit: 0.91, passed: false }],
      rule: "higher is better; improvement ≥ 0.01",
    });
    expect(row(j, "latency")).toMatchObject({
      status: "pass",
      checks: [{ rule: "min-improvement", limit: 72, passed: true }],
    });
  });

  it("fails an absolute bound in the direction of the rule", () => {
    const j = judgeAggregate(policy, metrics({ accuracy: 0.79, latency: 101 }), undefined);
    expect(row(j, "accuracy").reason).toBe("0.79 is below the minimum 0.8");
    expect(row(j, "latency").reason).toBe("101 is above the maximum 100");
  });

  it("without a champion applies absolute bounds only, and says so", () => {
    const j = judgeAggregate(policy, metrics({ accuracy: 0.85, latency: 90 }), undefined);
    expect(j.verdict).toBe("pass");
    expect(j.notes).toEqual([
      "No champion was given (a first model), so only absolute bounds were applied; 2 rules against the champion were not checked.",
    ]);
    expect(row(j, "accuracy").champion).toBeNull();
  });

  it("never passes silently when a required metric is missing from the challenger", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.9 }),
      metrics({ accuracy: 0.9, latency: 80 }),
    );
    expect(j.verdict).toBe("fail");
    expect(row(j, "latency")).toMatchObject({
      status: "fail",
      reason: "is missing from the challenger's metrics (m.json)",
    });
  });

  it("fails a required metric missing from the champion when its regression rule needs it", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.9, latency: 80 }),
      metrics({ accuracy: 0.9 }),
    );
    expect(row(j, "latency").status).toBe("fail");
    expect(row(j, "latency").reason).toContain(
      "missing from the champion's metrics (m.json), so max-regression cannot be checked",
    );
  });

  it("skips an optional metric that is missing, and names a value that is not a number", () => {
    const optional: GatePolicy = {
      metrics: {
        ece: { direction: "lower", max: 0.1, required: false },
        f1: { direction: "higher", min: 0.5 },
      },
    };
    const j = judgeAggregate(optional, metrics({}, { f1: "n/a" }), undefined);
    expect(row(j, "ece")).toMatchObject({ status: "skipped" });
    expect(row(j, "f1")).toMatchObject({
      status: "fail",
      reason: "is 'n/a' in the challenger's metrics, not a number",
    });
  });

  it("lists metrics the policy does not name as ungated, after the gated ones", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 0.9, latency: 80, "train.loss": 0.2 }),
      metrics({ accuracy: 0.9, latency: 80, epochs: 3 }),
    );
    expect(j.rows.map((r) => [r.metric, r.gated])).toEqual([
      ["accuracy", true],
      ["latency", true],
      ["epochs", false],
      ["train.loss", false],
    ]);
    // An ungated metric's row holds only its values: the rest follows from them.
    expect(j.rows.slice(2)).toEqual([
      { metric: "epochs", gated: false, champion: 3, challenger: null },
      { metric: "train.loss", gated: false, champion: null, challenger: 0.2 },
    ]);
  });

  it("treats a lower-is-better metric's regression as an increase", () => {
    const j = judgeAggregate(
      { metrics: { loss: { direction: "lower", "max-regression": "10%" } } },
      metrics({ loss: 0.5 }),
      metrics({ loss: 0.4 }),
    );
    expect(row(j, "loss").reason).toBe("regressed by 0.1 (25%), more than the allowed 10% (0.04)");
  });

  it("is inconclusive, not a pass, when no rule could be evaluated", () => {
    const onlyRegression: GatePolicy = {
      metrics: { auc: { direction: "higher", "max-regression": 0.01 } },
    };
    const first = judgeAggregate(onlyRegression, metrics({ auc: 0.9 }), undefined);
    expect(first.verdict).toBe("inconclusive");
    expect(first.notes.at(-1)).toMatch(/^No rule could be evaluated/);
    const optional: GatePolicy = {
      metrics: { f1: { direction: "higher", min: 0.5, required: false } },
    };
    expect(judgeAggregate(optional, metrics({ f_1: 0.9 }), undefined).verdict).toBe("inconclusive");
  });

  describe("judges a metric of tiny values at its own scale", () => {
    // An MSE of targets in millionths: 1e-14 against 5e-13, fifty times worse.
    const tiny: GatePolicy = {
      metrics: { mse: { direction: "lower", max: 1e-14, "max-regression": 0 } },
    };

    it("failing a value fifty times its max and a regression against an allowance of 0", () => {
      const j = judgeAggregate(tiny, metrics({ mse: 5e-13 }), metrics({ mse: 1e-14 }));
      expect(row(j, "mse").checks).toEqual([
        { rule: "max", limit: 1e-14, passed: false },
        { rule: "max-regression", limit: 1e-14, passed: false },
      ]);
      expect(j.verdict).toBe("fail");
    });

    it("passing a regression exactly at its allowance, as at any scale", () => {
      // 1.1e-14 - 1e-14 is 1.0000000000000005e-15 in doubles, over the allowance in its last bits.
      const policy: GatePolicy = {
        metrics: { mse: { direction: "lower", "max-regression": 1e-15 } },
      };
      const j = judgeAggregate(policy, metrics({ mse: 1.1e-14 }), metrics({ mse: 1e-14 }));
      expect(row(j, "mse").status).toBe("pass");
    });
  });

  it("keeps the report finite when a difference overflows the float range", () => {
    const j = judgeAggregate(
      policy,
      metrics({ accuracy: 1e308, latency: 80 }),
      metrics({ accuracy: -1e308, latency: 80 }),
    );
    expect(row(j, "accuracy")).toMatchObject({ delta: null, relative_delta: null });
    expect(JSON.stringify(j)).not.toMatch(/Infinity|NaN/);
  });
});
