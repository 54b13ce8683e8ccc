/**
 * A stage tag's message is anyone's text: one made with plain git can put any version in the
 * metadata block. The registry takes it only when it is a version registered; otherwise the
 * version is the one registered on the tag's commit, as GTO finds it, and every command says so.
 */
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { clockedRegistry, git, modelFile, tempFolder } from "./git-fixture.js";

/**
 * churn v1.0.0 in prod (churn#prod#1), and v1.1.0 registered on a later commit; then
 * churn#prod#2, made with plain git on the commit `at` names, its metadata naming `version`.
 */
async function forgedStageTag(version: string, at: "v1.1.0" | "an unregistered commit") {
  const { dir, registry } = clockedRegistry();
  const model = (v: string) => modelFile(tempFolder(), "model.bin", v);
  await registry.promote({
    artifact: "churn",
    version: "v1.0.0",
    assets: [model("1")],
    stage: "prod",
  });
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "Retrain");
  await registry.register({ artifact: "churn", version: "v1.1.0", assets: [model("2")] });
  if (at !== "v1.1.0") git(dir, "commit", "--quiet", "--allow-empty", "-m", "Unregistered");
  const metadata = JSON.stringify({ schema: "mlops.registry-event/v1", version });
  git(dir, "tag", "-a", "churn#prod#2", "-m", `Assign\n\n\`\`\`mlops\n${metadata}\n\`\`\``);
  return dir;
}

/** The commands that read churn's stages, each with text and with JSON output. */
const COMMANDS = {
  show: ["registry", "show", "churn"],
  showJson: ["registry", "show", "churn", "--json"],
  stage: ["registry", "show", "churn", "--stage", "prod"],
  stageJson: ["registry", "show", "churn", "--stage", "prod", "--json"],
  history: ["registry", "history", "churn"],
  historyJson: ["registry", "history", "churn", "--json"],
  checkRef: ["registry", "check-ref", "churn#prod#2"],
  checkRefJson: ["registry", "check-ref", "churn#prod#2", "--json"],
  fetch: ["registry", "fetch", "churn#prod", "--to", "fetched"],
  fetchJson: ["registry", "fetch", "churn#prod", "--to", "fetched-json", "--json"],
};

/** What each command prints in the registry `dir`. */
async function everyOutput(dir: string) {
  const runs: Record<string, Awaited<ReturnType<typeof mlops>>> = {};
  for (const [name, args] of Object.entries(COMMANDS)) runs[name] = await mlops(args, dir);
  return runs as Record<keyof typeof COMMANDS, Awaited<ReturnType<typeof mlops>>>;
}

describe("a stage tag made with plain git whose metadata names a version with control characters", () => {
  it("is read by the registration on its commit, the same by every command, text and JSON", async () => {
    const dir = await forgedStageTag("v1.0.0\u001b[2J", "v1.1.0");
    const runs = await everyOutput(dir);
    for (const [name, run] of Object.entries(runs)) {
      expect(run.code, name).toBe(0);
      // Neither the raw character nor JSON's or the text's escape of it: the forged text is dropped.
      for (const forged of ["\u001b", "\\u001b", "\\x1b", "[2J"])
        expect(`${run.stdout}${run.stderr}`, name).not.toContain(forged);
    }
    expect(runs.show.stdout).toContain("  prod: v1.1.0 (churn#prod#2)\n");
    expect(JSON.parse(runs.showJson.stdout).stages).toEqual([
      { stage: "prod", version: "v1.1.0", tag: "churn#prod#2", made_outside_mlops: false },
    ]);
    expect(runs.stage.stdout).toBe("churn#prod: v1.1.0 (churn#prod#2)\n");
    expect(JSON.parse(runs.stageJson.stdout)).toMatchObject({ version: "v1.1.0" });
    expect(runs.history.stdout).toContain("  churn#prod#2  assign prod v1.1.0  by Fixture: Assign");
    const events = JSON.parse(runs.historyJson.stdout).events as { tag: string; version: string }[];
    expect(events.find((e) => e.tag === "churn#prod#2")?.version).toBe("v1.1.0");
    expect(runs.checkRef.stdout).toBe("churn#prod#2: assignment of churn v1.1.0 to stage prod\n");
    expect(JSON.parse(runs.checkRefJson.stdout)).toMatchObject({ version: "v1.1.0" });
    expect(runs.fetch.stdout.split("\n")[0]).toBe(
      "churn#prod: churn v1.1.0 (churn@v1.1.0), 1 file in fetched",
    );
    expect(JSON.parse(runs.fetchJson.stdout)).toMatchObject({ version: "v1.1.0" });
  });
});

