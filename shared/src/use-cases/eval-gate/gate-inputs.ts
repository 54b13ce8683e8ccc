import type { ParsedInputs } from "../../interface/define-action.js";
import { bool, choice, file, markerKey, outputPath, secret } from "../../interface/inputs.js";

/** eval-gate's inputs, as action.yml names them. */
export const gateInputKinds = {
  challenger: file(),
  champion: file(),
  policy: file(),
  "model-file": file(),
  "report-path": outputPath(),
  "comment-path": outputPath(),
  comment: choice(["auto", "always", "never", "from-fork-run"] as const),
  "comment-key": markerKey(),
  "github-token": secret(),
  "fail-step": bool(),
};

export type GateInputs = ParsedInputs<"eval-gate", typeof gateInputKinds>;
