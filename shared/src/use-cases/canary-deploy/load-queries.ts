import type { Refuse } from "../../engine/contracts/read-gate-policy.js";
import { refuseField } from "../../engine/contracts/validate.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { readStructured } from "../../engine/files/read-structured.js";
import type { PresetMetric } from "../../platform/prometheus/index.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** One metric of the file, checked field by field. */
/** A query that selects the variant: without {variant} it reads one series for both. */
function withVariant(query: string, at: string, refuse: Refuse): string {
  if (!query.includes("{variant}")) {
    refuse(
      at,
      "has no {variant}, so it would read the same series for the baseline and the canary",
      'Select the variant in it, such as http_requests_total{{variant_label}="{variant}"}',
    );
  }
  return query;
}

function metricOf(name: string, spec: unknown, refuse: Refuse): PresetMetric {
  const at = jsonPointer(["metrics", name]);
  if (!NAME.test(name))
    refuse(
      at,
      "is not a metric name",
      "Use letters, digits, _ . : and -, starting with a letter or _",
    );
  if (!isRecord(spec))
    return refuse(at, "is not a mapping", "Give kind, direction and the queries");
  const text = (field: string, required: boolean): string | undefined => {
    const value = spec[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== "string" || value.trim() === "")
      refuse(
        `${at}/${field}`,
        required ? "is missing or empty" : "is not text",
        `Give ${field} as text`,
      );
    return value as string;
  };
  const known = new Set(["kind", "direction", "query", "failures", "total", "unit", "description"]);
  for (const field of Object.keys(spec))
    if (!known.has(field))
      refuse(`${at}/${field}`, "is not a field of a metric", `Use ${[...known].join(", ")}`);
  const kind = spec.kind;
  if (kind !== "samples" && kind !== "proportion")
    refuse(
      `${at}/kind`,
      `is ${JSON.stringify(kind)}`,
      "Use samples (a time series such as a latency quantile) or proportion (failures of a total)",
    );
  const direction = spec.direction;
  if (direction !== "higher" && direction !== "lower")
    refuse(
      `${at}/direction`,
      `is ${JSON.stringify(direction)}`,
      "Use higher or lower: which way is better",
    );
  const query = (field: string) => withVariant(text(field, true)!, `${at}/${field}`, refuse);
  const queries =
    kind === "samples"
      ? { query: query("query") }
      : { failures: query("failures"), total: query("total") };
  const unit = text("unit", false);
  return {
    name,
    kind: kind as PresetMetric["kind"],
    direction: direction as PresetMetric["direction"],
    ...queries,
    ...(unit === undefined ? {} : { unit }),
    description: text("description", false) ?? name,
  };
}

/**
 * Reads the user's own PromQL metrics: `metrics:` mapping each name to its `kind` (samples or
 * proportion), `direction`, and `query` (samples) or `failures` and `total` (proportion), with
 * an optional `unit` and `description`. Every problem names the file, line and field.
 */
export function loadQueries(path: string, shownAs: string): PresetMetric[] {
  const doc = readStructured(path, shownAs);
  const refuse: Refuse = refuseField(shownAs, doc.lineOf);
  const metrics = isRecord(doc.value) ? doc.value.metrics : undefined;
  if (!isRecord(metrics) || Object.keys(metrics).length === 0)
    refuse(
      "/metrics",
      "is not a mapping of metric names to their queries",
      "Write metrics: {latency_p95: {kind: samples, direction: lower, query: ...}}",
    );
  return Object.entries(metrics as Record<string, unknown>).map(([name, spec]) =>
    metricOf(name, spec, refuse),
  );
}
