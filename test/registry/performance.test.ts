import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, formatTagMessage } from "@mlops/shared";
import {
  countingExec,
  importTags,
  makeRepo,
  remoteWithClones,
  type FixtureTag,
} from "./git-fixture.js";

/** 1,000 versions of one model, each assigned to a stage: 2,000 annotated tags. */
function manyTags(): FixtureTag[] {
  const tags: FixtureTag[] = [];
  const start = Date.parse("2025-01-01T00:00:00Z");
  for (let i = 0; i < 1000; i++) {
    const version = `v1.${i}.0`;
    const date = new Date(start + i * 3_600_000);
    tags.push({
      name: `churn@${version}`,
      date,
      message: formatTagMessage(`Register ${version}`, {
        schema: "mlops.registry-event/v1",
        assets: [{ name: "m.bin", sha256: "a".repeat(64), size: 1 }],
      }),
    });
    tags.push({
      name: `churn#${i % 2 ? "prod" : "staging"}#${i + 1}`,
      date,
      message: formatTagMessage(`Assign ${version}`, {
        schema: "mlops.registry-event/v1",
        version,
      }),
    });
  }
  return tags;
}

describe("a registry with 2,000 tags", () => {
  it("shows an artifact with two git calls, however many tags there are", async () => {
    const { dir, commit } = makeRepo();
    importTags(dir, commit, manyTags());
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir, exec }) });
    const started = performance.now();
    const summary = await registry.show("churn");
    const elapsed = performance.now() - started;
    expect(summary.latest).toBe("v1.999.0");
    expect(summary.stages).toEqual([
      { stage: "staging", version: "v1.998.0", tag: "churn#staging#999" },
      { stage: "prod", version: "v1.999.0", tag: "churn#prod#1000" },
    ]);
    // `git remote` (asked once) and `git for-each-ref`: nothing per tag.
    expect(calls.map((args) => args[0])).toEqual(["remote", "for-each-ref"]);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("assigns with a constant number of calls too, with a remote to fetch from and push to", async () => {
    const { clones } = remoteWithClones(1);
    const { dir: seed } = { dir: clones[0]! };
    const commit = await new LocalGitBackend({ path: seed }).resolveCommit("HEAD");
    importTags(seed, commit, manyTags());
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: seed, exec }) });
    const result = await registry.assign({
      artifact: "churn",
      stage: "prod",
      version: "v1.0.0",
      actor: "ada",
    });
    expect(result.tag).toBe("churn#prod#1001");
    expect(calls.map((args) => args[0])).toEqual([
      "remote",
      "fetch",
      "for-each-ref",
      "mktag",
      "update-ref",
      "push",
    ]);
  });
});
