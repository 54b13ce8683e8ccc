import type { Batch } from "../../engine/data/batch.js";
import {
  DataError,
  refuseHeaderWithoutFields,
  withheldDataError,
} from "../../engine/data/data-error.js";
import { columnsToWithhold } from "../../engine/profile/withheld-values.js";

/**
 * The columns a run withholds, every mode alike. A data contract's sensitive fields, and the
 * columns a profile read marks (the mark travels with the profile), wherever they are. Where a
 * sensitive field's name is not among a side's columns (its data's, or a reference profile's),
 * every column of that side the contract does not declare, as validate-data and profile mode
 * withhold them (`columnsToWithhold`): the field may be there under another name. A comparison
 * holds both sides' values, so it withholds a column either side does (`has`); a read's
 * warnings and refusals quote its own side's cells, and follow its side (`WithheldRead`).
 */
export class Withholding {
  private readonly marked: Set<string>;
  private readonly either: Set<string>;

  constructor(
    /** The contract's sensitive fields; none without a contract. */
    private readonly sensitive: ReadonlySet<string> = new Set(),
    /** The contract's fields; undefined without a contract. */
    private readonly declared?: ReadonlySet<string>,
  ) {
    this.marked = new Set(sensitive);
    this.either = new Set(sensitive);
  }

  /** The contract and the schema drift-check read it with: its fields' names are declared. */
  static of(
    sensitive: ReadonlySet<string>,
    schema: { readonly fields: readonly { readonly name: string }[] } | undefined,
  ): Withholding {
    return new Withholding(sensitive, schema && new Set(schema.fields.map((field) => field.name)));
  }

  /** Withholds the columns a profile marks, wherever they show. */
  mark(columns: Iterable<string>): void {
    for (const name of columns) {
      this.marked.add(name);
      this.either.add(name);
    }
  }

  /** The columns a side whose columns are `columns`, `absent` among them, withholds. */
  sideOf(columns: readonly string[], absent: readonly string[] = []): ReadonlySet<string> {
    return columnsToWithhold(columns, this.sensitive, this.declared ?? new Set(), absent);
  }

  /** Withholds in the comparison what a side withholds (`sideOf`), its columns known whole. */
  see(columns: readonly string[], absent?: readonly string[]): void {
    for (const name of this.sideOf(columns, absent)) this.either.add(name);
  }

  /** Whether a comparison withholds the column: a side seen so far, or a mark, withholds it. */
  has(name: string): boolean {
    return this.either.has(name);
  }

  /** The columns a comparison withholds, as `has` tells. */
  get columns(): ReadonlySet<string> {
    return this.either;
  }

  /** The columns withheld on every side: the sensitive fields' and the marked. */
  get everywhere(): ReadonlySet<string> {
    return this.marked;
  }

  /**
   * Whether a column of a side whose columns are not known yet may be withheld: a read that
   * stops in its first batch has not told them, and any column the contract does not declare
   * may be a sensitive field under another name.
   */
  mayHave(name: string): boolean {
    return this.marked.has(name) || (this.sensitive.size > 0 && !this.declared?.has(name));
  }

  /**
   * Refuses the batch's CSV file where its header names none of the contract's fields and a
   * column is withheld: in a file without a header row it is a row of data, which a refusal or
   * a warning naming the columns would show.
   */
  refuseHeaderless(batch: Batch): void {
    if (this.declared && this.marked.size > 0) refuseHeaderWithoutFields(batch, this.declared);
  }
}

/**
 * One side's read under a `Withholding`: its columns, once its first batch tells them, decide
 * which of its cells its warnings and refusals do not quote; once it is read, which columns its
 * comparison withholds. Its files are refused where their header may be a row (`refuseHeaderless`)
 * before anyone is handed their columns.
 */
export class WithheldRead {
  private own: ReadonlySet<string> | undefined;

  constructor(readonly withholding: Withholding) {}

  /** Whether a cell of the column is not quoted. */
  has(name: string): boolean {
    if (this.withholding.everywhere.has(name)) return true;
    return this.own ? this.own.has(name) : this.withholding.mayHave(name);
  }

  /** The batches as they come, their columns seen at the first, a refusal without withheld cells. */
  async *read(batches: AsyncIterable<Batch>): AsyncGenerator<Batch> {
    let file: string | undefined;
    let last: Pick<Batch, "names" | "absentKeys"> | undefined;
    try {
      for await (const batch of batches) {
        if (batch.file !== file) {
          file = batch.file;
          this.withholding.refuseHeaderless(batch);
        }
        // A field no line read so far has may come later: the first batch's absent keys are
        // the most the side can lack, the last batch's what it lacks.
        this.own ??= this.withholding.sideOf(batch.names, batch.absentKeys);
        last = { names: batch.names, absentKeys: batch.absentKeys };
        yield batch;
      }
    } catch (error) {
      throw error instanceof DataError ? this.refusal(error) : error;
    } finally {
      if (last) this.withholding.see(last.names, last.absentKeys);
    }
  }

  /** A reader's refusal told without a withheld cell, nor a header where any column is withheld. */
  private refusal(error: DataError): DataError {
    const { column } = error;
    const withheld = column !== undefined && this.has(column) ? [column] : [];
    return withheldDataError(error, new Set([...this.withholding.everywhere, ...withheld]));
  }
}
