import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, type EvalReport, type ValidationReport } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { git, makeRepo, modelFile, tempFolder } from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const example = (path: string) => join(EXAMPLES, path);

/**
 * The layout the README's loop uses: the registry is a git repository of its own, and the
 * commands run from another one (the project), which holds the data and no registry tags.
 */
let registryDir: string;
let project: string;
/** The registry as the project's commands name it. */
let registry: string;

beforeAll(async () => {
  registryDir = makeRepo().dir;
  project = makeRepo().dir;
  registry = relative(project, registryDir);
  const files = tempFolder();
  const assets = [
    modelFile(files, "model.onnx", "weights"),
    join(files, "reference-profile.json"),
    join(files, "predictions.csv"),
  ];
  copyFileSync(example("validate-data/reference-profile.json"), assets[1]!);
  copyFileSync(example("eval-gate/predictions/champion.csv"), assets[2]!);
  await new Registry({ backend: new LocalGitBackend({ path: registryDir }) }).promote({
    artifact: "churn",
    version: "v1.0.0",
    assets,
    stage: "prod",
  });
  mkdirSync(join(project, "data"));
  copyFileSync(example("validate-data/churn-clean.csv"), join(project, "data/churn-clean.csv"));
  copyFileSync(example("validate-data/data-contract.yml"), join(project, "contract.yml"));
  copyFileSync(example("eval-gate/predictions/challenger.csv"), join(project, "challenger.csv"));
  copyFileSync(example("eval-gate/predictions/policy.yml"), join(project, "policy.yml"));
});

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(project, path), "utf8"));

const driftCheck = (extra: Record<string, string> = {}, env?: Record<string, string>) =>
  mlops(
    [
      "drift-check",
      ...flags({
        reference: "churn#prod",
        current: "data/churn-clean.csv",
        "fail-step": "false",
        "html-path": "none",
        ...extra,
      }),
    ],
    project,
    { env },
  );

const evalGate = (extra: Record<string, string> = {}) =>
  mlops(
    [
      "eval-gate",
      ...flags({
        challenger: "challenger.csv",
        champion: "churn#prod",
        policy: "policy.yml",
        "fail-step": "false",
        ...extra,
      }),
    ],
    project,
  );

describe("registry, for the actions that read a registry reference", () => {
  it("drift-check reads the reference profile from the registry's own repository", async () => {
    const run = await driftCheck({ registry });
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.code).toBe(0);
    expect(readJson<{ reference: unknown }>("mlops-out/drift-report.json").reference).toEqual({
      source: "churn#prod",
      kind: "registry",
      rows: 200,
      from: "churn@v1.0.0 (reference-profile.json)",
    });
  });

  it("validate-data checks skew against the profile stored in that registry", async () => {
    const run = await mlops(
      [
        "validate-data",
        ...flags({
          data: "data/churn-clean.csv",
          schema: "contract.yml",
          reference: "churn@v1.0.0",
          registry,
        }),
      ],
      project,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = readJson<ValidationReport>("mlops-out/validation-report.json");
    expect(report.reference_profile?.file).toBe("churn@v1.0.0 (reference-profile.json)");
    // The eight fields of categories, numbers and dates are measured; ids and emails, text, not.
    const measured = report.checks.filter((c) => c.check === "skew" && c.status !== "skipped");
    expect(measured).toHaveLength(8);
  });

  it("eval-gate compares with the champion's predictions stored in that registry", async () => {
    const run = await evalGate({ registry });
    expect(run.stderr).not.toContain("mlops eval-gate:");
    expect(run.code).toBe(0);
    const report = readJson<EvalReport>("mlops-out/eval-report.json");
    expect(report.champion?.file).toBe("churn@v1.0.0 (predictions.csv)");
  });

  it("left out, looks in the working folder's repository, which the refusal names, with the fix", async () => {
    const fix =
      "Give the path of the registry's git repository as registry (mlops registry show --registry <path> lists what one holds), or name a file";
    const drift = await driftCheck();
    expect(drift).toMatchObject({
      code: 1,
      stderr: `mlops drift-check: input 'reference': no version of 'churn' is in stage 'prod' (local git repository ${project}). ${fix}\n`,
    });
    const gate = await evalGate({ champion: "churn@v9.0.0" });
    expect(gate).toMatchObject({
      code: 1,
      stderr: `mlops eval-gate: input 'champion': 'churn' has no version v9.0.0 (local git repository ${project}). ${fix}\n`,
    });
  });

  it("naming a folder that is no repository is refused with what registry means", async () => {
    const run = await driftCheck({ registry: "no-such-registry" });
    expect(run).toMatchObject({
      code: 1,
      stderr: `mlops drift-check: ${join(project, "no-such-registry")} does not exist. A registry reference is read from the git repository named by registry (the working folder by default), or on GitHub given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: give the path of the registry's repository as registry, or give a file instead\n`,
    });
  });
});

