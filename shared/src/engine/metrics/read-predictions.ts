import type { Batch } from "../data/batch.js";
import { DataError } from "../data/data-error.js";
import { formatOf, readBatches } from "../data/read-batches.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import {
  CategoryCollector,
  IdCollector,
  ListScoreCollector,
  NumberCollector,
  ProbabilitySumCheck,
  type CellError,
  type PlaceError,
  type ReadShared,
  type Collector,
  type ColumnRole,
} from "./column-collectors.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  type FileScores,
  type PredictionColumnNames,
  type PredictionFile,
  type ReadPredictionsOptions,
} from "./predictions.js";
import {
  absentColumns,
  claimedColumns,
  perClassScoreColumns,
  readsScoresOnly,
  unreadOutcomes,
} from "./absent-columns.js";
import { GivenClassesCheck } from "./given-classes.js";
import { absentSlice, missingColumns } from "./missing-column.js";
import { RowEstimate } from "./row-estimate.js";
import { sortClasses } from "./class-space.js";

/**
 * Rows per batch: few enough that the rows of the batch being filled hardly bias the estimate
 * of a file's rows (`RowEstimate`), many enough that a batch costs little.
 */
const BATCH_ROWS = 8192;

/** The columns that a read takes, found on its first batch, and how to finish them. */
interface ReadPlan {
  readonly collectors: Collector[];
  finish(rowCount: number): PredictionFile;
}

/**
 * The classes the label and prediction columns of `batch` (a file's first) hold, sorted as the
 * class space sorts them: what a missing score column of each class's probability is named by.
 */
function classesOf(batch: Batch, columns: readonly string[]): string[] {
  const names = new Set<string>();
  let numeric = true;
  for (const name of columns) {
    const column = batch.columns.get(name);
    if (column === undefined) continue;
    if ("values" in column) {
      for (const value of column.values.subarray(0, batch.length)) {
        if (!Number.isNaN(value)) names.add(String(value));
      }
      continue;
    }
    numeric = false;
    for (const code of column.codes.subarray(0, batch.length)) {
      if (code >= 0) names.add(column.dictionary[code]!);
    }
  }
  return sortClasses(names, numeric && names.size > 0);
}

/** A slice column the file lacks, when the caller does not say where the column is named. */
function refuseSliceOfFile(column: string, file: string, columns: readonly string[]): never {
  const { fix } = absentSlice(file, column, columns);
  throw new DataError(
    file,
    `has no column '${shorten(column, REFUSAL_NAME_LIMIT)}' to slice by`,
    fix,
    undefined,
    undefined,
    column,
  );
}

class Planner {
  readonly names: PredictionColumnNames;
  private readonly columns: string[];
  /** The text columns whose first batch holds a JSON list. */
  private readonly lists: ReadonlySet<string>;
  /** Where metrics need the score of a classifier: the classes of the first batch. */
  private readonly firstClasses: readonly string[];

  constructor(
    private readonly file: string,
    private readonly options: ReadPredictionsOptions,
    batch: Batch,
    private readonly shared: ReadShared,
  ) {
    this.names = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
    this.columns = [...batch.names];
    this.lists = new Set(
      [...batch.columns]
        .filter(([, c]) => "dictionary" in c && c.dictionary.some((v) => v.trimStart()[0] === "["))
        .map(([name]) => name),
    );
    const { label, prediction } = this.names;
    this.firstClasses =
      options.needs?.score && options.task !== "regression"
        ? classesOf(batch, [label, prediction])
        : [];
  }

  has(column: string): boolean {
    return this.columns.includes(column);
  }

  /** The column of a role when present (`absentColumns` refused a needed one that is not). */
  optional(role: keyof PredictionColumnNames): string | undefined {
    const column = this.names[role];
    return this.has(column) ? column : undefined;
  }

  role(column: string, what: string, required: boolean): ColumnRole {
    return { column, what, required };
  }

  numbers(
    column: string,
    what: string,
    required: boolean,
    probability = false,
    binary?: string,
    rowNoted = false,
  ) {
    return new NumberCollector(
      { column, what, required, probability, rowNoted, ...(binary !== undefined && { binary }) },
      this.shared,
    );
  }

  /** A category column; `sorted` for classes (see `CategoryCollector`). */
  categories(column: string, what: string, required: boolean, sorted = false) {
    return new CategoryCollector(this.role(column, what, required), this.shared, sorted);
  }

  /** The per-example score columns, each present (`absentColumns` refused a file without). */
  exampleScores(): string[] {
    return [...new Set(this.options.exampleScores ?? [])];
  }

  /** The slice columns, each of which must be present: refused where it is named. */
  slices(): string[] {
    const list = [...new Set(this.options.slices ?? [])];
    const refuse = this.options.refuseSlice ?? refuseSliceOfFile;
    for (const column of list) if (!this.has(column)) refuse(column, this.file, this.columns);
    return list;
  }

