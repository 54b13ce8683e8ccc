import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cellValue, readBatches, type Batch, type EvalReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";
import { collect, scratchFolder } from "./temp-files.js";

const write = scratchFolder();
const MiB = 2 ** 20;

/** A ticket's text, `bytes` of ASCII with a quote and a comma in it, different for each row. */
function ticketText(row: number, bytes: number): string {
  const unit = `Ticket ${row}: "late" delivery, refund please. `;
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** The score of row `row`: an integer, but in row 760, past the first 16 MiB of rows. */
const score = (row: number): number => (row === 760 ? 0.5 : 10 + (row % 90));

type Format = "csv" | "jsonl";

/** A file of `rows` tickets of 24 KB each, and the bytes of each row's line, break included. */
function tickets(format: Format, rows = 800) {
  const lines = Array.from({ length: rows }, (_, row) => {
    const ticket = { id: `t${row}`, score: score(row), text: ticketText(row, 24_000) };
    return format === "jsonl"
      ? JSON.stringify(ticket)
      : `${ticket.id},${ticket.score},"${ticket.text.replaceAll('"', '""')}"`;
  });
  const header = format === "csv" ? ["id,score,text"] : [];
  const file = write(`tickets.${format}`, `${[...header, ...lines].join("\n")}\n`);
  return { file, rowBytes: lines.map((line) => Buffer.byteLength(line) + 1) };
}

/** Every batch of a read, and the invalid cells it reported (row 760's, for these files). */
async function readAll(file: string) {
  const invalid: unknown[][] = [];
  const batches: Batch[] = [];
  const read = readBatches(file, { onInvalidCell: (...cell) => invalid.push(cell) });
  for await (const batch of read) batches.push(batch);
  return { batches, invalid };
}

const FIRST_LINE: Record<Format, number> = { csv: 2, jsonl: 1 };

describe.each(["csv", "jsonl"] as const)("rows of 24 KB of text (%s)", (format) => {
  const data = tickets(format);

  test("end their batch once it holds 8 MiB of the file, far short of 16,384 rows", async () => {
    const { batches } = await readAll(data.file);

    expect(batches.reduce((rows, batch) => rows + batch.length, 0)).toBe(800);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of batches.slice(0, -1)) {
      const bytes = data.rowBytes.slice(batch.rowOffset, batch.rowOffset + batch.length);
      const total = bytes.reduce((sum, b) => sum + b, 0);
      expect(total).toBeGreaterThanOrEqual(8 * MiB);
      // The reader counts a row without its line break, and a CSV row without its closing
      // quote: up to 2 bytes a row fewer than the file holds.
      expect(total - bytes.at(-1)!).toBeLessThan(8 * MiB + 2 * batch.length);
    }
    // Every row, its text whole, in order.
    const ids = batches.flatMap((batch) =>
      Array.from({ length: batch.length }, (_, i) => cellValue(batch.columns.get("id")!, i)),
    );
    expect(ids).toEqual(Array.from({ length: 800 }, (_, row) => `t${row}`));
    const last = batches.at(-1)!;
    expect(cellValue(last.columns.get("text")!, last.length - 1)).toBe(ticketText(799, 24_000));
    expect(last.lineNumbers.at(-1)).toBe(799 + FIRST_LINE[format]);
  });

  test("are typed from the first 16 MiB of rows, not from 10,000 of them", async () => {
    const { batches, invalid } = await readAll(data.file);

    // About 700 rows are 16 MiB: the score of row 760 is past them, where the column is an
    // integer one, as it would be for a cell past 10,000 rows of short lines.
    expect(batches[0]!.columns.get("score")!.type).toBe("integer");
    expect(invalid).toEqual([["score", 760 + FIRST_LINE[format], "0.5", 760, format === "jsonl"]]);
  });
});

