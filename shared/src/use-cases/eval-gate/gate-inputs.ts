import type { ParsedInputs } from "../../interface/define-action.js";
import { BACKENDS } from "../../platform/registry/choose-backend.js";
import {
  bool,
  choice,
  dataSource,
  file,
  list,
  markerKey,
  outputPath,
  secret,
  text,
} from "../../interface/inputs.js";

/** eval-gate's inputs, as action.yml names them. */
export const gateInputKinds = {
  challenger: file(),
  // A file or a registry reference: resolved when the gate knows what it compares.
  champion: dataSource(),
  policy: file(),
  "model-file": file(),
  "run-record": file(),
  "id-column": text(),
  "label-column": text(),
  "score-column": text(),
  "prediction-column": text(),
  "latency-column": text(),
  "cost-column": text(),
  "example-scores": list(),
  "weight-column": text(),
  "positive-label": text(),
  "report-path": outputPath(),
  "comment-path": outputPath(),
  comment: choice(["auto", "always", "never", "from-fork-run"] as const),
  "comment-key": markerKey(),
  // Where a champion given as a registry reference is looked up, as promote would.
  registry: dataSource(),
  backend: choice(BACKENDS),
  "github-token": secret(),
  "fail-step": bool(),
};

export type GateInputs = ParsedInputs<"eval-gate", typeof gateInputKinds>;
