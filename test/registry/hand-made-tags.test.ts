/**
 * Registry tags made or deleted with plain git. Anyone who can push a tag can make a stage tag
 * by hand, or delete one; teams may also have tagged by hand (or with GTO) before mlops. The
 * readers take such tags, as GTO does, but say so: a stage tag whose message has no mlops block
 * is marked as made outside mlops (one rule, for stage tags only, in every reader), and
 * `history` names each counter claimed whose tag is gone.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { clockedRegistry, git, modelFile, tempFolder } from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

/** churn v1.0.0 and then v1.1.0, each on its own commit, each assigned to prod by mlops. */
async function twoVersionsInProd() {
  const { dir, registry } = clockedRegistry();
  for (const version of ["v1.0.0", "v1.1.0"]) {
    git(dir, "commit", "--quiet", "--allow-empty", "-m", `Train ${version}`);
    await registry.promote({
      artifact: "churn",
      version,
      assets: [modelFile(tempFolder(), "model.bin", version)],
      stage: "prod",
      actor: "ada",
    });
  }
  return { dir, registry };
}

/** Then churn#prod#3, made with plain git on v1.0.0's commit: a message with no mlops block. */
async function handMadeProdTag() {
  const { dir } = await twoVersionsInProd();
  git(dir, "tag", "-a", "churn#prod#3", "-m", "hand promotion", "churn@v1.0.0^{commit}");
  return dir;
}

const json = (run: { stdout: string }) => JSON.parse(run.stdout) as Record<string, unknown>;

describe("a stage tag made with plain git, without an mlops block", () => {
  it("is shown holding its stage, marked as made outside mlops", async () => {
    const dir = await handMadeProdTag();
    const show = await mlops(["registry", "show", "churn"], dir);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("  prod: v1.0.0 (churn#prod#3) made outside mlops\n");
    expect(json(await mlops(["registry", "show", "churn", "--json"], dir)).stages).toEqual([
      { stage: "prod", version: "v1.0.0", tag: "churn#prod#3", made_outside_mlops: true },
    ]);
    const stage = await mlops(["registry", "show", "churn", "--stage", "prod"], dir);
    expect(stage.stdout).toBe("churn#prod: v1.0.0 (churn#prod#3) made outside mlops\n");
    expect(
      json(await mlops(["registry", "show", "churn", "--stage", "prod", "--json"], dir)),
    ).toEqual({
      artifact: "churn",
      stage: "prod",
      version: "v1.0.0",
      tag: "churn#prod#3",
      made_outside_mlops: true,
    });
  });

  it("is marked in history, whose --json says it of every stage tag", async () => {
    const dir = await handMadeProdTag();
    const history = await mlops(["registry", "history", "churn", "--stage", "prod"], dir);
    expect(history.stdout.trim().split("\n").at(-1)).toMatch(
      /Z {2}churn#prod#3 {2}assign prod v1\.0\.0 \(made outside mlops\) {2}by Fixture: hand promotion$/,
    );
    expect(history.stdout).toContain("  churn#prod#2  assign prod v1.1.0  by ada:");
    const events = json(await mlops(["registry", "history", "churn", "--json"], dir))
      .events as Record<string, unknown>[];
    // A registration's policy checks nothing: it is no stage tag, and null as check-ref says.
    expect(events.map((e) => [e.tag, e.made_outside_mlops])).toEqual([
      ["churn@v1.0.0", null],
      ["churn#prod#1", false],
      ["churn@v1.1.0", null],
      ["churn#prod#2", false],
      ["churn#prod#3", true],
    ]);
  });

  it("is the only tag marked: a registration made by hand, as GTO makes them, is not", async () => {
    const { dir } = await twoVersionsInProd();
    git(dir, "tag", "-a", "churn@v2.0.0", "-m", "Registered with GTO", "HEAD");
    const history = await mlops(["registry", "history", "churn"], dir);
    expect(history.stdout.trim().split("\n").at(-1)).toMatch(
      /Z {2}churn@v2\.0\.0 {2}register v2\.0\.0 {2}by Fixture: Registered with GTO$/,
    );
    const events = json(await mlops(["registry", "history", "churn", "--json"], dir))
      .events as Record<string, unknown>[];
    expect(events.at(-1)).toMatchObject({ tag: "churn@v2.0.0", made_outside_mlops: null });
    expect(
      await mlops(["registry", "check-ref", "churn@v2.0.0", "--json"], dir).then(json),
    ).toMatchObject({
      made_outside_mlops: null,
    });
  });

  it("is answered by check-ref with a field a deploy workflow can refuse it by", async () => {
    const dir = await handMadeProdTag();
    expect(await mlops(["registry", "check-ref", "refs/tags/churn#prod#3"], dir)).toEqual({
      code: 0,
      stdout:
        "churn#prod#3: assignment of churn v1.0.0 to stage prod, made outside mlops (its message has no mlops block)\n",
      stderr: "",
    });
    const meaning = (ref: string) =>
      mlops(["registry", "check-ref", ref, "--json"], dir).then(json);
    expect(await meaning("churn#prod#3")).toMatchObject({ made_outside_mlops: true });
    // A tag mlops made (before it recorded its policy, too) is no such tag.
    expect(await meaning("churn#prod#2")).toMatchObject({ made_outside_mlops: false });
    // A registration's name says all there is: its tag is not read.
    expect(await meaning("churn@v1.0.0")).toMatchObject({ made_outside_mlops: null });
  });
});

