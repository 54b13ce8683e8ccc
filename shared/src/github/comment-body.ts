/**
 * The body of a comment or issue the suite owns: a hidden marker that finds it again, the
 * content with any forged marker disarmed, and a cap at GitHub's 65,536 characters that ends
 * with a note and a link to the full report.
 */

export const COMMENT_LIMIT = 65_536;

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** The hidden marker of one kind of owned text and one key, e.g. `<!-- mlops:sticky key=eval -->`. */
export function markerFor(kind: string, key: string): string {
  if (!KEY.test(key)) {
    throw new TypeError(`a marker key is letters, digits and . _ : / - (got '${key}')`);
  }
  return `<!-- mlops:${kind} key=${key} -->`;
}

/** Any `<!-- mlops:` in the content becomes visible text, so content cannot claim to be ours. */
export const disarmMarkers = (content: string): string =>
  content.replace(/<!--(\s*mlops:)/gi, "&lt;!--$1");

export interface ComposedBody {
  body: string;
  truncated: boolean;
}

/**
 * Marker first, then the content; when too long, the content is cut on a line boundary (never
 * inside a surrogate pair), an open code fence is closed, and a note links the full report.
 */
export function composeBody(
  marker: string,
  content: string,
  options: { fullReportUrl?: string; limit?: number } = {},
): ComposedBody {
  const limit = options.limit ?? COMMENT_LIMIT;
  const safe = disarmMarkers(content);
  const whole = `${marker}\n${safe}`;
  if (whole.length <= limit) return { body: whole, truncated: false };
  const where = options.fullReportUrl
    ? `the full report is in the [job summary](${options.fullReportUrl})`
    : "the full report is in the job summary";
  const note = `\n\n---\n**This report was cut to fit GitHub's limit of ${limit.toLocaleString("en-US")} characters**; ${where}.`;
  const fence = "\n```";
  let room = limit - marker.length - 1 - note.length - fence.length;
  if (room < 0) throw new RangeError("the comment limit is too small for the marker and the note");
  if (/[\uD800-\uDBFF]/.test(safe.charAt(room - 1))) room -= 1;
  let cut = safe.slice(0, room);
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > room - 2_000) cut = cut.slice(0, lastLine);
  const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += fence;
  return { body: `${marker}\n${cut}${note}`, truncated: true };
}
