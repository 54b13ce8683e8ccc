import { shorten } from "../report/shorten.js";

/** How many ids of each kind of problem a report names, as examples. */
export const EXAMPLE_IDS = 5;

/** How the rows of two files paired by id; every row is counted in exactly one field of its file. */
export interface PairingReport {
  readonly championRows: number;
  readonly challengerRows: number;
  /** Pairs made: ids once in each file, with the same label. */
  readonly paired: number;
  /** Rows whose id is once in their file but not once in the other (absent, or repeated there). */
  readonly championUnpaired: number;
  readonly challengerUnpaired: number;
  /** Rows whose id is repeated in their own file: all of them are left out. */
  readonly championDuplicates: number;
  readonly challengerDuplicates: number;
  /** Ids once in each file whose two labels differ: left out, one count per pair. */
  readonly labelMismatches: number;
  /** Up to `EXAMPLE_IDS` ids of each problem, in file order, cut to a printable length. */
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

/** An id repeated in its file (a marker in the maps of first rows). */
const REPEATED = -1;
/** A champion row whose id the challenger holds more than once. */
const PARTNER_REPEATED = -2;
const UNMATCHED = -1;

/**
 * Marks the rows whose id occurs more than once; returns the id -> row map of the rest (a
 * repeated id maps to `REPEATED`). A `Map`, not an object: ids such as `__proto__` or
 * `constructor` are plain keys to it.
 */
function firstRows(
  ids: readonly string[],
  repeated: Uint8Array,
): { rows: Map<string, number>; count: number } {
  const rows = new Map<string, number>();
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const first = rows.get(id);
    if (first === undefined) rows.set(id, i);
    else {
      if (first !== REPEATED) {
        repeated[first] = 1;
        rows.set(id, REPEATED);
        count++;
      }
      repeated[i] = 1;
      count++;
    }
  }
  return { rows, count };
}

const addExample = (list: string[], id: string) => {
  if (list.length < EXAMPLE_IDS) list.push(shorten(id));
};

/**
 * Pairs the rows of two files by id in one hash map of the champion's ids (and one of the
 * challenger's ids that the champion lacks), so that memory holds the ids once plus a few bytes
 * a row. An id repeated within a file pairs with nothing: which of its rows would be meant is
 * unknown. A pair whose labels differ (`sameLabel` false) is left out and counted.
 */
export function pairIds(
  championIds: readonly string[],
  challengerIds: readonly string[],
  sameLabel: (championRow: number, challengerRow: number) => boolean,
): IdPairs {
  const championRepeated = new Uint8Array(championIds.length);
  const champion = firstRows(championIds, championRepeated);
  // For each champion row, the challenger row with its id (or UNMATCHED, PARTNER_REPEATED).
  const match = new Int32Array(championIds.length).fill(UNMATCHED);
  // The challenger's ids the champion has not once, to count those the challenger repeats.
  const others = new Map<string, number>();
  const challengerRepeated = new Uint8Array(challengerIds.length);
  let challengerDuplicates = 0;
  const repeat = (row: number, first: number) => {
    if (first >= 0) {
      challengerRepeated[first] = 1;
      challengerDuplicates++;
    }
    challengerRepeated[row] = 1;
    challengerDuplicates++;
  };
  for (let r = 0; r < challengerIds.length; r++) {
    const id = challengerIds[r]!;
    const c = champion.rows.get(id);
    if (c === undefined || c === REPEATED) {
      const first = others.get(id);
      if (first === undefined) others.set(id, r);
      else {
        repeat(r, first);
        others.set(id, REPEATED);
      }
      continue;
    }
    const m = match[c]!;
    if (m === UNMATCHED) match[c] = r;
    else {
      repeat(r, m);
      match[c] = PARTNER_REPEATED;
    }
  }
  others.clear();
  return collectPairs(championIds, challengerIds, {
    championRepeated,
    championDuplicates: champion.count,
    challengerRepeated,
    challengerDuplicates,
    match,
    sameLabel,
  });
}

/** Walks the champion's rows in order, keeping the pairs and counting the rest. */
function collectPairs(
  championIds: readonly string[],
  challengerIds: readonly string[],
  found: {
    championRepeated: Uint8Array;
    championDuplicates: number;
    challengerRepeated: Uint8Array;
    challengerDuplicates: number;
    match: Int32Array;
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
  let labelMismatches = 0;
  for (let c = 0; c < championIds.length; c++) {
    if (championRepeated[c]) {
      addExample(examples.championDuplicates, championIds[c]!);
      continue;
    }
    const r = match[c]!;
    if (r < 0) {
      championUnpaired++;
      addExample(examples.championUnpaired, championIds[c]!);
      continue;
    }
    matched[r] = 1;
    if (!sameLabel(c, r)) {
      labelMismatches++;
      addExample(examples.labelMismatches, championIds[c]!);
      continue;
    }
    championRows[paired] = c;
    challengerRows[paired] = r;
    paired++;
  }
  let challengerUnpaired = 0;
  for (let r = 0; r < challengerIds.length; r++) {
    if (challengerRepeated[r]) addExample(examples.challengerDuplicates, challengerIds[r]!);
    else if (!matched[r]) {
      challengerUnpaired++;
      addExample(examples.challengerUnpaired, challengerIds[r]!);
    }
  }
  return {
    championRows: championRows.slice(0, paired),
    challengerRows: challengerRows.slice(0, paired),
    report: {
      championRows: championIds.length,
      challengerRows: challengerIds.length,
      paired,
      championUnpaired,
      challengerUnpaired,
      championDuplicates: found.championDuplicates,
      challengerDuplicates: found.challengerDuplicates,
      labelMismatches,
      examples,
    },
  };
}
