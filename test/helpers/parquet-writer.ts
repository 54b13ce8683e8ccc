/**
 * Writes Parquet files byte by byte, so that tests can make the ones no library writes: page
 * headers and footers that claim what their bytes do not hold, runs of levels or indices longer
 * than their page, text that is not UTF-8, columns of any name. Every column is optional and
 * written as one data page a row group (version 1 or 2; PLAIN, or a dictionary page and its
 * indices), uncompressed, as snappy's literal blocks or as LZ4's in Hadoop's frame. A list column is Parquet's three-level
 * LIST of optional elements, a struct column a group of optional leaves.
 */

/**
 * A value as written: a number for DOUBLE, a bigint for INT64, text or bytes for a byte array,
 * a boolean for BOOLEAN, and for a DECIMAL its unscaled value as a bigint (12345 for 123.45 at
 * scale 2).
 */
export type ParquetLeaf = bigint | boolean | number | string | Uint8Array | null;

export interface ParquetLeafType {
  readonly type: "BOOLEAN" | "INT64" | "DOUBLE" | "BYTE_ARRAY" | "FIXED_LEN_BYTE_ARRAY";
  /** The bytes of a FIXED_LEN_BYTE_ARRAY value. */
  readonly typeLength?: number;
  /** The logical type annotating the values, if any. */
  readonly logical?: "STRING" | "FLOAT16" | "UUID" | "DECIMAL";
  /** A DECIMAL's digits after the point, and in all. */
  readonly scale?: number;
  readonly precision?: number;
  /**
   * Annotated by the logical type alone, without the converted type (UTF8, DECIMAL) that
   * writers add for older readers.
   */
  readonly logicalOnly?: boolean;
}

export type ParquetColumnSpec =
  | (ParquetLeafType & {
      readonly name: string;
      readonly values: readonly ParquetLeaf[];
      /** Written as a dictionary page and RLE_DICTIONARY indices, not PLAIN values. */
      readonly dictionary?: boolean;
    })
  | (ParquetLeafType & {
      readonly name: string;
      readonly list: true;
      readonly values: readonly (readonly ParquetLeaf[] | null)[];
    })
  | {
      readonly name: string;
      readonly fields: readonly (ParquetLeafType & { readonly name: string })[];
      readonly values: readonly (Readonly<Record<string, ParquetLeaf>> | null)[];
    };

/** What a page header claims, as a test may change it before it is written. */
export interface PageClaims {
  readonly type: "DATA_PAGE" | "DATA_PAGE_V2" | "DICTIONARY_PAGE";
  uncompressedSize: number;
  compressedSize: number;
  numValues: number;
  /** How its values are written. */
  encoding: keyof typeof ENCODINGS;
  /** A version 2 data page's count of missing values (`num_nulls`); none for other pages. */
  numNulls?: number;
  /** A version 2 data page's lengths of its repetition and definition levels; none for others. */
  repetitionLevelBytes?: number;
  definitionLevelBytes?: number;
}

/**
 * A data page's sections once decompressed, as they stand in it: its repetition levels (none
 * where the leaf is repeated nowhere), its definition levels, then its values (PLAIN, or the
 * dictionary indices: their bit width in one byte, then their runs). A version 1 page's level
 * sections start with their byte length (`levelRuns`); a version 2 page's have none, its header
 * giving their lengths (`hybridRuns`).
 */
export interface PageSections {
  repetition: Buffer;
  definition: Buffer;
  values: Buffer;
}

/** What the footer claims of the row groups, as a test may change it before it is written. */
export interface FooterClaims {
  numRows: bigint;
  readonly rowGroups: {
    numRows: bigint;
    readonly columns: {
      readonly path: string;
      numValues: bigint;
      totalUncompressedSize: bigint;
      totalCompressedSize: bigint;
      /** The other file the footer says the chunk's data is in; in this one where absent. */
      filePath?: string;
    }[];
  }[];
}

export interface ParquetFileSpec {
  readonly columns: readonly ParquetColumnSpec[];
  /** Rows a row group; all of them in one where absent. */
  readonly groupRows?: number;
  readonly codec?: "UNCOMPRESSED" | "SNAPPY" | "LZ4";
  /** Data pages of version 2 (`DATA_PAGE_V2`), their levels never compressed; 1 where absent. */
  readonly pageVersion?: 1 | 2;
  /** Changes what a page header claims of the page of column `path` (`a.list.element`). */
  readonly pageHeader?: (claims: PageClaims, path: string) => void;
  /** Changes the decompressed sections of the data page of column `path`, before its header. */
  readonly pageBody?: (sections: PageSections, path: string) => void;
  readonly footer?: (claims: FooterClaims) => void;
}

