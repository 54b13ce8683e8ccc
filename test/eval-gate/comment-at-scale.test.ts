import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  COMMENT_LIMIT,
  renderComment,
  stickyMarker,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const CLASSES = 1000;
/** Examples per class: a class slice of 40 can tell a large regression, not a small one. */
const PER_CLASS = 40;

const ACCURACY = "  accuracy: {direction: higher, max-regression: 0.05}\n";

interface ByClass {
  /** How many of class c's examples the challenger gets wrong. */
  readonly wrong: (c: number) => number;
  readonly classes?: number;
  readonly name?: (c: number) => string;
  /** Class c's latency in ms, the champion's then the challenger's: none read where undefined. */
  readonly latency?: (c: number) => readonly [number, number];
  /** The policy's metrics, sliced by class. */
  readonly metrics?: string;
}

/**
 * A gate sliced by class, over `classes` classes (`CLASSES` by default) of `PER_CLASS` examples
 * each, on accuracy unless `metrics` says otherwise. The champion is right on every example; the
 * challenger is wrong on `wrong(c)` of class c's examples. Returns the comment file and the
 * report the CLI wrote.
 */
async function gateByClass({
  wrong,
  classes = CLASSES,
  name = (c) => `c${c}`,
  latency,
  metrics = ACCURACY,
}: ByClass) {
  const { dir, write } = tempDir();
  const header = `id,label,prediction,class${latency ? ",latency_ms" : ""}`;
  const [champion, challenger] = [[header], [header]];
  for (let c = 0; c < classes; c++) {
    const [before, after] = latency?.(c).map((ms) => `,${ms}`) ?? ["", ""];
    for (let i = 0; i < PER_CLASS; i++) {
      const label = i % 2;
      champion.push(`e${c}-${i},${label},${label},${name(c)}${before}`);
      challenger.push(`e${c}-${i},${label},${i < wrong(c) ? 1 - label : label},${name(c)}${after}`);
    }
  }
  write("champion.csv", `${champion.join("\n")}\n`);
  write("challenger.csv", `${challenger.join("\n")}\n`);
  write(
    "policy.yml",
    `correction: none\nslices: {by: [class], min-samples: 30}\nmetrics:\n${metrics}`,
  );
  await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--comment-path", "comment.md"],
    ],
    dir,
  );
  return {
    comment: readFileSync(join(dir, "comment.md"), "utf8"),
    report: JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport,
  };
}

