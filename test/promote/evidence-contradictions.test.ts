import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelCard, parseTagMessage, runCli, type EvalReport } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { git } from "../registry/git-fixture.js";
import { sha, workspace } from "./promote-workspace.js";

const EXAMPLES = join(import.meta.dirname, "../../examples/eval-gate");
const STAGING = "stages:\n  - name: staging\n    evidence: true\n";
const promoteFlags = flags({
  model: "churn",
  stage: "staging",
  assets: "model.onnx",
  evidence: "eval-report.json",
});

/**
 * eval-gate on files of the workspace (example files, copied in where it has none of that
 * name), about its model file: the report at eval-report.json, as eval-gate writes it.
 */
async function gate(dir: string, files: { challenger: string; policy: string; champion?: string }) {
  const given = Object.entries(files).flatMap(([input, name]) => {
    if (!existsSync(join(dir, name))) copyFileSync(join(EXAMPLES, name), join(dir, name));
    return [`--${input}`, name];
  });
  const code = await runCli(
    [
      "eval-gate",
      ...given,
      ...flags({ "model-file": "model.onnx", "report-path": "eval-report.json" }),
    ],
    { stdout: () => {}, stderr: () => {}, cwd: dir },
  );
  const path = join(dir, "eval-report.json");
  return { code, report: JSON.parse(readFileSync(path, "utf8")) as EvalReport };
}

/** The report written back as eval-gate writes it (same layout, so the same lines). */
const rewrite = (dir: string, report: unknown) =>
  writeFileSync(join(dir, "eval-report.json"), `${JSON.stringify(report, null, 2)}\n`);

/** The line of the report on which `text` first stands. */
const lineOf = (dir: string, text: string) =>
  readFileSync(join(dir, "eval-report.json"), "utf8").split("\n").indexOf(text) + 1;

const FIX = "Run eval-gate again and give the report it writes as evidence";

const regressed = { challenger: "challenger-regressed.json", champion: "champion.json" };

/** A binary classifier's predictions of `n` examples, wrong where `wrong` says. */
const predictionsFile = (n: number, wrong: (i: number) => boolean) =>
  "id,label,prediction\n" +
  Array.from({ length: n }, (_, i) => {
    const label = i % 2;
    return `ex-${i},${label},${wrong(i) ? 1 - label : label}\n`;
  }).join("");

/** Both models' predictions of `n` examples and a policy of one accuracy `rule`, in `dir`. */
function writePredictions(
  dir: string,
  n: number,
  wrong: { champion: (i: number) => boolean; challenger: (i: number) => boolean },
  rule: string,
) {
  writeFileSync(join(dir, "champion.csv"), predictionsFile(n, wrong.champion));
  writeFileSync(join(dir, "challenger.csv"), predictionsFile(n, wrong.challenger));
  writeFileSync(join(dir, "policy.yml"), `metrics:\n  accuracy: {direction: higher, ${rule}}\n`);
}

const ON_PREDICTIONS = {
  challenger: "challenger.csv",
  champion: "champion.csv",
  policy: "policy.yml",
};

