import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ContractError,
  FileError,
  evalReportContract,
  gatePolicyContract,
  readEvidence,
  readProfile,
  registryPolicyContract,
  renderComment,
  reportFile,
  runRecordContract,
  tableSchemaContract,
  validateContract,
  writtenContract,
  type EvalReport,
  type RunRecord,
} from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

type Json = Record<string, unknown>;

/** What a later mlops might add: a field of any shape, nested. */
const FUTURE = { weights: [0.5, 0.25], method: { name: "wasserstein", exact: false } };

const readJson = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;

/** An age, a plan and a score per row, shifted by `shift` from the first. */
const people = (rows: number, shift = 0) =>
  [
    "age,plan,score",
    ...Array.from(
      { length: rows },
      (_, i) =>
        `${20 + ((i * 7 + shift) % 50)},${["basic", "pro", "team"][(i + shift) % 3]},${(i % 10) / 10}`,
    ),
  ].join("\n") + "\n";

/** A folder holding two data files, the profile drift-check makes of the first, and a check of the second against a reference. */
async function driftWorkspace() {
  const { dir, write } = tempDir();
  write("train.csv", people(300));
  write("current.csv", people(300, 11));
  const made = await mlops(
    ["drift-check", ...flags({ mode: "profile", current: "train.csv", "report-path": "p.json" })],
    dir,
  );
  expect(made.code).toBe(0);
  const profile = readJson(dir, "p.json");
  /** drift-check of current.csv against `reference` written as ref.json: its exit code, error and report. */
  const drift = async (reference: string) => {
    write("ref.json", reference);
    const run = await mlops(
      [
        "drift-check",
        "--fail-step",
        "false",
        ...flags({ reference: "ref.json", current: "current.csv" }),
      ],
      dir,
    );
    return {
      ...run,
      report: run.code === 0 ? readJson(dir, "mlops-out/drift-report.json") : undefined,
    };
  };
  return { dir, write, profile, drift };
}

describe("a profile written by a later mlops of the same major version", () => {
  it("is read without the fields it added, at the top and in a column, and drift-check compares against it alike", async () => {
    const { write, profile, drift } = await driftWorkspace();
    const columns = profile.columns as Json[];
    const later = {
      ...profile,
      future: FUTURE,
      columns: columns.map((column) => ({ ...column, future: FUTURE })),
    };
    expect(await readProfile(write("later.json", JSON.stringify(later)), "later.json")).toEqual(
      await readProfile(write("now.json", JSON.stringify(profile)), "now.json"),
    );
    const against = await drift(JSON.stringify(profile));
    const againstLater = await drift(JSON.stringify(later));
    expect(against.code).toBe(0);
    // Alike but for the time taken, which the log tells.
    const untimed = (log: string) => log.replace(/in \d+\.\d+ s/g, "in _ s");
    expect(untimed(againstLater.stderr)).toBe(untimed(against.stderr));
    expect(againstLater.report).toEqual(against.report);
    // Every column was compared, the one the later mlops added a field to included.
    const compared = (against.report!.columns as Json[]).map((column) => column.name);
    expect(compared).toEqual(["age", "plan", "score"]);
  });

  it("takes keys named __proto__ and constructor as unknown fields, which change nothing", async () => {
    const { write, profile, drift } = await driftWorkspace();
    // Spliced in as text: JSON.stringify of an object literal would set the prototype instead.
    const keys = `"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, `;
    const text = JSON.stringify(profile)
      .replace(/^\{/, `{${keys}`)
      .replace(/"name":/g, `${keys}"name":`);
    expect(text.match(/__proto__/g)).toHaveLength(1 + (profile.columns as Json[]).length);
    const read = await readProfile(write("odd.json", text), "odd.json");
    expect(read).toEqual(await readProfile(write("now.json", JSON.stringify(profile)), "now.json"));
    for (const object of [read, ...read.columns]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.keys(object)).not.toContain("__proto__");
      expect(Object.keys(object)).not.toContain("constructor");
    }
    expect(({} as Json).polluted).toBeUndefined();
    expect((await drift(text)).report).toEqual((await drift(JSON.stringify(profile))).report);
  });

  it("is refused in one line when of a later major version, saying to upgrade", async () => {
    const { write, profile, drift } = await driftWorkspace();
    const text = JSON.stringify({ ...profile, schema: "mlops.profile/v2" }, null, 2);
    const line = text.split("\n").findIndex((l) => l.includes('"schema"')) + 1;
    const refusal = `v2.json:${line}: is a mlops.profile/v2 document, written by a newer mlops than this one, which reads mlops.profile/v1. Upgrade mlops (the action's version, or the CLI) to one that reads mlops.profile/v2`;
    const error = await readProfile(write("v2.json", text), "v2.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).line).toBe(refusal);
    const run = await drift(text);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`mlops drift-check: ${refusal.replace("v2.json", "ref.json")}\n`);
  });

  it("is still refused when of another kind, or of no known version", async () => {
    const { write, profile } = await driftWorkspace();
    const refused = (schema: string) =>
      readProfile(write("x.json", JSON.stringify({ ...profile, schema })), "x.json").catch(
        (e: unknown) => (e as FileError).line,
      );
    expect(await refused("mlops.profiles/v2")).toMatch(
      /^x\.json:1: has schema "mlops\.profiles\/v2", not a mlops\.profile\/v1 profile\. Give a profile/,
    );
    expect(await refused("mlops.profile/v1beta")).toMatch(
      /^x\.json:1: has schema "mlops\.profile\/v1beta", not a mlops\.profile\/v1 profile\. Read it with the mlops version that wrote it/,
    );
  });
});

