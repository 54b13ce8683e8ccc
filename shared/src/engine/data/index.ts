// The data capability; everything here is exported through the core package.
export { DataError } from "./data-error.js";
export type {
  ColumnType,
  NumericColumnType,
  StringColumnType,
  TableSchema,
  TableSchemaField,
} from "./column-type.js";
export { isNumericType } from "./column-type.js";
export type { Batch, BytesColumn, Column, NumericColumn, StringColumn } from "./batch.js";
export { cellValue } from "./batch.js";
export { CompactNumbers, type HandedNumbers } from "./compact-numbers.js";
export { serveWork, shareWork, type SharedWork } from "./share-work.js";
export { ReadBuffer } from "./read-buffer.js";
export type { DataFileBytes } from "./open-data-file.js";
export { releaseArrays, roomOf } from "../release-array.js";
export { inferType, declaredType, type InferenceOptions } from "./infer-type.js";
export { parseNumberText, parseDatetime, parseBoolean } from "./parse-cell.js";
export type { ReadOptions, DataFormat } from "./read-options.js";
export { readBatches, readColumns, listFiles, formatOf } from "./read-batches.js";
export type { DataSource, Table } from "./read-batches.js";
export { expandGlob, globToRegExp, isGlob } from "./glob.js";
export { ReadProgress, PROGRESS_INTERVAL_MS, type ReadProgressOptions } from "./read-progress.js";