/** What history says of a counter claimed whose tag is gone. */
const GONE = "claimed, tag gone (deleted, or never made: a promotion that stopped after its claim)";

describe("a stage tag deleted with plain git, whose counter claim stays", () => {
  /** Prod rolled back to v1.0.0 (churn#prod#3), then that rollback's tag deleted by hand. */
  async function deletedRollback() {
    const { dir, registry } = await twoVersionsInProd();
    await registry.rollback({ artifact: "churn", stage: "prod", actor: "carol" });
    const object = git(dir, "rev-parse", "refs/tags/churn#prod#3").trim();
    git(dir, "tag", "-d", "churn#prod#3");
    return { dir, object };
  }

  it("gives the stage back to the version rolled back from, which show cannot tell", async () => {
    const { dir } = await deletedRollback();
    const show = await mlops(["registry", "show", "churn", "--stage", "prod"], dir);
    expect(show.stdout).toBe("churn#prod: v1.1.0 (churn#prod#2)\n");
  });

  it("is reported by history as claimed with its tag gone, with what its tag object says", async () => {
    const { dir, object } = await deletedRollback();
    const history = await mlops(["registry", "history", "churn", "--stage", "prod"], dir);
    expect(history.stdout.trim().split("\n").at(-1)).toBe(
      `2026-03-01T12:04:00.000Z  churn#prod#3  ${GONE}: refs/mlops/counters/churn#3 names tag object ${object.slice(0, 12)}  by carol: Roll prod of churn back from v1.1.0 to v1.0.0`,
    );
    const gone = json(await mlops(["registry", "history", "churn", "--json"], dir));
    expect(gone.claimed_tags_gone).toEqual([
      {
        tag: "churn#prod#3",
        stage: "prod",
        status: GONE,
        counter: 3,
        claim: "refs/mlops/counters/churn#3",
        object,
        object_names: null,
        tagger: { name: "carol", email: "" },
        date: "2026-03-01T12:04:00.000Z",
        summary: "Roll prod of churn back from v1.1.0 to v1.0.0",
      },
    ]);
  });

  it("is named by its counter where its tag object names another tag, cut short", async () => {
    const { dir } = await twoVersionsInProd();
    // A tag object written by hand, whose name (300 KB of it) is no tag of its claim's.
    const forged = `churn#prod#9${"A".repeat(300_000)}`;
    const commit = git(dir, "rev-parse", "HEAD").trim();
    const body = `object ${commit}\ntype commit\ntag ${forged}\ntagger Mallory <m@example.com> 1700000000 +0000\n\nLooks fine\n`;
    const object = execFileSync("git", ["hash-object", "-t", "tag", "-w", "--stdin"], {
      cwd: dir,
      input: body,
      encoding: "utf8",
    }).trim();
    git(dir, "update-ref", "refs/mlops/counters/churn#3", object);
    // Cut to 200 characters, the last an ellipsis, as every name echoed from data.
    const cut = `${forged.slice(0, 199)}…`;
    const history = await mlops(["registry", "history", "churn"], dir);
    const line = history.stdout.trim().split("\n").at(-1)!;
    expect(line).toBe(
      `2023-11-14T22:13:20.000Z  counter 3 (its tag object names '${cut}')  ${GONE}: refs/mlops/counters/churn#3 names tag object ${object.slice(0, 12)}  by Mallory: Looks fine`,
    );
    expect(line.length).toBeLessThan(600);
    const gone = json(await mlops(["registry", "history", "churn", "--json"], dir));
    expect(gone.claimed_tags_gone).toMatchObject([
      { tag: null, stage: null, counter: 3, object_names: cut },
    ]);
    // No stage's history claims it.
    const prod = await mlops(["registry", "history", "churn", "--stage", "prod", "--json"], dir);
    expect(json(prod).claimed_tags_gone).toEqual([]);
  });
});