// Thrift's compact protocol, as Parquet's page headers and footer are written in.

type ThriftValue =
  | { readonly i32: number }
  | { readonly i64: bigint }
  | { readonly binary: Uint8Array | string }
  | { readonly struct: ThriftStruct }
  | { readonly list: readonly ThriftValue[] };

/** A struct's fields by their ids; a field left undefined is not written. */
type ThriftStruct = Readonly<Record<number, ThriftValue | undefined>>;

const typeCode = (value: ThriftValue): number =>
  "i32" in value ? 5 : "i64" in value ? 6 : "binary" in value ? 8 : "list" in value ? 9 : 12;

function varint(out: number[], value: bigint): void {
  let rest = value;
  while (rest >= 0x80n) {
    out.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  out.push(Number(rest));
}

const zigzag = (value: bigint): bigint => (value >= 0n ? 2n * value : -2n * value - 1n);

function writeValue(out: number[], value: ThriftValue): void {
  if ("i32" in value) varint(out, zigzag(BigInt(value.i32)));
  else if ("i64" in value) varint(out, zigzag(value.i64));
  else if ("binary" in value) {
    const bytes = typeof value.binary === "string" ? Buffer.from(value.binary) : value.binary;
    varint(out, BigInt(bytes.length));
    out.push(...bytes);
  } else if ("list" in value) {
    const element = value.list.length > 0 ? typeCode(value.list[0]!) : 5;
    if (value.list.length < 15) out.push((value.list.length << 4) | element);
    else {
      out.push(0xf0 | element);
      varint(out, BigInt(value.list.length));
    }
    for (const item of value.list) writeValue(out, item);
  } else writeStruct(out, value.struct);
}

function writeStruct(out: number[], struct: ThriftStruct): void {
  let last = 0;
  const ids = Object.keys(struct)
    .map(Number)
    .sort((a, b) => a - b);
  for (const id of ids) {
    const value = struct[id];
    if (value === undefined) continue;
    const delta = id - last;
    if (delta > 0 && delta <= 15) out.push((delta << 4) | typeCode(value));
    else {
      out.push(typeCode(value));
      varint(out, zigzag(BigInt(id)));
    }
    writeValue(out, value);
    last = id;
  }
  out.push(0);
}

const thrift = (struct: ThriftStruct): Buffer => {
  const out: number[] = [];
  writeStruct(out, struct);
  return Buffer.from(out);
};

// Parquet's enums, as parquet.thrift numbers them.
const TYPES = { BOOLEAN: 0, INT64: 2, DOUBLE: 5, BYTE_ARRAY: 6, FIXED_LEN_BYTE_ARRAY: 7 } as const;
const OPTIONAL = 1;
const REPEATED = 2;
const UTF8 = 0;
const LIST = 3;
const DECIMAL = 5;
/** The converted type written beside a logical type, for older readers, where there is one. */
const CONVERTED: Readonly<Record<string, number>> = { STRING: UTF8, DECIMAL };
/** The LogicalType union's field of each logical type written. */
const LOGICAL_FIELDS = { STRING: 1, DECIMAL: 5, UUID: 14, FLOAT16: 15 } as const;
const ENCODINGS = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 } as const;
const { PLAIN, RLE, RLE_DICTIONARY } = ENCODINGS;
const PAGE_TYPES = { DATA_PAGE: 0, DICTIONARY_PAGE: 2, DATA_PAGE_V2: 3 } as const;
const CODECS = { UNCOMPRESSED: 0, SNAPPY: 1, LZ4: 5 } as const;

/** A leaf column of one row group: its levels and the values that are not missing. */
interface LeafChunk {
  readonly path: readonly string[];
  readonly leaf: ParquetLeafType;
  readonly maxDefinition: number;
  readonly maxRepetition: number;
  readonly definitions: number[];
  readonly repetitions: number[];
  readonly values: Exclude<ParquetLeaf, null>[];
  readonly dictionary: boolean;
}