/** The eval report eval-gate writes for the example models: four gated rows, then two ungated. */
async function exampleReport(): Promise<{ dir: string; report: EvalReport }> {
  const { dir, write } = tempDir();
  for (const name of ["challenger.json", "champion.json", "policy.yml"]) {
    write(name, readFileSync(new URL(`../../examples/eval-gate/${name}`, import.meta.url), "utf8"));
  }
  const run = await mlops(
    [
      "eval-gate",
      ...flags({ challenger: "challenger.json", champion: "champion.json", policy: "policy.yml" }),
    ],
    dir,
  );
  expect(run.code).toBe(0);
  const report = readJson(dir, "mlops-out/eval-report.json") as unknown as EvalReport;
  expect(report.rows.map((row) => row.gated)).toEqual([true, true, true, true, false, false]);
  return { dir, report };
}

/** `report` with `future` added to its top, its champion, each row and each check. */
const laterReport = (report: EvalReport) => ({
  ...report,
  future: FUTURE,
  champion: { ...report.champion, future: 1 },
  rows: report.rows.map((row) => ({
    ...row,
    future: FUTURE,
    ...("checks" in row && { checks: row.checks.map((check) => ({ ...check, future: true })) }),
  })),
});

describe("an eval report written by a later mlops", () => {
  it("is taken as promotion evidence, and commented, as the report without its added fields", async () => {
    const { report } = await exampleReport();
    const { write } = tempDir();
    const now = await readEvidence(write("now.json", JSON.stringify(report)), "report.json");
    const later = await readEvidence(
      write("later.json", JSON.stringify(laterReport(report))),
      "report.json",
    );
    expect({ ...later, path: "", sha256: "" }).toEqual({ ...now, path: "", sha256: "" });
    // What the fork comment reads the report with: the comment is the one the report makes.
    const read = validateContract<EvalReport>(
      evalReportContract,
      laterReport(report),
      "mlops-report.json",
    );
    expect(read).toEqual(report);
    expect(renderComment(read)).toBe(renderComment(report));
  });

  it("keeps a field it does not know from the code, even one named as a field of another row form", () => {
    const report = {
      schema: "mlops.eval-report/v1",
      tool: { name: "mlops", version: "9.9.0" },
      created_at: "2026-01-01T00:00:00.000Z",
      mode: "aggregate",
      verdict: "pass",
      challenger: { file: "c.json", sha256: "0".repeat(64) },
      champion: null,
      policy: { file: "p.yml", sha256: "0".repeat(64) },
      model: null,
      // An ungated row's compact form, carrying a full row's `status` and `checks` of a shape
      // no row takes: taken for the compact row it is, without them.
      rows: [
        { metric: "loss", gated: false, champion: null, challenger: 0.2, status: 7, checks: "x" },
      ],
      counts: { pass: 0, fail: 0, skipped: 0, info: 1 },
      notes: [],
    };
    const read = validateContract<EvalReport>(evalReportContract, report, "r.json");
    expect(read.rows).toEqual([{ metric: "loss", gated: false, champion: null, challenger: 0.2 }]);
    expect(renderComment(read)).toContain("`loss`");
  });

  it("still reads an ungated row written in full, as reports before the compact form did, beside an added field", async () => {
    const { report } = await exampleReport();
    const full = {
      metric: "train.loss",
      slice: null,
      gated: false,
      direction: null,
      champion: 0.213,
      challenger: 0.198,
      delta: -0.015,
      relative_delta: -0.0704,
      rule: "not in the policy",
      checks: [],
      status: "info",
      reason: null,
    };
    const older = { ...report, future: FUTURE, rows: [...report.rows.slice(0, 5), full] };
    const read = validateContract<EvalReport>(evalReportContract, older, "r.json");
    expect(read.rows.at(-1)).toEqual(full);
    // The full form with a field of its own added is still the full form: it knows more of it.
    const withField = { ...older, rows: [...report.rows.slice(0, 5), { ...full, future: 1 }] };
    expect(
      validateContract<EvalReport>(evalReportContract, withField, "r.json").rows.at(-1),
    ).toEqual(full);
  });

  it("is refused in one line when of a later major version, saying to upgrade", async () => {
    const { report } = await exampleReport();
    const { write } = tempDir();
    const path = write("v2.json", JSON.stringify({ ...report, schema: "mlops.eval-report/v2" }));
    const error = await readEvidence(path, "report.json").catch((e: unknown) => e);
    expect((error as FileError).line).toBe(
      "report.json:1: is a mlops.eval-report/v2 document, written by a newer mlops than this one, which reads mlops.eval-report/v1. Upgrade mlops (the action's version, or the CLI) to one that reads mlops.eval-report/v2",
    );
  });
});

