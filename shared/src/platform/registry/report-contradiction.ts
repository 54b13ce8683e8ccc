/**
 * Where a report given as evidence says one thing in its headline and another in its contents:
 * an eval report's verdict against its rows (as eval-gate derives it from them), a row's status
 * against its checks, its counts against its rows; a canary report's promoted outcome against
 * its steps and final weight. Only a hand edit or damage makes them disagree, and the headline
 * is what a promotion would otherwise rest on.
 */
import type { CanaryReportHead } from "../../engine/contracts/canary-report.js";
import type {
  EvalReport,
  MetricRow,
  RowStatus,
  RuleCheck,
} from "../../engine/contracts/eval-report.js";
import { countStatuses, DECIDED, verdictOfRows } from "../../engine/contracts/eval-verdict.js";
import { combinedVerdict } from "../../engine/evidence/judge-evidence.js";
import { shorten } from "../../engine/report/shorten.js";

/** The field that contradicts the report's contents (a JSON pointer), and what they say. */
export interface Contradiction {
  readonly field: string;
  readonly problem: string;
}

/** What rows of a status did, for "2 of the report's rows failed". */
const DID: Readonly<Record<RowStatus, string>> = {
  pass: "passed",
  fail: "failed",
  inconclusive: "were inconclusive",
  skipped: "were skipped",
  info: "were for information only",
};

const NAMED = 3;

/** Up to three rows by metric (and slice), and how many more. */
function rowNames(rows: readonly MetricRow[]): string {
  const names = rows
    .slice(0, NAMED)
    .map((row) => shorten(row.slice ? `${row.metric} (${row.slice})` : row.metric, 80));
  return rows.length > NAMED
    ? `${names.join(", ")} and ${rows.length - NAMED} more`
    : names.join(", ");
}

const gatedWith = (report: EvalReport, status: RowStatus): MetricRow[] =>
  report.rows.filter(
    (row): row is MetricRow => "status" in row && row.gated && row.status === status,
  );

/** Why the rows give `derived`, in the words of the rows that make it so. */
function becauseOf(report: EvalReport, derived: EvalReport["verdict"]): string {
  if (derived === "pass") return "every row it decided passed";
  const rows = gatedWith(report, derived);
  if (rows.length === 0) return "none of its rows was decided, which is never a pass";
  return `${rows.length} of the report's rows ${DID[derived]} (${rowNames(rows)})`;
}

function verdictContradiction(report: EvalReport): Contradiction | undefined {
  const derived = verdictOfRows(report.mode, report.rows);
  if (derived === report.verdict) return undefined;
  return {
    field: "/verdict",
    problem: `says ${report.verdict}, but ${becauseOf(report, derived)}`,
  };
}

/**
 * A check's verdict: metric files' checks only pass or fail. A judged row's check without a
 * status is of a report written before checks had one, where one that did not pass may have
 * been inconclusive: it is read as the better of the two.
 */
const checkStatus = (check: RuleCheck, row: MetricRow) =>
  check.status ?? (check.passed ? "pass" : row.evidence === undefined ? "fail" : "inconclusive");

/** What the checks that make a row's verdict did, for "the row's max check did not pass". */
function checksThatGive(row: MetricRow, given: EvalReport["verdict"]): string {
  if (given === "pass") return "every check of the row passed";
  const rules = row.checks
    .filter((check) => checkStatus(check, row) === given)
    .map((check) => check.rule);
  const checks = rules.length === 1 ? "check" : "checks";
  const did =
    given === "fail"
      ? "did not pass"
      : rules.length === 1
        ? "was inconclusive"
        : "were inconclusive";
  return `the row's ${rules.join(" and ")} ${checks} ${did}`;
}

/**
 * A gated row that says better than its own checks give (a row fails on any failed check, is
 * inconclusive on any other that did not pass, and passes only on all), or that says it was not
 * decided where its checks or the evidence it was judged on decided it. A row may say worse: a
 * metric the champion's file lacks fails its row, whatever its bounds' checks gave.
 */
function rowContradiction(report: EvalReport): Contradiction | undefined {
  for (const [i, row] of report.rows.entries()) {
    if (!("status" in row) || !row.gated) continue;
    const field = `/rows/${i}/status`;
    if (row.checks.length > 0) {
      const given = combinedVerdict(row.checks.map((check) => checkStatus(check, row)));
      // It may say worse than its checks, never better: the worse of the two is its own.
      const says = row.status as EvalReport["verdict"];
      if (!DECIDED.includes(row.status) || combinedVerdict([says, given]) !== says) {
        return { field, problem: `says ${row.status}, but ${checksThatGive(row, given)}` };
      }
    } else if (row.evidence !== undefined && !DECIDED.includes(row.status)) {
      return { field, problem: `says ${row.status}, but the row was judged on its evidence` };
    }
  }
  return undefined;
}

function countsContradiction(report: EvalReport): Contradiction | undefined {
  const recounted = countStatuses(report.rows);
  for (const status of Object.keys(recounted) as RowStatus[]) {
    const stated = report.counts[status];
    // Reports written before 0.2 count no inconclusive rows.
    if (stated === undefined || stated === recounted[status]) continue;
    return {
      field: `/counts/${status}`,
      problem: `says ${stated}, but ${recounted[status]} of the report's rows ${DID[status]}`,
    };
  }
  return undefined;
}

export function evalContradiction(report: EvalReport): Contradiction | undefined {
  return verdictContradiction(report) ?? rowContradiction(report) ?? countsContradiction(report);
}

/** What a step that kept a rollout from its end did. */
const STEP_ENDING = { fail: "failed", hold: "used up its holds", "not-judged": "was not judged" };

/**
 * A rollout is promoted only when every step it judged passed (the step at 100% is not judged:
 * the baseline serves nothing there) and the canary kept the last step's weight.
 */
export function canaryContradiction(report: CanaryReportHead): Contradiction | undefined {
  if (report.outcome !== "promoted") return undefined;
  const problems: string[] = [];
  const stopped = report.steps.find(
    (step) => step.verdict !== "pass" && !(step.verdict === "not-judged" && step.weight === 100),
  );
  if (stopped)
    problems.push(
      `step ${stopped.step} ${STEP_ENDING[stopped.verdict as keyof typeof STEP_ENDING]}`,
    );
  const last = report.steps.at(-1);
  if (!last) problems.push("it records no step");
  else if (report.final_weight === 0)
    problems.push("final_weight is 0 (the traffic went back to the baseline)");
  else if (report.final_weight !== last.weight)
    problems.push(`final_weight is ${report.final_weight}, not the last step's ${last.weight}`);
  if (problems.length === 0) return undefined;
  return { field: "/outcome", problem: `says promoted, but ${problems.join(" and ")}` };
}
