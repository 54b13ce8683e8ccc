import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  commentFromForkReport,
  FORK_REPORT_MAX_BYTES,
  ContractError,
  evalReportContract,
  FolderArtifactStore,
  renderComment,
  sanitizeMarkdown,
  uploadForkReport,
  type ArtifactStore,
  type Contract,
  type EvalReport,
} from "@mlops/shared";
import { evalReport } from "../registry/git-fixture.js";
import {
  forkWorkflowRunEvent,
  openForkPullRequest,
  REPO,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "./emulated-github.js";

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
  describe: "A test report is a JSON object of one metric and its value",
};

let gh: EmulatedGitHub;
let dir: string;
let forkPr: number;
let headSha: string;
const PR_RUN = 501;

const payload = () => forkWorkflowRunEvent(PR_RUN, headSha);

const comment = (store: ArtifactStore) =>
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

/** The fork's pull_request run uploading `report`, made for `sha` (the pull request's head). */
const uploadFromPrRun = (report: unknown, sha = headSha) =>
  uploadForkReport(new FolderArtifactStore(join(dir, "artifacts"), String(PR_RUN)), {
    artifactName: "eval-report",
    key: "eval-gate",
    headSha: sha,
    report,
    workDir: join(dir, "upload"),
  });

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  dir = await mkdtemp(join(tmpdir(), "fork-report-"));
  ({ number: forkPr, headSha } = openForkPullRequest(gh.emulator));
});

afterEach(async () => {
  await gh.emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the fork pull request pattern", () => {
  it("comments on the fork's PR from the report its pull_request run uploaded", async () => {
    await uploadFromPrRun({ metric: "@maintainers | <img src=x> #1", value: 0.9 });

    const result = await comment(new FolderArtifactStore(join(dir, "artifacts"), "900"));

    expect(result?.comment.action).toBe("created");
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
    await uploadFromPrRun({ metric: "acc", value: "0.9", extra: true });
    await expect(
      comment(new FolderArtifactStore(join(dir, "artifacts"), "900")),
    ).rejects.toBeInstanceOf(ContractError);
    expect(gh.emulator.repo("acme/models").comments).toHaveLength(0);
  });

  it("refuses a report made for another commit than the run's", async () => {
    await uploadFromPrRun({ metric: "acc", value: 0.9 }, "0".repeat(40));
    await expect(comment(new FolderArtifactStore(join(dir, "artifacts"), "900"))).rejects.toThrow(
      /made for commit 000000000000/,
    );
  });

  it("refuses an artifact listed as larger than a report can be, without downloading it", async () => {
    let downloads = 0;
    const store: ArtifactStore = {
      upload: () => Promise.reject(new Error("not used")),
      list: async () => [{ id: 1, name: "eval-report", size: FORK_REPORT_MAX_BYTES + 1 }],
      download: async (_artifact, directory) => {
        downloads += 1;
        return directory;
      },
    };
    await expect(comment(store)).rejects.toThrow(
      `artifact 'eval-report' is ${FORK_REPORT_MAX_BYTES + 1} bytes, more than the ${FORK_REPORT_MAX_BYTES} a report can be; not downloaded`,
    );
    expect(downloads).toBe(0);
  });

  it("refuses an artifact that unpacks to more than a report can be (a zip bomb)", async () => {
    await uploadFromPrRun({ metric: "acc", value: 0.9 });
    const folder = new FolderArtifactStore(join(dir, "artifacts"), "900");
    // Listed small, as a compressed bomb is; its extraction brings a large file along.
    const bomb: ArtifactStore = {
      upload: (...args) => folder.upload(...args),
      list: (from) => folder.list(from),
      download: async (artifact, directory, from) => {
        const out = await folder.download(artifact, directory, from);
        await writeFile(join(out, "padding.bin"), Buffer.alloc(FORK_REPORT_MAX_BYTES));
        return out;
      },
    };
    await expect(comment(bomb)).rejects.toThrow(/artifact 'eval-report' unpacks to \d+ bytes/);
    expect(gh.emulator.repo("acme/models").comments).toHaveLength(0);
  });

  it("comments an eval report that a later mlops wrote with fields this one does not know, as the report without them", async () => {
    const report = evalReport("pass", null);
    const later = {
      ...report,
      calibration: { ece: 0.02 },
      rows: report.rows.map((row) => ({ ...row, interval: [0.1, 0.2] })),
    };
    await uploadFromPrRun(later);
    const result = await commentFromForkReport<EvalReport>(
      gh.github,
      new FolderArtifactStore(join(dir, "artifacts"), "900"),
      {
        repo: REPO,
        payload: payload(),
        token: "t",
        artifactName: "eval-report",
        contract: evalReportContract,
        key: "eval-gate",
        workDir: join(dir, "download"),
        render: renderComment,
      },
    );
    expect(result?.report).toEqual(report);
    expect(result?.body).toBe(renderComment(report));
    expect(gh.emulator.repo("acme/models").comments[0]?.issue_number).toBe(forkPr);
  });
});
