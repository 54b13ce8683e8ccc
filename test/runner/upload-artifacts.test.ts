import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { driftCheck, RunnerArtifactStore, runInRunner, SUMMARY_LIMIT } from "@mlops/shared";
import { ResultsService, runtimeToken } from "../emulator/results-service.js";
import { repoRoot } from "../helpers/examples.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";

const example = (name: string) => readFileSync(`${repoRoot}examples/drift-check/${name}`, "utf8");
const DESCRIPTION = "the drift report, HTML and JSON (mlops.drift-report/v1)";
const SERVICE_VARIABLES = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"] as const;

let service: ResultsService;
let runs = 0;

beforeAll(async () => {
  service = await ResultsService.start();
}, 60_000);

afterAll(async () => {
  await service?.stop();
});

afterEach(() => {
  for (const name of SERVICE_VARIABLES) delete process.env[name];
});

/** A port nothing listens on: the artifact service of a runner that lost it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/**
 * A drift-check step of run 4242 of octo/models, on the example data (which drifts). With
 * `resultsUrl` the runner provides the artifact service; each step is its own workflow run unless
 * it is given the `run` of another, so that artifact names meet only where a test means them to.
 */
function step(inputs: Record<string, string>, service?: { resultsUrl: string; run?: string }) {
  const { dir, write } = tempDir();
  write("data/reference.csv", example("reference.csv"));
  write("data/current.csv", example("current.csv"));
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("runner/output", ""),
    GITHUB_STEP_SUMMARY: write("runner/summary", ""),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "octo/models",
    GITHUB_RUN_ID: "4242",
  };
  const run = service?.run ?? `run-backend-${++runs}`;
  if (service) {
    env.ACTIONS_RUNTIME_TOKEN = runtimeToken(run, "job-backend-1");
    env.ACTIONS_RESULTS_URL = service.resultsUrl;
    // The artifact client reads these from process.env itself, as it does in a runner.
    for (const name of SERVICE_VARIABLES) process.env[name] = env[name];
  }
  const all = { reference: "data/reference.csv", current: "data/current.csv", ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const lines: string[] = [];
  return {
    dir,
    run,
    lines,
    io: {
      env,
      write: (line: string) => lines.push(line),
      cwd: dir,
      artifactStore: () => new RunnerArtifactStore(),
    },
    outputs: () => parseOutputFile(readFileSync(env.GITHUB_OUTPUT!, "utf8")),
    summary: () => readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
  };
}