describe("a stage tag made with plain git whose metadata names a version never registered", () => {
  it("assigns nothing where its commit holds no registration: prod stays with v1.0.0 everywhere", async () => {
    const dir = await forgedStageTag("v9.9.9", "an unregistered commit");
    const runs = await everyOutput(dir);
    expect(runs.show.stdout).toContain("  prod: v1.0.0 (churn#prod#1)\n");
    expect(JSON.parse(runs.showJson.stdout).stages).toEqual([
      { stage: "prod", version: "v1.0.0", tag: "churn#prod#1", made_outside_mlops: false },
    ]);
    expect(runs.stage.stdout).toBe("churn#prod: v1.0.0 (churn#prod#1)\n");
    expect(JSON.parse(runs.stageJson.stdout)).toMatchObject({ version: "v1.0.0" });
    expect(runs.fetch.stdout.split("\n")[0]).toBe(
      "churn#prod: churn v1.0.0 (churn@v1.0.0), 1 file in fetched",
    );
    expect(JSON.parse(runs.fetchJson.stdout)).toMatchObject({ version: "v1.0.0" });
    // The tag is still an event of the history, naming no version.
    expect(runs.history.stdout).toContain("  churn#prod#2  assign prod  by Fixture: Assign");
    const events = JSON.parse(runs.historyJson.stdout).events as {
      tag: string;
      version: unknown;
    }[];
    expect(events.find((e) => e.tag === "churn#prod#2")?.version).toBeNull();
    const refused =
      "mlops registry: tag 'churn#prod#2' names no version: its message's metadata names no registered version of churn, and no registration of it is on its commit. " +
      "Register the version at that commit, or assign the stage again with mlops promote\n";
    expect(runs.checkRef).toEqual({ code: 1, stdout: "", stderr: refused });
    // With --json the refusal is one JSON object on stdout too.
    const line = refused.slice("mlops registry: ".length, -1);
    expect(runs.checkRefJson).toEqual({
      code: 1,
      stdout: `${JSON.stringify({ outcome: "refused", error: line })}\n`,
      stderr: refused,
    });
    for (const [name, run] of Object.entries(runs))
      expect(`${run.stdout}${run.stderr}`, name).not.toContain("v9.9.9");
  });
});

describe("an unassignment made with plain git whose metadata names a version never registered", () => {
  it("unassigns the version registered on its commit, the same for the whole artifact and the stage alone", async () => {
    const { dir, registry } = clockedRegistry();
    await registry.promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [modelFile(tempFolder(), "model.bin", "1")],
      stage: "prod",
    });
    const metadata = JSON.stringify({ schema: "mlops.registry-event/v1", version: "v9.9.9" });
    // On v1.0.0's commit: the registration there says which version it unassigns.
    git(dir, "tag", "-a", "churn#prod!#2", "-m", `Unassign\n\n\`\`\`mlops\n${metadata}\n\`\`\``);
    const runs = await everyOutput(dir);
    expect(runs.show.stdout).toContain("  prod: empty\n");
    expect(JSON.parse(runs.showJson.stdout).stages).toEqual([{ stage: "prod" }]);
    expect(runs.stage).toEqual({ code: 0, stdout: "churn#prod: empty\n", stderr: "" });
    expect(JSON.parse(runs.stageJson.stdout)).toEqual({ artifact: "churn", stage: "prod" });
    expect((await mlops(["registry", "check-ref", "churn#prod!#2"], dir)).stdout).toBe(
      "churn#prod!#2: unassignment of churn v1.0.0 from stage prod\n",
    );
    expect(runs.fetch).toMatchObject({ code: 1, stdout: "" });
    expect(runs.fetch.stderr).toMatch(/^mlops registry: no version of 'churn' is in stage 'prod'/);
    for (const [name, run] of Object.entries(runs))
      expect(`${run.stdout}${run.stderr}`, name).not.toContain("v9.9.9");
  });
});
