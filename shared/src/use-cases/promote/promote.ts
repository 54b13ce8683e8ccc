import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { displayPath } from "../../engine/files/display-path.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError } from "../../engine/errors.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { defineAction } from "../../interface/define-action.js";
import { bool, choice, list, file, outputPath, secret, text } from "../../interface/inputs.js";
import { BACKENDS, chooseBackend } from "../../platform/registry/choose-backend.js";
import { readEvidence } from "../../platform/registry/evidence.js";
import {
  Registry,
  type OperationResult,
  type RegisterResult,
} from "../../platform/registry/registry.js";
import { findRegistryPolicy } from "../../platform/registry/registry-policy.js";
import { eventsOf } from "../../platform/registry/registry-state.js";
import { formatTag } from "../../platform/registry/tag-grammar.js";
import { VERSION } from "../../engine/version.js";
import { OPERATIONS, type Operation, type PromoteReport } from "./promote-report.js";
import { promoteReportContract } from "./promote-report-contract.js";
import { renderSummary } from "./render-summary.js";

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
    "report-path": outputPath(),
  },
  async run(inputs, context) {
    // A relative path (or a URL) is shown as given; an absolute one relative to the workspace.
    const shown = (path: string) => (isAbsolute(path) ? displayPath(context.cwd, path) : path);
    const root = resolve(context.cwd, inputs.registry);
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

    const backend = await chooseBackend({
      choice: inputs.backend,
      path: root,
      github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
    });
    const registry = new Registry({ backend, policy: findRegistryPolicy(root), now: context.now });
    const evidence = inputs.evidence
      ? await readEvidence(inputs.evidence, shown(inputs.evidence))
      : undefined;
    const common = {
      artifact: inputs.model.trim(),
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

    const done = [
      registration && { operation: "register" as const, result: registration },
      stageResult && { operation: operation ?? ("assign" as const), result: stageResult },
      other && { operation: "deprecate" as const, result: other },
    ].filter((d) => d !== undefined);
    const results = done.map((d) => d.result);
    const changed = results.some((r) => r.changed);
    // Who acted: as given, else as the tags created record it (the backend's own identity).
    const actor = [common.actor?.trim(), ...results.map((r) => r.tagger?.name)].find((n) => !!n);
    const versionName = registration?.version ?? stageResult?.version;
    const versionTag =
      registration?.tag ??
      (versionName
        ? formatTag({ action: "register", artifact: common.artifact, version: versionName })
        : other?.tag);
    const releaseUrl = versionName && versionTag ? shown(backend.releaseUrl(versionTag)) : "";
    // With nothing created, the tags the last operation read are still the registry's: a dry run
    // or a re-run lists them once.
    const history = changed
      ? await registry.history(common.artifact, stage)
      : eventsOf(results.at(-1)!.stateRead, stage);
    const skipped = stageResult?.skipped ?? [];
    const summary = renderSummary({
      artifact: common.artifact,
      operation: done.map((d) => d.operation).join(", "),
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

    const report: PromoteReport = {
      schema: "mlops.promote-report/v1",
      tool: { name: "mlops", version: VERSION },
      created_at: context.now().toISOString(),
      artifact: common.artifact,
      operations: done.map((d) => ({
        operation: d.operation,
        tag: d.result.tag,
        created: d.result.newTag,
      })),
      version: versionName ?? null,
      stage: stage ?? null,
      previous_version: stageResult?.previousVersion ?? null,
      evidence: evidence
        ? {
            file: evidence.file,
            sha256: evidence.sha256,
            verdict: evidence.report.verdict,
            model_sha256: evidence.report.model?.sha256 ?? null,
          }
        : null,
      assets: registration?.assets ?? [],
      skipped,
      release_url: releaseUrl || null,
      backend: backend.kind,
      actor: actor ?? null,
      changed,
      dry_run: common.dryRun,
    };
    // Checked against its own contract before anyone downstream trusts it.
    const reportPath = inputs["report-path"];
    writeFilesAtomic([reportFile(promoteReportContract, report, reportPath)]);

    return {
      outputs: {
        version: versionName ?? "",
        tag: versionTag ?? "",
        "stage-tag": stageResult?.tag ?? "",
        "release-url": releaseUrl,
        "previous-version": stageResult?.previousVersion ?? "",
        changed: String(changed),
        "report-path": shown(reportPath),
      },
      summary,
      annotations: skipped.length
        ? [
            {
              level: "warning" as const,
              title: "promote: policy checks skipped",
              message: `${actor ?? "someone"} ${common.dryRun ? "would assign" : "assigned"} ${stage} without: ${skipped.join(", ")}`,
            },
          ]
        : [],
    };
  },
});