/** The leaf chunks a column's `rows` make, in the schema's order. */
function leafChunks(column: ParquetColumnSpec, rows: readonly unknown[]): LeafChunk[] {
  const chunk = (path: string[], leaf: ParquetLeafType, maxDefinition: number): LeafChunk => ({
    path,
    leaf,
    maxDefinition,
    maxRepetition: 0,
    definitions: [],
    repetitions: [],
    values: [],
    dictionary: "dictionary" in column && column.dictionary === true,
  });
  if ("fields" in column) {
    return column.fields.map((field) => {
      const leaf = chunk([column.name, field.name], field, 2);
      for (const row of rows as (Record<string, ParquetLeaf> | null)[]) {
        const value = row?.[field.name] ?? null;
        leaf.definitions.push(row === null ? 0 : value === null ? 1 : 2);
        if (value !== null) leaf.values.push(value);
      }
      return leaf;
    });
  }
  if ("list" in column) {
    const leaf = { ...chunk([column.name, "list", "element"], column, 3), maxRepetition: 1 };
    for (const row of rows as (ParquetLeaf[] | null)[]) {
      if (row === null || row.length === 0) {
        leaf.repetitions.push(0);
        leaf.definitions.push(row === null ? 0 : 1);
      }
      row?.forEach((value, k) => {
        leaf.repetitions.push(k === 0 ? 0 : 1);
        leaf.definitions.push(value === null ? 2 : 3);
        if (value !== null) leaf.values.push(value);
      });
    }
    return [leaf];
  }
  const leaf = chunk([column.name], column, 1);
  for (const value of rows as ParquetLeaf[]) {
    leaf.definitions.push(value === null ? 0 : 1);
    if (value !== null) leaf.values.push(value);
  }
  return [leaf];
}

/** The schema elements of a column: its groups, then its leaves. */
function schemaElements(column: ParquetColumnSpec): ThriftStruct[] {
  const leafElement = (name: string, leaf: ParquetLeafType): ThriftStruct => {
    const decimal = leaf.logical === "DECIMAL";
    const converted = leaf.logicalOnly ? undefined : CONVERTED[leaf.logical ?? "none"];
    const logical: ThriftStruct = decimal
      ? { 1: { i32: leaf.scale ?? 0 }, 2: { i32: leaf.precision ?? 0 } }
      : {};
    return {
      1: { i32: TYPES[leaf.type] },
      2: leaf.typeLength === undefined ? undefined : { i32: leaf.typeLength },
      3: { i32: OPTIONAL },
      4: { binary: name },
      6: converted === undefined ? undefined : { i32: converted },
      7: decimal && converted !== undefined ? { i32: leaf.scale ?? 0 } : undefined,
      8: decimal && converted !== undefined ? { i32: leaf.precision ?? 0 } : undefined,
      10:
        leaf.logical === undefined
          ? undefined
          : { struct: { [LOGICAL_FIELDS[leaf.logical]]: { struct: logical } } },
    };
  };
  if ("fields" in column) {
    const group = {
      3: { i32: OPTIONAL },
      4: { binary: column.name },
      5: { i32: column.fields.length },
    };
    return [group, ...column.fields.map((field) => leafElement(field.name, field))];
  }
  if ("list" in column) {
    return [
      {
        3: { i32: OPTIONAL },
        4: { binary: column.name },
        5: { i32: 1 },
        6: { i32: LIST },
        10: { struct: { 3: { struct: {} } } },
      },
      { 3: { i32: REPEATED }, 4: { binary: "list" }, 5: { i32: 1 } },
      leafElement("element", column),
    ];
  }
  return [leafElement(column.name, column)];
}

/**
 * A run of the RLE/bit-packed hybrid encoding that levels and dictionary indices are written
 * in: `count` times one `value`, or `packed` values bit-packed in groups of 8, the last group
 * padded with zeros. A test may make a run claim any count, or bit-packed `groups` that its
 * values do not fill, in a few bytes.
 */
export type HybridRun =
  | { readonly value: number; readonly count: number }
  | { readonly packed: readonly number[]; readonly groups?: number };

