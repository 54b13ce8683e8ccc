import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  accuracy,
  averagePrecision,
  balancedAccuracy,
  binaryLogLoss,
  columnQuantile,
  confusionMatrix,
  meanAbsolutePercentageError,
  modelData,
  precisionRecallF1,
  prepareMetric,
  r2Score,
  rankBinary,
  readPredictions,
  rocAuc,
  type ClassAverage,
  type ReadPredictionsOptions,
} from "@mlops/shared";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = join(root, "test/fixtures/predictions/");
const goldenPath = join(root, "test/goldens/metrics.json");
const script = join(root, "scripts/generate-metric-goldens.py");

interface GoldenCase {
  name: string;
  file: string;
  options: ReadPredictionsOptions & { sensitive?: string };
  weighting: "unweighted" | "sample weights" | "bootstrap counts";
  weights: number[] | null;
  expected: Record<string, number>;
}

interface EdgeCase {
  name: string;
  function: string;
  input: Record<string, unknown>;
  expected: number;
}

const goldens = JSON.parse(readFileSync(goldenPath, "utf8")) as {
  cases: GoldenCase[];
  edges: EdgeCase[];
};

/**
 * Relative tolerance against scikit-learn and numpy: sums in another order (numpy sums pairwise,
 * these functions in one pass) differ in the last bits, never by more than this.
 */
const RTOL = 1e-9;
/** Absolute slack for results that are zero in one library and a rounding residue in the other. */
const ABSOLUTE_FLOOR = 1e-15;
let worst = 0;
let compared = 0;

function expectClose(label: string, actual: number, expected: number) {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const error = actual === expected ? 0 : Math.abs(actual - expected);
  compared++;
  if (error > ABSOLUTE_FLOOR) worst = Math.max(worst, error / scale);
  expect(
    error <= RTOL * scale + ABSOLUTE_FLOOR,
    `${label}: got ${actual}, scikit-learn says ${expected} (relative error ${error / scale})`,
  ).toBe(true);
}

afterAll(() => {
  console.info(
    `metric goldens: ${compared} values compared, max relative error ${worst.toExponential(2)}`,
  );
});

describe("metrics from the prediction fixtures equal scikit-learn's (relative 1e-9)", () => {
  it.each(goldens.cases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const { sensitive, ...options } = c.options;
    const data = modelData(await readPredictions(join(fixtures, c.file), options));
    const weights =
      c.weights === null
        ? undefined
        : c.weighting === "bootstrap counts"
          ? Uint32Array.from(c.weights)
          : Float64Array.from(c.weights);
    for (const [name, expected] of Object.entries(c.expected)) {
      const metric = prepareMetric(name, data, sensitive === undefined ? {} : { sensitive });
      expectClose(`${c.name} / ${name}`, metric.evaluate(weights), expected);
    }
  });
});

const ints = (v: unknown) => Int32Array.from(v as number[]);
const doubles = (v: unknown) => Float64Array.from(v as number[]);

/** The metric of an edge case, from the engine's functions on the case's arrays. */
function edgeValue(c: EdgeCase): number {
  const i = c.input;
  const [measure, average = "binary"] = c.function.split("_") as [string, ClassAverage?];
  switch (c.function) {
    case "roc_auc":
      return rocAuc(rankBinary(ints(i.labels), 1, doubles(i.scores)));
    case "average_precision":
      return averagePrecision(rankBinary(ints(i.labels), 1, doubles(i.scores)));
    case "balanced_accuracy":
      return balancedAccuracy(
        confusionMatrix(ints(i.labels), ints(i.predictions), i.classes as number),
        i.classes as number,
      );
    case "r2":
      return r2Score(doubles(i.labels), doubles(i.predictions));
    case "mape":
      return meanAbsolutePercentageError(doubles(i.labels), doubles(i.predictions));
    case "log_loss":
      return binaryLogLoss(ints(i.labels), 1, doubles(i.scores));
    case "quantile":
      return columnQuantile(
        doubles(i.values),
        i.q as number,
        i.weights === undefined ? undefined : Uint32Array.from(i.weights as number[]),
      );
    default: {
      const k = i.classes as number;
      const matrix = confusionMatrix(ints(i.labels), ints(i.predictions), k);
      return precisionRecallF1(matrix, k, average, 1)[measure as "f1"];
    }
  }
}

describe("edge cases equal scikit-learn's and numpy's", () => {
  it.each(goldens.edges.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expectClose(c.name, edgeValue(c), c.expected);
  });

  it("r2 of labels all equal is 0, or 1 for a perfect fit, where their mean rounds off them", () => {
    // Three 0.1 sum to 0.30000000000000004: numpy's mean is not 0.1, and scikit-learn's r2 is
    // 1 - residual / (a spread of rounding alone), about -5e31.
    const tenths = Float64Array.of(0.1, 0.1, 0.1);
    expect(r2Score(tenths, Float64Array.of(0.2, 0.1, 0.1))).toBe(0);
    expect(r2Score(tenths, tenths)).toBe(1);
    const tiny = Float64Array.of(4.902530188286434e-201, 4.902530188286434e-201);
    expect(r2Score(tiny, Float64Array.of(1e-200, 1e-200))).toBe(0);
  });

  it("accuracy is NaN without weight rather than 0/0", () => {
    expect(accuracy(Int32Array.of(1), Int32Array.of(1), Float64Array.of(0))).toBeNaN();
  });
});

describe("the golden file", () => {
  const python = "/usr/bin/python3";
  const hasSklearn = (() => {
    try {
      execFileSync(python, ["-c", "import sklearn, numpy"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  const mustRun = process.env.CI === "true";

  /** Equal, numbers within a relative 1e-9: what another CPU or library release may change. */
  const sameValues = (a: unknown, b: unknown, path: string): string[] => {
    if (typeof a === "number" && typeof b === "number") {
      const scale = Math.max(Math.abs(a), Math.abs(b));
      return Math.abs(a - b) <= RTOL * scale + ABSOLUTE_FLOOR ? [] : [`${path}: ${a} vs ${b}`];
    }
    if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      return [...keys].flatMap((key) =>
        sameValues(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          `${path}/${key}`,
        ),
      );
    }
    return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
  };

  it.runIf(mustRun || hasSklearn)(
    "is reproduced by scripts/generate-metric-goldens.py within a relative 1e-9",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "metric-goldens-"));
      try {
        const out = join(dir, "metrics.json");
        execFileSync(python, [script, out], { stdio: "pipe" });
        const fresh = readFileSync(out, "utf8");
        const committed = readFileSync(goldenPath, "utf8");
        const [now, then] = [JSON.parse(fresh), JSON.parse(committed)];
        // Another CPU or BLAS may change the last digits, so agreement is within the tolerance.
        expect(sameValues(now.cases, then.cases, "cases")).toEqual([]);
        expect(sameValues(now.edges, then.edges, "edges")).toEqual([]);
        console.info(
          `regenerated metric goldens: ${fresh === committed ? "byte for byte equal" : "equal within 1e-9"}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
