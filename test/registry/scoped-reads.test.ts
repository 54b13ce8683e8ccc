import { afterAll, describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  Registry,
  formatTagMessage,
  stageHolder,
  type RegistryBackend,
} from "@mlops/shared";
import { makeRepo, steppingClock } from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

const emulators: GitHubRegistry[] = [];
afterAll(async () => {
  // close() throws when any request or answer strayed from GitHub's API description.
  for (const gh of emulators) await gh.emulator.close();
});

/** A fresh registry on each backend, and the commit its versions go on. */
const backends: Record<string, () => Promise<{ backend: RegistryBackend; commit: string }>> = {
  "local git": async () => {
    const { dir, commit } = makeRepo();
    return { backend: new LocalGitBackend({ path: dir }), commit };
  },
  GitHub: async () => {
    const gh = await startGitHubRegistry();
    emulators.push(gh);
    return { backend: gh.backend(), commit: gh.commit };
  },
};

describe.each(Object.keys(backends))("scoped reads on %s", (kind) => {
  async function setup() {
    const { backend, commit } = await backends[kind]!();
    const registry = new Registry({ backend, now: steppingClock() });
    const register = (artifact: string, version: string) =>
      registry.register({ artifact, version, assets: [], ref: commit });
    const assign = (artifact: string, stage: string, version: string) =>
      registry.assign({ artifact, stage, version });
    /** A tag as another tool might write it, straight through the backend. */
    const writeTag = (name: string, message: string) =>
      backend.createTag({
        name,
        commit,
        tagger: { name: "gto", email: "gto@example.com" },
        date: new Date("2026-03-02T00:00:00Z"),
        message,
      });
    return { registry, register, assign, writeTag };
  }

  it("keeps churn apart from churn-v2, whose tags start with its name", async () => {
    const { registry, register, assign } = await setup();
    await register("churn-v2", "v2.0.0");
    for (let i = 0; i < 3; i++) await assign("churn-v2", "prod", "v2.0.0");
    await register("churn", "v1.0.0");
    const assigned = await assign("churn", "prod", "v1.0.0");
    // GTO's counter is per artifact: churn-v2's #3 does not move churn's.
    expect(assigned.tag).toBe("churn#prod#1");
    const shown = await registry.show("churn");
    expect(shown.versions.map((v) => v.tag)).toEqual(["churn@v1.0.0"]);
    expect(shown.stages).toEqual([{ stage: "prod", version: "v1.0.0", tag: "churn#prod#1" }]);
    expect((await registry.history("churn")).map((e) => e.tag)).toEqual([
      "churn@v1.0.0",
      "churn#prod#1",
    ]);
    expect((await registry.stageHolder("churn-v2", "prod"))?.assignment.tag).toBe(
      "churn-v2#prod#1",
    );
  });

  it("tells a stage from stages that start with its name or are nested under it", async () => {
    const { registry, register, assign } = await setup();
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"]) await register("churn", version);
    await assign("churn", "prod", "v1.0.0");
    await assign("churn", "prod-eu", "v1.1.0");
    await assign("churn", "prod/eu", "v1.2.0");
    const held = async (stage: string) => (await registry.stageHolder("churn", stage))?.version;
    expect([await held("prod"), await held("prod-eu"), await held("prod/eu")]).toEqual([
      "v1.0.0",
      "v1.1.0",
      "v1.2.0",
    ]);
    expect((await registry.show("churn")).stages.map((s) => s.stage)).toEqual([
      "prod",
      "prod-eu",
      "prod/eu",
    ]);
  });

  it("answers what the whole artifact answers, through unassignments, deregistrations and time", async () => {
    const { registry, register, assign, writeTag } = await setup();
    const moments: Date[] = [];
    const agree = async () => {
      const state = await registry.artifact("churn");
      for (const at of [undefined, ...moments]) {
        const holder = stageHolder(state, "prod", at);
        const scoped = await registry.stageHolder("churn", "prod", at);
        expect(scoped && { version: scoped.version, tag: scoped.assignment.tag }).toEqual(
          holder && { version: holder.version, tag: holder.assignment.tag },
        );
      }
      const last = state!.events[state!.events.length - 1]!;
      moments.push(last.date);
    };
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"]) await register("churn", version);
    await agree();
    await assign("churn", "prod", "v1.0.0");
    await agree();
    await assign("churn", "prod", "v1.1.0");
    await assign("churn", "prod", "v1.2.0");
    await agree();
    await registry.unassign({ artifact: "churn", stage: "prod", version: "v1.2.0" });
    await agree();
    await writeTag(
      "churn@v1.1.0!",
      formatTagMessage("Withdrawn", { schema: "mlops.registry-event/v1" }),
    );
    await agree();
    expect((await registry.stageHolder("churn", "prod"))?.version).toBe("v1.0.0");
  });

  it("reads the whole artifact for stage tags that name their version only by commit, as GTO's do", async () => {
    const { registry, register, writeTag } = await setup();
    await register("churn", "v1.0.0");
    await writeTag("churn#prod#5", "Promote with GTO\n");
    const holder = await registry.stageHolder("churn", "prod");
    expect(holder).toMatchObject({ version: "v1.0.0", registration: { tag: "churn@v1.0.0" } });
    expect(holder?.assignment.tag).toBe("churn#prod#5");
  });

  it("refuses a name that git would read as a pattern", async () => {
    const { registry } = await setup();
    await expect(registry.show("churn*")).rejects.toThrow(/invalid artifact "churn\*"/);
    await expect(registry.stageHolder("churn", "prod*")).rejects.toThrow(/invalid stage "prod\*"/);
  });
});
