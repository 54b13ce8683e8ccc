import { afterAll, describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, runCli, type RegistryBackend } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { git, makeRepo } from "../registry/git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "../registry/github-fixture.js";
import { workspace } from "./promote-workspace.js";

const emulators: GitHubRegistry[] = [];
afterAll(async () => {
  // close() throws when any request or answer strayed from GitHub's API description.
  for (const gh of emulators) await gh.emulator.close();
});

interface Run {
  readonly code: number;
  readonly stderr: string;
}

/** promote's CLI on a fresh registry, that registry's API, and the names of its tags. */
interface Setup {
  readonly promote: (...args: string[]) => Promise<Run>;
  readonly registry: Registry;
  /** The backend under the registry, which tags without the registry's rules. */
  readonly backend: RegistryBackend;
  readonly tags: () => string[];
}

const backends: Record<string, () => Promise<Setup>> = {
  "local git": async () => {
    const { dir, mlops } = workspace();
    const backend = new LocalGitBackend({ path: dir });
    return {
      promote: mlops,
      registry: new Registry({ backend }),
      backend,
      tags: () => git(dir, "tag", "--list").split("\n").filter(Boolean),
    };
  },
  GitHub: async () => {
    const gh = await startGitHubRegistry();
    emulators.push(gh);
    const { dir } = makeRepo();
    const env = {
      GITHUB_TOKEN: WORKFLOW_TOKEN,
      GITHUB_API_URL: gh.emulator.apiUrl,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_SHA: gh.commit,
    };
    const promote = async (...args: string[]) => {
      let stderr = "";
      const code = await runCli(["promote", "--backend", "github", ...args], {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        cwd: dir,
        env,
      });
      return { code, stderr };
    };
    const tags = () =>
      [...gh.state.refs.keys()]
        .filter((ref) => ref.startsWith("refs/tags/"))
        .map((ref) => ref.slice("refs/tags/".length))
        .sort();
    return { promote, registry: gh.registry(), backend: gh.backend(), tags };
  },
};

const REFUSAL =
  "mlops promote: invalid artifact \"Churn\": it would be a new model, and the registry has 'churn', differing only in case: " +
  "their tags would collide in git where file names ignore case (macOS, Windows). " +
  "Give churn to register a version of that model, or a name that differs by more than case\n";

describe.each(Object.keys(backends))(
  "promote on %s: model names that differ only in case",
  (kind) => {
    const setup = async () => {
      const made = await backends[kind]!();
      await made.registry.register({ artifact: "churn", version: "v1.0.0", assets: [] });
      return made;
    };

    it("refuses the first version of Churn beside churn, naming both and the fix, and tags nothing", async () => {
      const { promote, tags } = await setup();
      for (const extra of [[], ["--stage", "prod"], ["--dry-run"], ["--operation", "register"]]) {
        const run = await promote("--model", "Churn", "--version", "v1.0.0", ...extra);
        expect(run).toMatchObject({ code: 1, stderr: REFUSAL });
      }
      expect(tags()).toEqual(["churn@v1.0.0"]);
    });

    it("registers churn's next version, and a name that differs by more than case", async () => {
      const { promote, tags } = await setup();
      expect((await promote("--model", "churn", "--version", "v1.1.0")).code).toBe(0);
      expect((await promote("--model", "Churn-v2", "--version", "v1.0.0")).code).toBe(0);
      expect(tags()).toEqual(["Churn-v2@v1.0.0", "churn@v1.0.0", "churn@v1.1.0"]);
    });

    it("goes on with a model that has versions already, made in another case before the rule", async () => {
      const { promote, backend, tags } = await setup();
      await backend.createTag({
        name: "Churn@v1.0.0",
        commit: await backend.resolveCommit("HEAD"),
        tagger: await backend.defaultTagger(),
        date: new Date("2026-01-01T00:00:00Z"),
        message: "Registering artifact Churn version v1.0.0",
      });
      expect((await promote("--model", "Churn", "--version", "v1.1.0")).code).toBe(0);
      // A third spelling is refused, naming both that the registry has.
      const third = await promote("--model", "CHURN", "--version", "v1.0.0");
      expect(third.code).toBe(1);
      expect(third.stderr).toContain("the registry has 'Churn', 'churn', differing only in case");
      expect(third.stderr).toContain("Give Churn to register a version of that model");
      expect(tags()).toEqual(["Churn@v1.0.0", "Churn@v1.1.0", "churn@v1.0.0"]);
    });
  },
);
