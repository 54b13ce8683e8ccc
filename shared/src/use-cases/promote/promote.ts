import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError } from "../../engine/errors.js";
import { counted } from "../../engine/report/counted.js";
import { shorten } from "../../engine/report/shorten.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { defineAction, warnIn, type RunContext } from "../../interface/define-action.js";
import {
  bool,
  choice,
  dataSource,
  list,
  file,
  outputPath,
  secret,
  text,
} from "../../interface/inputs.js";
import type { UncommittedChanges } from "../../platform/registry/backend.js";
import { BACKENDS, chooseBackend } from "../../platform/registry/choose-backend.js";
import { readEvidence } from "../../platform/registry/evidence.js";
import {
  readRunRecord,
  type RunRecordRead,
  type TrainingRun,
} from "../../platform/registry/training-run.js";
import { Registry, type OperationResult } from "../../platform/registry/registry.js";
import {
  findRegistryPolicy,
  readCommittedPolicy,
  type AppliedPolicy,
} from "../../platform/registry/registry-policy.js";
import { OPERATIONS } from "./promote-report.js";
import { promoteReportContract } from "./promote-report-contract.js";
import { buildReport, outcomeOf, skippedAnnotations, type Outcome } from "./promote-outcome.js";
import { readPromoteRequest, type PromoteRequest } from "./promote-request.js";
import { runOperation, type Done } from "./run-operation.js";
import { tellMoves } from "./stage-moves.js";
import { planAnnotation } from "./annotate-index.js";
import { markingWrites } from "./mark-writes.js";

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
    "run-record": file(),
    message: text(),
    description: text(),
    labels: list(),
    "dry-run": bool(),
    registry: dataSource(),
    backend: choice(BACKENDS),
    "github-token": secret(),
    actor: text(),
    "run-url": text(),
    "report-path": outputPath(),
  },
  async run(inputs, context) {
    const request = readPromoteRequest(inputs, context.cwd);
    const chosen = await chooseBackend({
      choice: inputs.backend,
      path: request.root,
      github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
      warn: (message) => warnIn(context, message),
    });
    const backend = markingWrites(chosen, () => context.acting?.());
    const registry = new Registry({
      backend,
      policy: await policyOf(request, context),
      now: context.now,
      ...(context.clock ? { retry: context.clock } : {}),
    });
    const evidence = inputs.evidence
      ? await readEvidence(inputs.evidence, request.shown(inputs.evidence))
      : undefined;
    const runRecord = inputs["run-record"]
      ? await runRecordOf(request, inputs["run-record"], context)
      : undefined;
    const annotate = planAnnotation(request, backend.kind);
    // Read before the operation writes its files: what differs from HEAD is the user's doing.
    const uncommitted = registers(request)
      ? await backend.uncommittedChanges?.(request.assets)
      : undefined;
    const done = await runOperation(registry, request, evidence, runRecord);
    if (uncommitted) warnUncommitted(done, uncommitted, request.dryRun, context);
    if (runRecord) warnDirtyRun(done, runRecord, request.dryRun, context);
    if (runRecord) warnRunNotRecorded(done, runRecord.run, context);
    const outcome = await outcomeOf(registry, request, done, evidence);
    for (const { result } of done) context.log(`${tagVerb(result, request.dryRun)} ${result.tag}`);
    tellMoves(done, request.dryRun, context);
    context.acting?.();
    const annotated = annotate();
    if (annotated.line) context.log(annotated.line);
    const report = buildReport(outcome, backend.kind, context.now());
    // Checked against its own contract before anyone downstream trusts it.
    const reportPath = inputs["report-path"];
    writeFilesAtomic([reportFile(promoteReportContract, report, reportPath)]);
    return {
      outputs: outputsOf(outcome, request, reportPath),
      summary: `${outcome.summary.trimEnd()}${annotated.note ? `\n\n${annotated.note}` : ""}\n`,
      annotations: [...skippedAnnotations(outcome, request), ...annotated.annotations],
    };
  },
});

/**
 * The policy as committed, which stage tags record, for an operation that assigns or unassigns a
 * stage; the others (register alone, deregister, deprecate, restore) read it as they always have.
 */
