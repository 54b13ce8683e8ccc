import type { Direction } from "../../engine/contracts/gate-policy.js";
import { marginSize, type Comparison, type Margin } from "../../engine/evidence/index.js";

/**
 * The challenger's value at the edge of a comparison's margin: the worst it may be for
 * non-inferiority, the least it must reach for superiority.
 */
export function marginLimit(
  direction: Direction,
  test: Comparison["test"],
  margin: Margin,
  champion: number,
): number {
  const size = marginSize(margin, champion);
  const better = direction === "higher" ? 1 : -1;
  return test === "superiority" ? champion + better * size : champion - better * size;
}