/** The rows of the comment's slices table, in its order, as `<metric> class=...`. */
const tableRows = (comment: string) =>
  [...comment.matchAll(/^\| `([a-z_]+)` in `(class=[^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);

/** The slice rows of the comment's slices table, in its order, as `class=...` names. */
const tableSlices = (comment: string) =>
  [...comment.matchAll(/^\| `accuracy` in `(class=[^`]+)` \|/gm)].map((m) => m[1]!);

/** Opening and closing `<details>` tags: a comment cut inside a section lacks a closing one. */
const detailsTags = (comment: string) => [
  comment.match(/<details[\s>]/g)?.length ?? 0,
  comment.match(/<\/details>/g)?.length ?? 0,
];

describe("the comment of a gate sliced by 1,000 classes", () => {
  // Classes 0-4 lose 20 of 40 examples, 5-14 from 8 to 17 (failures of different sizes);
  // 15-19 lose 2 and 20-499 lose 1 (inconclusive regressions); 500-999 lose none.
  const wrong = (c: number) => (c < 5 ? 20 : c < 15 ? c + 3 : c < 20 ? 2 : c < 500 ? 1 : 0);
  let comment: string;
  let report: EvalReport;
  beforeAll(async () => {
    ({ comment, report } = await gateByClass({ wrong }));
  });
  const row = (slice: string) =>
    report.rows.find((r) => "slice" in r && r.slice === slice) as MetricRow;

  it("fits GitHub's limit whole: nothing cut, every section closed", () => {
    expect(`${stickyMarker("eval-gate")}\n${comment}`.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment).not.toContain("This report was cut");
    const [opened, closed] = detailsTags(comment);
    expect(closed).toBe(opened);
  });

  it("gives the row on all examples first, then 25 slice rows: failures by size, then regressions by size", () => {
    const overall = comment.search(/^\| `accuracy` \| 1 \| 0\.98\d+ \|/m);
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThan(comment.indexOf("<summary>Slices"));
    const shown = tableSlices(comment);
    expect(shown).toHaveLength(25);
    const statuses = shown.map((slice) => row(slice).status);
    expect(statuses).toEqual([...Array(15).fill("fail"), ...Array(10).fill("inconclusive")]);
    // Each row regresses at least as much as the next within its status: 20 lost, then 17...
    const lost = shown.map((slice) => -row(slice).delta! * PER_CLASS);
    for (let i = 1; i < 15; i++) expect(lost[i]).toBeLessThanOrEqual(lost[i - 1]! + 1e-9);
    expect(lost.slice(15, 20).map(Math.round)).toEqual([2, 2, 2, 2, 2]);
    expect(lost.slice(20).map(Math.round)).toEqual([1, 1, 1, 1, 1]);
  });

  it("counts the rows it leaves out, and says the report lists every one", () => {
    expect(comment).toContain(
      "<details open><summary>Slices: 1,000 rows, 1,000 not passed; the 25 most important shown</summary>",
    );
    expect(comment).toContain(
      "\n975 more slice rows are not shown here (975 inconclusive): the eval report (`report.json`) lists every row.\n",
    );
    expect(comment).toContain(
      "- 975 more slice rows not shown (975 inconclusive): the reasons are in the eval report (`report.json`).",
    );
    expect(report.rows.filter((r) => "slice" in r && r.slice !== null)).toHaveLength(CLASSES);
  });

  it("gives the reasons of the slice rows it shows only", () => {
    expect(comment).toContain("- `accuracy` in `class=c14` (fail):");
    expect(comment).toContain("- `accuracy` in `class=c24` (inconclusive):");
    expect(comment).toContain("- 10 inconclusive slice rows: the reasons are under the slices.");
    expect(comment).not.toContain("`class=c25`");
  });

  it("names the artifact that holds the report once it is uploaded, in the reasons and after the tables", () => {
    const posted = renderComment(report, {
      runUrl: "https://github.com/acme/models/actions/runs/7",
      report: { artifact: "eval-report" },
    });
    expect(posted).toContain(
      "975 more slice rows are not shown here (975 inconclusive): the eval report (artifact `eval-report`) lists every row.",
    );
    expect(posted).toContain(
      "- 975 more slice rows not shown (975 inconclusive): the reasons are in the eval report (artifact `eval-report`).",
    );
  });
});

describe("the comment of a gate whose 1,000 class slices all fail", () => {
  it("shows 25 of them with their reasons, long names and all, and stays within GitHub's limit", async () => {
    // The longest class names the comment shows whole: it cuts a name at 200 characters.
    const name = (c: number) => `${"k".repeat(190)}${String(c).padStart(4, "0")}`;
    const { comment, report } = await gateByClass({ wrong: (c) => 20 + (c % 7), name });
    expect(report.verdict).toBe("fail");
    expect(`${stickyMarker("eval-gate")}\n${comment}`.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment).not.toContain("This report was cut");
    expect(tableSlices(comment)).toHaveLength(25);
    expect(comment.match(/^- `accuracy` in `class=k+\d+` \(fail\):/gm)).toHaveLength(25);
    // The largest regressions are those shown: every class that lost 26 of its 40.
    const lost = tableSlices(comment).map((slice) => Number(slice.slice(-4)) % 7);
    expect(lost).toEqual(Array(25).fill(6));
    expect(comment).toContain(
      "- 975 more slice rows not shown (975 failed): the reasons are in the eval report (`report.json`).",
    );
  });
});

describe("the order of slice rows of metrics in different units", () => {
  const LATENCY = (max: number) => `  latency_ms_mean: {direction: lower, max: ${max}}\n`;

  it("shows the undecided rows of accuracy before the passed ones of latency that got worse", async () => {
    // 60 classes: the challenger loses 1 of 40 in each (inconclusive), and is 2 ms slower (passes).
    const { comment } = await gateByClass({
      classes: 60,
      wrong: () => 1,
      latency: () => [100, 102],
      metrics: `${ACCURACY}${LATENCY(1000)}`,
    });
    const shown = tableRows(comment);
    expect(shown).toEqual([...Array(25).keys()].map((c) => `accuracy class=c${c}`));
    expect(comment).toContain(
      "95 more slice rows are not shown here (35 inconclusive, 60 passed): the eval report (`report.json`) lists every row.",
    );
  });

  it("ranks failures by how far past their limit they are, in units of their margin", async () => {
    // Classes 0-9 lose half their examples: accuracy 0.5 against a limit of 0.95, 9 margins past.
    // Every class is 2 ms slower, 102 against a max of 101: 1 margin (101 - 100) past.
    const { comment, report } = await gateByClass({
      classes: 40,
      wrong: (c) => (c < 10 ? 20 : 0),
      latency: () => [100, 102],
      metrics: `${ACCURACY}${LATENCY(101)}`,
    });
    const failed = report.rows.filter(
      (r) => "slice" in r && r.slice !== null && r.status === "fail",
    );
    expect(failed).toHaveLength(50);
    expect(tableRows(comment)).toEqual([
      ...[...Array(10).keys()].map((c) => `accuracy class=c${c}`),
      ...[...Array(15).keys()].map((c) => `latency_ms_mean class=c${c}`),
    ]);
  });
});
