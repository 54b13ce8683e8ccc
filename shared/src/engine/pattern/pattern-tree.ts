import type { AsciiSet } from "./ascii-set.js";

/**
 * A parsed pattern of the supported subset: only what decides whether a whole text matches, so
 * captures, group names and laziness are gone.
 */
export type PatternTree =
  /** One character from a set. */
  | { readonly kind: "char"; readonly set: AsciiSet }
  /** The empty text: `()`, an empty alternative, `x{0}`. */
  | { readonly kind: "empty" }
  /** `^` or `\A`: holds only at the beginning of the text (no multi-line flag). */
  | { readonly kind: "textStart" }
  /** `$` or `\z`: holds only at the end of the text (no multi-line flag). */
  | { readonly kind: "textEnd" }
  | { readonly kind: "concat"; readonly items: readonly PatternTree[] }
  | { readonly kind: "alternate"; readonly options: readonly PatternTree[] }
  /** `item` from `min` to `max` times; `max` is -1 when unbounded. */
  | {
      readonly kind: "repeat";
      readonly item: PatternTree;
      readonly min: number;
      readonly max: number;
    };

/** The tree of a sequence of items: the empty text, the one item, or their concatenation. */
export function sequence(items: readonly PatternTree[]): PatternTree {
  if (items.length === 0) return { kind: "empty" };
  if (items.length === 1) return items[0]!;
  return { kind: "concat", items };
}

/** The tree of alternatives, at least one. */
export function alternation(options: readonly PatternTree[]): PatternTree {
  return options.length === 1 ? options[0]! : { kind: "alternate", options };
}