  plan(): ReadPlan {
    // Every missing column in one error (id, label, outcome, latency, cost, per-example
    // scores), not one run each.
    const absent = absentColumns(this.columns, this.options, this.firstClasses);
    if (absent.length > 0) throw missingColumns(this.file, this.columns, absent);
    const ids = new IdCollector(this.role(this.names.id, "id", true), this.shared);
    const latencyColumn = this.optional("latency");
    const costColumn = this.optional("cost");
    const latency =
      latencyColumn === undefined ? undefined : this.numbers(latencyColumn, "latency", false);
    const cost = costColumn === undefined ? undefined : this.numbers(costColumn, "cost", false);
    const scores = this.exampleScores().map((column) => {
      const binary = this.options.binaryScores?.get(column);
      const what = `score '${shorten(column, REFUSAL_NAME_LIMIT)}'`;
      return [column, this.numbers(column, what, false, false, binary)] as const;
    });
    const slices = this.slices().map(
      (column) => [column, this.categories(column, "slice", false)] as const,
    );
    const weights = this.weights();
    const outcomes = readsScoresOnly(this.columns, this.options)
      ? { collectors: [], finish: () => this.scoresOnly() }
      : this.options.task === "regression"
        ? this.regression()
        : this.classification();
    const collectors: Collector[] = [
      ids,
      ...outcomes.collectors,
      ...[latency, cost].filter((c) => c !== undefined),
      ...scores.map(([, c]) => c),
      ...slices.map(([, c]) => c),
      ...(weights ? [weights] : []),
    ];
    return {
      collectors,
      finish: (rowCount) =>
        ({
          file: this.file,
          rowCount,
          ids: ids.finish(),
          ...(latency && { latency: latency.finish() }),
          ...(cost && { cost: cost.finish() }),
          exampleScores: new Map(scores.map(([column, c]) => [column, c.finish()])),
          slices: new Map(slices.map(([column, c]) => [column, c.finish()])),
          ...(weights && { weights: { column: weights.column, values: weights.finish() } }),
          ...outcomes.finish(),
        }) as PredictionFile,
    };
  }

  /** The sample weights, where the file has their column (`absentColumns` refused one it needs). */
  private weights() {
    const column = this.options.weights?.column;
    if (column === undefined || !this.has(column)) return undefined;
    const role = { column, what: "weight", required: true, weight: true };
    return Object.assign(new NumberCollector(role, this.shared), { column });
  }

  /** A file read for its scores alone, with the label and outcome columns it lacks. */
  private scoresOnly() {
    return { task: "scores" as const, lacks: unreadOutcomes(this.columns, this.options) };
  }

  private regression() {
    const labels = this.numbers(this.names.label, "label", true);
    const predictions = this.numbers(this.names.prediction, "prediction", true);
    return {
      collectors: [labels, predictions],
      finish: () => ({
        task: "regression" as const,
        labels: labels.finish(),
        predictions: predictions.finish(),
      }),
    };
  }

  private classification() {
    const labels = this.categories(this.names.label, "label", true, true);
    const predictionColumn = this.optional("prediction");
    const predictions =
      predictionColumn === undefined
        ? undefined
        : this.categories(predictionColumn, "prediction", true, true);
    // One of the two at least: `absentColumns` refused a file with neither.
    const scores = this.scores();
    return {
      collectors: [labels, ...(predictions ? [predictions] : []), ...(scores?.collectors ?? [])],
      finish: () => ({
        task: "classification" as const,
        labels: labels.finish(),
        ...(predictions && { predictions: predictions.finish() }),
        ...(scores && { scores: scores.finish() }),
      }),
    };
  }

  /**
   * The score column: the positive class's probability, or a JSON list per row when the first
   * rows hold lists; without it, columns `<score>_<class>` hold one class's probability each.
   * Of three such columns or more, a cell may be empty where every row leaves as many empty (a
   * top-k export writes each row's top classes alone, `GivenClassesCheck`): its rows are then no
   * distribution, refused by the metrics that read one, while top-k accuracy ranks the classes
   * given. Of one or two, the positive class's probability is read by every metric of scores,
   * and each cell is needed.
   */
  private scores(): { collectors: Collector[]; finish(): FileScores } | undefined {
    const column = this.optional("score");
    if (column !== undefined) {
      return this.lists.has(column) ? this.listScores(column) : this.positiveScores(column);
    }
    const prefix = `${this.names.score}_`;
    const perClass = perClassScoreColumns(this.columns, this.options);
    if (perClass.length === 0) return undefined;
    const required = perClass.length < 3;
    const collectors = perClass.map((name) =>
      this.numbers(
        name,
        `probability '${shorten(name, REFUSAL_NAME_LIMIT)}'`,
        required,
        true,
        undefined,
        !required,
      ),
    );
    const given = required
      ? undefined
      : new GivenClassesCheck(this.names.score, perClass, collectors, this.shared);
    const sums = new ProbabilitySumCheck(`${prefix}<class>`, collectors, this.shared, given);
    return {
      collectors: [...collectors, ...(given ? [given] : []), sums],
      finish: () => {
        const columns = collectors.map((c) => c.finish());
        const offSums = sums.offRows.finish(columns);
        const topKExport = given?.finish();
        const classes = perClass.map((name) => name.slice(prefix.length));
        return {
          kind: "per-class",
          classes,
          columns,
          ...(offSums && { offSums }),
          ...(topKExport && { topKExport }),
        };
      },
    };
  }

