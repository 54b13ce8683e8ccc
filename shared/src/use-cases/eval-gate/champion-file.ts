/**
 * The champion: a file, or a registry reference (`churn#prod`, `churn@v1.2.0`) whose release
 * holds the champion's predictions or metrics, read through the backend promote would use with
 * the same registry and backend inputs.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import type { RunContext } from "../../interface/define-action.js";
import { registryAsset } from "../../platform/registry/registry-asset.js";
import { parseReference } from "../../platform/registry/tag-grammar.js";
import type { ReadPredictionsOptions } from "../../engine/metrics/predictions.js";
import type { GateInputs } from "./gate-inputs.js";

// JSON Lines under either extension, as the readers take both.
const PREDICTIONS_ASSET = /predictions[^/]*\.(csv|jsonl|ndjson|parquet)(\.gz)?$/i;
const METRICS_ASSET = /metrics[^/]*\.(json|ya?ml|csv|jsonl|ndjson)$/i;

/** The champion's file, and how the report names it. */
export interface ChampionFile {
  readonly path: string;
  /** The release asset it came from (`churn@v1.2.0 (predictions.csv)`), for a reference. */
  readonly from?: string;
}

/**
 * How the champion's predictions are read: as the challenger's, but that its file may lack the
 * sample weights' column (one kept in a registry before the gate weighed examples, say), as the
 * challenger's weights then count for both.
 */
export const championReads = <T extends ReadPredictionsOptions>(options: T): T =>
  options.weights ? { ...options, weights: { ...options.weights, optional: true } } : options;

export async function championFile(
  text: string,
  predictions: boolean,
  context: Pick<RunContext, "cwd" | "github">,
  inputs: Pick<GateInputs, "github-token" | "registry" | "backend">,
): Promise<ChampionFile> {
  const path = isAbsolute(text) ? text : resolve(context.cwd, text);
  if (existsSync(path)) {
    if (statSync(path).isFile()) return { path };
    throw new InputError("champion", `'${text}' is not a file`, "Give the path of a file");
  }
  const reference = parseReference(text);
  if (!reference) {
    throw new InputError(
      "champion",
      `'${text}' is neither a file nor a registry reference`,
      "Give the champion's file, or a registry reference such as churn#prod",
    );
  }
  const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
  const found = await registryAsset(
    reference,
    context.cwd,
    { github, path: inputs.registry, backend: inputs.backend },
    {
      input: "champion",
      what: predictions ? "predictions asset" : "metrics asset",
      pattern: predictions ? PREDICTIONS_ASSET : METRICS_ASSET,
      fix: predictions
        ? "Register the champion with its predictions file (named like predictions.csv) among its assets"
        : "Register the champion with its metrics file (named like metrics.json) among its assets",
    },
  );
  return { path: found.location, from: `${found.tag} (${found.name})` };
}
