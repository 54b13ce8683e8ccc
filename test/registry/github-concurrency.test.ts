import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildRegistry, stageHolder } from "@mlops/shared";
import { modelFile, tempFolder } from "./git-fixture.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

let gh: GitHubRegistry;

beforeEach(async () => {
  gh = await startGitHubRegistry();
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("concurrent promotions on GitHub", () => {
  it("ten runs promoting ten versions to one stage get ten distinct counters, and the highest counter holds the stage", async () => {
    const files = tempFolder();
    // Ten runs, each with its own client: nothing is shared but the repository.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        gh.registry(gh.client()).promote({
          artifact: "churn",
          version: `v1.${i}.0`,
          assets: [modelFile(files, `model-${i}.bin`, `weights ${i}`)],
          stage: "prod",
          actor: `runner-${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const state = buildRegistry(await gh.backend().listTags()).get("churn")!;
    const assignments = state.events.filter((e) => e.action === "assign");
    expect(assignments.map((e) => e.counter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(assignments.map((e) => e.version)).size).toBe(10);
    expect(state.versions.size).toBe(10);
    // Each run reports the tag GitHub holds for its version.
    for (const result of results) {
      if (result.status !== "fulfilled") continue;
      const { assignment } = result.value;
      expect(assignments.find((e) => e.tag === assignment.tag)?.version).toBe(assignment.version);
    }
    const last = assignments.at(-1)!;
    expect(stageHolder(state, "prod")).toEqual({ version: last.version, assignment: last });
    // The losers' races cost them retries, never a release or an asset.
    expect(gh.state.releases).toHaveLength(10);
    expect(gh.state.assets).toHaveLength(10);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("a re-run after the race is a no-op that reports the tag it had", async () => {
    const model = modelFile(tempFolder(), "model.bin", "weights");
    const request = { artifact: "churn", version: "v2.0.0", assets: [model], stage: "prod" };
    const first = await gh.registry().promote(request);
    const rerun = await gh.registry(gh.client()).promote(request);
    expect(rerun.registration).toMatchObject({ changed: false, tag: "churn@v2.0.0" });
    expect(rerun.assignment).toMatchObject({ changed: false, tag: first.assignment.tag });
    expect(gh.state.releases).toHaveLength(1);
  });
});
