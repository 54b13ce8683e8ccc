import type {
  AsyncBuffer,
  ColumnChunk,
  ColumnMetaData,
  Compressors,
  DecodedArray,
  PageHeader,
  parquetScan as ParquetScan,
  SchemaTree,
} from "hyparquet";
import type { readPage } from "hyparquet/src/column.js";

/** What a column chunk's pages are decoded with: hyparquet's own page decoding. */
interface PageDecoding {
  readonly column: typeof import("hyparquet/src/column.js");
  readonly convert: typeof import("hyparquet/src/convert.js");
  readonly assemble: typeof import("hyparquet/src/assemble.js");
  readonly flatten: typeof import("hyparquet").flatten;
}

type ColumnDecoder = Parameters<typeof readPage>[2];

/**
 * The least a column chunk is read from the file in: several pages of most writers (pyarrow's
 * hold 20,000 rows, some 40 kB compressed), so that a page rarely costs a read of its own; a
 * larger page is read whole.
 */
const READ_BYTES = 1 << 18;

/** The first guess at a page header's length; a longer one (large page statistics) widens it. */
const HEADER_BYTES = 1 << 10;

/** A Parquet file's row groups as the columns read them: bytes, schema and scan. */
export interface ParquetSource {
  readonly bytes: AsyncBuffer;
  readonly scan: Awaited<ReturnType<typeof ParquetScan>>;
  readonly schema: SchemaTree;
  /** The schema's columns that are read, in its order: not the row labels of a pandas index. */
  readonly columns: readonly SchemaTree[];
  readonly compressors: Compressors;
  /**
   * Counts `bytes` of the file as read without reading them: a column chunk passed over, so that
   * the count of bytes read still tells how far into the file the rows are.
   */
  readonly passOver: (bytes: number) => void;
}

/** A row group's rows, in the file's order. */
export interface GroupRange {
  readonly index: number;
  readonly rowStart: number;
  readonly rowEnd: number;
}

/** One column of a row group, handed out in order a few rows at a time. */
export interface ColumnRows {
  /** The next `count` values, or fewer where the column chunk ends before them. */
  take(count: number): Promise<DecodedArray>;
}

const slice = (data: DecodedArray, start: number, end: number): DecodedArray =>
  Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end);

/**
 * A flat column's chunk, decoded one page at a time as its rows are taken: memory holds the
 * page being handed out, its dictionary and a read-ahead of `READ_BYTES`, however many rows the
 * row group has. The pages are decoded by hyparquet exactly as its own column reads decode them.
 * A nested column's pages are assembled into rows on the way (`NestedPages`).
 */
class ColumnPages implements ColumnRows {
  private offset: number;
  private readonly end: number;
  private buffer = new Uint8Array(0);
  private bufferStart = 0;
  private dictionary: DecodedArray | undefined;
  private page: DecodedArray = [];
  private used = 0;

  constructor(
    private readonly bytes: AsyncBuffer,
    private readonly decoding: PageDecoding,
    private readonly decoder: ColumnDecoder,
    meta: ColumnMetaData,
  ) {
    this.offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
    this.end = this.offset + Number(meta.total_compressed_size);
    if (!Number.isSafeInteger(this.end) || this.offset < 0 || this.end < this.offset) {
      throw new Error(`column '${meta.path_in_schema.join(".")}' has no valid byte range`);
    }
  }

  async take(count: number): Promise<DecodedArray> {
    const parts: DecodedArray[] = [];
    let taken = 0;
    while (taken < count) {
      if (this.used === this.page.length) {
        const page = await this.nextPage();
        if (!page) break;
        this.page = page;
        this.used = 0;
        continue;
      }
      const rows = Math.min(count - taken, this.page.length - this.used);
      parts.push(slice(this.page, this.used, this.used + rows));
      this.used += rows;
      taken += rows;
    }
    return parts.length === 1 ? parts[0]! : this.decoding.flatten(parts);
  }

  /** The values of the next data page, its dictionary read on the way; none at the chunk's end. */
  private async nextPage(): Promise<DecodedArray | undefined> {
    const { readPage } = this.decoding.column;
    while (this.offset < this.end) {
      const header = await this.header();
      const size = header.compressed_page_size;
      const column = `column '${this.decoder.pathInSchema.join(".")}'`;
      if (!Number.isSafeInteger(size) || size < 0) {
        throw new Error(`${column}: a page header gives no valid length`);
      }
      if (size > this.end - this.offset) {
        throw new Error(`${column}: a page of ${size} bytes runs past the end of its column chunk`);
      }
      const reader = { view: await this.view(size), offset: 0 };
      this.offset += size;
      const previous = this.continued();
      const { data } = readPage(reader, header, this.decoder, this.dictionary, previous, 0);
      if (header.type !== "DICTIONARY_PAGE") return this.pageRows(data ?? []);
      if (data) this.dictionary = this.decoding.convert.convert(data, this.decoder);
    }
    return this.lastRows();
  }

