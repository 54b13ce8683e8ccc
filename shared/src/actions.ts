import { evalGate } from "./eval-gate/eval-gate.js";
import type { AnyActionDefinition } from "./interface/define-action.js";

/** The actions the CLI offers: only those whose logic exists. */
export const actions: Readonly<Record<string, AnyActionDefinition>> = {
  "eval-gate": evalGate as unknown as AnyActionDefinition,
};
