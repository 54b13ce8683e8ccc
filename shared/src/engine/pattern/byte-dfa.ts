import { ASCII_COUNT } from "./ascii-set.js";
import { MATCH, NO_MATCH, UNDECIDED, type AsciiPattern } from "./ascii-pattern.js";
import type { ByteClasses } from "./byte-classes.js";
import { CHAR, FINAL, SPLIT, TEXT_END, TEXT_START, type PatternNfa } from "./pattern-nfa.js";

/**
 * Limits on what one pattern's DFA holds at once; past any of them it drops its states and
 * builds anew (`ByteDfa`), or, where its states are made faster than they are used, goes on
 * along new paths by stepping the NFA itself, which makes no state.
 */
export interface DfaBudget {
  /** States, each a row of 256 transitions: 2,048 states take a 2 MiB table. */
  readonly maxStates: number;
  /** NFA nodes listed over all states, each a 2-byte character of the state's key. */
  readonly maxListedNodes: number;
  /** NFA nodes visited while building transitions between resets: a bound on their time. */
  readonly maxWork: number;
}

/** The budget `compileAsciiPattern` gives each pattern. */
export const DEFAULT_BUDGET: DfaBudget = {
  maxStates: 2048,
  maxListedNodes: 1 << 20,
  maxWork: 1 << 24,
};

/**
 * Memory that the DFAs of a set of patterns (a contract's) draw on together, in bytes: a budget
 * bounds one DFA, and this bounds them all, however many patterns there are. Once it is spent
 * a DFA drawing on it builds another state only by dropping its own (new paths step the NFA
 * meanwhile), and no new DFA is made (`compileAsciiPattern` leaves its pattern to re2js).
 */
export class DfaAllowance {
  constructor(private left: number) {}

  /** Takes `bytes` when that many are left; false, taking nothing, when not. */
  take(bytes: number): boolean {
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }

  /** Gives back `bytes` taken before. */
  give(bytes: number): void {
    this.left += bytes;
  }
}

/**
 * A row per state, indexed by byte; states are named by their row's offset, so the hot loop does
 * no multiplication. Columns 128 to 255 stay `NON_ASCII`, which saves the loop a test per byte.
 */
const ROW_SHIFT = 8;
const ROW = 1 << ROW_SHIFT;
/** The state from which nothing matches; offset 0, so `<= 0` catches it with the sentinels. */
const DEAD = 0;
const UNBUILT = -1;
const NON_ASCII = -2;
/** A transition to a state past the budget: the cells that take it step the NFA from there. */
const PAST_BUDGET = -3;
const INITIAL_ROWS = 8;
/** What a state's key costs besides its characters (the string and its entry in the map), about. */
const KEY_BYTES = 64;
/** What a state's key takes from the allowance. */
const keyBytes = (key: string) => KEY_BYTES + 2 * key.length;
/**
 * The bytes read per state made since the last reset below which a reset is not worth it: the
 * states are made about as fast as they are used, and stepping the NFA is cheaper (RE2's rule).
 */
const BYTES_PER_STATE = 10;

/** The bytes of a table of `rows` states: a transition row and the acceptance byte each. */
const rowsBytes = (rows: number) => rows * (ROW * 4 + 1);

/**
 * A DFA over ASCII bytes, built lazily by the subset construction as cells need its transitions,
 * so that a pattern whose full DFA would be exponential (`(a|b)*a(a|b){20}`) only ever builds the
 * states the data reaches, up to a budget. Past it, as RE2's DFA does with its cache, it drops
 * every state but the dead and the initial one and builds anew, where the states made since the
 * last such reset have each served `BYTES_PER_STATE` bytes on average; where they have not, it
 * steps the NFA along the new path (`stepNfa`) until they have. A state is the set of `CHAR`
 * nodes the NFA may be in, plus whether it would accept if the text ended there: the
 * end-of-text assertions are settled once, when the state is made. `^` holds only before the
 * first byte, so only the initial state passes it. The state's key spells both as characters:
 * the acceptance, then the sorted nodes.
 */
