import type {
  AsyncBuffer,
  ColumnChunk,
  ColumnMetaData,
  Compressors,
  DecodedArray,
  FileMetaData,
  PageHeader,
  ParquetParsers,
  SchemaTree,
} from "hyparquet";
import type { readPage } from "hyparquet/src/column.js";
import { DataError } from "./data-error.js";
import { decodedElement } from "./parquet-element.js";
import { checkPageHeader, type ChunkPlace, type GroupRange } from "./parquet-page-bounds.js";
import { decompressedPage } from "./parquet-page-bytes.js";
import {
  checkLevelRuns,
  checkValueRuns,
  valuesInRuns,
  type PageLeaf,
  type PageLevels,
} from "./parquet-page-runs.js";
import {
  firstNotUtf8,
  hasBinaryLeaf,
  isBinary,
  isNotUtf8,
  notUtf8Refusal,
} from "./parquet-text.js";

/** What a column chunk's pages are decoded with: hyparquet's own page decoding. */
interface PageDecoding {
  readonly column: typeof import("hyparquet/src/column.js");
  readonly convert: typeof import("hyparquet/src/convert.js");
  readonly datapage: typeof import("hyparquet/src/datapage.js");
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

/** A Parquet file's row groups as the columns read them: bytes, footer and schema. */
export interface ParquetSource {
  readonly file: string;
  readonly bytes: AsyncBuffer;
  readonly metadata: FileMetaData;
  readonly schema: SchemaTree;
  /** The schema's columns that are read, in its order: not the row labels of a pandas index. */
  readonly columns: readonly SchemaTree[];
  /** The names the read gives `columns`, in their order: an empty one is named as in CSV. */
  readonly names: readonly string[];
  /** The decompressors, each bounded (`boundedCompressors`). */
  readonly compressors: Compressors;
  /** The parsers text is decoded with, refusing bytes that are not UTF-8 (`strictTextParsers`). */
  readonly parsers: ParquetParsers;
  /** The parsers that mark a value that is not UTF-8 (`markingTextParsers`), to find its row. */
  readonly marking: ParquetParsers;
  /** The parsers bytes without a string type (`isBinary`) are read with (`binaryParsers`). */
  readonly binary: ParquetParsers;
  /**
   * Counts `bytes` of the file as read without reading them: a column chunk passed over, so that
   * the count of bytes read still tells how far into the file the rows are.
   */
  readonly passOver: (bytes: number) => void;
}

/** One column of a row group, handed out in order a few rows at a time. */
export interface ColumnRows {
  /** The next `count` values, or fewer where the column chunk ends before them. */
  take(count: number): Promise<DecodedArray>;
}

const slice = (data: DecodedArray, start: number, end: number): DecodedArray =>
  Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end);

/** A column chunk of a row group, as its pages are decoded: where it is, and how. */
interface Chunk {
  readonly source: ParquetSource;
  readonly decoding: PageDecoding;
  readonly decoder: ColumnDecoder;
  readonly meta: ColumnMetaData;
  readonly place: ChunkPlace;
  /** The leaf's type and greatest levels, as its pages' runs are read. */
  readonly leaf: PageLeaf;
}

/**
 * A flat column's chunk, decoded one page at a time as its rows are taken: memory holds the
 * page being handed out, its dictionary and a read-ahead of `READ_BYTES`, however many rows the
 * row group has. The pages are decoded by hyparquet exactly as its own column reads decode them,
 * once their headers are found to claim no more than they may (`checkPageHeader`), and a data
 * page, decompressed once (`decompressedPage`), its runs of levels and indices to hold no more
 * values than it does (`checkLevelRuns`, `checkValueRuns`). A nested column's leaves are read so
 * too (`NestedPages`), every page of every leaf held to those bounds.
 */
class ColumnPages implements ColumnRows {
  private offset: number;
  private readonly end: number;
  private buffer = new Uint8Array(0);
  private bufferStart = 0;
  private dictionary: DecodedArray | undefined;
  private page: DecodedArray = [];
  private used = 0;
  /** The rows of the pages decoded so far, handed out or being: where the next page starts. */
  private rows = 0;
  /** The data pages met so far, to name one in a refusal. */
  private pages = 0;
  /**
   * Whether a page of the chunk held text that is not UTF-8, read again with each such value
   * marked: a dictionary's may be used by any later page, whose rows are then looked through.
   */
  private marked = false;