  private positiveScores(column: string) {
    const values = this.numbers(column, "score", true, true);
    return {
      collectors: [values],
      finish: () => ({ kind: "positive" as const, values: values.finish() }),
    };
  }

  private listScores(column: string) {
    const lists = new ListScoreCollector(this.role(column, "score", true), this.shared);
    return {
      collectors: [lists],
      finish: () => {
        const columns = lists.finish();
        const offSums = lists.offRows.finish(columns);
        return { kind: "list" as const, columns, ...(offSums && { offSums }) };
      },
    };
  }
}

/**
 * Reads one model's per-example predictions (CSV, JSONL or Parquet, CSV and JSONL possibly
 * gzipped: whatever the data engine reads) into typed arrays, one per column it needs; other
 * columns are read by the engine and dropped batch by batch. The id column is read as bytes
 * (as text when another role reads it too), so that ids compare as written and no id becomes a
 * string; a slice column as text, so that its slices are named as its cells are written. The
 * columns the options need and the file lacks are one `DataError` naming each with the input to
 * set; a cell that is missing where a value is needed, not a number where one is needed, or not
 * a probability, is a `DataError` naming the file and line (for Parquet, the row). A file
 * without rows is refused. With `outcomesOptional`, a file that lacks the label
 * or every outcome column is read for its other columns (task `scores`).
 */
export async function readPredictions(
  path: string,
  options: ReadPredictionsOptions = {},
): Promise<PredictionFile> {
  const format = options.format ?? formatOf(path);
  const placeError: PlaceError = (file, at, column, problem, fix) => {
    problem = `column '${shorten(column, REFUSAL_NAME_LIMIT)}': ${problem}`;
    return format === "parquet"
      ? new DataError(file, problem, fix, undefined, at, column)
      : new DataError(file, problem, fix, at, undefined, column);
  };
  const cellError: CellError = (batch, row, column, problem, fix) =>
    placeError(batch.file, batch.lineNumbers[row]!, column, problem, fix);
  const placeOf = (at: number) => (format === "parquet" ? `row ${at}` : `line ${at}`);
  const { id: idColumn, ...others } = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const roles = [
    ...Object.values(others),
    ...(options.exampleScores ?? []),
    ...(options.weights ? [options.weights.column] : []),
  ];
  const slices = options.slices ?? [];
  // The ids as bytes, unless another role reads the same column and needs its text.
  const idAsText = [...roles, ...slices].includes(idColumn);
  // A slice is named by its cells as written (`2024-06-03`, not a date's milliseconds since
  // 1970), but where another role reads its column as numbers or classes.
  const textColumns = [
    ...(idAsText ? [idColumn] : []),
    ...slices.filter((column) => !roles.includes(column)),
  ];
  const estimate = new RowEstimate();
  let plan: ReadPlan | undefined;
  let rowCount = 0;
  // Every collector copies what it keeps of a batch: the reader may refill its arrays.
  const batches = readBatches(path, {
    textColumns,
    ...(!idAsText && { byteColumns: [idColumn] }),
    ...(options.format && { format: options.format }),
    ...(options.delimiter && { delimiter: options.delimiter }),
    batchSize: options.batchSize ?? BATCH_ROWS,
    reuseBatches: true,
    // The columns a role, a slice or a per-example score takes, and the per-class scores: any
    // other (the example's text, its features) is read as bytes, and no cell of it a string.
    usedColumns: {
      only: [...claimedColumns(options)],
      prefixes: [`${options.columns?.score ?? DEFAULT_PREDICTION_COLUMNS.score}_`],
    },
  });
  for await (const batch of batches) {
    if (plan === undefined) {
      plan = new Planner(path, options, batch, { cellError, placeError, placeOf, estimate }).plan();
    }
    estimate.see(batch);
    for (const collector of plan.collectors) collector.add(batch);
    rowCount += batch.length;
  }
  if (plan === undefined || rowCount === 0) {
    throw new DataError(
      path,
      "holds no predictions (it has no rows)",
      "Write one row per evaluated example",
    );
  }
  return plan.finish(rowCount);
}