describe("an eval report that contradicts itself, as promote's evidence", () => {
  it("refuses a failing report whose verdict alone was changed to pass, naming the rows that failed", async () => {
    const { dir, mlops } = workspace(STAGING);
    const { report } = await gate(dir, { ...regressed, policy: "policy.yml" });
    expect(report.verdict).toBe("fail");
    rewrite(dir, { ...report, verdict: "pass" });
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mlops promote: eval-report.json:${lineOf(dir, '  "verdict": "pass",')}: field '/verdict' says pass, ` +
        "but 2 of the report's rows failed (accuracy, latency_p95_ms): " +
        `the report was edited by hand or is damaged. ${FIX}\n`,
    );
    expect(git(dir, "tag", "--list")).toBe("");
  });

  it("refuses a report whose row says pass where one of the row's own checks did not", async () => {
    const { dir, mlops } = workspace(STAGING);
    const { report } = await gate(dir, { ...regressed, policy: "policy.yml" });
    const rows = report.rows.map((row) =>
      "status" in row && row.status === "fail" ? { ...row, status: "pass" } : row,
    );
    const counts = { ...report.counts, pass: report.counts.pass + 2, fail: 0 };
    rewrite(dir, { ...report, verdict: "pass", rows, counts });
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    const accuracy = report.rows.findIndex((row) => row.metric === "accuracy");
    const line = readFileSync(join(dir, "eval-report.json"), "utf8")
      .split("\n")
      .findIndex(
        (text, i) => i > lineOf(dir, '      "metric": "accuracy",') && /"status"/.test(text),
      );
    expect(run.stderr).toBe(
      `mlops promote: eval-report.json:${line + 1}: field '/rows/${accuracy}/status' says pass, ` +
        "but the row's max-regression check did not pass: " +
        `the report was edited by hand or is damaged. ${FIX}\n`,
    );
  });

  describe("on per-example predictions, a failed row passed off as", () => {
    /** A challenger 30 points less accurate than its champion, on 300 examples: a failing gate. */
    async function failing(dir: string) {
      const wrong = {
        champion: (i: number) => i % 10 === 0,
        challenger: (i: number) => i % 5 <= 1,
      };
      writePredictions(dir, 300, wrong, "max-regression: 0.02");
      const { report } = await gate(dir, ON_PREDICTIONS);
      expect(report).toMatchObject({ verdict: "fail", mode: "predictions" });
      return report;
    }

    it.each(["skipped", "info"] as const)(
      "%s, its checks left as they were, is refused at the row's status",
      async (status) => {
        const { dir, mlops } = workspace(STAGING);
        const report = await failing(dir);
        const at = report.rows.findIndex((row) => "status" in row && row.status === "fail");
        const rows = report.rows.map((row, i) => (i === at ? { ...row, status } : row));
        const counts = { ...report.counts, fail: report.counts.fail - 1 };
        counts[status] += 1;
        rewrite(dir, { ...report, verdict: "pass", rows, counts });
        const run = await mlops(...promoteFlags);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(
          `field '/rows/${at}/status' says ${status}, but the row's max-regression check did not pass: ` +
            `the report was edited by hand or is damaged. ${FIX}\n`,
        );
        expect(git(dir, "tag", "--list")).toBe("");
      },
    );

    it("skipped, its checks taken out too, is refused as a row judged on its evidence", async () => {
      const { dir, mlops } = workspace(STAGING);
      const report = await failing(dir);
      const at = report.rows.findIndex((row) => "status" in row && row.status === "fail");
      const rows = report.rows.map((row, i) =>
        i === at ? { ...row, status: "skipped", checks: [] } : row,
      );
      const counts = { ...report.counts, fail: report.counts.fail - 1 };
      counts.skipped += 1;
      rewrite(dir, { ...report, verdict: "pass", rows, counts });
      const run = await mlops(...promoteFlags);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `field '/rows/${at}/status' says skipped, but the row was judged on its evidence: `,
      );
      expect(git(dir, "tag", "--list")).toBe("");
    });
  });

  describe("a report as eval-gate wrote it is never taken for an edited one", () => {
    const verdictRefusal = (verdict: string) =>
      `mlops promote: eval-report.json: the eval report's verdict is ${verdict}, so churn v1.0.0 is refused. Promote a model whose eval-gate passed\n`;

    it("whose row failed beyond its checks: a metric the champion's file lacks", async () => {
      const { dir, mlops } = workspace(STAGING);
      // accuracy's min passes; its max-regression has no champion value to be checked against.
      writeFileSync(join(dir, "champion.json"), JSON.stringify({ auc: 0.95 }));
      const policy = "metrics:\n  accuracy: {direction: higher, min: 0.8, max-regression: 0.01}\n";
      writeFileSync(join(dir, "policy.yml"), policy);
      const files = { challenger: "challenger.json", champion: "champion.json" };
      const { report } = await gate(dir, { ...files, policy: "policy.yml" });
      expect(report.rows[0]).toMatchObject({
        metric: "accuracy",
        status: "fail",
        checks: [{ rule: "min", passed: true }],
      });
      const run = await mlops(...flags({ version: "v1.0.0" }), ...promoteFlags);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(verdictRefusal("fail"));
    });

    it("of an older version, whose checks on predictions said only whether they passed", async () => {
      const { dir, mlops } = workspace(STAGING);
      // 300 examples, both models right on 90%: too few to tell a 2-point regression.
      const wrong = {
        champion: (i: number) => i % 10 === 0,
        challenger: (i: number) => i % 10 === 1,
      };
      writePredictions(dir, 300, wrong, "max-regression: 0.02");
      const { report } = await gate(dir, ON_PREDICTIONS);
      expect(report.verdict).toBe("inconclusive");
      const rows = report.rows.map((row) =>
        "checks" in row
          ? { ...row, checks: row.checks.map(({ status: _, ...check }) => check) }
          : row,
      );
      expect(rows).toContainEqual(
        expect.objectContaining({
          status: "inconclusive",
          checks: [expect.objectContaining({ passed: false })],
        }),
      );
      rewrite(dir, { ...report, rows });
      const run = await mlops(...flags({ version: "v1.0.0" }), ...promoteFlags);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(verdictRefusal("inconclusive"));
    });
  });

  it("refuses a report whose counts disagree with its rows", async () => {
    const { dir, mlops } = workspace(STAGING);
    const { report } = await gate(dir, { challenger: "challenger.json", policy: "policy.yml" });
    expect(report.verdict).toBe("pass");
    rewrite(dir, { ...report, counts: { ...report.counts, pass: 0 } });
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mlops promote: eval-report.json:${lineOf(dir, '    "pass": 0,')}: field '/counts/pass' says 0, ` +
        `but ${report.counts.pass} of the report's rows passed: ` +
        `the report was edited by hand or is damaged. ${FIX}\n`,
    );
  });
});