  constructor(protected readonly chunk: Chunk) {
    const { meta } = chunk;
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
    return parts.length === 1 ? parts[0]! : this.chunk.decoding.flatten(parts);
  }

  /** The values of the next data page, its dictionary read on the way; none at the chunk's end. */
  private async nextPage(): Promise<DecodedArray | undefined> {
    const { decoder, meta, place } = this.chunk;
    while (this.offset < this.end) {
      const header = await this.header();
      const size = header.compressed_page_size;
      const column = `column '${decoder.pathInSchema.join(".")}'`;
      if (!Number.isSafeInteger(size) || size < 0) {
        throw new Error(`${column}: a page header gives no valid length`);
      }
      if (size > this.end - this.offset) {
        throw new Error(`${column}: a page of ${size} bytes runs past the end of its column chunk`);
      }
      checkPageHeader(header, meta, place);
      const view = await this.view(size);
      this.offset += size;
      const data = this.decode(view, header);
      if (header.type === "DICTIONARY_PAGE") {
        if (data) this.dictionary = data;
        continue;
      }
      if (this.marked) this.refuseNotUtf8(data ?? []);
      const rows = this.pageRows(data ?? []);
      this.rows += rows.length;
      return rows;
    }
    const last = this.lastRows();
    this.rows += last?.length ?? 0;
    return last;
  }

  /**
   * A page's values as assembled rows, or a dictionary page's dictionary. Where text in it is
   * not UTF-8, the strict parsers throw, and the page is decoded again with each such value
   * marked, so that `refuseNotUtf8` can name its row: the throw comes before a row is assembled,
   * the row a previous page left (`continued`) still as it was.
   */
  private decode(view: DataView, given: PageHeader): DecodedArray | undefined {
    const { decoding, decoder, source } = this.chunk;
    const page =
      given.type === "DICTIONARY_PAGE"
        ? { view, header: given, codec: decoder.codec }
        : this.dataPage(view, given);
    const previous = this.continued();
    const decodeWith = (using: ColumnDecoder) => {
      const reader = { view: page.view, offset: 0 };
      const { data } = decoding.column.readPage(
        reader,
        page.header,
        { ...using, codec: page.codec },
        this.dictionary,
        previous,
        0,
      );
      return page.header.type === "DICTIONARY_PAGE" && data
        ? decoding.convert.convert(data, using)
        : data;
    };
    try {
      return decodeWith(decoder);
    } catch (error) {
      if (!isNotUtf8(error)) throw error;
      this.marked = true;
      return decodeWith({ ...decoder, parsers: source.marking });
    }
  }

  /**
   * A data page decompressed (`decompressedPage`), its runs held to its values, with the header
   * and codec that hyparquet decodes it by.
   */
  private dataPage(view: DataView, given: PageHeader) {
    const { decoder, decoding, leaf, place } = this.chunk;
    const path = decoder.pathInSchema;
    const where = {
      ...place,
      leaf: path.length > 1 ? path.join(".") : undefined,
      page: ++this.pages,
      row: place.group.rowStart + this.rows,
    };
    const walked = valuesInRuns(given);
    const bytes = decompressedPage(view, given, decoder, decoding.datapage.decompressPage, walked);
    const levels = checkLevelRuns(bytes.page, bytes.header, leaf, where);
    const header = this.pageHeader(bytes.header, levels);
    checkValueRuns(bytes.page, header, leaf, levels, where, this.dictionary?.length);
    const { page } = bytes;
    return {
      view: new DataView(page.buffer, page.byteOffset, page.length),
      header,
      codec: bytes.codec,
    };
  }

  /** Refuses the first row of a page's `rows` that holds a value that is not UTF-8, if any. */
  private refuseNotUtf8(rows: DecodedArray): void {
    const found = firstNotUtf8(rows);
    if (!found) return;
    const { place } = this.chunk;
    const row = place.group.rowStart + this.rows + found.index;
    throw notUtf8Refusal(place.file, place.column, row, found.value);
  }