export class ByteDfa implements AsciiPattern {
  private table = new Int32Array(INITIAL_ROWS * ROW);
  private accepting = new Uint8Array(INITIAL_ROWS);
  private readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly startRow: number;
  private listedNodes = 0;
  private work = 0;
  /** The nodes the last `closure` walked: building counts them as work, stepping does not. */
  private walked = 0;
  /** The bytes of the cells `test` was given, in all and when the states were last dropped. */
  private bytesRead = 0;
  private bytesAtReset = 0;
  private resets = 0;
  // Scratch for closures and steps, sized to the NFA once: a node is pushed at most once per
  // closure, and a step reads each node of a state once.
  private readonly stamp: Int32Array;
  private currentStamp = 0;
  private readonly stack: Int32Array;
  private readonly found: Int32Array;
  private readonly seeds: Int32Array;
  private readonly current: Int32Array;

  constructor(
    private readonly nfa: PatternNfa,
    private readonly classes: ByteClasses,
    private readonly budget: DfaBudget = DEFAULT_BUDGET,
    private readonly allowance?: DfaAllowance,
  ) {
    const size = nfa.kind.length;
    this.stamp = new Int32Array(size);
    this.stack = new Int32Array(size);
    this.found = new Int32Array(size);
    this.seeds = new Int32Array(size);
    this.current = new Int32Array(size);
    this.addState(String.fromCharCode(NO_MATCH));
    // The initial state is made whatever the budget: every verdict needs it.
    this.seeds[0] = nfa.start;
    const startKey = this.keyOf(1, true);
    this.startRow = this.ids.has(startKey) ? this.rowOf(startKey) : this.addState(startKey);
  }

  /** What a DFA of `nfa` holds from the start: its first rows and its scratch. */
  static startBytes(nfa: PatternNfa): number {
    return rowsBytes(INITIAL_ROWS) + 5 * 4 * nfa.kind.length;
  }

  test(bytes: Uint8Array, start: number, end: number): number {
    this.bytesRead += end - start;
    const table = this.table;
    let row = this.startRow;
    for (let i = start; i < end; i++) {
      const next = table[row + bytes[i]!]!;
      // Kept out of this loop, the rare cases let it compile to a few instructions per byte.
      if (next <= 0) return this.testOnward(bytes, i, end, row);
      row = next;
    }
    return this.accepting[row >> ROW_SHIFT]!;
  }

  /** Goes on with `test` from byte `i` in the state at `row`, whose transition is not plain. */
  private testOnward(bytes: Uint8Array, i: number, end: number, row: number): number {
    for (; i < end; i++) {
      // Building may drop every state, this one too: its key is what stepping needs.
      const key = this.keys[row >> ROW_SHIFT]!;
      let next = this.table[row + bytes[i]!]!;
      if (next === UNBUILT || (next === PAST_BUDGET && this.mayReset())) {
        next = this.buildTransition(row, bytes[i]!);
      }
      if (next === DEAD) return NO_MATCH;
      if (next === NON_ASCII) return UNDECIDED;
      if (next < 0) return this.stepNfa(bytes, i, end, key);
      row = next;
    }
    return this.accepting[row >> ROW_SHIFT]!;
  }

  /** How many classes of bytes the DFA tells apart (`byteClasses`): one transition each. */
  get classCount(): number {
    return this.classes.count;
  }

  /** The number of states built so far, the dead state included: what `maxStates` bounds. */
  get stateCount(): number {
    return this.keys.length;
  }

  /** How many times the states were dropped to build anew. */
  get resetCount(): number {
    return this.resets;
  }

