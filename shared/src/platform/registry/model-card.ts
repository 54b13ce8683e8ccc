import { sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { NewTag } from "./backend.js";
import { parseTagMessage } from "./tag-message.js";
import { parseTag } from "./tag-grammar.js";

/**
 * The model card: the text of a version's release, written from its registration tag so that the
 * release page says what the tag says (who, when, why, which files, which evidence). Every value
 * comes from a person or a file, so each is sanitised.
 */
export function modelCard(tag: NewTag): string {
  const event = parseTag(tag.name);
  const { summary, metadata } = parseTagMessage(tag.message);
  const safe = sanitizeMarkdown;
  const version = "version" in event ? event.version : metadata?.version;
  const stage = "stage" in event ? ` in ${safe(event.stage)}` : "";
  const lines = [
    `# ${safe(event.artifact)}${version ? ` ${safe(version)}` : ""}${stage}`,
    "",
    safe(summary),
    "",
    "| | |",
    "|---|---|",
    `| ${event.action === "register" ? "Registered" : "Tagged"} by | ${safe(tag.tagger.name)}${tag.tagger.email ? ` (${safe(tag.tagger.email)})` : ""} |`,
    `| Date | ${tag.date.toISOString()} |`,
    `| Commit | \`${tag.commit}\` |`,
  ];
  // A URL stays whole in code; a backtick or a pipe could end the code or the cell.
  if (metadata?.run_url) lines.push(`| Run | \`${metadata.run_url.replace(/[`|\s]/g, "")}\` |`);
  if (metadata?.assets?.length) {
    lines.push("", "## Files", "", "| File | Bytes | sha256 |", "|---|---:|---|");
    for (const a of metadata.assets)
      lines.push(`| ${safe(a.name)} | ${a.size} | \`${a.sha256}\` |`);
  }
  if (metadata?.training_run) {
    const run = metadata.training_run;
    lines.push(
      "",
      "## Training run",
      "",
      `Run ${safe(run.id)} (${safe(run.status)}), run record sha256 \`${run.sha256}\`.`,
      ...(run.data_digests.length
        ? ["", "Trained on data with sha256:", "", ...run.data_digests.map((d) => `- \`${d}\``)]
        : []),
    );
  }
  if (metadata?.evidence) {
    const e = metadata.evidence;
    lines.push(
      "",
      "## Evidence",
      "",
      `${safe(e.file)}: ${safe(e.verdict)} (report sha256 \`${e.sha256}\`)`,
    );
  }
  lines.push(
    "",
    "The tag's message holds the same facts as machine-readable JSON (an `mlops` block).",
  );
  return `${lines.join("\n")}\n`;
}
