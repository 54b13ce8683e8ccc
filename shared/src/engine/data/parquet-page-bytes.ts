import type { CompressionCodec, Compressors, PageHeader } from "hyparquet";
import type { decompressPage } from "hyparquet/src/datapage.js";

/** A data page as its runs are walked, and as hyparquet's `readPage` is then handed it. */
export interface PageBytes {
  /**
   * A version 1 page decompressed; a version 2 page's levels, which are never compressed, then
   * its values, decompressed where they are walked (`valuesWalked`), as they are otherwise.
   */
  readonly page: Uint8Array;
  /** The header `readPage` decodes `page` by: its sizes those of the bytes it is handed. */
  readonly header: PageHeader;
  /** The codec `readPage` decompresses `page` with: none, where it was decompressed here. */
  readonly codec: CompressionCodec;
}

/**
 * A data page decompressed once, here, so that its runs can be walked before hyparquet decodes
 * it, and hyparquet handed the decompressed bytes with a header that says so, rather than
 * decompressing it again. The bounded decompressors (`boundedCompressors`) are used as hyparquet
 * would have used them, by its own `decompressPage`. A version 2 page's values are decompressed
 * only where they are walked (`valuesWalked`: runs of indices or booleans), the page made anew
 * of its levels and its values; others are left to hyparquet, as are pages of no other kind.
 */
export function decompressedPage(
  view: DataView,
  header: PageHeader,
  { codec, compressors }: { codec: CompressionCodec; compressors?: Compressors },
  decompress: typeof decompressPage,
  valuesWalked: boolean,
): PageBytes {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (header.type === "DATA_PAGE") {
    const page = decompress(bytes, Number(header.uncompressed_page_size), codec, compressors);
    return {
      page,
      header: { ...header, compressed_page_size: page.length },
      codec: "UNCOMPRESSED",
    };
  }
  const v2 = header.data_page_header_v2;
  if (header.type !== "DATA_PAGE_V2" || !v2) return { page: bytes, header, codec };
  const levels = v2.repetition_levels_byte_length + v2.definition_levels_byte_length;
  const size = Number(header.uncompressed_page_size) - levels;
  // As hyparquet reads it: values without bytes are no compressed stream.
  if (!valuesWalked || v2.is_compressed === false || !size) return { page: bytes, header, codec };
  const values = decompress(bytes.subarray(levels), size, codec, compressors);
  const page = new Uint8Array(levels + values.length);
  page.set(bytes.subarray(0, levels));
  page.set(values, levels);
  const uncompressed = { ...v2, is_compressed: false };
  return {
    page,
    header: { ...header, compressed_page_size: page.length, data_page_header_v2: uncompressed },
    codec,
  };
}