  /**
   * Goes on with `test` from byte `i` in the state of `key`, past the budget: steps the NFA's set
   * of nodes byte by byte (Thompson's simulation), making no state, so memory stays where the
   * budget left it and each byte costs at most one walk of the NFA. The verdicts are the DFA's:
   * a step is `buildTransition`'s without the table.
   */
  private stepNfa(bytes: Uint8Array, i: number, end: number, key: string): number {
    const { next, setOf, sets } = this.nfa;
    const { seeds, current, found } = this;
    let count = key.length - 1;
    for (let n = 0; n < count; n++) current[n] = key.charCodeAt(n + 1);
    let seedCount = 0;
    for (; i < end; i++) {
      const byte = bytes[i]!;
      if (byte >= ASCII_COUNT) return UNDECIDED;
      seedCount = 0;
      for (let n = 0; n < count; n++) {
        const node = current[n]!;
        if (sets[setOf[node]!]![byte] === 1) seeds[seedCount++] = next[node]!;
      }
      // No node reads the byte: the dead state, whatever follows.
      if (seedCount === 0) return NO_MATCH;
      count = this.closure(seedCount, false, false);
      for (let n = 0; n < count; n++) current[n] = found[n]!;
    }
    return this.closure(seedCount, false, true) < 0 ? MATCH : NO_MATCH;
  }

  /**
   * Builds the transition from the state at `row` on `byte`, for `byte`'s whole class, and
   * returns it: the next state's row, or, when that state is new and past the budget or the
   * allowance, `PAST_BUDGET`, kept in the table so that the cells that take it step the NFA
   * without trying to build it again until a reset is worth it (`mayReset`). A transition to a
   * state already made costs no memory and is built whatever is left; once the work budget is
   * spent, nothing more is until a reset, and `UNBUILT` is returned. After a reset the state of
   * `row` is made again, in another row, and the transition is built from there.
   */
  private buildTransition(row: number, byte: number): number {
    const key = this.keys[row >> ROW_SHIFT]!;
    if (this.work > this.budget.maxWork) {
      if (!this.reset()) return UNBUILT;
      row = this.stateOf(key);
      if (row === PAST_BUDGET) return PAST_BUDGET;
    }
    const { kind, next, setOf, sets } = this.nfa;
    const seeds = this.seeds;
    let seedCount = 0;
    for (let i = 1; i < key.length; i++) {
      const node = key.charCodeAt(i);
      if (kind[node] === CHAR && sets[setOf[node]!]![byte] === 1) seeds[seedCount++] = next[node]!;
    }
    this.work += key.length;
    const targetKey = this.keyOf(seedCount, false);
    let target = this.stateOf(targetKey);
    if (target === PAST_BUDGET && this.reset()) {
      row = this.stateOf(key);
      if (row === PAST_BUDGET) return PAST_BUDGET;
      target = this.stateOf(targetKey);
    }
    const { classOf } = this.classes;
    const byteClass = classOf[byte];
    for (let b = 0; b < ASCII_COUNT; b++) {
      if (classOf[b] === byteClass) this.table[row + b] = target;
    }
    return target;
  }

  /**
   * The key of the state reached from `seeds[0, seedCount)` by moves that read nothing, with
   * `^` holding or not: whether it accepts at the end of the text, then its `CHAR` nodes in
   * order.
   */
  private keyOf(seedCount: number, atTextStart: boolean): string {
    // The walk that settles acceptance goes first: each walk overwrites `found`.
    const accepts = this.closure(seedCount, atTextStart, true) < 0;
    this.work += this.walked;
    const count = this.closure(seedCount, atTextStart, false);
    this.work += this.walked;
    const nodes = this.found.subarray(0, count).sort();
    return String.fromCharCode(accepts ? MATCH : NO_MATCH, ...nodes);
  }

  /** Whether one more state, of key `key`, fits the budget and the allowance (taken from it). */
  private affords(key: string): boolean {
    const { maxStates, maxListedNodes } = this.budget;
    if (this.keys.length >= maxStates || this.listedNodes + key.length > maxListedNodes) {
      return false;
    }
    const rows = this.accepting.length;
    const grows = this.keys.length === rows ? rowsBytes(this.grownRows()) - rowsBytes(rows) : 0;
    return this.allowance?.take(grows + keyBytes(key)) ?? true;
  }

  /** The row of `key`'s state, made where it is new and affordable; else `PAST_BUDGET`. */
  private stateOf(key: string): number {
    if (this.ids.has(key)) return this.rowOf(key);
    return this.affords(key) ? this.addState(key) : PAST_BUDGET;
  }

  /** The states past the dead and the initial one, which a reset drops. */
  private get dropped(): number {
    return this.keys.length - ((this.startRow >> ROW_SHIFT) + 1);
  }

