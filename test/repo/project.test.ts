import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "@mlops/shared";
import { VERSION, actionLoaders, actions, manifests } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";

describe("the project", () => {
  it("reports the version of package.json", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8")).version);
  });

  it("has a definition in the core for every action.yml, and no definition without one", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(manifests).sort());
  });

  it("loads each action of the CLI when it runs: the same definition as the core's", async () => {
    expect(Object.keys(actionLoaders).sort()).toEqual(Object.keys(actions).sort());
    for (const [name, load] of Object.entries(actionLoaders)) {
      expect(await load()).toBe(actions[name]);
    }
  });

  const capabilities = {
    data: () => import("@mlops/shared/data"),
    profile: () => import("@mlops/shared/profile"),
    stats: () => import("@mlops/shared/stats"),
  };

  it.each(Object.keys(capabilities) as (keyof typeof capabilities)[])(
    "loads the engine's %s capability on its own: the core's own exports, nothing else",
    async (capability) => {
      const alone: Record<string, unknown> = await capabilities[capability]();
      expect(Object.keys(alone).length).toBeGreaterThan(5);
      for (const [name, value] of Object.entries(alone)) {
        expect(value).toBe((core as Record<string, unknown>)[name]);
      }
    },
  );

  it.each(Object.keys(manifests))("%s: every input and output has a description", (name) => {
    const manifest = manifests[name as keyof typeof manifests];
    for (const spec of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10);
    }
  });

  it.each(Object.keys(manifests))("%s: the adapter stays thin (read, run, write)", (name) => {
    const main = readFileSync(`${repoRoot}actions/${name}/src/main.ts`, "utf8");
    expect(main.split("\n").filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(8);
  });
});
