import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalGate, FolderArtifactStore, runInRunner, type ArtifactStore } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";

const RUN = "https://github.com/acme/models/actions/runs/42/attempts/1";

/**
 * One eval-gate step on a push, in run 42 of acme/models, that comments nowhere: the summary is
 * the comment. `service` says whether the runner offers the artifact service.
 */
async function step(store: () => ArtifactStore, service: boolean) {
  const { dir, write } = tempDir();
  for (const name of ["challenger.json", "champion.json", "policy.yml"])
    write(name, readFileSync(evalGateExample(name), "utf8"));
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("runner/output", ""),
    GITHUB_STEP_SUMMARY: write("runner/summary", ""),
    GITHUB_EVENT_NAME: "push",
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_RUN_ID: "42",
    GITHUB_RUN_ATTEMPT: "1",
    INPUT_CHALLENGER: "challenger.json",
    INPUT_CHAMPION: "champion.json",
    INPUT_POLICY: "policy.yml",
    ...(service
      ? { ACTIONS_RUNTIME_TOKEN: "runtime", ACTIONS_RESULTS_URL: "https://results.example/" }
      : {}),
  };
  const lines: string[] = [];
  const code = await runInRunner(evalGate, {
    env,
    cwd: dir,
    write: (line) => lines.push(line),
    artifactStore: store,
  });
  return {
    code,
    lines,
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
    comment: readFileSync(join(dir, "mlops-out/eval-comment.md"), "utf8"),
  };
}

describe("where the eval-gate comment says the report is", () => {
  it("names the artifact once it is uploaded, which holds the report and the comment", async () => {
    const { dir: artifacts } = tempDir();
    const run = await step(() => new FolderArtifactStore(artifacts, "42"), true);
    expect(run.code).toBe(0);
    const line = `[The run](${RUN}) holds the eval report as the artifact \`eval-report\`.`;
    expect(run.comment.endsWith(`${line}\n`)).toBe(true);
    expect(run.summary).toContain(line);
    const uploaded = join(artifacts, "42", "eval-report");
    expect(JSON.parse(readFileSync(join(uploaded, "eval-report.json"), "utf8")).verdict).toBe(
      "pass",
    );
    // The artifact's comment was written before the upload: it lacks only the line about itself.
    expect(
      `${readFileSync(join(uploaded, "eval-comment.md"), "utf8").trimEnd()}\n\n${line}\n`,
    ).toBe(run.comment);
  });

  it("says the report stays on the runner when the runner has no artifact service", async () => {
    const { dir: artifacts } = tempDir();
    const run = await step(() => new FolderArtifactStore(artifacts, "42"), false);
    expect(run.code).toBe(0);
    const line = `The eval report is \`mlops-out/eval-report.json\` on the runner of [the run](${RUN}), not uploaded as an artifact (this runner has no artifact service).`;
    expect(run.comment.endsWith(`${line}\n`)).toBe(true);
    expect(run.summary).toContain(line);
    expect(run.summary).not.toContain("holds the eval report");
    expect(existsSync(join(artifacts, "42"))).toBe(false);
  });

  it("says why an upload failed, and warns, while the verdict stands", async () => {
    const failing: ArtifactStore = {
      upload: () => Promise.reject(new Error("the artifact service answered 503")),
      list: () => Promise.resolve([]),
      download: () => Promise.reject(new Error("not used")),
    };
    const run = await step(() => failing, true);
    expect(run.code).toBe(0);
    expect(run.comment).toContain(
      "not uploaded as an artifact (upload failed: the artifact service answered 503).",
    );
    expect(run.summary).not.toContain("holds the eval report");
    expect(run.lines).toContain(
      "::warning title=Artifact not uploaded::eval-report was not uploaded (the artifact service answered 503); the step's verdict stands",
    );
  });

  it("says which key to give a second gate whose artifact name an earlier step took", async () => {
    const taken: ArtifactStore = {
      upload: () =>
        Promise.reject(
          new Error(
            "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run",
          ),
        ),
      list: () => Promise.resolve([]),
      download: () => Promise.reject(new Error("not used")),
    };
    const run = await step(() => taken, true);
    expect(run.code).toBe(0);
    expect(run.lines.find((line) => line.startsWith("::warning"))).toMatch(
      /; the step's verdict stands\. An earlier step of this run uploaded one of that name: give each step of the same action its own comment-key \(eval-gate\), issue-key \(drift-check\) or environment \(canary-deploy\)$/,
    );
  });
});
