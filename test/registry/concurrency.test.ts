import { afterEach, describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  Registry,
  TagConflictError,
  stageHolder,
  buildRegistry,
  type NewTag,
  type TagRecord,
} from "@mlops/shared";
import {
  countingExec,
  git,
  makeRepo,
  modelFile,
  remoteWithClones,
  tempFolder,
} from "./git-fixture.js";
import { registryProblems, startGitHubRegistry } from "./github-fixture.js";

/** A remote registry and the writers that race to it. */
interface Race {
  /** One registry per writer, each with its own connection: nothing is shared but the remote. */
  readonly writers: Registry[];
  /** The tags the remote holds. */
  remoteTags(): Promise<TagRecord[]>;
  /** What this backend must hold beyond its tags after ten promotions of ten versions. */
  expectAfterTenPromotions(): void;
  /** What this backend must hold beyond its tags after a promotion and its re-run. */
  expectAfterRerun(): void;
  close(): Promise<void>;
}

/** The backends the races run against, each able to set up a remote and `count` writers. */
const backends: { name: string; race(count: number): Promise<Race> }[] = [
  {
    name: "local git clones",
    race: async (count) => {
      const { remote, clones } = remoteWithClones(count);
      return {
        writers: clones.map((path) => new Registry({ backend: new LocalGitBackend({ path }) })),
        remoteTags: () => new LocalGitBackend({ path: remote }).listTags(),
        expectAfterTenPromotions: () =>
          expect(git(remote, "tag", "--list", "churn#*").trim().split("\n")).toHaveLength(10),
        expectAfterRerun: () => {},
        close: async () => {},
      };
    },
  },
  {
    name: "GitHub",
    race: async (count) => {
      const gh = await startGitHubRegistry();
      return {
        writers: Array.from({ length: count }, () => gh.registry(gh.client())),
        remoteTags: () => gh.backend().listTags(),
        expectAfterTenPromotions: () => {
          // The losers' races cost them retries, never a release or an asset.
          expect(gh.state.releases).toHaveLength(10);
          expect(gh.state.assets).toHaveLength(10);
          expect(registryProblems(gh.state)).toEqual([]);
        },
        expectAfterRerun: () => expect(gh.state.releases).toHaveLength(1),
        close: () => gh.emulator.close(),
      };
    },
  },
];

// Ten real git clones pushing at once take seconds on a loaded machine; what is tested is the
// outcome of the race, never its speed.
const RACE_TIMEOUT = 120_000;

describe.each(backends)("concurrent promotions on $name", ({ race: startRace }) => {
  let race: Race | undefined;
  afterEach(async () => {
    await race?.close();
    race = undefined;
  });

  it(
    "ten writers promoting ten versions to one stage get ten distinct counters, and the last counter holds the stage",
    async () => {
      race = await startRace(10);
      const files = tempFolder();
      const results = await Promise.allSettled(
        race.writers.map((registry, i) =>
          registry.promote({
            artifact: "churn",
            version: `v1.${i}.0`,
            assets: [modelFile(files, `model-${i}.bin`, `weights ${i}`)],
            stage: "prod",
            actor: `runner-${i}`,
          }),
        ),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);

      const state = buildRegistry(await race.remoteTags()).get("churn")!;
      const assignments = state.events.filter((e) => e.action === "assign");
      expect(assignments.map((e) => e.counter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(assignments.map((e) => e.version)).size).toBe(10);
      expect(state.versions.size).toBe(10);
      // Every promotion's reported tag is the one the remote holds for its version.
      for (const result of results) {
        if (result.status !== "fulfilled") continue;
        const { assignment } = result.value;
        expect(assignments.find((e) => e.tag === assignment.tag)?.version).toBe(assignment.version);
      }
      const last = assignments.at(-1)!;
      expect(stageHolder(state, "prod")).toEqual({ version: last.version, assignment: last });
      race.expectAfterTenPromotions();
    },
    RACE_TIMEOUT,
  );

  it(
    "four writers assigning four different stages of one artifact get four distinct counters",
    async () => {
      race = await startRace(4);
      await race.writers[0]!.register({ artifact: "churn", version: "v1.0.0", assets: [] });
      const results = await Promise.allSettled(
        race.writers.map((registry, i) =>
          registry.assign({ artifact: "churn", stage: `stage-${i}`, version: "v1.0.0" }),
        ),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const state = buildRegistry(await race.remoteTags()).get("churn")!;
      const counters = state.events.filter((e) => e.action === "assign").map((e) => e.counter);
      expect(counters.slice().sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4]);
      // Each reported tag is the one the remote holds for its stage.
      for (const result of results) {
        if (result.status === "fulfilled")
          expect(state.events.some((e) => e.tag === result.value.tag)).toBe(true);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    "a re-run after the race is a no-op that reports the tag it had",
    async () => {
      race = await startRace(2);
      const [a, b] = race.writers;
      const model = modelFile(tempFolder(), "model.bin", "weights");
      const request = { artifact: "churn", version: "v2.0.0", assets: [model], stage: "prod" };
      const first = await a!.promote(request);
      const rerun = await b!.promote(request);
      expect(rerun.registration).toMatchObject({ changed: false, tag: "churn@v2.0.0" });
      expect(rerun.assignment).toMatchObject({ changed: false, tag: first.assignment.tag });
      race.expectAfterRerun();
    },
    RACE_TIMEOUT,
  );
});

describe("concurrent promotions", () => {
  it("reads the tags again after losing a race for a tag name", async () => {
    const { dir } = makeRepo();
    const { exec, calls } = countingExec();
    // Someone else takes the name between this writer's read and its write, once.
    class LosesOneRace extends LocalGitBackend {
      private races = 1;
      override createTag(tag: NewTag): Promise<void> {
        return this.races-- > 0
          ? Promise.reject(new TagConflictError(tag.name))
          : super.createTag(tag);
      }
    }
    const backend = new LosesOneRace({ path: dir, exec });
    const registry = new Registry({ backend, retry: { sleep: async () => undefined } });
    const result = await registry.register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [],
      actor: "ada",
    });
    expect(result).toMatchObject({ changed: true, tag: "churn@v1.0.0" });
    // A first version lists every tag once (no other model's name may differ only in case).
    expect(calls.map((args) => args[0])).toEqual([
      "remote",
      "for-each-ref",
      "for-each-ref",
      "rev-parse",
      "for-each-ref",
      "rev-parse",
      "mktag",
      "rev-parse", // a release ref left without its tag, which a tag without files removes
      "update-ref",
    ]);
  });
});
