import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commandSource, InputError } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

const WINDOW = { start: new Date(0), end: new Date(30_000), step: 1, weight: 25 };

/** The command source, run at `now` (the end of WINDOW unless told). */
const source = (
  script: string,
  {
    timeoutMs = 10_000,
    names = ["latency_ms"],
    cwd = process.cwd(),
    shell = true,
    now = WINDOW.end,
  } = {},
) =>
  commandSource({
    argv: [script],
    shell,
    cwd,
    env: { PATH: process.env.PATH },
    timeoutMs,
    names,
    intervalMs: 90_000,
    now: () => now,
  });

/** A shell script that prints this JSON. */
const printing = (output: object) => `echo '${JSON.stringify(output)}'`;

/** The one line the pre-flight's refusal shows. */
async function refusal(check: Promise<unknown>): Promise<string> {
  const error = await check.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).line;
}

const FORMAT_FIX =
  'Print one JSON object, {"baseline": {...}, "canary": {...}}, with each metric a list of numbers or {"failures": n, "total": n}';

describe("canary-deploy's metrics-command", () => {
  it("reads both variants' values, with the window, step and weight in its environment", async () => {
    const reading = await source(
      'echo "{\\"baseline\\": {\\"latency_ms\\": [$MLOPS_WINDOW_SECONDS]}, \\"canary\\": {\\"latency_ms\\": [$MLOPS_STEP, $MLOPS_WEIGHT]}}"',
    ).read(WINDOW);
    expect(reading.metrics).toEqual([
      {
        name: "latency_ms",
        baseline: { kind: "samples", values: [30] },
        canary: { kind: "samples", values: [1, 25] },
      },
    ]);
  });

  it("gives a read tried again later the window from its start to when it runs, as the command counts back from then", async () => {
    // The same window, read 15s after its end (a read that failed, tried again): 30s would
    // count from 15s to 45s, a window slid off the one judged, and miss its first 15s.
    const reading = await source(
      'echo "{\\"baseline\\": {\\"latency_ms\\": [$MLOPS_WINDOW_SECONDS]}}"',
      { now: new Date(45_000) },
    ).read(WINDOW);
    expect(reading.metrics[0]!.baseline).toEqual({ kind: "samples", values: [45] });
  });

  it("leaves the metrics unread, with the last line of its stderr, when it fails", async () => {
    const reading = await source("echo 'no access to the logs' >&2; exit 3").read(WINDOW);
    expect(reading.metrics[0]).toMatchObject({
      baseline: null,
      canary: null,
      error:
        "metrics-command exited with 3: no access to the logs. Run it by hand in the same directory to see why",
    });
  });

  it("says in a sentence, with where and what to print, that its output was not JSON", async () => {
    const reading = await source("echo 'latency_ms=12.1'").read(WINDOW);
    expect(reading.metrics[0]!.error).toBe(
      `metrics-command printed something that is not JSON: Unexpected token 'l' at line 1, character 1. ${FORMAT_FIX}`,
    );
  });

  it("reads Python's bare NaN as no reading: a NaN point is left out, a metric of NaN has no data", async () => {
    // What json.dumps writes for float("nan"): not JSON, but what a Python script prints.
    const output =
      '{"baseline": {"latency_ms": [12.1, NaN, 13.4], "p95": NaN}, "canary": {"latency_ms": [NaN, NaN], "p95": [NaN]}}';
    const reading = await source(`echo '${output}'`, { names: ["latency_ms", "p95"] }).read(WINDOW);
    expect(reading.metrics).toEqual([
      {
        name: "latency_ms",
        baseline: { kind: "samples", values: [12.1, 13.4] },
        canary: null,
      },
      { name: "p95", baseline: null, canary: null },
    ]);
  });

  it("tells where output with a NaN stops being JSON, counting the characters as printed", async () => {
    // Character 37 is the "]" after a trailing comma, as written, with NaN's three characters.
    const reading = await source(
      `echo '{"baseline": {"latency_ms": [NaN, 1,]},
"canary": {}}'`,
    ).read(WINDOW);
    expect(reading.metrics[0]!.error).toBe(
      `metrics-command printed something that is not JSON: Unexpected token ']' at line 1, character 37. ${FORMAT_FIX}`,
    );
  });

  it("reads a variant left out or printed as null as no data, which holds the step, never as 0", async () => {
    const baseline = { latency_ms: [12.1, 13.4] };
    for (const output of [{ baseline }, { baseline, canary: null }]) {
      const reading = await source(printing(output)).read(WINDOW);
      expect(reading.metrics).toEqual([
        { name: "latency_ms", baseline: { kind: "samples", values: [12.1, 13.4] }, canary: null },
      ]);
    }
    const reading = await source(printing({ canary: baseline })).read(WINDOW);
    expect(reading.metrics).toEqual([
      { name: "latency_ms", baseline: null, canary: { kind: "samples", values: [12.1, 13.4] } },
    ]);
  });

  it("leaves the metrics unread, naming the variant, when a variant is printed as no object", async () => {
    const reading = await source(
      printing({ baseline: { latency_ms: [12.1] }, canary: [12.6] }),
    ).read(WINDOW);
    expect(reading.metrics[0]!.error).toBe(
      `metrics-command printed "canary" as a list, not an object of metrics. ${FORMAT_FIX}`,
    );
  });

  it("stops, at its timeout, what the command started too, instead of waiting on its output", async () => {
    // The background sleep keeps stdout open: only stopping the whole group ends the read
    // before the test's own timeout.
    const reading = await source("sleep 60 & sleep 60", { timeoutMs: 500 }).read(WINDOW);
    expect(reading.metrics[0]!.error).toMatch(/^metrics-command ran past 0\.5s\. /);
  }, 30_000);
});