describe("a registry committed into a checkout", () => {
  // A pull request's files: a folder laid out as a bare repository whose remote's upload-pack
  // is a command, and a link to it that the workflow's registry path could be.
  it.each(["ml", "ml-link"])(
    "is refused before git reads its config, where a fetch would run the command it names (%s)",
    async (registry) => {
      const { dir } = makeRepo();
      const marker = join(tempFolder(), "ran");
      mkdirSync(join(dir, "ml/objects"), { recursive: true });
      mkdirSync(join(dir, "ml/refs"));
      writeFileSync(join(dir, "ml/objects/.keep"), "");
      writeFileSync(join(dir, "ml/refs/.keep"), "");
      writeFileSync(join(dir, "ml/HEAD"), "ref: refs/heads/main\n");
      writeFileSync(
        join(dir, "ml/config"),
        `[core]\n\tbare = true\n[remote "origin"]\n\turl = ${join(dir, "ml")}\n\tuploadpack = "touch ${marker}; git-upload-pack"\n`,
      );
      symlinkSync("ml", join(dir, "ml-link"));
      copyFileSync(example("validate-data/churn-clean.csv"), join(dir, "current.csv"));
      git(dir, "add", "-A");
      git(dir, "commit", "--quiet", "-m", "A pull request");
      const values = { reference: "churn#prod", current: "current.csv", registry, backend: "git" };
      const run = await mlops(["drift-check", ...flags(values)], dir);
      expect(run).toMatchObject({
        code: 1,
        stderr: `mlops drift-check: ${join(dir, registry)} is laid out as a bare git repository, but its files are committed in the repository around it. Give the path of a repository of its own (a clone, or a bare repository on disk), never a folder of a checkout\n`,
      });
      expect(existsSync(marker)).toBe(false);
    },
  );

  it("is read where it is a bare repository of its own", async () => {
    const bare = join(tempFolder(), "registry.git");
    git(tempFolder(), "clone", "--quiet", "--bare", registryDir, bare);
    const run = await driftCheck({ registry: bare, backend: "git" });
    expect(run.code).toBe(0);
  });
});

describe("backend, for the actions that read a registry reference", () => {
  let gh: GitHubRegistry | undefined;
  afterEach(async () => {
    await gh?.emulator.close();
    gh = undefined;
  });

  it("is refused where auto would look on GitHub, given a token and a repository; git reads it there", async () => {
    // A repository on GitHub whose registry is empty.
    gh = await startGitHubRegistry();
    const env = {
      GITHUB_TOKEN: WORKFLOW_TOKEN,
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_API_URL: gh.emulator.apiUrl,
    };
    const onGitHub = await driftCheck({ registry }, env);
    expect(onGitHub).toMatchObject({
      code: 1,
      stderr: `mlops drift-check: input 'registry': '${registry}' is a local repository, but backend auto reads the registry on GitHub (GitHub repository acme/models), where a token and a repository are known. Set backend: git to read the repository named by registry, or leave registry out to read GitHub's\n`,
    });
    // Without registry, auto reads GitHub's, and says where it looked.
    expect((await driftCheck({}, env)).stderr).toBe(
      "mlops drift-check: input 'reference': no version of 'churn' is in stage 'prod' (GitHub repository acme/models). Check the registry with mlops registry show, or name a file\n",
    );
    const local = await driftCheck({ registry, backend: "git" }, env);
    expect(local.code).toBe(0);
    expect(readJson<{ reference: { from: string } }>("mlops-out/drift-report.json")).toMatchObject({
      reference: { from: "churn@v1.0.0 (reference-profile.json)" },
    });
  });
});
