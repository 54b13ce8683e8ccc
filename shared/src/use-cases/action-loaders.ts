import type { AnyActionDefinition } from "../interface/define-action.js";
import type { ActionName } from "../interface/manifests.generated.js";

/**
 * Each action, loaded when it runs: a command of the CLI loads its own action's modules and not
 * the five others', which is most of its start (validate-data needs about a third of the
 * package). `actions` holds the same definitions, loaded at once, for whoever needs them all.
 */
export const actionLoaders: Readonly<Record<ActionName, () => Promise<AnyActionDefinition>>> = {
  "canary-deploy": async () => (await import("./canary-deploy/canary-deploy.js")).canaryDeploy,
  "drift-check": async () => (await import("./drift-check-action.js")).driftCheck,
  "eval-gate": async () => (await import("./eval-gate/eval-gate.js")).evalGate,
  promote: async () => (await import("./promote/promote.js")).promote,
  "train-run": async () => (await import("./train-run/train-run.js")).trainRun,
  "validate-data": async () => (await import("./validate-data/validate-data.js")).validateData,
};
