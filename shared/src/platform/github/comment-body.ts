/**
 * The body of a comment or issue the suite owns: a hidden marker that finds it again, the
 * content with any forged marker disarmed, and a cap at GitHub's 65,536 characters that ends
 * with a note and a link to the full report.
 */
import { groupDigits } from "../../engine/report/group-digits.js";
import { truncateMarkdown } from "../../engine/report/truncate-markdown.js";
import { MARKER_KEY as KEY } from "./marker-key.js";

export const COMMENT_LIMIT = 65_536;

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
 * Marker first, then the content; when too long, the content is cut by `truncateMarkdown` and a
 * note links the full report.
 */
export function composeBody(
  marker: string,
  content: string,
  options: { fullReportUrl?: string; limit?: number } = {},
): ComposedBody {
  const limit = options.limit ?? COMMENT_LIMIT;
  const safe = disarmMarkers(content);
  const where = options.fullReportUrl
    ? `the full report is in the [job summary](${options.fullReportUrl})`
    : "the full report is in the job summary";
  const note = `---\n**This report was cut to fit GitHub's limit of ${groupDigits(limit)} characters**; ${where}.`;
  const cut = truncateMarkdown(safe, limit - marker.length - 1, "chars", note);
  return { body: `${marker}\n${cut}`, truncated: cut !== safe };
}