/** The release text of a tag whose message is `message`, as the registry writes it. */
const cardOf = (name: string, message: string) =>
  modelCard({
    name,
    commit: "0".repeat(40),
    tagger: { name: "ada", email: "" },
    date: new Date("2026-01-01T00:00:00Z"),
    message,
  });

describe("the evidence a stage tag records", () => {
  const message = (dir: string) => git(dir, "tag", "-l", "--format=%(contents)", "churn#staging#1");
  const evidenceOf = (dir: string) => parseTagMessage(message(dir)).metadata?.evidence;
  const card = (dir: string) => cardOf("churn#staging#1", message(dir));

  it("says an eval report judged aggregate metrics with no champion, for a first model", async () => {
    const { dir, mlops } = workspace(STAGING);
    const { report } = await gate(dir, { challenger: "challenger.json", policy: "policy.yml" });
    expect(report).toMatchObject({ verdict: "pass", mode: "aggregate", champion: null });
    expect((await mlops(...promoteFlags)).code).toBe(0);
    expect(evidenceOf(dir)).toEqual({
      kind: "eval-report",
      file: "eval-report.json",
      sha256: sha(readFileSync(join(dir, "eval-report.json"), "utf8")),
      verdict: "pass",
      model_sha256: sha("weights"),
      asset: "eval-report.json",
      mode: "aggregate",
      champion: null,
    });
    expect(card(dir)).toContain(
      `eval-report.json: pass (report sha256 \`${evidenceOf(dir)!.sha256}\`)\n\n` +
        "Judged on aggregate metrics, with no champion (a first model).",
    );
  });

  it("says an eval report judged per-example predictions against a champion, and which", async () => {
    const { dir, mlops } = workspace(STAGING);
    // Two models right on 90% of 1,000 examples, each wrong on its own tenth.
    const wrong = {
      champion: (i: number) => i % 10 === 0,
      challenger: (i: number) => i % 10 === 1,
    };
    writePredictions(dir, 1000, wrong, "max-regression: 0.05");
    const { report } = await gate(dir, ON_PREDICTIONS);
    expect(report).toMatchObject({ verdict: "pass", mode: "predictions" });
    expect((await mlops(...promoteFlags)).code).toBe(0);
    const champion = sha(predictionsFile(1000, wrong.champion));
    expect(evidenceOf(dir)).toMatchObject({
      kind: "eval-report",
      mode: "predictions",
      champion: { file: "champion.csv", sha256: champion },
    });
    expect(card(dir)).toContain(
      `Judged on per-example predictions, against the champion champion.csv (sha256 \`${champion}\`).`,
    );
  });

  it("records at most 200 characters, on one line, of a report's champion file name", async () => {
    const { dir, mlops } = workspace(STAGING);
    const files = { challenger: "challenger.json", champion: "champion.json" };
    const { report } = await gate(dir, { ...files, policy: "policy.yml" });
    expect(report.verdict).toBe("pass");
    // A consistent report whose name alone is absurd: GitHub caps a release body's size.
    const file = `${"A".repeat(300_000)}\n## Approved by the board`;
    rewrite(dir, { ...report, champion: { ...report.champion, file } });
    expect((await mlops(...promoteFlags)).code).toBe(0);
    expect(message(dir).length).toBeLessThan(2_000);
    const shortened = `${"A".repeat(199)}…`;
    expect(evidenceOf(dir)?.champion?.file).toBe(shortened);
    expect(card(dir)).toContain(`against the champion ${shortened} (sha256`);
    expect(card(dir)).not.toContain("Approved");
  });

  it("shortens a long champion file name in the card of a tag that mlops did not write", () => {
    const metadata = {
      schema: "mlops.registry-event/v1",
      version: "v1.0.0",
      evidence: {
        ...{ kind: "eval-report", file: "eval-report.json", sha256: "a".repeat(64) },
        ...{ verdict: "pass", model_sha256: null, mode: "aggregate" },
        champion: { file: "B".repeat(300_000), sha256: "c".repeat(64) },
      },
    };
    const card = cardOf(
      "churn#staging#1",
      `Assign churn v1.0.0 to staging\n\n\`\`\`mlops\n${JSON.stringify(metadata)}\n\`\`\`\n`,
    );
    expect(card.length).toBeLessThan(2_000);
    expect(card).toContain(`against the champion ${"B".repeat(199)}… (sha256`);
  });

  it("reads the evidence of a stage tag written before the record said what it judged", () => {
    const metadata = {
      schema: "mlops.registry-event/v1",
      version: "v1.0.0",
      evidence: { file: "eval-report.json", sha256: "a".repeat(64), verdict: "pass" },
    };
    const card = cardOf(
      "churn#staging#1",
      `Assign churn v1.0.0 to staging\n\n\`\`\`mlops\n${JSON.stringify(metadata)}\n\`\`\`\n`,
    );
    expect(card).toContain(`eval-report.json: pass (report sha256 \`${"a".repeat(64)}\`)`);
    expect(card).not.toContain("Judged on");
  });
});
