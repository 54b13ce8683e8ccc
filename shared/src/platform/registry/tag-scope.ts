import { assertName } from "./names.js";
import { assertVersion } from "./semver.js";
import { tryParseTag } from "./tag-grammar.js";

/**
 * Which registry tags a read needs: every tag of one artifact, or only the tags of one of its
 * stages (`m#prod`, `m#prod#7`, `m#prod!#8`) or of one of its versions (`m@v1.2.0`,
 * `m@v1.2.0!`). A backend narrows its listing by the scope's name prefixes, which select a
 * superset (`churn@` leaves out `churn-v2@v1`, but `m#prod` takes in `m#prod-eu#3`), and then
 * keeps exactly the tags `inScope` accepts.
 */
export type TagScope =
  | { readonly artifact: string }
  | { readonly artifact: string; readonly stage: string }
  | { readonly artifact: string; readonly version: string };

/**
 * Every tag in the scope starts with one of these. The names are checked first: valid names
 * hold no character that git's patterns or refspecs would read as a wildcard.
 */
export function scopePrefixes(scope: TagScope): string[] {
  assertName("artifact", scope.artifact);
  if ("stage" in scope) return [`${scope.artifact}#${assertName("stage", scope.stage)}`];
  if ("version" in scope) {
    assertVersion(scope.version);
    return [`${scope.artifact}@${scope.version}`];
  }
  return [`${scope.artifact}@`, `${scope.artifact}#`];
}

/** A text every tag in the scope contains: what GitHub's ref search is given. */
export function scopeQuery(scope: TagScope): string {
  const prefixes = scopePrefixes(scope);
  return prefixes.length === 1 ? prefixes[0]! : scope.artifact;
}

/** Whether the tag, read by the grammar, belongs to the scope exactly. */
export function inScope(scope: TagScope, tag: string): boolean {
  const event = tryParseTag(tag);
  if (event?.artifact !== scope.artifact) return false;
  if ("stage" in scope) return "stage" in event && event.stage === scope.stage;
  if ("version" in scope) return "version" in event && event.version === scope.version;
  return true;
}