describe("a stage tag deleted on GitHub, whose counter claim stays", () => {
  let gh: GitHubRegistry;
  beforeEach(async () => {
    gh = await startGitHubRegistry();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  it("is reported by history as claimed with its tag gone", async () => {
    const registry = gh.registry();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [] });
    await registry.assign({ artifact: "churn", stage: "prod" });
    await registry.assign({ artifact: "churn", stage: "staging" });
    const object = gh.state.refs.get("refs/tags/churn#prod#1")!;
    gh.state.refs.delete("refs/tags/churn#prod#1");
    const env = { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: gh.emulator.apiUrl };
    const run = await mlops(
      ["registry", "history", "churn", "--repo", "acme/models", "--json"],
      tempFolder(),
      { env },
    );
    expect(run.stderr).toBe("");
    expect(json(run).claimed_tags_gone).toMatchObject([
      {
        tag: "churn#prod#1",
        status: GONE,
        counter: 1,
        claim: "refs/mlops/counters/churn#1",
        object,
      },
    ]);
    // Another stage's history has no deleted tag of its own to report.
    const staging = await mlops(
      ["registry", "history", "churn", "--stage", "staging", "--repo", "acme/models", "--json"],
      tempFolder(),
      { env },
    );
    expect(json(staging).claimed_tags_gone).toEqual([]);
  });

  it("is read for the 20 claims of the highest counters, and the rest are counted", async () => {
    const registry = gh.registry();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [] });
    await registry.assign({ artifact: "churn", stage: "prod" });
    const object = gh.state.refs.get("refs/tags/churn#prod#1")!;
    gh.state.refs.delete("refs/tags/churn#prod#1");
    // 22 more claims without a tag, each naming that tag object: one request each to read it.
    for (let n = 2; n <= 23; n++) gh.state.refs.set(`refs/mlops/counters/churn#${n}`, object);
    const env = { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: gh.emulator.apiUrl };
    const history = (...flags: string[]) =>
      mlops(["registry", "history", "churn", "--repo", "acme/models", ...flags], tempFolder(), {
        env,
      });
    const before = gh.emulator.requests.length;
    const answer = json(await history("--json"));
    const reads = gh.emulator.requests.slice(before).filter((r) => r.route.includes("/git/tags/"));
    expect(reads).toHaveLength(20);
    const counters = (answer.claimed_tags_gone as { counter: number }[]).map((g) => g.counter);
    expect(counters).toEqual(Array.from({ length: 20 }, (_, i) => i + 4));
    expect(answer.claimed_tags_gone_more).toBe(3);
    const text = await history();
    expect(text.stdout.trim().split("\n").at(-1)).toBe(
      "and 3 more claims without their tag, of lower counters and of any stage (the 20 of the highest are read)",
    );
  });
});
