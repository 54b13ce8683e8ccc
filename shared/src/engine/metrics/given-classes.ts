import type { Batch, LateKey } from "../data/batch.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import type { Collector, NumberCollector, ReadShared } from "./column-collectors.js";
import type { TopKExport } from "./predictions.js";

const FIX = "Give every class's probability on every row, or export the same top k on every row";

/** The fix of a JSON Lines key that first appears after the rows the columns are read from. */
const lateFix = (score: string) =>
  `Write every class's key on the file's first row (null where the row gives no probability), or each row's probabilities as a JSON list in column '${shorten(score, REFUSAL_NAME_LIMIT)}'`;

/** Why rows that give unlike numbers of classes are refused, after the problem found. */
const WHY =
  "a file gives each row's probabilities of every class, or (a top-k export) of the same number of top classes";

/** "1 of the 3 classes' probabilities is empty, this one", of a row's first empty cell. */
function emptied(empty: number, classes: number): string {
  const count = `${empty} of the ${classes} classes' probabilities`;
  return empty === 1 ? `${count} is empty, this one` : `${count} are empty, this one the first`;
}

/**
 * Counts the classes whose probability each row gives, of three probability columns or more (of
 * fewer, each cell is needed), so that empty cells are read only where the file is a top-k
 * export: its first row says which it is, and every other row must give as many classes. An
 * empty cell in a file of whole rows is a slip, which the metrics of the predicted classes would
 * read as a class below those given, and is refused at its line; so are a row that gives none,
 * and an export's row that gives another number (for a class's JSON Lines key that the columns
 * lack, named as such). Added after the columns' collectors, it reads
 * the rows they took of each batch, a column at a time, into one array of counts kept across
 * batches: nothing is made per row, and the first row's place is all it keeps.
 */
export class GivenClassesCheck implements Collector {
  private counts = new Int32Array(0);
  /** How many classes the file's first row gives; -1 before it is read. */
  private given = -1;
  private firstAt = 0;
  /** The first row's first empty cell's class; -1 where the row gives every class's. */
  private firstEmpty = -1;
  private file = "";

  constructor(
    /** The score column whose name, with `_`, begins each class's (`score`). */
    private readonly score: string,
    private readonly names: readonly string[],
    private readonly classes: readonly NumberCollector[],
    private readonly shared: ReadShared,
  ) {}

  add(batch: Batch): void {
    const n = batch.length;
    if (this.counts.length < n) this.counts = new Int32Array(n);
    const counts = this.counts;
    counts.fill(0, 0, n);
    const columns = this.classes.map((collector) => collector.recent(n));
    for (const values of columns) {
      for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) counts[i]!++;
    }
    for (let i = 0; i < n; i++) {
      if (counts[i] !== this.given) this.unlike(batch, i, counts[i]!, columns);
    }
  }

  /** The columns' name in errors that are of no one column (`score_<class>`). */
  private get column(): string {
    return `${this.score}_<class>`;
  }

  /**
   * Row `i` of `batch`, which gives `count` classes, not as many as the first row (or is the
   * first): noted where it is the first row, else refused.
   */
  private unlike(batch: Batch, i: number, count: number, columns: readonly Float64Array[]): void {
    const { shared, names } = this;
    const classes = columns.length;
    const late = this.given < 0 ? undefined : this.lateKey(batch, i);
    if (late) {
      const at = batch.lineNumbers[i]!;
      const row = at === late.line ? "the row" : shared.placeOf(at);
      throw shared.placeError(
        late.file,
        late.line,
        late.name,
        `first appears here, after the rows whose keys are the file's columns, so it is not read, and ${row} gives ${count} of the ${classes} classes' probabilities read, the first row (${shared.placeOf(this.firstAt)}) ${this.given}`,
        lateFix(this.score),
      );
    }
    if (count === 0) {
      throw shared.cellError(
        batch,
        i,
        this.column,
        "every class's probability is empty",
        "Write each row's probabilities: of every class, or of its top classes with the rest empty or 0",
      );
    }
    if (this.given < 0) {
      this.given = count;
      this.firstAt = batch.lineNumbers[i]!;
      this.firstEmpty = columns.findIndex((values) => Number.isNaN(values[i]!));
      this.file = batch.file;
      return;
    }
    if (this.given === classes) {
      const empty = columns.findIndex((values) => Number.isNaN(values[i]!));
      throw shared.cellError(
        batch,
        i,
        names[empty]!,
        `${emptied(classes - count, classes)}, and the first row gives every class's: ${WHY}`,
        FIX,
      );
    }
    // Of a file whose first row leaves cells empty, a whole row says that the slip is the first.
    if (count === classes) {
      throw shared.placeError(
        this.file,
        this.firstAt,
        names[this.firstEmpty]!,
        `${emptied(classes - this.given, classes)}, and ${shared.placeOf(batch.lineNumbers[i]!)} gives every class's: ${WHY}`,
        FIX,
      );
    }
    throw shared.cellError(
      batch,
      i,
      this.column,
      `the row gives ${count} of the ${classes} classes' probabilities, and the first row (${shared.placeOf(this.firstAt)}) ${this.given}: ${WHY}`,
      FIX,
    );
  }

  /**
   * A class's key of a JSON Lines file that first appears, on row `i` or before, after the rows
   * the file's columns are the keys of (a class of a top-k export that no early row ranks): a
   * row that gives it gives one class fewer of the columns, and is refused for the key rather
   * than for a count it does not write.
   */
  private lateKey(batch: Batch, i: number): LateKey | undefined {
    const line = batch.lineNumbers[i]!;
    const prefix = `${this.score}_`;
    return batch.lateKeys?.find(
      (key) => key.file === batch.file && key.line <= line && key.name.startsWith(prefix),
    );
  }

  /** Whether the rows read so far are a top-k export's: each gives fewer than every class's. */
  get exports(): boolean {
    return this.given >= 0 && this.given < this.classes.length;
  }

  /** The export the file is, where its rows give fewer than every class's probability. */
  finish(): TopKExport | undefined {
    if (!this.exports) return undefined;
    return {
      given: this.given,
      first: this.shared.placeOf(this.firstAt),
      column: this.names[this.firstEmpty]!,
    };
  }
}
