import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  commentFromForkReport,
  ContractError,
  FolderArtifactStore,
  sanitizeMarkdown,
  uploadForkReport,
  type Contract,
} from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

interface Report {
  metric: string;
  value: number;
}

const contract: Contract = {
  id: "test.report/v1",
  validate: new Ajv().compile({
    type: "object",
    required: ["metric", "value"],
    properties: { metric: { type: "string" }, value: { type: "number" } },
    additionalProperties: false,
  }),
};

let gh: EmulatedGitHub;
let dir: string;
let forkPr: number;
let headSha: string;
const PR_RUN = 501;

const payload = () => ({
  workflow_run: {
    id: PR_RUN,
    event: "pull_request",
    head_sha: headSha,
    head_branch: "patch-1",
    head_repository: { full_name: "mallory/models" },
    pull_requests: [],
    conclusion: "success",
  },
});

const comment = (store: FolderArtifactStore) =>
  commentFromForkReport<Report>(gh.github, store, {
    repo: REPO,
    payload: payload(),
    token: "t",
    artifactName: "eval-report",
    contract,
    key: "eval-gate",
    workDir: join(dir, "download"),
    render: (r) =>
      `| metric | value |\n| --- | --- |\n| ${sanitizeMarkdown(r.metric)} | ${r.value} |`,
  });

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  dir = await mkdtemp(join(tmpdir(), "fork-report-"));
  headSha = gh.emulator.repo("mallory/models").addCommit("fork");
  forkPr = gh.emulator.repo("acme/models").addPull({
    title: "From a fork",
    head: { ref: "patch-1", sha: headSha, repo: "mallory/models" },
    base: { ref: "main", sha: headSha },
  });
});

afterEach(async () => {
  await gh.emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the fork pull request pattern", () => {
  it("comments on the fork's PR from the report its pull_request run uploaded", async () => {
    const prRun = new FolderArtifactStore(join(dir, "artifacts"), String(PR_RUN));
    await uploadForkReport(prRun, {
      artifactName: "eval-report",
      key: "eval-gate",
      headSha,
      report: { metric: "@maintainers | <img src=x> #1", value: 0.9 },
      workDir: join(dir, "upload"),
    });

    const result = await comment(new FolderArtifactStore(join(dir, "artifacts"), "900"));

    expect(result?.action).toBe("created");
    const posted = gh.emulator.repo("acme/models").comments[0];
    expect(posted?.issue_number).toBe(forkPr);
    expect(posted?.body).not.toMatch(/@[a-z]|<img|#1/);
    expect(
      posted?.body
        .split("\n")
        .at(-1)
        ?.split(/(?<!\\)\|/),
    ).toHaveLength(4);
  });

  it("refuses a report that does not fit its contract", async () => {
    const prRun = new FolderArtifactStore(join(dir, "artifacts"), String(PR_RUN));
    await uploadForkReport(prRun, {
      artifactName: "eval-report",
      key: "eval-gate",
      headSha,
      report: { metric: "acc", value: "0.9", extra: true },
      workDir: join(dir, "upload"),
    });
    await expect(
      comment(new FolderArtifactStore(join(dir, "artifacts"), "900")),
    ).rejects.toBeInstanceOf(ContractError);
    expect(gh.emulator.repo("acme/models").comments).toHaveLength(0);
  });

  it("refuses a report made for another commit than the run's", async () => {
    const prRun = new FolderArtifactStore(join(dir, "artifacts"), String(PR_RUN));
    await uploadForkReport(prRun, {
      artifactName: "eval-report",
      key: "eval-gate",
      headSha: "0".repeat(40),
      report: { metric: "acc", value: 0.9 },
      workDir: join(dir, "upload"),
    });
    await expect(comment(new FolderArtifactStore(join(dir, "artifacts"), "900"))).rejects.toThrow(
      /made for commit 000000000000/,
    );
  });
});
