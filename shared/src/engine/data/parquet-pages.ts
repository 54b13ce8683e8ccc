import type {
  AsyncBuffer,
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
      const { data } = readPage(reader, header, this.decoder, this.dictionary, undefined, 0);
      if (header.type !== "DICTIONARY_PAGE") return data ?? [];
      if (data) this.dictionary = this.decoding.convert.convert(data, this.decoder);
    }
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
 * A nested column (a list, map or struct), whose pages cannot be told apart by rows without
 * assembling them: read whole for the row group by hyparquet, then handed out as the flat ones.
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

/**
 * The source's columns of one row group, in the schema's order, each ready to hand out its rows.
 * hyparquet is loaded here, as by the rest of the Parquet reading, so that other formats never
 * pay for it.
 */
export async function rowGroupColumns(
  source: ParquetSource,
  group: GroupRange,
): Promise<ColumnRows[]> {
  const [column, convert, schemaPaths, { flatten }] = await Promise.all([
    import("hyparquet/src/column.js"),
    import("hyparquet/src/convert.js"),
    import("hyparquet/src/schema.js"),
    import("hyparquet"),
  ]);
  const decoding: PageDecoding = { column, convert, flatten };
  const { row_groups } = source.scan.metadata;
  const chunks = row_groups[group.index]!.columns;
  return source.columns.map((child) => {
    const name = child.element.name;
    const path = [source.schema, child];
    const chunk = chunks.find(
      ({ meta_data }) =>
        meta_data?.path_in_schema.length === 1 && meta_data.path_in_schema[0] === name,
    );
    // hyparquet reads what the pages cannot give by rows, and refuses what it cannot read.
    if (!chunk?.meta_data || chunk.file_path || !schemaPaths.isFlatColumn(path)) {
      const { rowStart, rowEnd } = group;
      return new WholeColumn(() => source.scan.readColumn({ column: name, rowStart, rowEnd }));
    }
    const decoder = columnDecoder(source, decoding, path, chunk.meta_data);
    return new ColumnPages(source.bytes, decoding, decoder, chunk.meta_data);
  });
}
