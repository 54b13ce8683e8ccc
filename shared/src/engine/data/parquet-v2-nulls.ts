import type { PageHeader } from "hyparquet";
import type { readRleBitPackedHybrid } from "hyparquet/src/encoding.js";

/**
 * A version 2 data page's header with its count of nulls taken from its definition levels, for
 * a leaf inside a list. The page's values section holds one value per level at the leaf's full
 * definition, and hyparquet reads `num_values - num_nulls` of them; for a field of a struct
 * inside a list of which some rows are empty, pyarrow counts too few nulls (none, or 1,286 of
 * 2,357), so that the read ran past the page. The levels stand uncompressed at the page's start,
 * the repetition levels first, each run of them as long as its header says.
 */
export function nullsFromLevels(
  header: PageHeader,
  view: DataView,
  maxDefinition: number,
  readLevels: typeof readRleBitPackedHybrid,
): PageHeader {
  const v2 = header.data_page_header_v2;
  if (v2 === undefined || maxDefinition === 0) return header;
  const levels = new Array<number>(v2.num_values);
  const reader = { view, offset: v2.repetition_levels_byte_length };
  const width = 32 - Math.clz32(maxDefinition);
  readLevels(reader, width, levels, v2.definition_levels_byte_length);
  let defined = 0;
  for (const level of levels) if (level === maxDefinition) defined++;
  const nulls = v2.num_values - defined;
  if (nulls === v2.num_nulls) return header;
  return { ...header, data_page_header_v2: { ...v2, num_nulls: nulls } };
}
