import { trimmed } from "../data/typed-arrays.js";
import { shorten } from "../report/shorten.js";
import type { IdColumn } from "./id-column.js";
import { releaseArrays } from "../release-array.js";

/** How many ids of each kind of problem a report names, as examples. */
export const EXAMPLE_IDS = 5;

/** How the rows of two files paired by id; every row is counted in exactly one field of its file. */
export interface PairingReport {
  readonly championRows: number;
  readonly challengerRows: number;
  /** The examples: the distinct ids of both files together, paired or not. */
  readonly ids: number;
  /** Pairs made: ids once in each file, with the same label. */
  readonly paired: number;
  /** Rows whose id is once in their file but not once in the other (absent, or repeated there). */
  readonly championUnpaired: number;
  readonly challengerUnpaired: number;
  /** Of the unpaired rows, those whose id the other file repeats (not absent from it). */
  readonly championPartnerRepeated: number;
  readonly challengerPartnerRepeated: number;
  /** Rows whose id is repeated in their own file: all of them are left out. */
  readonly championDuplicates: number;
  readonly challengerDuplicates: number;
  /** The distinct ids those repeated rows hold. */
  readonly championRepeatedIds: number;
  readonly challengerRepeatedIds: number;
  /** Ids once in each file whose two labels differ: left out, one count per pair. */
  readonly labelMismatches: number;
  /**
   * Up to `EXAMPLE_IDS` ids of each problem, in file order, cut to a printable length; a repeated
   * id once. An unpaired row whose id the other file repeats is named among that file's repeats.
   */
  readonly examples: {
    readonly championUnpaired: readonly string[];
    readonly challengerUnpaired: readonly string[];
    readonly championDuplicates: readonly string[];
    readonly challengerDuplicates: readonly string[];
    readonly labelMismatches: readonly string[];
  };
}

/** The pairs, as row indices into each file, in the champion's row order. */
export interface IdPairs {
  readonly championRows: Uint32Array;
  readonly challengerRows: Uint32Array;
  readonly report: PairingReport;
}

/** A champion row whose id the challenger holds more than once. */
const PARTNER_REPEATED = -2;
const UNMATCHED = -1;

/** A challenger row's mark: its id is repeated in its file, or only in the champion's. */
const REPEATED = 1;
const PARTNER_REPEATS = 2;

/**
 * An open-addressing hash table of the rows of one id column, by id: each slot holds a row + 1,
 * 0 when empty; only the first row of each id is kept. Ids are compared as bytes, so that
 * `__proto__` or `constructor` are ids like any other.
 */
class IdTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly ids: IdColumn,
    rows: number,
  ) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Frees the table's memory; it is unusable afterwards. */
  release(): void {
    releaseArrays(this.slots);
  }

  /**
   * The first row holding the id of row `row` of `of`; when there is none and `add` is set, row
   * `row` is added (`of` must then be this table's column). -1 when not found.
   */
  find(of: IdColumn, row: number, add: boolean): number {
    let slot = of.hash(row) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0) {
        if (add) this.slots[slot] = row + 1;
        return -1;
      }
      if (this.ids.equals(held - 1, of, row)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Marks row `row`, whose id was first seen at row `first`, as repeated; returns rows newly marked
 * (2 when the id is newly found repeated).
 */
function markRepeated(repeated: Uint8Array, first: number, row: number): number {
  let marked = 1;
  if (first >= 0 && repeated[first] !== REPEATED) {
    repeated[first] = REPEATED;
    marked++;
  }
  repeated[row] = REPEATED;
  return marked;
}

/** Counts the rows and the distinct ids that `markRepeated` marks. */
class RepeatCount {
  rows = 0;
  ids = 0;
  add(marked: number): void {
    this.rows += marked;
    if (marked === 2) this.ids++;
  }
}

const addExample = (list: string[], id: string) => {
  const shown = shorten(id);
  // Rows of a repeated id follow each other or not: the id is named once either way.
  if (list.length < EXAMPLE_IDS && !list.includes(shown)) list.push(shown);
};

/**
 * Pairs the rows of two files by id through one hash table of the champion's ids (and one of the
 * challenger's ids that the champion lacks), so that memory holds the ids' bytes plus a few
 * bytes a row. An id repeated within a file pairs with nothing: which of its rows would be meant
 * is unknown. A pair whose labels differ (`sameLabel` false) is left out and counted.
 */
export function pairIds(
  championIds: IdColumn,
  challengerIds: IdColumn,
  sameLabel: (championRow: number, challengerRow: number) => boolean,
): IdPairs {
  const found = matchIds(championIds, challengerIds);
  const pairs = collectPairs(championIds, challengerIds, { ...found, sameLabel });
  releaseArrays(found.championRepeated, found.challengerRepeated, found.match);
  return pairs;
}

/**
 * Each champion row's challenger row, and the rows whose id is repeated in their file. The hash
 * tables are freed on return, before the pairs are collected.
 */
function matchIds(championIds: IdColumn, challengerIds: IdColumn) {
  const championRepeated = new Uint8Array(championIds.length);
  const championDuplicates = new RepeatCount();
  const champion = new IdTable(championIds, championIds.length);
  for (let c = 0; c < championIds.length; c++) {
    const first = champion.find(championIds, c, true);
    if (first >= 0) championDuplicates.add(markRepeated(championRepeated, first, c));
  }
  // For each champion row, the challenger row with its id (or UNMATCHED, PARTNER_REPEATED).
  const match = new Int32Array(championIds.length).fill(UNMATCHED);
  // The challenger's ids that the champion has not once, to count those the challenger repeats;
  // made on the first such id, as most pairings have none.
  let others: IdTable | undefined;
  // The distinct ids of both files: the champion's, then the challenger's it lacks.
  let ids = championIds.length - championDuplicates.rows + championDuplicates.ids;
  const challengerRepeated = new Uint8Array(challengerIds.length);
  const challengerDuplicates = new RepeatCount();
  for (let r = 0; r < challengerIds.length; r++) {
    const c = champion.find(challengerIds, r, false);
    if (c < 0 || championRepeated[c]) {
      others ??= new IdTable(challengerIds, challengerIds.length);
      const first = others.find(challengerIds, r, true);
      if (first >= 0) challengerDuplicates.add(markRepeated(challengerRepeated, first, r));
      else if (c >= 0) challengerRepeated[r] = PARTNER_REPEATS;
      else ids++;
      continue;
    }
    const m = match[c]!;
    if (m === UNMATCHED) match[c] = r;
    else {
      challengerDuplicates.add(markRepeated(challengerRepeated, m, r));
      match[c] = PARTNER_REPEATED;
    }
  }
  champion.release();
  others?.release();
  return {
    championRepeated,
    championDuplicates,
    challengerRepeated,
    challengerDuplicates,
    match,
    ids,
  };
}

/** Walks the champion's rows in order, keeping the pairs and counting the rest. */
function collectPairs(
  championIds: IdColumn,
  challengerIds: IdColumn,
  found: {
    championRepeated: Uint8Array;
    championDuplicates: RepeatCount;
    challengerRepeated: Uint8Array;
    challengerDuplicates: RepeatCount;
    match: Int32Array;
    ids: number;
    sameLabel: (championRow: number, challengerRow: number) => boolean;
  },
): IdPairs {
  const { championRepeated, challengerRepeated, match, sameLabel } = found;
  const examples = {
    championUnpaired: [] as string[],
    challengerUnpaired: [] as string[],
    championDuplicates: [] as string[],
    challengerDuplicates: [] as string[],
    labelMismatches: [] as string[],
  };
  const championRows = new Uint32Array(championIds.length);
  const challengerRows = new Uint32Array(championIds.length);
  const matched = new Uint8Array(challengerIds.length);
  let paired = 0;
  let championUnpaired = 0;
  let championPartnerRepeated = 0;
  let labelMismatches = 0;
  for (let c = 0; c < championIds.length; c++) {
    if (championRepeated[c]) {
      addExample(examples.championDuplicates, championIds.get(c));
      continue;
    }
    const r = match[c]!;
    if (r < 0) {
      championUnpaired++;
      if (r === PARTNER_REPEATED) championPartnerRepeated++;
      else addExample(examples.championUnpaired, championIds.get(c));
      continue;
    }
    matched[r] = 1;
    if (!sameLabel(c, r)) {
      labelMismatches++;
      addExample(examples.labelMismatches, championIds.get(c));
      continue;
    }
    championRows[paired] = c;
    challengerRows[paired] = r;
    paired++;
  }
  let challengerUnpaired = 0;
  let challengerPartnerRepeated = 0;
  for (let r = 0; r < challengerIds.length; r++) {
    if (challengerRepeated[r] === REPEATED) {
      addExample(examples.challengerDuplicates, challengerIds.get(r));
    } else if (challengerRepeated[r] === PARTNER_REPEATS) {
      challengerUnpaired++;
      challengerPartnerRepeated++;
    } else if (!matched[r]) {
      challengerUnpaired++;
      addExample(examples.challengerUnpaired, challengerIds.get(r));
    }
  }
  releaseArrays(matched);
  return {
    championRows: trimmed(championRows, paired),
    challengerRows: trimmed(challengerRows, paired),
    report: {
      championRows: championIds.length,
      challengerRows: challengerIds.length,
      ids: found.ids,
      paired,
      championUnpaired,
      challengerUnpaired,
      championPartnerRepeated,
      challengerPartnerRepeated,
      championDuplicates: found.championDuplicates.rows,
      challengerDuplicates: found.challengerDuplicates.rows,
      championRepeatedIds: found.championDuplicates.ids,
      challengerRepeatedIds: found.challengerDuplicates.ids,
      labelMismatches,
      examples,
    },
  };
}
