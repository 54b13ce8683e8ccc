/**
 * An assign run stopped after uploading its eval report to the draft release of its stage tag,
 * and before making the tag, leaves that draft. Its tag name holds a counter the next write of
 * the artifact may take under another name, so no run of that tag would ever come back for it:
 * the next run that stores files of the artifact deletes it, by the same rule as a version's
 * leftover draft (promote's, unwritten for 30 minutes by GitHub's clock), unless its tag exists.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEvidence } from "@mlops/shared";
import { evalReport, modelFile, tempFolder } from "./git-fixture.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";
import { seedRelease, uploadingName } from "./seed-release.js";

const MINUTE = 60_000;
const REPORT = JSON.stringify(evalReport("pass", sha("weights")));

let gh: GitHubRegistry;

beforeEach(async () => {
  gh = await startGitHubRegistry();
  await gh.registry().register({
    artifact: "churn",
    version: "v1.0.0",
    assets: [modelFile(tempFolder(), "model.onnx", "weights")],
    actor: "ada",
  });
});

afterEach(async () => {
  await gh.emulator.close();
});

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

/** The draft a stopped assign run left for stage tag `tag`, holding its report. */
const stoppedAssignDraft = (tag: string, at: Date) =>
  seedRelease(gh.state, {
    tag,
    name: uploadingName(tag),
    assets: { "eval-report.json": REPORT },
    at,
  });

/** Assigns `stage` to churn's only version with a passing report as evidence. */
async function assignWithEvidence(stage: string) {
  const report = join(tempFolder(), "eval-report.json");
  writeFileSync(report, REPORT);
  return gh.registry().assign({ artifact: "churn", stage, evidence: await readEvidence(report) });
}

const releaseTags = () => gh.state.releases.map((r) => `${r.tag_name}${r.draft ? " (draft)" : ""}`);

describe("the evidence draft a stopped assign run left", () => {
  it("is deleted by the next run that stores files of the artifact, once unwritten for 30 minutes", async () => {
    // The stopped run planned churn#prod#1; the next write takes counter 1 for staging.
    stoppedAssignDraft("churn#prod#1", minutesAgo(31));
    const staged = await assignWithEvidence("staging");
    expect(staged).toMatchObject({ changed: true, tag: "churn#staging#1" });
    expect(releaseTags().sort()).toEqual(["churn#staging#1", "churn@v1.0.0"]);
    // Every release left is one a tag accounts for.
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("is left alone while written to lately: its run may be about to make its tag", async () => {
    const live = stoppedAssignDraft("churn#prod#1", minutesAgo(5));
    await assignWithEvidence("staging");
    expect(gh.state.releases).toContainEqual(expect.objectContaining({ id: live, draft: true }));
  });

  it("is kept when its tag exists: it holds the report that tag records, waiting to be published", async () => {
    gh.emulator.injectFaults({
      seed: 1,
      rate: 1,
      kinds: { "too-many-requests": 1 },
      only: /^PATCH \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}$/,
    });
    await expect(assignWithEvidence("prod")).rejects.toThrow(/^churn#prod#1 is made, but/);
    gh.emulator.injectFaults(undefined);
    gh.emulator.state.clock = () => new Date(Date.now() + 31 * MINUTE);
    await assignWithEvidence("staging");
    expect(releaseTags().sort()).toEqual([
      "churn#prod#1 (draft)",
      "churn#staging#2",
      "churn@v1.0.0",
    ]);
  });

  it("of another artifact, and a version's stopped draft, are left to their own runs", async () => {
    const other = stoppedAssignDraft("fraud#prod#1", minutesAgo(60));
    const version = seedRelease(gh.state, {
      tag: "churn@v2.0.0",
      name: uploadingName("churn@v2.0.0"),
      assets: { "model.onnx": "weights 2" },
      at: minutesAgo(60),
    });
    await assignWithEvidence("staging");
    const ids = gh.state.releases.map((r) => r.id);
    expect(ids).toContain(other);
    expect(ids).toContain(version);
  });
});