/** Runs of values `width` bits wide, as the hybrid encoding writes them, each a header first. */
export function hybridRuns(runs: readonly HybridRun[], width: number): Buffer {
  const bytes: number[] = [];
  for (const run of runs) {
    if ("count" in run) {
      varint(bytes, BigInt(run.count) << 1n);
      for (let b = 0; b < Math.ceil(width / 8); b++) bytes.push((run.value >> (8 * b)) & 0xff);
      continue;
    }
    const groups = Math.ceil(run.packed.length / 8);
    varint(bytes, (BigInt(run.groups ?? groups) << 1n) | 1n);
    // Each value's bits from the lowest, in order, from the lowest bit of each byte.
    const packed = new Uint8Array(groups * width);
    run.packed.forEach((value, i) => {
      for (let bit = 0; bit < width; bit++) {
        if ((value >> bit) & 1) packed[(i * width + bit) >> 3]! |= 1 << ((i * width + bit) & 7);
      }
    });
    bytes.push(...packed);
  }
  return Buffer.from(bytes);
}

/** The bits a level of at most `max` is written in. */
const levelWidth = (max: number): number => Math.ceil(Math.log2(max + 1));

/**
 * Levels of at most `max` as a version 1 data page holds them: their byte length, then their
 * runs (`hybridRuns`).
 */
export function levelRuns(runs: readonly HybridRun[], max: number): Buffer {
  const bytes = hybridRuns(runs, levelWidth(max));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** Levels as runs, each run of one level written as one. */
function runsOf(values: readonly number[]): HybridRun[] {
  const runs: { value: number; count: number }[] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last?.value === value) last.count++;
    else runs.push({ value, count: 1 });
  }
  return runs;
}

/** Values as PLAIN encoding writes them: booleans a bit each, from the lowest. */
function plain(values: readonly Exclude<ParquetLeaf, null>[], leaf: ParquetLeafType): Buffer {
  if (leaf.type === "BOOLEAN") {
    const bits = Buffer.alloc(Math.ceil(values.length / 8));
    values.forEach((value, i) => {
      if (value === true) bits[i >> 3]! |= 1 << (i & 7);
    });
    return bits;
  }
  return Buffer.concat(
    values.map((value) => {
      if (leaf.type === "INT64") {
        const bytes = Buffer.alloc(8);
        bytes.writeBigInt64LE(BigInt(value as bigint | number));
        return bytes;
      }
      if (leaf.type === "DOUBLE") {
        const bytes = Buffer.alloc(8);
        bytes.writeDoubleLE(value as number);
        return bytes;
      }
      const fixed = leaf.type === "FIXED_LEN_BYTE_ARRAY";
      if (fixed && typeof value === "bigint") return bigEndian(value, leaf.typeLength ?? 16);
      const bytes = Buffer.from(value as string | Uint8Array);
      if (fixed) return bytes;
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      return Buffer.concat([length, bytes]);
    }),
  );
}

