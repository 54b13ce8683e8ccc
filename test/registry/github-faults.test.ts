import { describe, expect, it } from "vitest";
import { modelFile, tempFolder } from "./git-fixture.js";
import { seedTags } from "../emulator/seed-tags.js";
import { registryProblems, startGitHubRegistry } from "./github-fixture.js";

const RUNS = 200;

describe("the GitHub backend under injected API faults", () => {
  it(`leaves no duplicate or orphan tag, release or asset in ${RUNS} seeded runs of register and assign at a 20% fault rate`, async () => {
    const files = tempFolder();
    const assets = [modelFile(files, "model.onnx", "weights"), modelFile(files, "eval.json", "{}")];
    const failures: string[] = [];
    let faults = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      // Server errors and resets before or after the change, rate limits, secondary limits.
      const gh = await startGitHubRegistry({ faults: { seed, rate: 0.2 } });
      const registry = gh.registry();
      try {
        await registry.register({ artifact: "churn", version: "v1.0.0", assets, actor: "ci" });
        await registry.assign({ artifact: "churn", stage: "prod", actor: "ci" });
      } catch (error) {
        failures.push(`seed ${seed}: ${(error as Error).message}`);
      }
      const problems = registryProblems(gh.state);
      expect(problems, `seed ${seed}`).toEqual([]);
      const tags = [...gh.state.refs.keys()].filter((r) => r.startsWith("refs/tags/")).sort();
      // Every run that finished holds exactly its two tags: a retry never made a second one.
      if (failures.at(-1)?.startsWith(`seed ${seed}:`) !== true) {
        expect(tags, `seed ${seed}`).toEqual(["refs/tags/churn#prod#1", "refs/tags/churn@v1.0.0"]);
      }
      faults += Object.values(gh.emulator.faults!.injected).reduce((a, b) => a + b, 0);
      await gh.emulator.close();
    }
    // The faults were real, and the retries absorbed them.
    expect(faults).toBeGreaterThan(RUNS * 2);
    expect(failures).toEqual([]);
  });

  it("is checked by a check that does see an orphan draft and a registration without its release", async () => {
    const gh = await startGitHubRegistry();
    await gh.backend().storeAssets("churn@v1.0.0", [modelFile(tempFolder(), "m.bin", "w")]);
    seedTags(gh.state, gh.commit, [
      { name: "churn@v2.0.0", message: "Register\n", date: new Date() },
    ]);
    expect(registryProblems(gh.state)).toEqual([
      "churn@v2.0.0: not exactly one published release with a model card",
      "release of 'churn@v1.0.0' has no tag",
    ]);
    await gh.emulator.close();
  });
});