describe("a run record written by a later mlops", () => {
  async function record(): Promise<{ dir: string; record: RunRecord }> {
    const { dir } = tempDir();
    const run = await mlops(
      ["train-run", "--command", JSON.stringify([process.execPath, "-e", ""])],
      dir,
    );
    expect(run.code).toBe(0);
    return { dir, record: readJson(dir, "mlops-out/run-record.json") as unknown as RunRecord };
  }
  const later = (record: RunRecord) => ({
    ...record,
    future: FUTURE,
    command: { ...record.command, future: 1 },
    git: { ...record.git, future: "x" },
    environment: { ...record.environment, future: [] },
  });

  it("is read back as train-run's dispatch mode reads the dispatched run's, and written again exactly", async () => {
    const { dir, record: written } = await record();
    const read = validateContract<RunRecord>(
      runRecordContract,
      later(written),
      "artifact 'run-record'",
    );
    expect(read).toEqual(written);
    // Written again as this version writes it: the text of the record as it was.
    const again = reportFile(runRecordContract, read, "again.json");
    expect(again.text).toBe(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  });

  it("names its run in an eval report, as the record without its added fields", async () => {
    const { record: written } = await record();
    const { dir, write } = tempDir();
    write("later.json", JSON.stringify(later(written)));
    for (const name of ["challenger.json", "policy.yml"]) {
      write(
        name,
        readFileSync(new URL(`../../examples/eval-gate/${name}`, import.meta.url), "utf8"),
      );
    }
    const gate = await mlops(
      [
        "eval-gate",
        ...flags({
          challenger: "challenger.json",
          policy: "policy.yml",
          "run-record": "later.json",
        }),
      ],
      dir,
    );
    expect(gate.stderr).not.toContain("mlops eval-gate:");
    const report = readJson(dir, "mlops-out/eval-report.json") as unknown as EvalReport;
    expect(report.run).toMatchObject({ id: written.run_id, file: "later.json" });
  });
});

describe("documents stay closed where they are written, and where a person writes them", () => {
  it("refuses to write a report with a field its schema does not declare", async () => {
    const { report } = await exampleReport();
    expect(
      failureLine(
        () => reportFile(evalReportContract, { ...report, future: 1 }, "r.json"),
        ContractError,
      ),
    ).toMatch(
      /^mlops\.eval-report\/v1: field '\/' has an unknown property 'future'\. Allowed properties: schema, tool,/,
    );
  });

  it("refuses a gate policy with a key it does not know: a typo, not a later field", () => {
    const policy = {
      schema: "mlops.gate-policy/v1",
      metrics: { accuracy: { direction: "higher", minimum: 0.8 } },
    };
    expect(
      failureLine(() => validateContract(gatePolicyContract, policy, "policy.yml"), ContractError),
    ).toMatch(
      /^policy\.yml: field '\/metrics\/accuracy' has an unknown property 'minimum'\. Allowed properties: direction,/,
    );
    for (const contract of [gatePolicyContract, tableSchemaContract, registryPolicyContract]) {
      expect(contract.known).toBeUndefined();
    }
  });

  it("says a document of a later version a person wrote is for a newer mlops", () => {
    const contract = {
      ...writtenContract("mlops.test/v3", { type: "object" }, "A test"),
      known: undefined,
    };
    expect(
      failureLine(() => validateContract(contract, { schema: "mlops.test/v4" }, "t.yml")),
    ).toBe(
      "t.yml: is a mlops.test/v4 document, written for a newer mlops than this one, which reads mlops.test/v3. Upgrade mlops (the action's version, or the CLI) to one that reads mlops.test/v4",
    );
    // An earlier version, or another kind, is the contract's to refuse.
    expect(validateContract(contract, { schema: "mlops.test/v2" }, "t.yml")).toEqual({
      schema: "mlops.test/v2",
    });
    expect(validateContract(contract, { schema: "mlops.tests/v4" }, "t.yml")).toEqual({
      schema: "mlops.tests/v4",
    });
  });
});