/** An integer in `length` bytes, big-endian two's complement: a DECIMAL's unscaled value. */
function bigEndian(value: bigint, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let rest = BigInt.asUintN(8 * length, value);
  for (let i = length - 1; i >= 0; i--) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** Bytes as snappy writes them uncompressed: their length, then literal blocks. */
function snappyLiterals(bytes: Buffer): Buffer {
  const out: number[] = [];
  varint(out, BigInt(bytes.length));
  for (let start = 0; start < bytes.length; start += 65_536) {
    const block = bytes.subarray(start, start + 65_536);
    // A literal whose length less one is in the next two bytes.
    out.push(61 << 2, (block.length - 1) & 0xff, (block.length - 1) >> 8, ...block);
  }
  return Buffer.from(out);
}

/**
 * Bytes as pyarrow's `lz4` codec (Parquet's LZ4, Hadoop's framing) writes them: their length
 * and the block's, each in 4 bytes big-endian, then an LZ4 block of literals alone; no bytes
 * are a block of one token, as LZ4 compresses them.
 */
function lz4HadoopLiterals(bytes: Buffer): Buffer {
  // The token's high half is the literals' length, past 14 continued in bytes of up to 255.
  const token: number[] = [Math.min(bytes.length, 15) << 4];
  for (let rest = bytes.length - 15; rest >= 0; rest -= 255) token.push(Math.min(rest, 255));
  const frame = Buffer.alloc(8);
  frame.writeUInt32BE(bytes.length, 0);
  frame.writeUInt32BE(token.length + bytes.length, 4);
  return Buffer.concat([frame, Buffer.from(token), bytes]);
}

/** The dictionary and indices that a chunk's values are written as, dictionary-encoded. */
function dictionaryOf(values: readonly Exclude<ParquetLeaf, null>[]) {
  const keyOf = (value: Exclude<ParquetLeaf, null>) =>
    value instanceof Uint8Array ? Buffer.from(value).toString("hex") : `${typeof value}:${value}`;
  const distinct = new Map<string, number>();
  const entries: Exclude<ParquetLeaf, null>[] = [];
  const indices = values.map((value) => {
    const key = keyOf(value);
    if (!distinct.has(key)) {
      distinct.set(key, entries.length);
      entries.push(value);
    }
    return distinct.get(key)!;
  });
  return { entries, indices };
}

/** The pages of a leaf chunk, headers and all, and its sizes. */
function chunkPages(chunk: LeafChunk, spec: ParquetFileSpec) {
  const codec = spec.codec ?? "UNCOMPRESSED";
  const compress = (body: Buffer) =>
    codec === "SNAPPY" ? snappyLiterals(body) : codec === "LZ4" ? lz4HadoopLiterals(body) : body;
  const path = chunk.path.join(".");
  const withHeader = (claims: PageClaims, body: Buffer, stored: Buffer, counts: ThriftStruct) => {
    const field = { DATA_PAGE: 5, DICTIONARY_PAGE: 7, DATA_PAGE_V2: 8 }[claims.type];
    const header = thrift({
      1: { i32: PAGE_TYPES[claims.type] },
      2: { i32: claims.uncompressedSize },
      3: { i32: claims.compressedSize },
      [field]: { struct: counts },
    });
    return { bytes: Buffer.concat([header, stored]), uncompressed: header.length + body.length };
  };
  const version = spec.pageVersion ?? 1;
  // A version 1 page's levels start with their length, and are compressed with its values.
  const levels = (values: readonly number[], max: number) =>
    max === 0
      ? Buffer.alloc(0)
      : version === 1
        ? levelRuns(runsOf(values), max)
        : hybridRuns(runsOf(values), levelWidth(max));
  const dataPage = (values: Buffer, encoding: PageClaims["encoding"]) => {
    const sections: PageSections = {
      repetition: levels(chunk.repetitions, chunk.maxRepetition),
      definition: levels(chunk.definitions, chunk.maxDefinition),
      values,
    };
    spec.pageBody?.(sections, path);
    const { repetition, definition } = sections;
    const body = Buffer.concat([repetition, definition, sections.values]);
    const stored =
      version === 1
        ? compress(body)
        : Buffer.concat([repetition, definition, compress(sections.values)]);
    const claims: PageClaims = {
      type: version === 1 ? "DATA_PAGE" : "DATA_PAGE_V2",
      uncompressedSize: body.length,
      compressedSize: stored.length,
      numValues: chunk.definitions.length,
      encoding,
      ...(version === 2 && {
        numNulls: chunk.definitions.length - chunk.values.length,
        repetitionLevelBytes: repetition.length,
        definitionLevelBytes: definition.length,
      }),
    };
    spec.pageHeader?.(claims, path);
    const rows = chunk.maxRepetition > 0 ? chunk.repetitions.filter((r) => r === 0).length : 0;
    const written = { i32: ENCODINGS[claims.encoding] };
    const counts: ThriftStruct =
      version === 1
        ? { 1: { i32: claims.numValues }, 2: written, 3: { i32: RLE }, 4: { i32: RLE } }
        : {
            1: { i32: claims.numValues },
            2: { i32: claims.numNulls ?? 0 },
            3: { i32: rows || chunk.definitions.length },
            4: written,
            5: { i32: claims.definitionLevelBytes ?? 0 },
            6: { i32: claims.repetitionLevelBytes ?? 0 },
          };
    return withHeader(claims, body, stored, counts);
  };
  if (!chunk.dictionary) {
    return { dictionary: undefined, data: dataPage(plain(chunk.values, chunk.leaf), "PLAIN") };
  }
  const { entries, indices } = dictionaryOf(chunk.values);
  const entryBytes = plain(entries, chunk.leaf);
  const stored = compress(entryBytes);
  const claims: PageClaims = {
    type: "DICTIONARY_PAGE",
    uncompressedSize: entryBytes.length,
    compressedSize: stored.length,
    numValues: entries.length,
    encoding: "PLAIN",
  };
  spec.pageHeader?.(claims, path);
  const counts = { 1: { i32: claims.numValues }, 2: { i32: ENCODINGS[claims.encoding] } };
  const dictionary = withHeader(claims, entryBytes, stored, counts);
  const width = Math.max(1, Math.ceil(Math.log2(entries.length)));
  const runs = hybridRuns(
    indices.map((value) => ({ value, count: 1 })),
    width,
  );
  const data = dataPage(Buffer.concat([Buffer.from([width]), runs]), "RLE_DICTIONARY");
  return { dictionary, data };
}

/** A Parquet file of the given columns, its page headers and footer as `spec` has them claim. */
export function parquetOf(spec: ParquetFileSpec): Buffer {
  const rowCount = spec.columns[0]?.values.length ?? 0;
  const groupRows = spec.groupRows ?? Math.max(rowCount, 1);
  const parts: Buffer[] = [Buffer.from("PAR1")];
  let offset = 4;
  const footer: FooterClaims = { numRows: BigInt(rowCount), rowGroups: [] };
  const metas: ThriftStruct[][] = [];
  for (let start = 0; start < rowCount || start === 0; start += groupRows) {
    const end = Math.min(rowCount, start + groupRows);
    const claims: FooterClaims["rowGroups"][number] = { numRows: BigInt(end - start), columns: [] };
    const chunks: ThriftStruct[] = [];
    for (const column of spec.columns) {
      for (const chunk of leafChunks(column, column.values.slice(start, end))) {
        const { dictionary, data } = chunkPages(chunk, spec);
        const dictionaryOffset = dictionary ? offset : undefined;
        if (dictionary) {
          parts.push(dictionary.bytes);
          offset += dictionary.bytes.length;
        }
        const dataOffset = offset;
        parts.push(data.bytes);
        offset += data.bytes.length;
        const column = {
          path: chunk.path.join("."),
          numValues: BigInt(chunk.definitions.length),
          totalUncompressedSize: BigInt((dictionary?.uncompressed ?? 0) + data.uncompressed),
          totalCompressedSize: BigInt((dictionary?.bytes.length ?? 0) + data.bytes.length),
        };
        claims.columns.push(column);
        chunks.push({
          2: { i64: BigInt(dictionaryOffset ?? dataOffset) },
          3: {
            struct: {
              1: { i32: TYPES[chunk.leaf.type] },
              2: { list: [{ i32: PLAIN }, { i32: RLE }, { i32: RLE_DICTIONARY }] },
              3: { list: chunk.path.map((name) => ({ binary: name })) },
              4: { i32: CODECS[spec.codec ?? "UNCOMPRESSED"] },
              9: { i64: BigInt(dataOffset) },
              11: dictionaryOffset === undefined ? undefined : { i64: BigInt(dictionaryOffset) },
            },
          },
        });
      }
    }
    footer.rowGroups.push(claims);
    metas.push(chunks);
    if (end >= rowCount) break;
  }
  spec.footer?.(footer);
  const rowGroups = footer.rowGroups.map((group, g) => ({
    struct: {
      1: {
        list: metas[g]!.map((chunk, c) => {
          const claimed = group.columns[c]!;
          const meta = (chunk[3] as { struct: ThriftStruct }).struct;
          return {
            struct: {
              ...chunk,
              1: claimed.filePath === undefined ? undefined : { binary: claimed.filePath },
              3: {
                struct: {
                  ...meta,
                  5: { i64: claimed.numValues },
                  6: { i64: claimed.totalUncompressedSize },
                  7: { i64: claimed.totalCompressedSize },
                },
              },
            },
          };
        }),
      },
      2: { i64: group.columns.reduce((sum, c) => sum + c.totalUncompressedSize, 0n) },
      3: { i64: group.numRows },
    },
  }));
  const schema = [
    { struct: { 4: { binary: "schema" }, 5: { i32: spec.columns.length } } },
    ...spec.columns.flatMap(schemaElements).map((element) => ({ struct: element })),
  ];
  const metadata = thrift({
    1: { i32: 1 },
    2: { list: schema },
    3: { i64: footer.numRows },
    4: { list: rowGroups },
    6: { binary: "mlops tests" },
  });
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(metadata.length);
  tail.write("PAR1", 4);
  return Buffer.concat([...parts, metadata, tail]);
}