describe("canary-deploy's metrics-command before any traffic moves", () => {
  it("runs once at step 0 and weight 0 over the last interval, and takes a canary with no data yet", async () => {
    const { dir } = tempDir();
    const script = `echo "$MLOPS_STEP $MLOPS_WEIGHT $MLOPS_WINDOW_SECONDS" > seen; ${printing({
      baseline: { latency_ms: [12.1, 13.4] },
      canary: {},
    })}`;
    expect((await source(script, { cwd: dir }).check!()).warnings).toEqual([]);
    expect(readFileSync(`${dir}/seen`, "utf8")).toBe("0 0 90\n");
  });

  it('takes output without a "canary" object, as a command printing only what has traffic gives it', async () => {
    const check = source(printing({ baseline: { latency_ms: [12.1, 13.4] } })).check!();
    expect((await check).warnings).toEqual([]);
  });

  it('refuses output without a "baseline" object, which serves all traffic then, naming it', async () => {
    const check = source(printing({ canary: { latency_ms: [12.1] } })).check!();
    expect(await refusal(check)).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed JSON without a "baseline" object. Print the baseline's metrics as "baseline": {...}: it serves all traffic before the rollout, while "canary" may be left out until the canary has data`,
    );
  });

  it("warns of a metric it prints with no data for the baseline, which would hold every step", async () => {
    const check = source(printing({ baseline: { latency_ms: null }, canary: {} })).check!();
    expect((await check).warnings).toEqual([
      "latency_ms: no data for the baseline from metrics-command over the last 90s before the rollout: unless the baseline served no request then, the metric will hold every step",
    ]);
  });

  it("refuses a command that cannot run", async () => {
    const line = await refusal(source("./nothere.sh", { shell: false }).check!());
    expect(line).toMatch(
      /^input 'metrics-command': when run once before any traffic moved, it could not run \(.*ENOENT.*\)\. Run it by hand in the same directory to see why$/,
    );
  });

  it("refuses a command that fails, with the last line of its stderr", async () => {
    const line = await refusal(source("echo 'log store down' >&2; exit 2").check!());
    expect(line).toBe(
      "input 'metrics-command': when run once before any traffic moved, it exited with 2: log store down. Run it by hand in the same directory to see why",
    );
  });

  it("refuses output that is not JSON, or JSON without both variants, saying what to print", async () => {
    expect(await refusal(source("echo 'latency_ms=12.1'").check!())).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed something that is not JSON: Unexpected token 'l' at line 1, character 1. ${FORMAT_FIX}`,
    );
    expect(await refusal(source("true").check!())).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed nothing. ${FORMAT_FIX}`,
    );
    expect(await refusal(source(printing({ latency_ms: [1] })).check!())).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed JSON without "baseline" and "canary" objects. ${FORMAT_FIX}`,
    );
    expect(await refusal(source(printing([{ baseline: {} }])).check!())).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed a list, not one JSON object. ${FORMAT_FIX}`,
    );
  });

  it("refuses a value of the wrong shape, naming where it is", async () => {
    const check = source(printing({ baseline: { latency_ms: [1, "slow"] }, canary: {} })).check!();
    expect(await refusal(check)).toBe(
      `input 'metrics-command': when run once before any traffic moved, it printed baseline.latency_ms[1], which is not a finite number. ${FORMAT_FIX}`,
    );
  });

  it("refuses Python's bare Infinity as a sample, naming where it is, and to print a number or null", async () => {
    const check = source(`echo '{"baseline": {"latency_ms": [12.1, Infinity]}, "canary": {}}'`)
      .check!();
    expect(await refusal(check)).toBe(
      "input 'metrics-command': when run once before any traffic moved, it printed baseline.latency_ms[1] as Infinity, which no sample can be. Print a finite number (a latency past the histogram's top bucket as that bucket's bound), or null for the whole metric while it has no value",
    );
  });

  it("refuses a policy that judges a metric it prints for neither variant, listing those it prints", async () => {
    const output = { baseline: { accuracy: [0.91], latency_ms: [12.1] }, canary: { errors: null } };
    const check = source(printing(output), { names: ["acuracy", "latency_ms"] }).check!();
    expect(await refusal(check)).toBe(
      "input 'policy': judges acuracy, which metrics-command did not print when run once before any traffic moved (it printed accuracy, latency_ms, errors). Correct the metric's name in the policy, or have the command print it (null while it has no data)",
    );
  });
});
