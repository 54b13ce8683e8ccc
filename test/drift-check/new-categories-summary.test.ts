import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "./check-csv.js";

/** A column as CSV, each value (quoted) repeated as many times as its count. */
const column = (name: string, counts: ReadonlyArray<readonly [string, number]>) =>
  `${name}\n${counts
    .flatMap(([value, n]) => Array<string>(n).fill(`"${value.replace(/"/g, '""')}"`))
    .join("\n")}\n`;

const REFERENCE = column("payment", [
  ["card", 300],
  ["cash", 200],
]);

// 13 values the reference never had: one that would break a table and make a tag, 5 times; a
// message of 250 characters with a line break, 4 times; a mention, 3 times; ten others once.
const LONG = `Order 17 arrived late.\r\n${"A".repeat(228)}`;
const CURRENT = column("payment", [
  ["card", 250],
  ["cash", 150],
  ["a|b <i>x</i>", 5],
  [LONG, 4],
  ["@team", 3],
  ...Array.from({ length: 10 }, (_, k) => [`wallet${k}`, 1] as const),
]);

/** The long message as a report keeps it: on one line, cut to 200 characters. */
const LONG_KEPT = `Order 17 arrived late.\\r\\n${"A".repeat(173)}…`;

/** The summary's row of `name`, its cells trimmed. */
const summaryRow = (summary: string, name: string) =>
  summary
    .split("\n")
    .find((line) => line.startsWith(`| ${name} |`))!
    .slice(2, -2)
    .split(/(?<!\\) \| /);

describe("categories new in current, in the summary and the HTML overview", () => {
  it("are counted and the three most frequent named in the summary's row, escaped, with how many more", async () => {
    // jensen_shannon scores a new category as any other: no note names them.
    const run = await check(REFERENCE, CURRENT, ["--method", "jensen_shannon"]);
    expect(run.column("payment").note).toBeNull();
    expect(run.column("payment").tests.chi2?.new_category_count).toBe(13);
    expect(run.stdout).toMatch(/\| N Ref \| N Cur \| New in current \|\n/);
    const cells = summaryRow(run.stdout, "payment");
    expect(cells).toHaveLength(10);
    // The table's cell escapes the pipe, the tag and the mention; the line break stays shown as
    // \r\n (its backslashes escaped), and the message is cut as the report keeps it.
    expect(cells[9]).toBe(
      `13: 'a\\|b &lt;i&gt;x&lt;/i&gt;', '${LONG_KEPT.replaceAll("\\", "\\\\")}', '@\u200Bteam' and 10 more`,
    );
    expect(run.stdout).not.toContain("A".repeat(174));
  });

  it("are in a column of the HTML overview, escaped there as HTML", async () => {
    const run = await check(REFERENCE, CURRENT, ["--method", "jensen_shannon"]);
    const html = readFileSync(`${run.dir}/mlops-out/drift-report.html`, "utf8");
    const overview = html.slice(html.indexOf('<table id="overview">'), html.indexOf("</table>"));
    expect(overview).toContain("<th>Verdict</th><th>New in current</th></tr>");
    expect(overview).toContain(
      `<td>13: &#39;a|b &lt;i&gt;x&lt;/i&gt;&#39;, &#39;${LONG_KEPT}&#39;, &#39;@team&#39; and 10 more</td></tr>`,
    );
    expect(overview).not.toContain("<i>");
  });

  it("leave a column without any a dash, and a report without any its tables as they were", async () => {
    const withNumbers = (text: string, values: number) =>
      text
        .split("\n")
        .map((line, k) => (line === "" ? line : `${line},${k === 0 ? "amount" : k % values}`))
        .join("\n");
    const run = await check(withNumbers(REFERENCE, 7), withNumbers(CURRENT, 7), [
      "--method",
      "jensen_shannon",
    ]);
    expect(summaryRow(run.stdout, "amount")[9]).toBe("—");
    const same = await check(REFERENCE, column("payment", [["card", 10]]));
    expect(same.stdout).toMatch(/\| N Ref \| N Cur \|\n/);
    const html = readFileSync(`${same.dir}/mlops-out/drift-report.html`, "utf8");
    expect(html).not.toContain("New in current");
  });
});
