import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { NewTag } from "./backend.js";
import type { EvidenceRecord } from "./evidence.js";
import { recordedText } from "./recorded-text.js";
import { parseTagMessage } from "./tag-message.js";
import type { TrainingRun } from "./training-run.js";
import { parseTag } from "./tag-grammar.js";

/** A name a tag records (a report's, a run's, a champion's), sanitised and shortened. */
const recordedName = (text: string): string => sanitizeMarkdown(recordedText(text));

/**
 * The model card: the text of a version's release, written from its registration tag so that the
 * release page says what the tag says (who, when, why, which files, which evidence). Every value
 * comes from a person or a file, so each is sanitised; a file's text is also shortened, as mlops
 * records it, where a tag that mlops did not write holds more (a release body has a size limit).
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
    const source = trainedAt(run);
    lines.push(
      "",
      "## Training run",
      "",
      `Run ${recordedName(run.id)} (${safe(run.status)}), run record sha256 \`${run.sha256}\`${run.asset ? ` (stored as ${safe(run.asset)})` : ""}.`,
      ...(source ? ["", source] : []),
      ...(run.data_digests.length
        ? ["", "Trained on data with sha256:", "", ...run.data_digests.map((d) => `- \`${d}\``)]
        : []),
    );
  }
  if (metadata?.evidence) {
    const e = metadata.evidence;
    const judged = judgedOn(e);
    lines.push(
      "",
      "## Evidence",
      "",
      `${recordedName(e.file)}: ${safe(e.verdict)} (report sha256 \`${e.sha256}\`)`,
      ...(judged ? ["", judged] : []),
    );
  }
  lines.push(
    "",
    "The tag's message holds the same facts as machine-readable JSON (an `mlops` block).",
  );
  return `${lines.join("\n")}\n`;
}

/** What a recorded report judged, in a sentence; undefined where the record does not say. */
function judgedOn(record: EvidenceRecord): string | undefined {
  if (record.kind === "canary-report") return "Judged on a canary rollout in live traffic.";
  if (!record.mode) return undefined;
  const on = record.mode === "predictions" ? "per-example predictions" : "aggregate metrics";
  const against = record.champion
    ? `against the champion ${recordedName(record.champion.file)} (sha256 ${codeSpan(record.champion.sha256)})`
    : "with no champion (a first model)";
  return `Judged on ${on}, ${against}.`;
}

/** The commit a run trained at and its params, where its tag records them (newer tags do). */
function trainedAt({ git, params_sha256 }: TrainingRun): string | undefined {
  if (!git?.commit) return undefined;
  const dirty = git.dirty ? " with uncommitted changes (dirty)" : "";
  const params = params_sha256 ? `, params sha256 ${codeSpan(params_sha256)}` : "";
  return `Trained at commit ${codeSpan(recordedText(git.commit))}${dirty}${params}.`;
}
