import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { FileError } from "../errors.js";
import { jsonPointer } from "../files/nesting.js";
import { parsePythonJson } from "../files/python-json.js";
import { jsonSyntaxError, readStructured } from "../files/read-structured.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";

/** A model's aggregate metrics by name; nested names are joined with dots (`test.f1`). */
export interface Metrics {
  readonly file: string;
  readonly values: ReadonlyMap<string, number>;
  /**
   * Values that are not finite numbers (text, a boolean, NaN, an infinity), as text: not
   * metrics, but named where a metric is gated or recorded; in a JSONL log, the metrics whose
   * last reading is one (a null is no reading). A NaN loss is what a diverged run writes: where
   * the format can write it (YAML's .nan, CSV's nan) it is read like any other value that is not
   * a number, and reported rather than refused. JSON has no NaN, but Python's json module
   * writes one bare by default, in a JSON file as in a JSONL log: it is read as the text NaN.
   */
  readonly nonNumeric: ReadonlyMap<string, string>;
  /** The line of a metric in the file, for annotations; found only when asked for. */
  readonly lineOf: (metric: string) => number | undefined;
  /** Each metric's values by step, from a JSONL file of steps; absent for other formats. */
  readonly histories?: ReadonlyMap<string, readonly MetricPoint[]>;
  /** The line of a JSONL log's last entry, left out because it was cut off mid-write. */
  readonly cutOffLine?: number;
}

export interface MetricPoint {
  readonly step: number;
  readonly value: number;
}

/**
 * Reads a metrics file: JSON or YAML (flat, or nested as DVC writes it), CSV `name,value`, or
 * JSONL of steps (`{"step": 10, "loss": 0.3}` a line), whose final values are the last of each.
 */
export function readMetrics(
  path: string,
  shownAs: string,
  options: { toleratePartialLastLine?: boolean } = {},
): Metrics {
  const extension = extname(path).toLowerCase();
  return extension === ".csv"
    ? readCsvMetrics(path, shownAs)
    : extension === ".jsonl" || extension === ".ndjson"
      ? readJsonlMetrics(path, shownAs, options.toleratePartialLastLine ?? false)
      : readTreeMetrics(path, shownAs);
}

/** The leaves of one JSON value, nested names joined with dots as in the other formats. */
function leaves(node: unknown, names: string[], into: Map<string, unknown>): void {
  if (node !== null && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) leaves(child, [...names, key], into);
  } else {
    into.set(names.join("."), node);
  }
}

/**
 * The longest metric name read, in characters: MLflow's limit on a metric key, so that a name a
 * tracker takes is read here too. A name is copied whole into the run record, the step's
 * outputs, the summary and annotations: a 100 MB key would make each of them 100 MB.
 */
const MAX_METRIC_NAME = 250;

/** Refuses a metric name longer than MAX_METRIC_NAME, named in part, at its line. */
function refuseLongName(name: string, shownAs: string, line: number | undefined): void {
  if (name.length <= MAX_METRIC_NAME) return;
  throw new FileError(
    shownAs,
    `metric name '${shorten(name, REFUSAL_NAME_LIMIT)}' is ${name.length} characters long, more than the ${MAX_METRIC_NAME} a metric name may have`,
    "Give the metric a short name, such as val.loss; write text to keep as a value, or in a file of its own",
    line,
  );
}

const finiteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * A training log of steps: each line a JSON object, its `step` the x of every other number on
 * it (the line's place among the steps when it has none). The bare `NaN` and `Infinity` that
 * Python writes are read as values that are not numbers: a diverged or overflowed loss (fp16
 * training writes one now and then) is a reading to report, not a broken log. A line that is
 * not a JSON object is an error naming the line: a half-written log must not pass for a
 * finished one. Where the writer is known to have been stopped (`partialLastLine`), a last
 * line that is not JSON is the one it was writing: it is left out, and its line given as
 * `cutOffLine`.
 */
function readJsonlMetrics(path: string, shownAs: string, partialLastLine: boolean): Metrics {
  const histories = new Map<string, MetricPoint[]>();
  const nonNumeric = new Map<string, string>();
  const lines = new Map<string, number>();
  let entries = 0;
  let cutOffLine: number | undefined;
  const all = readText(path, shownAs).split(/\r?\n/);
  const last = all.findLastIndex((raw) => raw.trim() !== "");
  all.forEach((raw, index) => {
    if (raw.trim() === "") return;
    let entry: unknown;
    try {
      entry = parsePythonJson(raw);
    } catch (error) {
      if (partialLastLine && index === last) {
        cutOffLine = index + 1;
        return;
      }
      // Told of the line as written, also where a NaN it took was rewritten to parse it.
      const { problem, fix } = jsonSyntaxError(raw, (error as Error).message, "line");
      throw new FileError(shownAs, `is not valid JSONL: ${problem}`, fix, index + 1);
    }
    if (entry === null || typeof entry !== "object" || Array.isArray(entry))
      throw new FileError(
        shownAs,
        "expected a JSON object of metrics a line",
        'Write {"step": 1, "loss": 0.5}',
        index + 1,
      );
    const found = new Map<string, unknown>();
    leaves(entry, [], found);
    const stepValue = found.get("step");
    const step = finiteNumber(stepValue) ? stepValue : entries;
    entries++;
    found.delete("step");
    for (const [name, value] of found) {
      refuseLongName(name, shownAs, index + 1);
      // null is how sparse logs write a metric not measured at this step (every key on every
      // line, as pandas' to_json does): no reading, not a reading that is no number.
      if (value === null) continue;
      lines.set(name, index + 1);
      if (!finiteNumber(value)) {
        nonNumeric.set(name, String(value));
        continue;
      }
      nonNumeric.delete(name);
      const points = histories.get(name) ?? [];
      points.push({ step, value });
      histories.set(name, points);
    }
  });
  // A metric whose last reading is not a number has no final value: not an earlier one.
  const values = new Map(
    [...histories]
      .filter(([name]) => !nonNumeric.has(name))
      .map(([name, points]) => [name, points.at(-1)!.value]),
  );
  return {
    file: shownAs,
    values,
    nonNumeric,
    lineOf: (m) => lines.get(m),
    histories,
    ...(cutOffLine === undefined ? {} : { cutOffLine }),
  };
}

function readText(path: string, shownAs: string): string {
  try {
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new FileError(
      shownAs,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

function readTreeMetrics(path: string, shownAs: string): Metrics {
  const doc = readStructured(path, shownAs, { pythonNonFinite: true });
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new FileError(
      shownAs,
      "is not a metrics file: expected a mapping of metric names to numbers",
      'Write it as {"accuracy": 0.91} or nested as DVC does',
    );
  }
  const values = new Map<string, number>();
  const nonNumeric = new Map<string, string>();
  const pointers = new Map<string, string>();
  const walk = (node: unknown, names: string[]) => {
    const name = names.join(".");
    if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...names, key]);
      return;
    }
    if (values.has(name) || nonNumeric.has(name)) {
      // `{"a.b": 1, "a": {"b": 2}}` names one metric twice; which one wins must not be luck.
      throw new FileError(
        shownAs,
        `metric '${name}' is given twice (as a dotted key and as a nested path)`,
        "Keep one of them",
      );
    }
    const pointer = jsonPointer(names);
    refuseLongName(name, shownAs, doc.lineOf(pointer));
    pointers.set(name, pointer);
    if (finiteNumber(node)) values.set(name, node);
    else nonNumeric.set(name, String(node));
  };
  walk(doc.value, []);
  const lineOf = (metric: string) => {
    const pointer = pointers.get(metric);
    return pointer === undefined ? undefined : doc.lineOf(pointer);
  };
  return { file: shownAs, values, nonNumeric, lineOf };
}

