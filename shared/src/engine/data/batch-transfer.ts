import { InputError, MlopsError } from "../errors.js";
import { columnOf, type Batch, type BytesColumn, type Column, type LateKey } from "./batch.js";
import type { ColumnType } from "./column-type.js";
import { DataError } from "./data-error.js";

// How batches cross from the reading thread to the caller's: a batch's own arrays are
// transferred (moved, not copied), and the caller's thread transfers them back when it is done
// with the batch, for the reader to refill: after the first batches no memory is fresh (a page
// fault per 4 KiB of fresh memory costs more than a copy), and nothing is copied.

/**
 * A cell that did not fit its type: column, line, the cell as text, row in the whole read, and
 * whether it was a number.
 */
export type InvalidCell = [
  column: string,
  line: number,
  text: string,
  row: number,
  number: boolean,
];

/** A file read to its end, and its sha256 (`ReadOptions.onFileDigest`). */
export type FileDigest = [file: string, sha256: string];

/**
 * The calls of the caller's hooks since the reading thread's last message, made on the caller's
 * side before the message's batch is handed over, as an in-thread read makes them.
 */
export interface HookCalls {
  readonly invalid: InvalidCell[];
  readonly digests: FileDigest[];
}

type ColumnMessage =
  | { readonly name: string; readonly type: ColumnType; readonly values: Float64Array }
  | {
      readonly name: string;
      readonly type: ColumnType;
      readonly codes: Int32Array;
      /** The dictionary's entries from index `from` on; those before are the last batch's. */
      readonly from: number;
      readonly added: readonly string[];
    }
  | {
      readonly name: string;
      readonly type: "text";
      readonly bytes: Uint8Array;
      readonly starts: Uint32Array;
      readonly missing: Uint8Array;
    };

/** What the reading thread posts: a batch, the end of the read, or why it stopped. */
export type ReadMessage =
  | (HookCalls & {
      readonly kind: "batch";
      readonly file: string;
      readonly length: number;
      readonly rowOffset: number;
      readonly fileBytesRead: number | undefined;
      readonly names: readonly string[];
      readonly lineNumbers: Float64Array;
      readonly columns: ColumnMessage[];
      readonly hasByteColumns: boolean;
      readonly absentKeys: readonly string[] | undefined;
      readonly lateKeys: readonly LateKey[] | undefined;
      readonly typedRows: number | undefined;
    })
  | (HookCalls & { readonly kind: "end" })
  | (HookCalls & { readonly kind: "error"; readonly error: ErrorMessage });

export type BatchMessage = Extract<ReadMessage, { kind: "batch" }>;

/** What the caller's thread posts back once done with a batch: its buffers, when reusable. */
export interface BatchDone {
  readonly buffers: ArrayBuffer[];
}