async function policyOf(request: PromoteRequest, context: RunContext): Promise<AppliedPolicy> {
  const moves = request.operation
    ? ["assign", "unassign", "rollback"].includes(request.operation)
    : request.stage !== undefined;
  const workspace = context.confineLinks ? context.cwd : undefined;
  if (!moves) return { rules: findRegistryPolicy(request.root, workspace) };
  return readCommittedPolicy(request.root, {
    dryRun: request.dryRun,
    warn: (message) => warnIn(context, message),
    pushed: context.github.sha,
    env: context.env,
    confineLinks: context.confineLinks,
    ...(workspace !== undefined && { workspace }),
  });
}

/**
 * The run record goes into the registration tag only; one whose run did not write the model file
 * (the first asset) is recorded with a warning.
 */
async function runRecordOf(
  request: PromoteRequest,
  recordPath: string,
  context: RunContext,
): Promise<RunRecordRead> {
  if (request.operation && request.operation !== "register") {
    throw new InputError(
      "run-record",
      `operation ${request.operation} registers no version, so the run record would be recorded nowhere`,
      "Give run-record with the registration (operation register, or none)",
    );
  }
  const record = await readRunRecord(recordPath, request.shown(recordPath));
  const model = request.assets[0];
  const other = model && (await record.otherModel(model, request.shown(model)));
  if (other) warnIn(context, other);
  return record;
}

/** The registration that makes a new version's tag, among what the operation did. */
const newRegistration = (done: readonly Done[]) =>
  done.find(({ operation, result }) => operation === "register" && result.newTag);

/**
 * A run on uncommitted changes is said to be recorded as dirty only where a new version's tag
 * records it: a version registered before keeps its tag as it is (warnRunNotRecorded says so).
 */
function warnDirtyRun(
  done: readonly Done[],
  record: RunRecordRead,
  dryRun: boolean,
  context: RunContext,
): void {
  const dirty = newRegistration(done) && record.dirty(dryRun);
  if (dirty) warnIn(context, dirty);
}

/**
 * A registration tag never changes: where the version was registered before (a re-run, a
 * version named again, a bump whose files are a registered version's), the run record given is
 * recorded only if that tag already names the same run, and the user hears so otherwise.
 */
function warnRunNotRecorded(done: readonly Done[], run: TrainingRun, context: RunContext): void {
  for (const { operation, result } of done) {
    if (operation !== "register" || result.newTag || result.version === undefined) continue;
    const recorded = result.stateRead?.versions.get(result.version)?.registration.metadata
      ?.training_run;
    if (recorded?.id === run.id && recorded.sha256 === run.sha256) continue;
    warnIn(
      context,
      `${result.tag} was registered before, ${recorded ? `with run ${shorten(recorded.id, 80)}` : "without a run record"}, and a registration never changes: run ${shorten(run.id, 80)} is not recorded. Name a new version to register it with its run`,
    );
  }
}

/** Whether the request may register a new version, whose tag goes on HEAD's commit. */
const registers = (request: PromoteRequest) =>
  request.operation === undefined || request.operation === "register";

/**
 * A new version is tagged at HEAD's commit, whatever the working tree holds: where tracked files
 * differ from it, the user likely meant the files as they are, and hears what the tag holds.
 */
function warnUncommitted(
  done: readonly Done[],
  changes: UncommittedChanges,
  dryRun: boolean,
  context: RunContext,
): void {
  const registered = newRegistration(done);
  if (!registered) return;
  warnIn(
    context,
    `${registered.result.tag} ${dryRun ? "would point" : "points"} to HEAD's commit ${changes.head.slice(0, 12)}, which lacks the changes to ${counted(changes.files, "tracked file")} in the working tree. Commit them and register a new version if the version should hold them, or ignore this if HEAD's commit is the one meant`,
  );
}

/** A dry run creates nothing, so it says what a run would; a tag already there is unchanged. */
function tagVerb(result: OperationResult, dryRun: boolean): string {
  if (!result.newTag) return "unchanged";
  return dryRun ? "would create" : "created";
}

function outputsOf(outcome: Outcome, request: PromoteRequest, reportPath: string) {
  return {
    version: outcome.version ?? "",
    tag: outcome.versionTag ?? "",
    "stage-tag": outcome.stageResult?.tag ?? "",
    "release-url": outcome.releaseUrl ?? "",
    "previous-version": outcome.stageResult?.previousVersion ?? "",
    changed: String(outcome.changed),
    "report-path": request.shown(reportPath),
  };
}
