import type { AsciiSet } from "./ascii-set.js";
import type { PatternTree } from "./pattern-tree.js";

/** Node kinds of a `PatternNfa`. */
export const CHAR = 0;
/** Moves to `next` and `other` without reading. */
export const SPLIT = 1;
/** Moves to `next` only at the beginning of the text. */
export const TEXT_START = 2;
/** Moves to `next` only at the end of the text. */
export const TEXT_END = 3;
/** The whole pattern has matched (if the text ends here). */
export const FINAL = 4;

/**
 * A Thompson NFA of a pattern: nodes `0 .. kind.length - 1`. A `CHAR` node reads one character
 * of `sets[setOf[node]]` and moves to `next[node]`; `SPLIT`, `TEXT_START` and `TEXT_END` move
 * without reading. Equal character sets share an entry of `sets`.
 */
export interface PatternNfa {
  readonly start: number;
  readonly kind: Uint8Array;
  readonly next: Int32Array;
  readonly other: Int32Array;
  readonly setOf: Int32Array;
  readonly sets: readonly AsciiSet[];
}

/**
 * An upper bound on the nodes `buildNfa` makes for `tree`, and on its steps, which are at least
 * one per tree node visited. Repeats copy their item, so it is computed from the tree without
 * expanding them: a pattern too large is refused in time proportional to its text.
 */
export function nfaSize(tree: PatternTree): number {
  switch (tree.kind) {
    case "concat":
      return tree.items.reduce((sum, item) => sum + nfaSize(item), 0);
    case "alternate":
      return tree.options.reduce((sum, option) => sum + nfaSize(option) + 1, 0);
    case "repeat": {
      const size = nfaSize(tree.item);
      const { min, max } = tree;
      return max < 0 ? Math.max(min, 1) * size + 1 : min * size + (max - min) * (size + 1) + 1;
    }
    default:
      return 1;
  }
}

/** The NFA of `tree`, or undefined when `nfaSize(tree)` exceeds `maxNodes`. */
export function buildNfa(tree: PatternTree, maxNodes: number): PatternNfa | undefined {
  // Not `>`: sizes that overflow make 0 * Infinity, NaN, which no comparison holds.
  if (!(nfaSize(tree) <= maxNodes)) return undefined;
  const builder = new NfaBuilder();
  const start = builder.build(tree, builder.node(FINAL, -1, -1));
  return builder.finish(start);
}

/**
 * Builds fragments back to front: each is built knowing the node that follows it, so no list
 * of dangling exits needs patching. Recursion follows the tree, whose depth the parser bounds.
 */
class NfaBuilder {
  private readonly kind: number[] = [];
  private readonly next: number[] = [];
  private readonly other: number[] = [];
  private readonly setOf: number[] = [];
  private readonly sets: AsciiSet[] = [];
  private readonly setIds = new Map<string, number>();

  node(kind: number, next: number, other: number, setId = -1): number {
    this.kind.push(kind);
    this.next.push(next);
    this.other.push(other);
    this.setOf.push(setId);
    return this.kind.length - 1;
  }

  /** The first node of `tree`'s fragment, which continues to `follow`. */
  build(tree: PatternTree, follow: number): number {
    switch (tree.kind) {
      case "char":
        return this.node(CHAR, follow, -1, this.setId(tree.set));
      case "empty":
        return follow;
      case "textStart":
        return this.node(TEXT_START, follow, -1);
      case "textEnd":
        return this.node(TEXT_END, follow, -1);
      case "concat":
        for (let i = tree.items.length - 1; i >= 0; i--) {
          follow = this.build(tree.items[i]!, follow);
        }
        return follow;
      case "alternate": {
        let first = this.build(tree.options[tree.options.length - 1]!, follow);
        for (let i = tree.options.length - 2; i >= 0; i--) {
          first = this.node(SPLIT, this.build(tree.options[i]!, follow), first);
        }
        return first;
      }
      case "repeat":
        return this.buildRepeat(tree.item, tree.min, tree.max, follow);
    }
  }

  /**
   * `item{min,max}` as `min` copies followed by a loop (unbounded) or by nested optional copies,
   * `(x(x(x)?)?)?`: unlike `x?x?x?` it reaches each count one way only, which keeps DFA states
   * small.
   */
  private buildRepeat(item: PatternTree, min: number, max: number, follow: number): number {
    let first = follow;
    if (max < 0) {
      // The loop node comes first in `x*`; in `x+` (and `x{n,}`) one copy of x leads into it.
      const loop = this.node(SPLIT, -1, follow);
      const body = this.build(item, loop);
      this.next[loop] = body;
      first = min === 0 ? loop : body;
      for (let i = 1; i < min; i++) first = this.build(item, first);
      return first;
    }
    for (let i = min; i < max; i++) first = this.node(SPLIT, this.build(item, first), follow);
    for (let i = 0; i < min; i++) first = this.build(item, first);
    return first;
  }

  private setId(set: AsciiSet): number {
    const key = String.fromCharCode(...set);
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(set);
      this.setIds.set(key, id);
    }
    return id;
  }

  finish(start: number): PatternNfa {
    return {
      start,
      kind: Uint8Array.from(this.kind),
      next: Int32Array.from(this.next),
      other: Int32Array.from(this.other),
      setOf: Int32Array.from(this.setOf),
      sets: this.sets,
    };
  }
}