/** Splits one CSV line, honouring double quotes (a metric name may contain a comma). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells.map((v) => v.trim());
}

/**
 * Refuses a CSV file whose first line, split at commas, is one field holding semicolons or tabs:
 * written with another separator (pandas' `sep=";"`, a spreadsheet in a locale whose decimal
 * mark is the comma), its header would be read as one column, and the file taken for what it
 * is not. `tsv` says that the file would be read with tabs as a `.tsv`, as predictions are.
 */
export function refuseOtherSeparator(shownAs: string, cells: readonly string[], tsv = false): void {
  const separator = cells.length === 1 ? [";", "\t"].find((c) => cells[0]!.includes(c)) : undefined;
  if (separator === undefined) return;
  const tabs = separator === "\t";
  throw new FileError(
    shownAs,
    `is not comma-separated: its first line is one field with ${tabs ? "tabs" : "semicolons"} in it (${JSON.stringify(shorten(cells[0]!, REFUSAL_NAME_LIMIT))})`,
    `Write it with commas between fields, as pandas' to_csv does unless given another sep${tabs && tsv ? ", or name it .tsv, which is read with tabs" : ""}`,
    1,
  );
}

function readCsvMetrics(path: string, shownAs: string): Metrics {
  const text = readText(path, shownAs);
  const values = new Map<string, number>();
  const nonNumeric = new Map<string, string>();
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === "") return;
    const cells = splitCsvLine(raw);
    if (lineNumber === 1) refuseOtherSeparator(shownAs, cells);
    if (cells.length !== 2) {
      throw new FileError(
        shownAs,
        `expected 2 cells (name,value), found ${cells.length}`,
        "Write one metric a line as name,value",
        lineNumber,
      );
    }
    const [name, valueText] = cells as [string, string];
    if (lineNumber === 1 && name.toLowerCase() === "name" && valueText.toLowerCase() === "value")
      return;
    if (name === "") throw new FileError(shownAs, "a metric has no name", undefined, lineNumber);
    refuseLongName(name, shownAs, lineNumber);
    if (values.has(name) || nonNumeric.has(name))
      throw new FileError(
        shownAs,
        `metric '${name}' appears twice`,
        "Keep one row per metric",
        lineNumber,
      );
    const value = Number(valueText);
    if (valueText !== "" && finiteNumber(value)) values.set(name, value);
    else nonNumeric.set(name, valueText);
    lines.set(name, lineNumber);
  });
  return { file: shownAs, values, nonNumeric, lineOf: (metric) => lines.get(metric) };
}

/** At most this many metrics are named in a note; a log of text fields would fill a page. */
const NAMED_IN_NOTE = 10;

/**
 * What a run record should say of its metrics file beyond the values: the metrics left out
 * because a value is not a finite number (each with its line), or that it holds none at all.
 */
export function metricsNotes(metrics: Metrics): string[] {
  if (metrics.values.size === 0 && metrics.nonNumeric.size === 0)
    return [`${metrics.file}: holds no metrics, so none were recorded`];
  if (metrics.nonNumeric.size === 0) return [];
  const named = [...metrics.nonNumeric].slice(0, NAMED_IN_NOTE).map(([name, text]) => {
    const line = metrics.lineOf(name);
    // A log may hold a sample generation or a config dump as text: named, not copied whole.
    return `'${shorten(name, 80)}' is '${shorten(text, 80)}'${line === undefined ? "" : ` (line ${line})`}`;
  });
  const more = metrics.nonNumeric.size - named.length;
  return [
    `${metrics.file}: not recorded, as not finite numbers: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  ];
}
