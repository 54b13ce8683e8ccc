import type { Refuse } from "../../engine/contracts/read-gate-policy.js";
import { refuseField } from "../../engine/contracts/validate.js";
import { MlopsError } from "../../engine/errors.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { fillQuery, type PresetMetric } from "../../platform/prometheus/index.js";

/** The fields of a metric that hold a query. */
export type QueryField = "query" | "failures" | "total";

/**
 * A metric of the queries file, with where each of its queries is written: a query Prometheus
 * rejects later, before any traffic moves, is refused at its file and line.
 */
export interface WrittenMetric extends PresetMetric {
  readonly written: {
    readonly file: string;
    readonly lines: Readonly<Partial<Record<QueryField, number>>>;
  };
}

/** Refuses one of a queries file's queries at its file, line and field, as the file's other problems are. */
export function refuseWrittenQuery(
  metric: WrittenMetric,
  field: QueryField,
  problem: string,
  fix: string,
): never {
  const { file, lines } = metric.written;
  return refuseField(file, () => lines[field])(
    jsonPointer(["metrics", metric.name, field]),
    problem,
    fix,
  );
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A query that selects the variant: without {variant} it reads one series for both, and inside
 * a `raw string` (which fillQuery refuses, its only refusal of a template) it cannot be escaped.
 */
function withVariant(query: string, at: string, refuse: Refuse): string {
  if (!query.includes("{variant}")) {
    refuse(
      at,
      "has no {variant}, so it would read the same series for the baseline and the canary",
      'Select the variant in it, such as http_requests_total{{variant_label}="{variant}"}',
    );
  }
  try {
    fillQuery(query, { variant: "baseline", variantLabel: "variant", window: "1m" });
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    refuse(
      at,
      "has {variant} inside a `raw string`, which has no escapes, so a variant's name could end it early",
      'Put "{variant}" in double quotes',
    );
  }
  return query;
}

/** One metric of the file, checked field by field. */
function metricOf(
  name: string,
  spec: unknown,
  refuse: Refuse,
  lineOf: (pointer: string) => number | undefined,
  file: string,
): WrittenMetric {
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
  const query = (field: QueryField) => withVariant(text(field, true)!, `${at}/${field}`, refuse);
  const fields: QueryField[] = kind === "samples" ? ["query"] : ["failures", "total"];
  const queries = Object.fromEntries(fields.map((field) => [field, query(field)]));
  const lines = Object.fromEntries(fields.map((field) => [field, lineOf(`${at}/${field}`)]));
  const unit = text("unit", false);
  return {
    name,
    kind: kind as PresetMetric["kind"],
    direction: direction as PresetMetric["direction"],
    ...queries,
    ...(unit === undefined ? {} : { unit }),
    description: text("description", false) ?? name,
    written: { file, lines },
  };
}

/**
 * Reads the user's own PromQL metrics: `metrics:` mapping each name to its `kind` (samples or
 * proportion), `direction`, and `query` (samples) or `failures` and `total` (proportion), with
 * an optional `unit` and `description`. Every problem names the file, line and field.
 */
export function loadQueries(path: string, shownAs: string): WrittenMetric[] {
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
    metricOf(name, spec, refuse, doc.lineOf, shownAs),
  );
}