describe("the runner host's upload of an action's artifacts", () => {
  it("uploads drift-check's HTML and JSON reports as the artifact drift-report, linked from the summary", async () => {
    const s = step({}, { resultsUrl: service.url });

    expect(await runInRunner(driftCheck, s.io)).toBe(1);

    const store = new RunnerArtifactStore();
    const listed = await store.list();
    expect(listed.map((a) => a.name)).toEqual(["drift-report"]);
    const id = listed[0]!.id;
    expect(s.summary()).toContain(
      `\n### Artifacts\n\n- [drift-report](https://github.com/octo/models/actions/runs/4242/artifacts/${id}): ${DESCRIPTION}\n`,
    );
    const out = await store.download(listed[0]!, join(s.dir, "downloaded"));
    for (const file of ["drift-report.html", "drift-report.json"]) {
      expect(readFileSync(join(out, file))).toEqual(readFileSync(join(s.dir, "mlops-out", file)));
    }
    expect(s.outputs().drifted).toBe("true");
    expect(s.lines.filter((line) => line.startsWith("::warning title=Artifact"))).toEqual([]);
    expect(s.lines.at(-1)).toMatch(/^::error::drift: age, income, plan/);
  });

  it("names the artifact after issue-key, so that each drift-check of a run has its own", async () => {
    const s = step(
      { "issue-key": "churn/eu:v2", "fail-step": "false" },
      { resultsUrl: service.url },
    );

    expect(await runInRunner(driftCheck, s.io)).toBe(0);

    expect((await new RunnerArtifactStore().list()).map((a) => a.name)).toEqual([
      "drift-report-churn-eu-v2",
    ]);
    expect(s.summary()).toMatch(/- \[drift-report-churn-eu-v2\]\(https:\/\/github\.com\/.+\)/);
  });

  it("uploads nothing without the artifact service, and the summary says where the reports are", async () => {
    const s = step({});
    const calls = service.calls.length;

    expect(await runInRunner(driftCheck, s.io)).toBe(1);

    expect(service.calls.length).toBe(calls);
    expect(s.summary()).toContain(
      `\n### Artifacts\n\n- drift-report: ${DESCRIPTION}; not uploaded (this runner has no artifact service), the files are \`mlops-out/drift-report.html\`, \`mlops-out/drift-report.json\`\n`,
    );
    expect(s.outputs()["html-path"]).toBe("mlops-out/drift-report.html");
  });

  it("uploads nothing from an entry that gives no artifact store, and says so", async () => {
    const s = step({}, { resultsUrl: service.url });
    const calls = service.calls.length;

    expect(await runInRunner(driftCheck, { ...s.io, artifactStore: undefined })).toBe(1);

    expect(service.calls.length).toBe(calls);
    expect(s.summary()).toContain(
      `- drift-report: ${DESCRIPTION}; not uploaded (this action does not upload artifacts), the files are`,
    );
    expect(s.lines).toContainEqual(
      expect.stringMatching(
        /^::warning title=Artifact not uploaded::drift-report was not uploaded/,
      ),
    );
  });

  it("turns a failed upload into a warning: the outputs, the summary and the verdict stand", async () => {
    const s = step(
      { "fail-step": "false" },
      { resultsUrl: `http://127.0.0.1:${await closedPort()}/` },
    );

    expect(await runInRunner(driftCheck, s.io)).toBe(0);

    expect(s.outputs()).toMatchObject({
      drifted: "true",
      "html-path": "mlops-out/drift-report.html",
    });
    expect(s.summary()).toContain("drift-check: drift");
    expect(s.summary()).toMatch(
      /- drift-report: .+; not uploaded \(upload failed: .*ECONNREFUSED.*\), the files are `mlops-out\/drift-report\.html`, `mlops-out\/drift-report\.json`\n$/,
    );
    // The warning comes before drift-check's own warnings, so that GitHub's cap never hides it.
    const warnings = s.lines.filter((line) => line.startsWith("::warning"));
    expect(warnings[0]).toMatch(
      /^::warning title=Artifact not uploaded::drift-report was not uploaded \(.*ECONNREFUSED.*\); the step's verdict stands$/,
    );
  });

  it("warns when a second step of the run takes a name already used, and keeps the first artifact", async () => {
    const first = step({ "fail-step": "false" }, { resultsUrl: service.url });
    expect(await runInRunner(driftCheck, first.io)).toBe(0);
    const second = step({ "fail-step": "false" }, { resultsUrl: service.url, run: first.run });

    expect(await runInRunner(driftCheck, second.io)).toBe(0);

    expect(second.lines).toContainEqual(
      expect.stringMatching(
        /^::warning title=Artifact not uploaded::drift-report was not uploaded \(.*\(409\) Conflict/,
      ),
    );
    expect((await new RunnerArtifactStore().list()).map((a) => a.name)).toEqual(["drift-report"]);
  });

  it("writes the artifact lines to the log when the summary is already at GitHub's limit", async () => {
    const s = step({});
    const { dir } = s;
    // A drift-check whose own summary already fills what GitHub keeps.
    const fullSummary: typeof driftCheck = {
      ...driftCheck,
      run: async () => ({
        outputs: {
          verdict: "pass",
          drifted: "false",
          share: "0",
          "drifted-columns": "[]",
          "report-path": "",
          "html-path": join(dir, "report.html"),
        },
        summary: "x".repeat(SUMMARY_LIMIT * 2),
        artifacts: [{ name: "drift-report", files: [join(dir, "report.html")], description: "a" }],
      }),
    };

    expect(await runInRunner(fullSummary, s.io)).toBe(0);

    expect(statSync(s.io.env.GITHUB_STEP_SUMMARY!).size).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(s.summary()).not.toContain("### Artifacts");
    expect(s.lines).toEqual([
      "Artifact drift-report: a; not uploaded (this runner has no artifact service), the files are `report.html`",
    ]);
  });
});