  /**
   * A data page's header as it is decoded with, its levels read: a version 2 page's count of
   * nulls that of its definition levels below the leaf's full one (`PageLevels.defined`). The
   * page's values section holds one value per such level, and hyparquet reads `num_values -
   * num_nulls` of them: a count too high lost the last values, read as missing; and for a
   * field of a struct inside a list of which some rows are empty, pyarrow counts too few (none,
   * or 1,286 of 2,357), so that the read ran past the page.
   */
  protected pageHeader(header: PageHeader, levels: PageLevels): PageHeader {
    const v2 = header.data_page_header_v2;
    if (v2 === undefined || levels.defined === undefined) return header;
    const nulls = v2.num_values - levels.defined;
    if (nulls === v2.num_nulls) return header;
    return { ...header, data_page_header_v2: { ...v2, num_nulls: nulls } };
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
        const header = this.chunk.decoding.column.parquetHeader(reader);
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
      const { bytes } = this.chunk.source;
      this.buffer = new Uint8Array(await bytes.slice(this.offset, this.offset + want));
      this.bufferStart = this.offset;
      from = 0;
      if (this.buffer.length < length) throw new Error("the file ends inside a column chunk");
    }
    return new DataView(this.buffer.buffer, this.buffer.byteOffset + from, length);
  }
}

/**
 * A leaf of a nested column (a list's values, as an embedding's; a struct's or a map's field),
 * decoded a page at a time as a flat column is, each page's levels assembled into rows of lists
 * by hyparquet (`readPage`), which `AssembledColumn` makes the column's values. Read whole for
 * its row group, a column of 8 floats a row took a read of two row groups of a million rows to
 * a peak of 1.5 GB, where page by page it stays near 260 MB. A version 1 data page of a repeated
 * leaf may end inside a row, which the next page goes on with: each page's last row is held back
 * until the next page has been assembled onto it, or the chunk ends. A leaf repeated nowhere (a
 * struct's field) has a value per row, and its pages end with their rows.
 */
class NestedPages extends ColumnPages {
  /** The last row read, as `readPage` assembles levels: rows of lists, not yet the values. */
  private carried: unknown[] | undefined;

  /** Whether the leaf is repeated, so that a page may end inside a row. */
  private readonly repeated = this.chunk.leaf.maxRepetition > 0;

  protected override pageRows(rows: DecodedArray): DecodedArray {
    // Without levels to assemble (a required field of a required struct), hyparquet hands back
    // the page's values as decoded, a typed array of numbers, neither to pop nor to carry.
    if (!this.repeated) return rows;
    const all = rows as unknown[];
    this.carried = all.length > 0 ? [all.pop()] : undefined;
    return all;
  }

  protected override lastRows(): DecodedArray | undefined {
    const last = this.carried;
    this.carried = undefined;
    return last;
  }

  protected override continued(): unknown[] | undefined {
    return this.carried;
  }
}

/** A leaf's rows (`NestedPages`), by its path in the schema, as hyparquet's assembly names it. */
interface LeafRows {
  readonly path: string;
  readonly rows: ColumnRows;
}

/**
 * A nested column's rows: its leaves' rows (`NestedPages`), taken alike and made the column's
 * values (lists, structs, maps) by hyparquet's assembly, as its whole-column read makes them. A
 * struct's or a map's leaves are read side by side, a page of each at a time, not the row group
 * whole, so that memory holds a page of each and every page is held to what it may claim.
 */
class AssembledColumn implements ColumnRows {
  constructor(
    private readonly leaves: readonly LeafRows[],
    /** Makes the leaves' rows, by their paths, the column's values. */
    private readonly assemble: (leaves: Map<string, DecodedArray>) => DecodedArray,
    private readonly column: string,
  ) {}

  async take(count: number): Promise<DecodedArray> {
    const parts = await Promise.all(this.leaves.map(({ rows }) => rows.take(count)));
    const rows = parts[0]!.length;
    if (parts.some((part) => part.length !== rows)) {
      throw new Error(`column '${this.column}': its fields do not hold as many rows as each other`);
    }
    if (rows === 0) return [];
    return this.assemble(new Map(this.leaves.map(({ path }, i) => [path, parts[i]!])));
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
    if (rows === 0) return Promise.resolve([]);
    const before = Math.floor((this.taken * this.bytes) / this.rows);
    this.taken += rows;
    this.passOver(Math.floor((this.taken * this.bytes) / this.rows) - before);
    return Promise.resolve(new Array<null>(rows).fill(null));
  }
}

/** The column decoder hyparquet's own reads give a leaf column's chunk, but for its parsers. */
function columnDecoder(
  { compressors, parsers, binary }: ParquetSource,
  schemaPath: SchemaTree[],
  meta: ColumnMetaData,
): ColumnDecoder {
  const element = schemaPath.at(-1)!.element;
  return {
    ...meta,
    pathInSchema: meta.path_in_schema,
    element: decodedElement(element),
    schemaPath,
    compressors,
    parsers: isBinary(element) ? binary : parsers,
  };
}

