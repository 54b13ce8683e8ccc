import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { InputError } from "../errors.js";
import { defineAction } from "../interface/define-action.js";
import { bool, choice, list, file, secret, text } from "../interface/inputs.js";
import { BACKENDS, chooseBackend } from "../registry/choose-backend.js";
import { readEvidence } from "../registry/evidence.js";
import { Registry, type OperationResult, type RegisterResult } from "../registry/registry.js";
import { findRegistryPolicy } from "../registry/registry-policy.js";
import { formatTag } from "../registry/tag-grammar.js";
import { renderSummary } from "./render-summary.js";

const OPERATIONS = ["register", "assign", "unassign", "deprecate", "rollback"] as const;
type Operation = (typeof OPERATIONS)[number];

const STAGED: readonly Operation[] = ["assign", "unassign", "rollback"];

export const promote = defineAction({
  name: "promote",
  permissions: {
    contents: {
      level: "write",
      why: "create the registry's tags and releases, or push its tags from git",
    },
  },
  example: {
    model: "churn",
    version: "auto",
    stage: "prod",
    assets: "model/churn.onnx",
    evidence: "mlops-out/eval-report.json",
  },
  inputs: {
    model: text(),
    version: text(),
    stage: text(),
    operation: choice(OPERATIONS),
    assets: list(),
    evidence: file(),
    message: text(),
    "dry-run": bool(),
    registry: text(),
    backend: choice(BACKENDS),
    "github-token": secret(),
    actor: text(),
    "run-url": text(),
  },
  async run(inputs, context) {
    // Paths inside the workspace are shown relative to it, others (and URLs) in full.
    const shown = (path: string) => {
      if (!isAbsolute(path)) return path;
      const inside = relative(context.cwd, path);
      return inside === "" || inside.startsWith("..") ? path : inside;
    };
    const root = resolve(context.cwd, inputs.registry ?? ".");
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new InputError(
        "registry",
        `'${inputs.registry}' is not a folder`,
        "Give the path of a git repository",
      );
    }
    const assets = inputs.assets.map((asset) => {
      const path = isAbsolute(asset) ? asset : resolve(context.cwd, asset);
      if (!existsSync(path) || !statSync(path).isFile()) {
        throw new InputError(
          "assets",
          `'${asset}' is not a file`,
          "List the files to store with the version",
        );
      }
      return path;
    });
    const operation = inputs.operation;
    const stage = inputs.stage?.trim() || undefined;
    if (operation && STAGED.includes(operation) && !stage) {
      throw new InputError(
        "stage",
        `is required by operation ${operation}`,
        "Name the stage, such as prod",
      );
    }

    const backend = chooseBackend({
      choice: inputs.backend ?? "auto",
      path: root,
      github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
    });
    const registry = new Registry({ backend, policy: findRegistryPolicy(root), now: context.now });
    const evidence = inputs.evidence
      ? await readEvidence(inputs.evidence, shown(inputs.evidence))
      : undefined;
    const common = {
      artifact: inputs.model!.trim(),
      message: inputs.message,
      runUrl: inputs["run-url"],
      actor: inputs.actor,
      dryRun: inputs["dry-run"],
    };

    let registration: RegisterResult | undefined;
    let stageResult: OperationResult | undefined;
    let other: OperationResult | undefined;
    const version = inputs.version ?? "";
    switch (operation) {
      case undefined:
        if (stage) {
          ({ registration, assignment: stageResult } = await registry.promote({
            ...common,
            version,
            assets,
            stage,
            evidence,
          }));
        } else {
          registration = await registry.register({ ...common, version, assets });
        }
        break;
      case "register":
        registration = await registry.register({ ...common, version, assets });
        break;
      case "assign":
        stageResult = await registry.assign({ ...common, stage: stage!, version, evidence });
        break;
      case "unassign":
        stageResult = await registry.unassign({ ...common, stage: stage!, version });
        break;
      case "rollback":
        stageResult = await registry.rollback({
          ...common,
          stage: stage!,
          message: inputs.message,
        });
        break;
      case "deprecate":
        other = await registry.deprecate(common);
        break;
    }

    const results = [registration, stageResult, other].filter((r) => r !== undefined);
    const changed = results.some((r) => r.changed);
    const versionName = registration?.version ?? stageResult?.version;
    const versionTag =
      registration?.tag ??
      (versionName
        ? formatTag({ action: "register", artifact: common.artifact, version: versionName })
        : other?.tag);
    const releaseUrl = versionName && versionTag ? shown(backend.releaseUrl(versionTag)) : "";
    const history = await registry.history(common.artifact, stage);
    const skipped = stageResult?.skipped ?? [];
    const summary = renderSummary({
      artifact: common.artifact,
      operation: operation ?? (stage ? "register, assign" : "register"),
      outcome: common.dryRun ? "dry-run" : changed ? "created" : "unchanged",
      version: versionName,
      tag: versionTag,
      stage,
      stageTag: stageResult?.tag,
      previousVersion: stageResult?.previousVersion,
      evidence: evidence
        ? `${evidence.file}: ${evidence.report.verdict}, model sha256 ${evidence.report.model?.sha256 ?? "none"}`
        : undefined,
      skipped,
      releaseUrl: releaseUrl || undefined,
      history,
    });
    for (const line of results.map((r) => `${r.changed ? "created" : "unchanged"} ${r.tag}`))
      context.log(line);
    return {
      outputs: {
        version: versionName ?? "",
        tag: versionTag ?? "",
        "stage-tag": stageResult?.tag ?? "",
        "release-url": releaseUrl,
        "previous-version": stageResult?.previousVersion ?? "",
        changed: String(changed),
      },
      summary,
      annotations: skipped.length
        ? [
            {
              level: "warning" as const,
              title: "promote: policy checks skipped",
              message: `${common.actor ?? ""} assigned ${stage} without: ${skipped.join(", ")}`,
            },
          ]
        : [],
    };
  },
});