test("once rows are short again, batches fill to their 16,384 rows", async () => {
  const long = Array.from(
    { length: 400 },
    (_, row) => `${row},"${ticketText(row, 24_000).replaceAll('"', '""')}"`,
  );
  const short = Array.from({ length: 40_000 }, (_, i) => `${400 + i},short note ${i % 7}`);
  const file = write("mixed.csv", `id,note\n${[...long, ...short].join("\n")}\n`);

  const lengths: number[] = [];
  for await (const batch of readBatches(file, { reuseBatches: true })) lengths.push(batch.length);

  expect(lengths[0]).toBeLessThan(400);
  expect(lengths.slice(1, 3)).toEqual([16_384, 16_384]);
  expect(lengths.reduce((sum, n) => sum + n, 0)).toBe(40_400);
});

test("usedColumns' prefixes: a column they name is typed, any other unused one read as bytes", async () => {
  const file = write("used.csv", "id,score_a,score_b,text\nx1,0.25,0.75,hello\nx2,0.5,0.5,world\n");

  const [batch] = await collect(
    readBatches(file, { usedColumns: { only: ["id"], prefixes: ["score_"] } }),
  );

  expect([...batch!.columns.keys()]).toEqual(["id", "score_a", "score_b"]);
  expect(batch!.columns.get("score_b")!.type).toBe("numeric");
  expect(cellValue(batch!.columns.get("score_a")!, 1)).toBe(0.5);
  expect([...batch!.byteColumns!.keys()]).toEqual(["text"]);
});

describe("eval-gate on predictions that carry a long text column it does not read", () => {
  const CLASSES = ["billing", "delivery", "refund"];

  /** Predictions of 3,000 examples with per-class scores, with or without each example's text. */
  function predictions(seed: number, withText: boolean): string {
    const random = seededRandom(seed);
    const header = ["id", "label", "prediction", ...(withText ? ["text"] : []), "lang"];
    const rows = Array.from({ length: 3_000 }, (_, i) => {
      const label = i % 3;
      const weights = CLASSES.map((_, k) => random() + (k === label ? 1.2 : 0));
      const sum = weights.reduce((a, b) => a + b, 0);
      const scores = weights.map((w) => (w / sum).toFixed(6));
      const predicted = weights.indexOf(Math.max(...weights));
      const text = withText ? [`"${ticketText(i, 4_000).replaceAll('"', '""')}"`] : [];
      const lang = ["en", "es", "de"][i % 5 === 0 ? 2 : i % 2]!;
      return [`ex-${i}`, CLASSES[label], CLASSES[predicted], ...text, lang, ...scores].join(",");
    });
    const scoreNames = CLASSES.map((c) => `score_${c}`);
    return `${[[...header, ...scoreNames].join(","), ...rows].join("\n")}\n`;
  }

  async function gate(withText: boolean): Promise<EvalReport> {
    const { dir, write: put } = tempDir();
    put("champion.csv", predictions(1, withText));
    put("challenger.csv", predictions(2, withText));
    const policy = put(
      "policy.yml",
      [
        "slices:",
        "  by: [lang]",
        "metrics:",
        "  accuracy: {direction: higher, max-regression: 0.02}",
        "  log_loss: {direction: lower, max-regression: 0.05, slices: false}",
      ].join("\n"),
    );
    const run = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", policy],
        ...["--report-path", "report.json", "--comment-path", "comment.md", "--fail-step", "false"],
      ],
      dir,
    );
    expect(run.stderr).not.toMatch(/error/i);
    return JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
  }

  test("gives the same report as without the column", async () => {
    const withText = await gate(true);
    const without = await gate(false);

    expect(withText.rows.length).toBeGreaterThan(3);
    expect(withText.rows.some((row) => row.metric === "log_loss")).toBe(true);
    // The files differ, and so do their digests; nothing else does.
    expect(withText.challenger.sha256).not.toBe(without.challenger.sha256);
    const digests = { challenger: without.challenger, champion: without.champion };
    expect({ ...withText, ...digests }).toEqual(without);
  });
});