/** The schema's nodes from its root to each of a column's leaves, in the schema's order. */
function leafPaths(path: readonly SchemaTree[]): SchemaTree[][] {
  const node = path.at(-1)!;
  if (node.children.length === 0) return [[...path]];
  return node.children.flatMap((child) => leafPaths([...path, child]));
}

/** Whether a column chunk is of the leaf at the end of `path`. */
const chunkOf = (path: readonly SchemaTree[], chunk: ColumnChunk) =>
  chunk.meta_data?.path_in_schema.length === path.length - 1 &&
  chunk.meta_data.path_in_schema.every((name, i) => name === path[i + 1]!.element.name);

/**
 * The column chunk of the leaf at the end of `path` in a row group's `chunks`: one that is in
 * another file (Parquet's `file_path`, which no common writer writes) is refused, its bytes not
 * being the file's, as is a leaf without one.
 */
function leafChunk(
  path: readonly SchemaTree[],
  chunks: readonly ColumnChunk[],
  { file, column, group }: ChunkPlace,
): ColumnMetaData {
  const chunk = chunks.find((candidate) => chunkOf(path, candidate));
  const leaf = path.slice(1).map(({ element }) => element.name);
  if (!chunk?.meta_data) {
    throw new Error(
      `column '${column}': row group ${group.index} has no column chunk of '${leaf.join(".")}'`,
    );
  }
  if (chunk.file_path) {
    throw new DataError(
      file,
      `column '${column}': the footer places its data for row group ${group.index} in another file (file_path), which is not read`,
      "Write the file with its columns' data in it, as pyarrow, pandas, Spark and DuckDB do",
      undefined,
      group.rowStart,
      column,
    );
  }
  return chunk.meta_data;
}

/**
 * The source's columns of one row group, in the schema's order, each ready to hand out its rows;
 * those named in `passed` (by the names the read gives them) hand out missing values, their
 * pages never read. hyparquet is loaded here, as by the rest of the Parquet reading, so that
 * other formats never pay for it.
 */
export async function rowGroupColumns(
  source: ParquetSource,
  group: GroupRange,
  passed: ReadonlySet<string>,
): Promise<ColumnRows[]> {
  const [column, convert, datapage, assemble, schemaPaths, { flatten }] = await Promise.all([
    import("hyparquet/src/column.js"),
    import("hyparquet/src/convert.js"),
    import("hyparquet/src/datapage.js"),
    import("hyparquet/src/assemble.js"),
    import("hyparquet/src/schema.js"),
    import("hyparquet"),
  ]);
  const decoding: PageDecoding = { column, convert, datapage, assemble, flatten };
  const chunks = source.metadata.row_groups[group.index]!.columns;
  const { rowStart, rowEnd } = group;
  return source.columns.map((child, c) => {
    const name = child.element.name;
    const place: ChunkPlace = { file: source.file, column: source.names[c]!, group };
    if (passed.has(place.column)) {
      const size = chunks
        .filter(({ meta_data }) => meta_data?.path_in_schema[0] === name)
        .reduce((sum, { meta_data }) => sum + Number(meta_data!.total_compressed_size), 0);
      return new PassedColumn(rowEnd - rowStart, size, source.passOver);
    }
    const leaves = leafPaths([source.schema, child]).map((path): LeafRows => {
      const meta = leafChunk(path, chunks, place);
      const decoder = columnDecoder(source, path, meta);
      const leaf: PageLeaf = {
        type: decoder.type,
        maxRepetition: schemaPaths.getMaxRepetitionLevel(path),
        maxDefinition: schemaPaths.getMaxDefinitionLevel(path),
      };
      const chunk: Chunk = { source, decoding, decoder, meta, place, leaf };
      if (schemaPaths.isFlatColumn(path)) return { path: name, rows: new ColumnPages(chunk) };
      return { path: path.at(-1)!.path.join("."), rows: new NestedPages(chunk) };
    });
    const [first] = leaves;
    // A flat column's values, and a repeated leaf of the root's lists, are its rows as read.
    if (leaves.length === 1 && first!.path === name) return first!.rows;
    const parsers = hasBinaryLeaf(child) ? source.binary : source.parsers;
    const values = (rows: Map<string, DecodedArray>) => {
      assemble.assembleNested(rows, child, parsers);
      return rows.get(name)!;
    };
    return new AssembledColumn(leaves, values, place.column);
  });
}