  /** The rows of a data page's values: a flat column's values are its rows. */
  protected pageRows(values: DecodedArray): DecodedArray {
    return values;
  }

  /** The rows that remain once the chunk's pages are read: none of a flat column. */
  protected lastRows(): DecodedArray | undefined {
    return undefined;
  }

  /** The rows a page may continue the last of, as `readPage` takes them: none for a flat column. */
  protected continued(): unknown[] | undefined {
    return undefined;
  }

  private async header(): Promise<PageHeader> {
    for (let length = HEADER_BYTES; ; length *= 4) {
      const reader = { view: await this.view(Math.min(length, this.end - this.offset)), offset: 0 };
      try {
        const header = this.decoding.column.parquetHeader(reader);
        this.offset += reader.offset;
        return header;
      } catch (error) {
        // A header longer than the bytes looked at fails reading past them: look at more.
        if (reader.view.byteLength >= this.end - this.offset) throw error;
      }
    }
  }

  /** The chunk's next `length` bytes, read ahead by at least `READ_BYTES`. */
  private async view(length: number): Promise<DataView> {
    let from = this.offset - this.bufferStart;
    if (from + length > this.buffer.length) {
      const want = Math.min(Math.max(length, READ_BYTES), this.end - this.offset);
      this.buffer = new Uint8Array(await this.bytes.slice(this.offset, this.offset + want));
      this.bufferStart = this.offset;
      from = 0;
      if (this.buffer.length < length) throw new Error("the file ends inside a column chunk");
    }
    return new DataView(this.buffer.buffer, this.buffer.byteOffset + from, length);
  }
}

/**
 * A nested column of one leaf (a list of values, as an embedding's, a list of lists, a struct of
 * one field), decoded a page at a time as a flat one is: each page's levels are assembled into
 * rows, then into the column's values, by hyparquet as its whole-column read does. Read whole for
 * its row group, a column of 8 floats a row took a read of two row groups of a million rows to a
 * peak of 1.5 GB, where page by page it stays near 260 MB. A version 1 data page of a repeated
 * leaf may end inside a row, which the next page goes on with: each page's last row is held back
 * until the next page has been assembled onto it, or the chunk ends. A leaf repeated nowhere (a
 * struct's field) has a value per row, and its pages end with their rows.
 */
class NestedPages extends ColumnPages {
  /** The last row read, as `readPage` assembles levels: rows of lists, not yet the values. */
  private carried: unknown[] | undefined;

  constructor(
    bytes: AsyncBuffer,
    decoding: PageDecoding,
    decoder: ColumnDecoder,
    meta: ColumnMetaData,
    /** Rows as `readPage` assembles them, made into the column's values. */
    private readonly values: (rows: DecodedArray) => DecodedArray,
    /** Whether the leaf is repeated, so that a page may end inside a row. */
    private readonly repeated: boolean,
  ) {
    super(bytes, decoding, decoder, meta);
  }

  protected override pageRows(rows: DecodedArray): DecodedArray {
    // Without levels to assemble (a required field of a required struct), hyparquet hands back
    // the page's values as decoded, a typed array of numbers, neither to pop nor to carry.
    if (!this.repeated) return this.values(rows);
    const all = rows as unknown[];
    this.carried = all.length > 0 ? [all.pop()] : undefined;
    return this.values(all);
  }

  protected override lastRows(): DecodedArray | undefined {
    const last = this.carried;
    this.carried = undefined;
    return last && this.values(last);
  }

  protected override continued(): unknown[] | undefined {
    return this.carried;
  }
}

/**
 * The rows of a column the read does not use (`ReadOptions.usedColumns`), each missing: its
 * pages are never read nor decoded, as a list column's would cost more than all the others. Its
 * bytes are counted as read as its rows go by, the file's size still scaling rows read to rows.
 */
class PassedColumn implements ColumnRows {
  private taken = 0;

  constructor(
    private readonly rows: number,
    private readonly bytes: number,
    private readonly passOver: (bytes: number) => void,
  ) {}

