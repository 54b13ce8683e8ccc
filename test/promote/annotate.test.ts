import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readArtifactsIndex, runCli } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { git, makeRepo } from "../registry/git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "../registry/github-fixture.js";
import { workspace } from "./promote-workspace.js";

const promoteChurn = ["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"];

describe("promote: description and labels in artifacts.yaml", () => {
  it("writes the artifact's entry in GTO's format in the working tree, to be committed", async () => {
    const { dir, mlops } = workspace();
    const run = await mlops(
      ...promoteChurn,
      "--description",
      "Predicts which customers leave",
      "--labels",
      "xgboost, tabular",
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "artifacts.yaml"), "utf8")).toBe(
      [
        "churn:",
        "  labels:",
        "    - tabular",
        "    - xgboost",
        "  description: Predicts which customers leave",
        "",
      ].join("\n"),
    );
    expect(run.stdout).toContain(
      "Wrote the entry of `churn` in `artifacts.yaml` (GTO's format) in the working tree: commit it",
    );
    expect(run.stderr).toContain("wrote the entry of churn in artifacts.yaml; commit it");
    // Written, not committed: as gto annotate leaves it without --commit.
    expect(git(dir, "status", "--porcelain", "artifacts.yaml")).toBe("?? artifacts.yaml\n");
    expect(readArtifactsIndex(dir).entries.get("churn")).toEqual({
      description: "Predicts which customers leave",
      labels: ["tabular", "xgboost"],
    });
    const shown = await runCli(["registry", "show", "--json"], {
      stdout: (text) =>
        expect(JSON.parse(text)).toMatchObject({ artifacts: [{ labels: ["tabular", "xgboost"] }] }),
      stderr: () => undefined,
      cwd: dir,
    });
    expect(shown).toBe(0);
  });

  it("writes nothing without description or labels, and nothing in a dry run", async () => {
    const { dir, mlops } = workspace();
    expect((await mlops(...promoteChurn)).code).toBe(0);
    expect(existsSync(join(dir, "artifacts.yaml"))).toBe(false);
    const dry = await mlops(...promoteChurn, "--labels", "tabular", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      "A run without dry-run would write the entry of `churn` in `artifacts.yaml`.",
    );
    expect(existsSync(join(dir, "artifacts.yaml"))).toBe(false);
  });

  it("refuses labels that are not names and a description with a control character", async () => {
    const { mlops } = workspace();
    const label = await mlops(...promoteChurn, "--labels", "ok\nnot ok");
    expect(label.code).toBe(1);
    expect(label.stderr).toContain(`input 'labels': the label "not ok" has a space`);
    const description = await mlops(...promoteChurn, "--description", "a\u001b[2Jb");
    expect(description.code).toBe(1);
    expect(description.stderr).toContain("input 'description': has a control character (U+001B)");
  });

  it("stops before creating a tag when artifacts.yaml cannot be rewritten without loss", async () => {
    const { dir, mlops } = workspace();
    writeFileSync(join(dir, "artifacts.yaml"), "__proto__:\n  type: model\n");
    const run = await mlops(...promoteChurn, "--labels", "tabular");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("artifacts.yaml: has entries that are not valid");
    expect(git(dir, "tag", "--list")).toBe("");
  });
});

describe("promote --backend github with description and labels", () => {
  let gh: GitHubRegistry;
  beforeEach(async () => {
    gh = await startGitHubRegistry();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  it("creates the tags, does not write artifacts.yaml, and warns why", async () => {
    const { dir } = makeRepo();
    let stderr = "";
    const code = await runCli(
      ["promote", "--backend", "github", "--model", "churn", "--version", "v1.0.0"].concat([
        "--labels",
        "tabular",
        "--actor",
        "ci",
      ]),
      {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        cwd: dir,
        env: {
          GITHUB_TOKEN: WORKFLOW_TOKEN,
          GITHUB_API_URL: gh.emulator.apiUrl,
          GITHUB_REPOSITORY: "acme/models",
          GITHUB_SHA: gh.commit,
        },
      },
    );
    expect(code).toBe(0);
    expect([...gh.state.refs.keys()]).toEqual(["refs/tags/churn@v1.0.0"]);
    expect(existsSync(join(dir, "artifacts.yaml"))).toBe(false);
    expect(stderr).toContain(
      "warning: description and labels were not written: the github backend creates tags and releases only",
    );
  });
});
