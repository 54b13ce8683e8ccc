/**
 * Counters are unique per artifact (GTO orders an artifact's stage events by them), but tags of
 * different stages have different names, so two writers could both make `#5`. Each counted tag
 * therefore claims `refs/mlops/counters/<artifact>#<n>`, a ref that only one writer can create.
 * A claim whose tag was never made (a writer that died between the two) only leaves a gap in
 * the counters: the next writer counts past every claim as well as every tag.
 *
 * A claim names the tag object it was made for, so a tag gone since (deleted: git and GitHub let
 * anyone who can push delete a tag; or never made, by a writer that stopped after its claim) is
 * still found, with what its tag object says, through its claim.
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

/** The counter a claim ref of the artifact claims; undefined for any other ref. */
export function claimedCounter(ref: string, artifact: string): number | undefined {
  const prefix = claimsPrefix(artifact);
  const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
  return /^[1-9]\d{0,8}$/.test(rest) ? Number(rest) : undefined;
}

/**
 * The `limit` claims of the highest counters, lowest first, and how many are left out: what a
 * reader of claims without tags reads, one request each on GitHub.
 */
export function newestClaims<T extends { readonly counter: number }>(
  claims: readonly T[],
  limit: number,
): { readonly newest: T[]; readonly more: number } {
  const sorted = [...claims].sort((a, b) => a.counter - b.counter);
  const more = Math.max(0, sorted.length - limit);
  return { newest: sorted.slice(more), more };
}

/** The highest counter among claim refs of the artifact (0 when none). */
export function highestClaim(refs: readonly string[], artifact: string): number {
  return refs.reduce((highest, ref) => Math.max(highest, claimedCounter(ref, artifact) ?? 0), 0);
}
