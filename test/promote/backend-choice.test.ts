import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError, chooseBackend, githubContextFromEnv, runCli } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { makeRepo } from "../registry/git-fixture.js";
import {
  registryProblems,
  startGitHubRegistry,
  type GitHubRegistry,
} from "../registry/github-fixture.js";

const runner = { GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "a".repeat(40) };

describe("which registry backend promote uses", () => {
  const choose = async (
    choice: "auto" | "git" | "github",
    env: Record<string, string>,
    token?: string,
  ) =>
    (
      await chooseBackend({
        choice,
        path: "/srv/registry",
        github: githubContextFromEnv(env, token),
      })
    ).description;

  it("is the local git repository by default, as on a laptop", async () => {
    expect(await choose("auto", {})).toBe("local git repository /srv/registry");
    // A repository without a token is not enough to write to GitHub.
    expect(await choose("auto", runner)).toBe("local git repository /srv/registry");
  });

  it("is GitHub in a workflow run given a token", async () => {
    expect(await choose("auto", runner, "ghs_token")).toBe("GitHub repository acme/models");
    expect(await choose("auto", { ...runner, GITHUB_TOKEN: "ghs_token" })).toBe(
      "GitHub repository acme/models",
    );
  });

  it("is what the backend input says, and github without a token is an input error", async () => {
    expect(await choose("git", runner, "ghs_token")).toBe("local git repository /srv/registry");
    await expect(choose("github", runner)).rejects.toThrow(InputError);
    await expect(choose("github", runner)).rejects.toThrow(/github-token/);
    await expect(choose("github", {}, "ghs_token")).rejects.toThrow(/GITHUB_REPOSITORY/);
  });
});

describe("mlops promote --backend github", () => {
  let gh: GitHubRegistry;
  beforeEach(async () => {
    gh = await startGitHubRegistry();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  it("registers the version as a tag and a release of the repository, and outputs the release page", async () => {
    const { dir } = makeRepo();
    let stdout = "";
    const code = await runCli(
      [
        "promote",
        "--backend",
        "github",
        "--model",
        "churn",
        "--version",
        "v1.0.0",
        "--actor",
        "ci",
        "--json",
      ],
      {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        cwd: dir,
        env: {
          GITHUB_TOKEN: WORKFLOW_TOKEN,
          GITHUB_API_URL: gh.emulator.apiUrl,
          GITHUB_SERVER_URL: "https://github.example",
          GITHUB_REPOSITORY: "acme/models",
          GITHUB_SHA: gh.commit,
        },
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      tag: "churn@v1.0.0",
      "release-url": "https://github.example/acme/models/releases/tag/churn%40v1.0.0",
      changed: "true",
    });
    expect([...gh.state.refs.keys()]).toEqual(["refs/tags/churn@v1.0.0"]);
    expect(gh.state.tagObjects.get(gh.state.refs.get("refs/tags/churn@v1.0.0")!)?.object.sha).toBe(
      gh.commit,
    );
    expect(registryProblems(gh.state)).toEqual([]);
  });
});