type Typed = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** The buffers under a batch message's arrays, to transfer with it. */
export function buffersOf(message: ReadMessage): ArrayBuffer[] {
  if (message.kind !== "batch") return [];
  const arrays: Typed[] = [message.lineNumbers];
  for (const column of message.columns) {
    if ("values" in column) arrays.push(column.values);
    else if ("codes" in column) arrays.push(column.codes);
    else arrays.push(column.bytes, column.starts, column.missing);
  }
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** The reading thread's side: a batch as a message, its arrays as they are. */
export class BatchPacker {
  /** Per categorical column, how many dictionary entries the other thread has. */
  private readonly sent = new Map<string, number>();

  pack(batch: Batch, calls: HookCalls): BatchMessage {
    const columns: ColumnMessage[] = [];
    for (const name of batch.names) {
      const column = columnOf(batch, name);
      if (column !== undefined) columns.push(this.packColumn(column));
    }
    return {
      kind: "batch",
      ...calls,
      file: batch.file,
      length: batch.length,
      rowOffset: batch.rowOffset,
      fileBytesRead: batch.fileBytesRead,
      names: batch.names,
      lineNumbers: batch.lineNumbers,
      columns,
      hasByteColumns: batch.byteColumns !== undefined,
      absentKeys: batch.absentKeys,
      lateKeys: batch.lateKeys,
      typedRows: batch.typedRows,
    };
  }

  private packColumn(column: Column | BytesColumn): ColumnMessage {
    if (!("codes" in column)) return column;
    const { name, type, codes } = column;
    // A categorical dictionary only grows during a read: only its new entries cross.
    const from = type === "categorical" ? (this.sent.get(name) ?? 0) : 0;
    if (type === "categorical") this.sent.set(name, column.dictionary.length);
    return { name, type, codes, from, added: column.dictionary.slice(from) };
  }
}

/**
 * The arrays of a batch sent as `message`, on the buffers the caller gave back (in `buffersOf`
 * order), each the whole buffer: what the reader's typing takes back (`TableTyping.recycle`).
 * A dictionary-encoded column comes back without its dictionary.
 */
export function givenBack(message: BatchMessage, buffers: readonly ArrayBuffer[]): Batch {
  let next = 0;
  const take = () => buffers[next++]!;
  const lineNumbers = new Float64Array(take());
  const columns = new Map<string, Column>();
  const byteColumns = new Map<string, BytesColumn>();
  for (const { name, type, ...arrays } of message.columns) {
    if ("values" in arrays)
      columns.set(name, { name, type, values: new Float64Array(take()) } as Column);
    else if ("codes" in arrays) {
      columns.set(name, { name, type, codes: new Int32Array(take()), dictionary: [] } as Column);
    } else {
      const [bytes, starts, missing] = [take(), take(), take()];
      byteColumns.set(name, {
        name,
        type: "text",
        bytes: new Uint8Array(bytes),
        starts: new Uint32Array(starts),
        missing: new Uint8Array(missing),
      });
    }
  }
  const { file, rowOffset, names } = message;
  return { file, length: 0, rowOffset, lineNumbers, names, columns, byteColumns };
}

/** The caller's side: batches as the reader made them, from the messages. */
export class BatchUnpacker {
  /** Per categorical column, the last batch's dictionary (never changed once handed out). */
  private readonly dictionaries = new Map<string, readonly string[]>();

  unpack(message: BatchMessage): Batch {
    const columns = new Map<string, Column>();
    const byteColumns = new Map<string, BytesColumn>();
    for (const column of message.columns) {
      if ("bytes" in column) byteColumns.set(column.name, column);
      else if ("values" in column) columns.set(column.name, column as Column);
      else {
        const { name, type, codes, from, added } = column;
        const dictionary =
          from === 0 ? added : this.dictionaries.get(name)!.slice(0, from).concat(added);
        this.dictionaries.set(name, dictionary);
        columns.set(name, { name, type, codes, dictionary } as Column);
      }
    }
    return {
      file: message.file,
      length: message.length,
      rowOffset: message.rowOffset,
      lineNumbers: message.lineNumbers,
      names: message.names,
      columns,
      ...(message.hasByteColumns && { byteColumns }),
      ...(message.fileBytesRead !== undefined && { fileBytesRead: message.fileBytesRead }),
      ...(message.absentKeys !== undefined && { absentKeys: message.absentKeys }),
      ...(message.lateKeys !== undefined && { lateKeys: message.lateKeys }),
      ...(message.typedRows !== undefined && { typedRows: message.typedRows }),
    };
  }
}

/** An error thrown on a thread of its own (reading, comparing), as it crosses threads. */
export type ErrorMessage =
  | {
      readonly kind: "data";
      readonly file: string;
      readonly problem: string;
      readonly fix: string | undefined;
      readonly lineNumber: number | undefined;
      readonly rowIndex: number | undefined;
      readonly column: string | undefined;
    }
  | {
      readonly kind: "input";
      readonly input: string;
      readonly problem: string;
      readonly fix: string | undefined;
    }
  | { readonly kind: "user"; readonly message: string; readonly fix: string | undefined }
  | {
      readonly kind: "bug";
      readonly name: string;
      readonly message: string;
      readonly stack?: string;
    };

export function describeError(error: unknown): ErrorMessage {
  if (error instanceof DataError) {
    const { file, problem, fix, lineNumber, rowIndex, column } = error;
    return { kind: "data", file, problem, fix, lineNumber, rowIndex, column };
  }
  if (error instanceof InputError) {
    const { input, problem, fix } = error;
    return { kind: "input", input, problem, fix };
  }
  if (error instanceof MlopsError) return { kind: "user", message: error.message, fix: error.fix };
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { kind: "bug", name, message, ...(stack !== undefined && { stack }) };
}

/** The error again, on the caller's thread: a user's error keeps its class and its words. */
export function errorFrom(message: ErrorMessage): Error {
  if (message.kind === "data") {
    const { file, problem, fix, lineNumber, rowIndex, column } = message;
    return new DataError(file, problem, fix, lineNumber, rowIndex, column);
  }
  if (message.kind === "input") return new InputError(message.input, message.problem, message.fix);
  if (message.kind === "user") return new MlopsError(message.message, message.fix);
  const error = new Error(message.message);
  error.name = message.name;
  if (message.stack !== undefined) error.stack = message.stack;
  return error;
}