  /**
   * Whether dropping the states is worth it: there are some, and since the last reset they
   * have each served `BYTES_PER_STATE` bytes on average.
   */
  private mayReset(): boolean {
    const dropped = this.dropped;
    return dropped > 0 && this.bytesRead - this.bytesAtReset >= BYTES_PER_STATE * dropped;
  }

  /**
   * Drops every state but the dead and the initial one, giving their keys' memory back (the
   * table is kept, to be filled again), and starts the work budget anew; false, dropping
   * nothing, where that is not worth it (`mayReset`).
   */
  private reset(): boolean {
    if (!this.mayReset()) return false;
    const kept = this.keys.length - this.dropped;
    for (const key of this.keys.splice(kept)) {
      this.ids.delete(key);
      this.listedNodes -= key.length;
      this.allowance?.give(keyBytes(key));
    }
    // The kept states' transitions may lead to dropped ones.
    for (let id = 0; id < kept; id++) {
      const row = id << ROW_SHIFT;
      this.table.fill(id === 0 ? DEAD : UNBUILT, row, row + ASCII_COUNT);
    }
    this.work = 0;
    this.bytesAtReset = this.bytesRead;
    this.resets++;
    return true;
  }

  private rowOf(key: string): number {
    return this.ids.get(key)! << ROW_SHIFT;
  }

  /** Makes the state of `key` and returns its row, its transitions all yet to be built. */
  private addState(key: string): number {
    const id = this.keys.length;
    if (id === this.accepting.length) this.grow();
    this.keys.push(key);
    this.ids.set(key, id);
    this.listedNodes += key.length;
    this.accepting[id] = key.charCodeAt(0);
    const row = id << ROW_SHIFT;
    this.table.fill(id === 0 ? DEAD : UNBUILT, row, row + ASCII_COUNT);
    this.table.fill(NON_ASCII, row + ASCII_COUNT, row + ROW);
    return row;
  }

  private grownRows(): number {
    return Math.min(this.accepting.length * 2, this.budget.maxStates);
  }

  private grow(): void {
    const rows = this.grownRows();
    const table = new Int32Array(rows * ROW);
    table.set(this.table);
    this.table = table;
    const accepting = new Uint8Array(rows);
    accepting.set(this.accepting);
    this.accepting = accepting;
  }

  /**
   * Walks the moves that read nothing from `seeds[0, seedCount)`, leaving the `CHAR` nodes
   * reached in `found`, and returns how many; when `atTextEnd`, -1 as soon as `FINAL` is
   * reached. The walk of `keyOf` that lists the nodes leaves `$` closed, as more text follows.
   */
  private closure(seedCount: number, atTextStart: boolean, atTextEnd: boolean): number {
    const { kind, next, other } = this.nfa;
    const { stamp, stack, found, seeds } = this;
    const mark = ++this.currentStamp;
    let depth = 0;
    let count = 0;
    for (let i = 0; i < seedCount; i++) {
      const seed = seeds[i]!;
      if (stamp[seed] !== mark) {
        stamp[seed] = mark;
        stack[depth++] = seed;
      }
    }
    let walked = 0;
    while (depth > 0) {
      const node = stack[--depth]!;
      walked++;
      const nodeKind = kind[node]!;
      if (nodeKind === CHAR) {
        found[count++] = node;
        continue;
      }
      if (nodeKind === FINAL) {
        if (atTextEnd) {
          this.walked = walked;
          return -1;
        }
        continue;
      }
      // A move that reads nothing: SPLIT's two, or an assertion's one where it holds.
      if (nodeKind === TEXT_START ? !atTextStart : nodeKind === TEXT_END && !atTextEnd) continue;
      const to = next[node]!;
      if (stamp[to] !== mark) {
        stamp[to] = mark;
        stack[depth++] = to;
      }
      if (nodeKind !== SPLIT) continue;
      const alternative = other[node]!;
      if (stamp[alternative] !== mark) {
        stamp[alternative] = mark;
        stack[depth++] = alternative;
      }
    }
    this.walked = walked;
    return count;
  }
}
