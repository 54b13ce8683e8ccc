import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ContractError,
  EvidenceError,
  LocalGitBackend,
  PolicyRefusal,
  Registry,
  findRegistryPolicy,
  readCommittedPolicy,
  readEvidence,
} from "@mlops/shared";
import { evalReport, git, makeRepo, modelFile, steppingClock, tempFolder } from "./git-fixture.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

const POLICY = `schema: mlops.registry-policy/v1
stages:
  - name: staging
  - name: prod
    evidence: true
    may-skip: [oncall-lead]
`;

async function setup(policy = POLICY) {
  const { dir } = makeRepo();
  mkdirSync(join(dir, ".mlops"));
  writeFileSync(join(dir, ".mlops", "registry.yml"), policy);
  git(dir, "add", ".mlops/registry.yml");
  git(dir, "commit", "--quiet", "-m", "Registry policy");
  const registry = new Registry({
    backend: new LocalGitBackend({ path: dir }),
    policy: await readCommittedPolicy(dir, { env: process.env }),
    now: steppingClock(),
  });
  const files = tempFolder();
  const model = modelFile(files, "model.onnx", "weights");
  const evidenceFile = (verdict: "pass" | "fail", digest: string | null) => {
    const path = join(files, `report-${verdict}-${digest?.slice(0, 6)}.json`);
    writeFileSync(path, JSON.stringify(evalReport(verdict, digest)));
    return readEvidence(path, "eval-report.json");
  };
  return { dir, registry, model, evidenceFile };
}

describe("the registry policy (.mlops/registry.yml)", () => {
  it("refuses prod for a version that never held staging, and allows it after", async () => {
    const { registry, model, evidenceFile } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    const evidence = await evidenceFile("pass", sha("weights"));
    await expect(registry.assign({ artifact: "churn", stage: "prod", evidence })).rejects.toThrow(
      /churn v1.0.0 never held stage 'staging', which comes before 'prod'/,
    );
    await registry.assign({ artifact: "churn", stage: "staging" });
    const prod = await registry.assign({ artifact: "churn", stage: "prod", evidence });
    expect(prod).toMatchObject({ changed: true, tag: "churn#prod#2" });
    const [, assignment] = await registry
      .history("churn", undefined)
      .then((h) => h.filter((e) => e.action === "assign"));
    expect(assignment?.metadata?.evidence).toEqual({
      kind: "eval-report",
      file: "eval-report.json",
      sha256: evidence.sha256,
      verdict: "pass",
      model_sha256: sha("weights"),
      asset: "eval-report.json",
      // What the report judged: a metrics file, with no champion to compare with.
      mode: "aggregate",
      champion: null,
    });
  });

  it("stores the eval report that allowed an assignment as that event's release asset", async () => {
    const { registry, model, evidenceFile } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await registry.assign({ artifact: "churn", stage: "staging" });
    const evidence = await evidenceFile("pass", sha("weights"));
    await registry.assign({ artifact: "churn", stage: "prod", evidence });
    const [stored] = await registry.backend.fetchAssets("churn#prod#2");
    expect(stored).toMatchObject({ name: "eval-report.json", sha256: evidence.sha256 });
    expect(readFileSync(stored!.location, "utf8")).toBe(readFileSync(evidence.path, "utf8"));
    expect(await registry.backend.fetchAssets("churn#staging#1")).toEqual([]);
  });

  it("refuses a stage the policy does not list", async () => {
    const { registry, model } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await expect(registry.assign({ artifact: "churn", stage: "production" })).rejects.toThrow(
      /stage 'production' is not in the registry policy/,
    );
  });

  it("refuses a guarded stage without evidence", async () => {
    const { registry, model } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await registry.assign({ artifact: "churn", stage: "staging" });
    await expect(registry.assign({ artifact: "churn", stage: "prod" })).rejects.toBeInstanceOf(
      PolicyRefusal,
    );
  });

  it("refuses evidence about another model, naming both digests", async () => {
    const { registry, model, evidenceFile } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await registry.assign({ artifact: "churn", stage: "staging" });
    const other = sha("other weights");
    const evidence = await evidenceFile("pass", other);
    const refused = registry.assign({ artifact: "churn", stage: "prod", evidence });
    await expect(refused).rejects.toBeInstanceOf(EvidenceError);
    await expect(refused).rejects.toThrow(
      `eval-report.json: the eval report is about model sha256 ${other} (model.onnx), but churn v1.0.0's model asset has sha256 ${sha("weights")}`,
    );
  });

  it("refuses failing evidence, and evidence that names no model", async () => {
    const { registry, model, evidenceFile } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await registry.assign({ artifact: "churn", stage: "staging" });
    const failing = await evidenceFile("fail", sha("weights"));
    await expect(
      registry.assign({ artifact: "churn", stage: "prod", evidence: failing }),
    ).rejects.toThrow(/verdict is fail/);
    const anonymous = await evidenceFile("pass", null);
    await expect(
      registry.assign({ artifact: "churn", stage: "prod", evidence: anonymous }),
    ).rejects.toThrow(/names no model file/);
  });

  it("lets an actor on the may-skip list skip, and records what was skipped", async () => {
    const { registry, model } = await setup();
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    const result = await registry.assign({
      artifact: "churn",
      stage: "prod",
      actor: "oncall-lead",
    });
    expect(result.skipped).toEqual(["order", "evidence"]);
    const [event] = await registry.history("churn", "prod");
    expect(event?.metadata?.skipped).toEqual(["order", "evidence"]);
    await expect(
      registry.assign({ artifact: "churn", stage: "prod", actor: "intern", version: "v1.0.0" }),
    ).resolves.toMatchObject({ changed: false });
  });

  it("checks a promotion before registering, so a refused one leaves no trace", async () => {
    const { dir, registry, model, evidenceFile } = await setup(
      "stages:\n  - name: prod\n    evidence: true\n",
    );
    const evidence = await evidenceFile("pass", sha("not this model"));
    await expect(
      registry.promote({
        artifact: "churn",
        version: "auto",
        assets: [model],
        stage: "prod",
        evidence,
      }),
    ).rejects.toBeInstanceOf(EvidenceError);
    expect(git(dir, "tag", "--list").trim()).toBe("");
    const good = await evidenceFile("pass", sha("weights"));
    const done = await registry.promote({
      artifact: "churn",
      version: "auto",
      assets: [model],
      stage: "prod",
      evidence: good,
    });
    expect(done.assignment).toMatchObject({
      changed: true,
      tag: "churn#prod#1",
      version: "v0.0.1",
    });
  });

  it("is validated against its schema, naming the field", async () => {
    const { dir } = makeRepo();
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(
      join(dir, ".mlops", "registry.yml"),
      "stages:\n  - name: prod\n    evidnce: true\n",
    );
    expect(() => findRegistryPolicy(dir)).toThrow(ContractError);
    expect(() => findRegistryPolicy(dir)).toThrow(
      /\.mlops\/registry\.yml:\d+: field '\/stages\/0' has an unknown property 'evidnce'/,
    );
    writeFileSync(join(dir, ".mlops", "registry.yml"), "stages:\n  - name: prod\n  - name: prod\n");
    expect(() => findRegistryPolicy(dir)).toThrow(/names stage 'prod' a second time/);
  });
});
