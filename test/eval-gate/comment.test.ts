import { describe, expect, it } from "vitest";
import {
  codeSpan,
  judgeAggregate,
  renderComment,
  type EvalReport,
  type GatePolicy,
  type Metrics,
} from "@mlops/shared";

const metrics = (values: Record<string, number>): Metrics => ({
  file: "challenger.json",
  values: new Map(Object.entries(values)),
  nonNumeric: new Map(),
  lineOf: () => undefined,
});

function report(
  policy: GatePolicy,
  challenger: Metrics,
  champion?: Metrics,
  files = { challenger: "challenger.json", champion: "champion.json" },
): EvalReport {
  const j = judgeAggregate(policy, challenger, champion);
  const ref = (file: string) => ({ file, sha256: "0".repeat(64) });
  return {
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: "0.0.0" },
    created_at: "2026-01-01T00:00:00.000Z",
    mode: "aggregate",
    verdict: j.verdict,
    challenger: ref(files.challenger),
    champion: champion ? ref(files.champion) : null,
    policy: ref("policy.yml"),
    model: null,
    rows: j.rows,
    counts: { pass: 0, fail: 0, skipped: 0, info: 0 },
    notes: j.notes,
  };
}

describe("the eval-gate comment", () => {
  it("starts with a verdict headline", () => {
    const text = renderComment(
      report({ metrics: { auc: { direction: "higher", min: 0.5 } } }, metrics({ auc: 0.7 })),
    );
    expect(text.startsWith("### ✅ eval-gate: pass")).toBe(true);
  });

  it("shows a diff row per gated metric and the reason for each failure", () => {
    const text = renderComment(
      report(
        {
          metrics: {
            auc: { direction: "higher", "max-regression": 0.01 },
            f1: { direction: "higher", min: 0.5 },
          },
        },
        metrics({ auc: 0.8, f1: 0.6 }),
        metrics({ auc: 0.85, f1: 0.6 }),
      ),
    );
    expect(text).toContain("### ❌ eval-gate: fail (1 of 2 gated metrics failed)");
    expect(text).toContain(
      "| `auc` | 0.85 | 0.8 | -0.05 (-5.88%) | higher is better; regression ≤ 0.01 | ❌ fail |",
    );
    expect(text).toContain("- `auc` (fail): regressed by 0.05 (5.88%), more than the allowed 0.01");
  });

  it("shows a reason that starts with a number without a stray backslash", () => {
    const text = renderComment(
      report({ metrics: { auc: { direction: "higher", min: 0.5 } } }, metrics({ auc: 0.25 })),
    );
    expect(text).toContain("- `auc` (fail): 0.25 is below the minimum 0.5\n");
  });

  it("says when there was no champion", () => {
    const text = renderComment(
      report({ metrics: { auc: { direction: "higher", min: 0.5 } } }, metrics({ auc: 0.7 })),
    );
    expect(text).toContain("against no champion");
    expect(text).toContain(
      "> No champion was given (a first model), so only absolute bounds were applied.",
    );
  });

  it("cannot be used by a metric name to ping people, link issues, inject HTML or forge the marker", () => {
    const hostile =
      "@octocat #12 owner/repo#3 <img src=x onerror=alert(1)> | broken\n::set-env name=X::1 <!-- mlops:eval-gate -->";
    const text = renderComment(
      report(
        { metrics: { auc: { direction: "higher", min: 0.5 } } },
        metrics({ auc: 0.7, [hostile]: 1 }),
      ),
    );
    const table = text.slice(text.indexOf("<details>"));
    // The name is code, where GitHub makes no mention, link, HTML or comment; nothing is outside.
    const name = codeSpan(hostile, { inTable: true });
    expect(table).toContain(`| ${name} |`);
    const outside = table.replace(name, "");
    expect(outside).not.toMatch(/@octocat|#12\b|<img|<!--|::set-env/);
    expect(table).not.toContain("\n::set-env");
    const row = table.split("\n").find((line) => line.includes("broken"));
    // The row keeps its four cells: the name's pipe and newline cannot break the table.
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
  });

  it("shows file names exactly, as code, whatever characters they hold", () => {
    const text = renderComment(
      report(
        { metrics: { auc: { direction: "higher", min: 0.5 } } },
        metrics({ auc: 0.7 }),
        metrics({ auc: 0.6 }),
        { challenger: "my_model & co.json", champion: "champ`ion`.json" },
      ),
    );
    expect(text).toContain(
      "Challenger `my_model & co.json` against champion ``champ`ion`.json``, under policy `policy.yml`.",
    );
  });

  it("drops direction overrides from a metric name, which would make it read as another", () => {
    const text = renderComment(
      report(
        { metrics: { auc: { direction: "higher", min: 0.5 } } },
        metrics({ auc: 0.7, "acc\u202Eyrev": 1 }),
      ),
    );
    expect(text).toContain("| `accyrev` | — | 1 | — |");
    expect(text).not.toContain("\u202E");
  });
});
