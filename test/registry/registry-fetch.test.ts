import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatTagMessage } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import {
  clockedRegistry,
  importTags,
  makeRepo,
  modelFile,
  setReleaseRef,
  tempFolder,
} from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

/**
 * A local registry where churn v1.0.0 held prod before v1.1.0 took it, each version stored
 * with its model and a profile. The clock moves a minute per tag.
 */
async function localRegistry() {
  const { dir, registry } = clockedRegistry();
  const files = tempFolder();
  for (const version of ["v1.0.0", "v1.1.0"]) {
    mkdirSync(join(files, version));
    await registry.promote({
      artifact: "churn",
      version,
      assets: [
        modelFile(join(files, version), "model.json", `{"version": "${version}"}`),
        modelFile(join(files, version), "reference-profile.json", "{}"),
      ],
      stage: "prod",
      actor: "ada",
    });
  }
  return { dir, registry };
}

/** The files of a folder, by name, with their contents. */
const contents = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );

let gh: GitHubRegistry | undefined;
afterEach(async () => {
  await gh?.emulator.close();
  gh = undefined;
});

describe("mlops registry fetch", () => {
  it("copies the files of the version a stage holds into a folder named for it", async () => {
    const { dir } = await localRegistry();
    const run = await mlops(["registry", "fetch", "churn#prod"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(
      "churn#prod: churn v1.1.0 (churn@v1.1.0), 2 files in churn@v1.1.0",
    );
    // Made as mkdir makes a folder, with the user's umask: a serving user may read it.
    mkdirSync(join(dir, "made-by-mkdir"));
    const mode = (folder: string) => statSync(join(dir, folder)).mode & 0o777;
    expect(mode("churn@v1.1.0")).toBe(mode("made-by-mkdir"));
    expect(contents(join(dir, "churn@v1.1.0"))).toEqual({
      "model.json": '{"version": "v1.1.0"}',
      "reference-profile.json": "{}",
    });
  });

  it("fetches a version by name, or who held a stage at a moment, into --to, as JSON with --json", async () => {
    const { dir } = await localRegistry();
    const cwd = tempFolder();
    const byVersion = await mlops(
      ["registry", "fetch", "churn@v1.0.0", "--registry", dir, "--to", "old", "--json"],
      cwd,
    );
    expect(byVersion.code).toBe(0);
    const fetched = JSON.parse(byVersion.stdout);
    expect(fetched).toMatchObject({
      artifact: "churn",
      version: "v1.0.0",
      tag: "churn@v1.0.0",
      folder: join(cwd, "old"),
    });
    expect(fetched.assets.map((a: { name: string; size: number }) => [a.name, a.size])).toEqual([
      ["model.json", 21],
      ["reference-profile.json", 2],
    ]);
    // v1.0.0 was assigned to prod at 12:01, v1.1.0 at 12:03.
    const then = await mlops(
      ["registry", "fetch", "churn#prod", "--registry", dir, "--at", "2026-03-01T12:02:00Z"],
      cwd,
    );
    expect(then.code).toBe(0);
    expect(contents(join(cwd, "churn@v1.0.0"))["model.json"]).toBe('{"version": "v1.0.0"}');
  });

  it("reads the registry on GitHub, as show does", async () => {
    gh = await startGitHubRegistry();
    await gh.registry().promote({
      artifact: "churn",
      version: "v2.0.0",
      assets: [modelFile(tempFolder(), "model.bin", "weights")],
      stage: "prod",
    });
    const cwd = tempFolder();
    const env = { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: gh.emulator.apiUrl };
    const run = await mlops(
      ["registry", "fetch", "churn#prod", "--repo", "acme/models", "--to", "model"],
      cwd,
      { env },
    );
    expect(run.stderr).toBe("");
    expect(contents(join(cwd, "model"))).toEqual({ "model.bin": "weights" });
  });

  it("downloads a GitHub release's files straight into the folder, listing them once", async () => {
    gh = await startGitHubRegistry();
    const files = tempFolder();
    await gh.registry().promote({
      artifact: "churn",
      version: "v2.0.0",
      assets: ["model.bin", "profile.json", "card.md"].map((name) =>
        modelFile(files, name, `${name} bytes`),
      ),
      stage: "prod",
    });
    const cwd = tempFolder();
    const env = { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: gh.emulator.apiUrl };
    const before = gh.emulator.requests.length;
    // No copy is left behind in the temporary folder: the files land in the fetched folder.
    const scratch = tempFolder();
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const run = await mlops(
        ["registry", "fetch", "churn@v2.0.0", "--repo", "acme/models", "--to", "model"],
        cwd,
        { env },
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(contents(join(cwd, "model"))).toEqual({
      "card.md": "card.md bytes",
      "model.bin": "model.bin bytes",
      "profile.json": "profile.json bytes",
    });
    expect(readdirSync(scratch)).toEqual([]);
    // The tags are read once (GraphQL), then the release is found and listed once for all files.
    const routes = gh.emulator.requests.slice(before).map((r) => r.route);
    expect(routes.filter((route) => route.includes("/releases"))).toEqual([
      "GET /repos/{owner}/{repo}/releases/tags/{tag}",
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
      ...Array(3).fill("GET /repos/{owner}/{repo}/releases/assets/{asset_id}"),
    ]);
  });

  it("refuses a folder that is not empty, a file or a link, and writes nothing", async () => {
    const { dir } = await localRegistry();
    const cwd = tempFolder();
    mkdirSync(join(cwd, "model"));
    writeFileSync(join(cwd, "model", "keep.txt"), "mine");
    const run = await mlops(
      ["registry", "fetch", "churn#prod", "--registry", dir, "--to", "model"],
      cwd,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops registry: model: is not empty. Remove it, or name another folder with --to: a fetch writes a version's files alone\n",
    );
    expect(readdirSync(cwd)).toEqual(["model"]);
    expect(contents(join(cwd, "model"))).toEqual({ "keep.txt": "mine" });
    // Nor a file, nor a link, even one to nowhere, which a rename would follow.
    writeFileSync(join(cwd, "file"), "mine");
    symlinkSync(join(cwd, "nowhere"), join(cwd, "link"));
    for (const [to, what] of [
      ["file", "a file"],
      ["link", "a link"],
    ]) {
      const refused = await mlops(
        ["registry", "fetch", "churn#prod", "--registry", dir, "--to", to!],
        cwd,
      );
      expect(refused.stderr).toBe(
        `mlops registry: ${to}: is ${what}, not a folder. Remove it, or name another folder with --to: a fetch writes a version's files alone\n`,
      );
    }
    expect(readdirSync(cwd).sort()).toEqual(["file", "link", "model"]);
  });

  it("refuses a file changed after registration, leaving no folder and no partial one", async () => {
    const { dir } = await localRegistry();
    const other = modelFile(tempFolder(), "model.json", '{"version": "forged"}');
    setReleaseRef(dir, "churn@v1.1.0", [other]);
    const cwd = tempFolder();
    const run = await mlops(["registry", "fetch", "churn#prod", "--registry", dir], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "release asset model.json of churn@v1.1.0 does not match the sha256 its tag records",
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("refuses an asset name a pushed tag made up to write outside the folder", async () => {
    const { dir, commit } = makeRepo();
    const metadata = {
      schema: "mlops.registry-event/v1" as const,
      assets: [{ name: "../../.bashrc", sha256: "0".repeat(64), size: 1 }],
    };
    importTags(dir, commit, [
      {
        name: "churn@v9.0.0",
        date: new Date("2026-03-01T12:00:00Z"),
        message: formatTagMessage("Register churn v9.0.0", metadata),
      },
    ]);
    const cwd = tempFolder();
    const run = await mlops(["registry", "fetch", "churn@v9.0.0", "--registry", dir], cwd);
    expect(run.stderr).toBe(
      'mlops registry: release churn@v9.0.0 records an asset named "../../.bashrc", which is not a plain file name. Register the files again as a new version, named outright (such as the next patch)\n',
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("says a version registered without files has none to fetch, and how to register them", async () => {
    const { dir, commit } = makeRepo();
    importTags(dir, commit, [
      { name: "churn@v1.0.0", date: new Date("2026-03-01T12:00:00Z"), message: "By hand\n" },
    ]);
    const cwd = tempFolder();
    const run = await mlops(["registry", "fetch", "churn@v1.0.0", "--registry", dir], cwd);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toBe(
      "mlops registry: release churn@v1.0.0 records no files: the version was registered without any. Register the files again as a new version, named outright (such as the next patch)\n",
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("names a stage nobody holds, and refuses what is not a reference", async () => {
    const { dir } = await localRegistry();
    const staging = await mlops(["registry", "fetch", "churn#staging"], dir);
    expect(staging).toMatchObject({ code: 1 });
    expect(staging.stderr).toBe(
      `mlops registry: no version of 'churn' is in stage 'staging' (local git repository ${dir}). Check the registry with mlops registry show\n`,
    );
    const bare = await mlops(["registry", "fetch", "churn"], dir);
    expect(bare.stderr).toBe(
      "mlops registry: 'churn' is not a registry reference. Name a stage's holder or a version, such as churn#prod or churn@v1.2.0\n",
    );
    const atVersion = await mlops(
      ["registry", "fetch", "churn@v1.0.0", "--at", "2026-03-01T12:02:00Z"],
      dir,
    );
    expect(atVersion.stderr).toContain("--at needs a stage");
    expect((await mlops(["registry", "show", "churn", "--to", "x"], dir)).stderr).toContain(
      "--to goes with fetch",
    );
    expect(existsSync(join(dir, "x"))).toBe(false);
  });
});

describe("mlops registry fetch, given a registry tag", () => {
  it("fetches the version a stage tag assigned, by its name or by the ref a tag push gives", async () => {
    const { dir } = await localRegistry();
    const run = await mlops(["registry", "fetch", "churn#prod#2"], dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe(
      "churn#prod#2: churn v1.1.0 (churn@v1.1.0), 2 files in churn@v1.1.0",
    );
    const cwd = tempFolder();
    const ref = await mlops(
      ["registry", "fetch", "refs/tags/churn#prod#2", "--registry", dir, "--to", "model"],
      cwd,
    );
    expect(ref).toMatchObject({ code: 0, stderr: "" });
    expect(contents(join(cwd, "model"))["model.json"]).toBe('{"version": "v1.1.0"}');
    const registration = await mlops(["registry", "fetch", "refs/tags/churn@v1.0.0"], dir);
    expect(registration.stdout.split("\n")[0]).toBe(
      "refs/tags/churn@v1.0.0: churn v1.0.0 (churn@v1.0.0), 2 files in churn@v1.0.0",
    );
  });

  it("fetches what an earlier stage tag assigned, warning that the stage holds another version now", async () => {
    const { dir } = await localRegistry();
    const run = await mlops(["registry", "fetch", "churn#prod#1"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(
      "churn#prod#1: churn v1.0.0 (churn@v1.0.0), 2 files in churn@v1.0.0",
    );
    expect(run.stderr).toBe(
      "warning: churn#prod#1 assigned v1.0.0 to prod, which holds v1.1.0 (churn#prod#2) now: this fetches v1.0.0, the tag's. For what prod holds now: mlops registry fetch churn#prod\n",
    );
  });

  it("warns of no move where the stage went back to the version the tag assigned", async () => {
    const { dir, registry } = await localRegistry();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    // prod holds v1.0.0 again, by churn#prod#3: what churn#prod#1 assigned is what it holds.
    const again = await mlops(["registry", "fetch", "churn#prod#1"], dir);
    expect(again).toMatchObject({ code: 0, stderr: "" });
    expect(again.stdout.split("\n")[0]).toBe(
      "churn#prod#1: churn v1.0.0 (churn@v1.0.0), 2 files in churn@v1.0.0",
    );
    const moved = await mlops(["registry", "fetch", "churn#prod#2", "--to", "v1.1.0"], dir);
    expect(moved.stderr).toBe(
      "warning: churn#prod#2 assigned v1.1.0 to prod, which holds v1.0.0 (churn#prod#3) now: this fetches v1.1.0, the tag's. For what prod holds now: mlops registry fetch churn#prod\n",
    );
  });

  it("refuses a tag that assigns no version, a tag the registry lacks, and --at with a tag", async () => {
    const { dir, registry } = await localRegistry();
    await registry.unassign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    const unassigned = await mlops(["registry", "fetch", "churn#prod!#3"], dir);
    expect(unassigned).toMatchObject({ code: 1, stdout: "" });
    expect(unassigned.stderr).toBe(
      "mlops registry: 'churn#prod!#3' is a registry tag (unassignment) that names no version to fetch. Name a stage's holder or a version, such as churn#prod or churn@v1.2.0\n",
    );
    const missing = await mlops(["registry", "fetch", "churn#prod#9"], dir);
    expect(missing.stderr).toBe(
      "mlops registry: tag 'churn#prod#9' is not in the registry (local git repository " +
        `${dir}), and a stage tag's name does not say its version. Give the path of a clone that has the tag with --registry (git fetch origin tag <tag>), or read GitHub's with GITHUB_TOKEN set\n`,
    );
    const at = await mlops(
      ["registry", "fetch", "churn#prod#2", "--at", "2026-03-01T12:02:00Z"],
      dir,
    );
    expect(at.stderr).toBe(
      "mlops registry: --at needs a stage, such as churn#prod. A version's files never change, nor does the version a tag names\n",
    );
    expect(readdirSync(dir).filter((name) => name.startsWith("churn"))).toEqual([]);
  });

  it("tells a stage written after '@' how the grammar names it", async () => {
    const { dir } = await localRegistry();
    const run = await mlops(["registry", "fetch", "churn@prod"], dir);
    expect(run.stderr).toBe(
      "mlops registry: 'churn@prod' is not a registry reference: '@' is followed by a version (v1.2.0), and a stage follows '#'. For the version stage 'prod' holds: mlops registry fetch churn#prod\n",
    );
  });
});