  take(count: number): Promise<DecodedArray> {
    const rows = Math.max(0, Math.min(count, this.rows - this.taken));
    const before = Math.floor((this.taken * this.bytes) / this.rows);
    this.taken += rows;
    this.passOver(Math.floor((this.taken * this.bytes) / this.rows) - before);
    return Promise.resolve(new Array<null>(rows).fill(null));
  }
}

/**
 * A nested column of several leaves (a map, a struct), whose pages cannot be told apart by rows
 * without assembling all of them: read whole for the row group by hyparquet, then handed out as
 * the flat ones.
 */
class WholeColumn implements ColumnRows {
  private data: Promise<DecodedArray> | undefined;
  private used = 0;

  /** `read` is called on the first `take`, so that no read is left unawaited when a later column fails. */
  constructor(private readonly read: () => Promise<DecodedArray>) {}

  async take(count: number): Promise<DecodedArray> {
    this.data ??= this.read();
    const part = slice(await this.data, this.used, this.used + count);
    this.used += part.length;
    return part;
  }
}

/** The column decoder hyparquet's own reads give a leaf column's chunk. */
function columnDecoder(
  { compressors }: ParquetSource,
  decoding: PageDecoding,
  schemaPath: SchemaTree[],
  meta: ColumnMetaData,
): ColumnDecoder {
  return {
    ...meta,
    pathInSchema: meta.path_in_schema,
    element: schemaPath.at(-1)!.element,
    schemaPath,
    compressors,
    parsers: decoding.convert.DEFAULT_PARSERS,
  };
}

/** The schema's nodes from its root to a column's one leaf, or none where it has several. */
function leafPath(schema: SchemaTree, column: SchemaTree): SchemaTree[] | undefined {
  const path = [schema, column];
  for (let node = column; node.children.length > 0; node = node.children[0]!) {
    if (node.children.length > 1) return undefined;
    path.push(node.children[0]!);
  }
  return path;
}

/** Whether a column chunk is the leaf at the end of `path`, in the file read. */
const chunkOf = (path: readonly SchemaTree[], chunk: ColumnChunk) =>
  !chunk.file_path &&
  chunk.meta_data?.path_in_schema.length === path.length - 1 &&
  chunk.meta_data.path_in_schema.every((name, i) => name === path[i + 1]!.element.name);

/**
 * The source's columns of one row group, in the schema's order, each ready to hand out its rows;
 * those named in `passed` hand out missing values, their pages never read. hyparquet is loaded
 * here, as by the rest of the Parquet reading, so that other formats never pay for it.
 */
export async function rowGroupColumns(
  source: ParquetSource,
  group: GroupRange,
  passed: ReadonlySet<string>,
): Promise<ColumnRows[]> {
  const [column, convert, assemble, schemaPaths, { flatten }] = await Promise.all([
    import("hyparquet/src/column.js"),
    import("hyparquet/src/convert.js"),
    import("hyparquet/src/assemble.js"),
    import("hyparquet/src/schema.js"),
    import("hyparquet"),
  ]);
  const decoding: PageDecoding = { column, convert, assemble, flatten };
  const chunks = source.scan.metadata.row_groups[group.index]!.columns;
  const { rowStart, rowEnd } = group;
  return source.columns.map((child) => {
    const name = child.element.name;
    if (passed.has(name)) {
      const size = chunks
        .filter(({ meta_data }) => meta_data?.path_in_schema[0] === name)
        .reduce((sum, { meta_data }) => sum + Number(meta_data!.total_compressed_size), 0);
      return new PassedColumn(rowEnd - rowStart, size, source.passOver);
    }
    const path = leafPath(source.schema, child);
    const meta = path && chunks.find((chunk) => chunkOf(path, chunk))?.meta_data;
    // hyparquet reads what the pages cannot give by rows, and refuses what it cannot read.
    if (!path || !meta) {
      return new WholeColumn(() => source.scan.readColumn({ column: name, rowStart, rowEnd }));
    }
    const decoder = columnDecoder(source, decoding, path, meta);
    if (schemaPaths.isFlatColumn(path)) {
      return new ColumnPages(source.bytes, decoding, decoder, meta);
    }
    // A repeated leaf of the root is its lists as read; a group's are assembled as hyparquet does.
    const leaf = path.at(-1)!.path.join(".");
    const values = (rows: DecodedArray) => {
      if (path.length === 2) return rows;
      const assembled = new Map([[leaf, rows]]);
      assemble.assembleNested(assembled, child, decoder.parsers);
      return assembled.get(name)!;
    };
    const repeated = schemaPaths.getMaxRepetitionLevel(path) > 0;
    return new NestedPages(source.bytes, decoding, decoder, meta, values, repeated);
  });
}
