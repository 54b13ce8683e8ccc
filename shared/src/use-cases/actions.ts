import { canaryDeploy } from "./canary-deploy/canary-deploy.js";
import { driftCheck } from "./drift-check-action.js";
import { evalGate } from "./eval-gate/eval-gate.js";
import type { AnyActionDefinition } from "../interface/define-action.js";
import { promote } from "./promote/promote.js";
import { trainRun } from "./train-run/train-run.js";
import { validateData } from "./validate-data/validate-data.js";

/** The actions the CLI offers: only those whose logic exists. */
export const actions: Readonly<Record<string, AnyActionDefinition>> = {
  "canary-deploy": canaryDeploy,
  "drift-check": driftCheck,
  "eval-gate": evalGate,
  promote: promote,
  "train-run": trainRun,
  "validate-data": validateData,
};
