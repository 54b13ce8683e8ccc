/**
 * Refs read with one `git for-each-ref`, each with the tag object it names: the registry's tags,
 * and the counter claims that name the tag objects of tags made with them (counter-claims.ts).
 */
import type { CounterClaim, TagRecord } from "./backend.js";
import { claimedCounter } from "./counter-claims.js";

const FIELDS = [
  "%(refname)",
  "%(objecttype)",
  "%(objectname)",
  "%(*objectname)",
  "%(taggername)",
  "%(taggeremail)",
  "%(taggerdate:unix)",
  "%(contents)",
  "%(tag)",
];
/** NUL cannot occur in refs or messages, so it separates fields safely. */
export const REF_FORMAT = FIELDS.map((field) => `${field}%00`).join("");

/** One ref, the object it names, and that object as a tag record but for the tag's name. */
interface RefRow {
  readonly ref: string;
  readonly object: string;
  /**
   * The name a tag object gives itself, which its ref may not have (a tag renamed by hand): the
   * writing of whoever made the object, of any length, so readers check it before they show it.
   */
  readonly ownName: string;
  readonly record: Omit<TagRecord, "name">;
}

function refRows(output: string): RefRow[] {
  const parts = output.split("\0");
  const rows: RefRow[] = [];
  for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
    const [ref, type, object, peeled, name, email, date, contents, ownName] = parts.slice(
      i,
      i + FIELDS.length,
    ) as string[];
    const annotated = type === "tag";
    rows.push({
      // for-each-ref ends each record with a newline, which lands before the next refname.
      ref: ref!.replace(/^\n/, ""),
      object: object!,
      ownName: ownName!,
      record: {
        annotated,
        commit: annotated ? peeled! : object!,
        tagger: annotated ? { name: name!, email: email!.replace(/^<|>$/g, "") } : null,
        date: annotated && date ? new Date(Number(date) * 1000) : null,
        message: annotated ? contents! : "",
      },
    });
  }
  return rows;
}

/** The tags among the refs `git for-each-ref --format=REF_FORMAT` printed. */
export function parseTagRefs(output: string): TagRecord[] {
  return refRows(output).flatMap(({ ref, record }) =>
    ref.startsWith("refs/tags/") ? [{ name: ref.slice("refs/tags/".length), ...record }] : [],
  );
}

/** The artifact's counter claims among the refs `git for-each-ref --format=REF_FORMAT` printed. */
export function parseClaimRefs(output: string, artifact: string): CounterClaim[] {
  return refRows(output).flatMap(({ ref, object, ownName, record }) => {
    const counter = claimedCounter(ref, artifact);
    if (counter === undefined) return [];
    const tag = record.annotated ? { name: ownName, ...record } : undefined;
    return [{ ref, counter, object, tag }];
  });
}
