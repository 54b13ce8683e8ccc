import type { Evidence } from "../../platform/registry/evidence.js";
import type { RunRecordRead } from "../../platform/registry/training-run.js";
import type {
  OperationResult,
  RegisterResult,
  Registry,
  WriteOptions,
} from "../../platform/registry/registry.js";
import type { Operation } from "./promote-report.js";
import type { PromoteRequest } from "./promote-request.js";

/** One operation run, with what the registry answered. */
export type Done =
  | { readonly operation: "register"; readonly result: RegisterResult }
  | { readonly operation: Exclude<Operation, "register">; readonly result: OperationResult };

/** Runs what the request asks: one operation, or (no operation) register and maybe assign. */
export async function runOperation(
  registry: Registry,
  request: PromoteRequest,
  evidence: Evidence | undefined,
  runRecord: RunRecordRead | undefined,
): Promise<Done[]> {
  const common: WriteOptions = {
    artifact: request.artifact,
    message: request.message,
    runUrl: request.runUrl,
    ...(runRecord ? { runRecord } : {}),
    actor: request.actor,
    dryRun: request.dryRun,
  };
  const { version, assets } = request;
  const stage = request.stage ?? "";
  switch (request.operation) {
    case undefined:
      if (!request.stage) return [await register(registry, { ...common, version, assets })];
      return promoteToStage(registry, { ...common, version, assets, stage, evidence });
    case "register":
      return [await register(registry, { ...common, version, assets })];
    case "assign":
      return [
        {
          operation: "assign",
          result: await registry.assign({ ...common, stage, version, evidence }),
        },
      ];
    case "unassign":
      return [
        { operation: "unassign", result: await registry.unassign({ ...common, stage, version }) },
      ];
    case "rollback":
      return [{ operation: "rollback", result: await registry.rollback({ ...common, stage }) }];
    case "deregister":
      return [
        { operation: "deregister", result: await registry.deregister({ ...common, version }) },
      ];
    case "restore":
      return [{ operation: "restore", result: await registry.restore({ ...common, version }) }];
    case "deprecate":
      return [{ operation: "deprecate", result: await registry.deprecate(common) }];
    case "undeprecate":
      return [{ operation: "undeprecate", result: await registry.undeprecate(common) }];
  }
}

async function register(
  registry: Registry,
  request: Parameters<Registry["register"]>[0],
): Promise<Done> {
  return { operation: "register", result: await registry.register(request) };
}

async function promoteToStage(
  registry: Registry,
  request: Parameters<Registry["promote"]>[0],
): Promise<Done[]> {
  const { registration, assignment } = await registry.promote(request);
  return [
    { operation: "register", result: registration },
    { operation: "assign", result: assignment },
  ];
}
