import { VERSION } from "../../engine/version.js";
import type { Evidence } from "../../platform/registry/evidence.js";
import type {
  OperationResult,
  RegisterResult,
  Registry,
} from "../../platform/registry/registry.js";
import { eventsOf, type RegistryEvent } from "../../platform/registry/registry-state.js";
import { formatTag } from "../../platform/registry/tag-grammar.js";
import type { PromoteReport } from "./promote-report.js";
import type { PromoteRequest } from "./promote-request.js";
import { renderSummary } from "./render-summary.js";
import type { Done } from "./run-operation.js";
import { stagesAfter, unnamedMoves } from "./stage-moves.js";

const STAGE_OPERATIONS: readonly string[] = ["assign", "unassign", "rollback"];

/** What a promote run came to: every fact its outputs, report and summary state. */
export interface Outcome {
  readonly request: PromoteRequest;
  readonly done: readonly Done[];
  readonly registration: RegisterResult | undefined;
  readonly stageResult: OperationResult | undefined;
  readonly version: string | undefined;
  readonly versionTag: string | undefined;
  readonly releaseUrl: string | undefined;
  readonly changed: boolean;
  readonly actor: string | undefined;
  readonly evidence: Evidence | undefined;
  readonly summary: string;
}

export async function outcomeOf(
  registry: Registry,
  request: PromoteRequest,
  done: readonly Done[],
  evidence: Evidence | undefined,
): Promise<Outcome> {
  const results = done.map((d) => d.result);
  const registration = done.find((d) => d.operation === "register")?.result as
    RegisterResult | undefined;
  const stageResult = done.find((d) => STAGE_OPERATIONS.includes(d.operation))?.result;
  const version = results.map((r) => r.version).find((v) => v !== undefined);
  const versionTag =
    registration?.tag ??
    (version
      ? formatTag({ action: "register", artifact: request.artifact, version })
      : results[0]?.tag);
  const changed = results.some((r) => r.changed);
  const partial = {
    request,
    done,
    registration,
    stageResult,
    version,
    versionTag,
    releaseUrl:
      version && versionTag ? request.shown(registry.backend.releaseUrl(versionTag)) : undefined,
    changed,
    // Who acted: as given, else as the tags created record it (the backend's own identity).
    actor: [request.actor?.trim(), ...results.map((r) => r.tagger?.name)].find((n) => !!n),
    evidence,
  };
  return { ...partial, summary: summarize(partial, await historyOf(registry, request, done)) };
}

/**
 * The stage's (or the artifact's) events. With nothing created, the tags the last operation read
 * are still the registry's: a dry run or a re-run lists them once.
 */
async function historyOf(
  registry: Registry,
  request: PromoteRequest,
  done: readonly Done[],
): Promise<RegistryEvent[]> {
  const results = done.map((d) => d.result);
  return results.some((r) => r.changed)
    ? registry.history(request.artifact, request.stage)
    : eventsOf(results.at(-1)!.stateRead, request.stage);
}

function summarize(outcome: Omit<Outcome, "summary">, history: RegistryEvent[]): string {
  const { request, stageResult, evidence } = outcome;
  return renderSummary({
    artifact: request.artifact,
    operation: outcome.done.map((d) => d.operation).join(", "),
    outcome: request.dryRun ? "dry-run" : outcome.changed ? "created" : "unchanged",
    version: outcome.version,
    tag: outcome.versionTag,
    stage: request.stage,
    stageTag: stageResult?.tag,
    previousVersion: stageResult?.previousVersion,
    evidence: evidence
      ? `${evidence.file}: ${evidence.verdict}, model sha256 ${evidence.model?.sha256 ?? "none"}`
      : undefined,
    skipped: stageResult?.skipped ?? [],
    moved: unnamedMoves(outcome.done),
    releaseUrl: outcome.releaseUrl,
    history,
  });
}

export function buildReport(outcome: Outcome, backend: "git" | "github", now: Date): PromoteReport {
  const { request, stageResult, evidence } = outcome;
  return {
    schema: "mlops.promote-report/v1",
    tool: { name: "mlops", version: VERSION },
    created_at: now.toISOString(),
    artifact: request.artifact,
    operations: outcome.done.map((d) => ({
      operation: d.operation,
      tag: d.result.tag,
      created: d.result.newTag,
    })),
    version: outcome.version ?? null,
    stage: request.stage ?? null,
    previous_version: stageResult?.previousVersion ?? null,
    rollback_from: outcome.done.some((d) => d.operation === "rollback")
      ? (stageResult?.previousVersion ?? null)
      : null,
    stages_now: stagesAfter(outcome.done).map(({ stage, version, tag }) => ({
      stage,
      version: version ?? null,
      tag: tag ?? null,
    })),
    evidence: evidence
      ? {
          file: evidence.file,
          sha256: evidence.sha256,
          verdict: evidence.verdict,
          model_sha256: evidence.model?.sha256 ?? null,
        }
      : null,
    assets: outcome.registration?.assets ?? [],
    skipped: stageResult?.skipped ?? [],
    release_url: outcome.releaseUrl ?? null,
    backend,
    actor: outcome.actor ?? null,
    changed: outcome.changed,
    dry_run: request.dryRun,
  };
}

export function skippedAnnotations({ stageResult, actor }: Outcome, request: PromoteRequest) {
  const skipped = stageResult?.skipped ?? [];
  if (!skipped.length) return [];
  const verb = request.dryRun ? "would assign" : "assigned";
  return [
    {
      level: "warning" as const,
      title: "promote: policy checks skipped",
      message: `${actor ?? "someone"} ${verb} ${request.stage ?? ""} without: ${skipped.join(", ")}`,
    },
  ];
}
