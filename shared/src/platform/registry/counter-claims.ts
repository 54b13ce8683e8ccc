/**
 * Counters are unique per artifact (GTO orders an artifact's stage events by them), but tags of
 * different stages have different names, so two writers could both make `#5`. Each counted tag
 * therefore claims `refs/mlops/counters/<artifact>#<n>`, a ref that only one writer can create.
 * A claim whose tag was never made (a writer that died between the two) only leaves a gap in
 * the counters: the next writer counts past every claim as well as every tag.
 */
import { tryParseTag } from "./tag-grammar.js";

export const COUNTERS_REF = "refs/mlops/counters/";

/** The claim a tag needs, or undefined for a tag without a counter. */
export function claimRef(tag: string): string | undefined {
  const event = tryParseTag(tag);
  return event?.counter === undefined
    ? undefined
    : `${COUNTERS_REF}${event.artifact}#${event.counter}`;
}

/** The prefix of an artifact's claims, `refs/mlops/counters/<artifact>#`. */
export const claimsPrefix = (artifact: string): string => `${COUNTERS_REF}${artifact}#`;

/** The highest counter among claim refs of the artifact (0 when none). */
export function highestClaim(refs: readonly string[], artifact: string): number {
  const prefix = claimsPrefix(artifact);
  let highest = 0;
  for (const ref of refs) {
    if (!ref.startsWith(prefix)) continue;
    const rest = ref.slice(prefix.length);
    if (/^[1-9]\d{0,8}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return highest;
}
