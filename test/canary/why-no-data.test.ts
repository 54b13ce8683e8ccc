/**
 * Why canary-deploy says a metric has no data for the baseline, before any traffic moves: asked
 * through `mlops canary-deploy` of a stand-in for Prometheus that holds no samples, and holds
 * the series each case gives.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * What the stand-in holds: the selectors that match a series (`has`), or a refusal, as
 * Prometheus gives for a query it cannot run, of every question whether a selector matches.
 */
type Series = { readonly has: readonly string[] } | { readonly refuses: string };

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const answer = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

const vector = (...values: string[]) => ({
  status: "success",
  data: { resultType: "vector", result: values.map((v) => ({ metric: {}, value: [1, v] })) },
});

/** The question the diagnosis asks of one selector, over the 10 minutes a 1s interval gets. */
const DIAGNOSIS = /^count\(last_over_time\((.*)\[10m\]\)\)$/s;

/**
 * A stand-in for Prometheus with no samples: every query has an empty answer but the
 * diagnosis's, answered as `series` says. It records the selectors the diagnosis asked about.
 */
async function prometheus(series: Series): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const selector = DIAGNOSIS.exec(new URLSearchParams(body).get("query") ?? "")?.[1];
      if (selector === undefined) return answer(response, 200, vector());
      asked.push(selector);
      if ("refuses" in series)
        return answer(response, 400, {
          status: "error",
          errorType: "bad_data",
          error: series.refuses,
        });
      answer(response, 200, series.has.includes(selector) ? vector("3") : vector());
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

/**
 * `mlops canary-deploy` through one 50% step of 1s, judged on an error rate whose total is
 * `total` (the query whose baseline is checked), with metrics from a stand-in holding `series`.
 */
async function rollout(total: string, series: Series) {
  const server = await prometheus(series);
  const { dir, write } = tempDir();
  write(
    "queries.yml",
    `metrics:
  error_rate:
    kind: proportion
    direction: lower
    failures: ${JSON.stringify('sum(increase(errors_total{{variant_label}="{variant}"}[{window}]))')}
    total: ${JSON.stringify(total)}
`,
  );
  const run = await mlops(
    [
      "canary-deploy",
      ...["--steps", "50", "--interval", "1s", "--max-holds", "0"],
      ...["--prometheus-url", server.url, "--queries", "queries.yml"],
      ...["--set-weight-command", JSON.stringify([process.execPath, "-e", "void 0"])],
    ],
    dir,
    { now: () => new Date() },
  );
  const report = JSON.parse(readFileSync(join(dir, "mlops-out", "canary-report.json"), "utf8"));
  return { ...run, report, warnings: run.stderr.match(/^warning: .*$/gm), asked: server.asked };
}

const NO_DATA =
  'warning: error_rate: no data for the baseline (variant="baseline") over the last 1s before the rollout: ';
const HOLDS = "and the metric will hold every step";

describe("why a query has no data for the baseline, named before the rollout", () => {
  it("names a bare metric name no series has, such as a misspelled one", async () => {
    const run = await rollout(
      'sum(increase(requets_total{{variant_label}="{variant}"}[{window}]))',
      {
        has: [],
      },
    );
    expect(run.warnings).toEqual([
      `${NO_DATA}Prometheus has no series named requets_total, ${HOLDS}`,
    ]);
    expect(run.asked).toEqual(["requets_total"]);
  });

  it("names a metric Prometheus 3 takes only quoted, asking for it quoted", async () => {
    const total =
      'sum(increase({"http.server.request.duraton_count", {variant_label}="{variant}"}[{window}]))';
    const run = await rollout(total, { has: [] });
    expect(run.warnings).toEqual([
      `${NO_DATA}Prometheus has no series named http.server.request.duraton_count, ${HOLDS}`,
    ]);
    expect(run.asked).toEqual(['{"http.server.request.duraton_count"}']);
  });

  it("names the first label matcher no series of the metric has, asking each alone", async () => {
    const total =
      'sum(increase(http_requests_total{{variant_label}="{variant}", handler="/predcit"}[{window}]))';
    const run = await rollout(total, {
      has: ["http_requests_total", 'http_requests_total{variant="baseline"}'],
    });
    expect(run.warnings).toEqual([
      `${NO_DATA}no series of http_requests_total has handler="/predcit" (check how that label and its values are spelled), ${HOLDS}`,
    ]);
    expect(run.asked).toEqual([
      "http_requests_total",
      'http_requests_total{variant="baseline"}',
      'http_requests_total{handler="/predcit"}',
    ]);
  });

  it("gives the general reason when Prometheus refuses the diagnosis, and the rollout goes on", async () => {
    const run = await rollout(
      'sum(increase(requests_total{{variant_label}="{variant}"}[{window}]))',
      {
        refuses: "parse error: unexpected character",
      },
    );
    expect(run.warnings).toEqual([
      `${NO_DATA}unless the baseline served no request then, its query names a metric, label or bucket Prometheus does not have, ${HOLDS}`,
    ]);
    expect(run.asked).toEqual(["requests_total"]);
    expect(run.stderr).not.toContain("parse error");
    // The step ran, and held for want of data: the check stopped nothing.
    expect(run.report.outcome).toBe("inconclusive");
    expect(run.report.steps.map((step: { weight: number }) => step.weight)).toEqual([50]);
  });

  it("says the series are there, and samples are missing, when every selector matches", async () => {
    // http_requests_total also stands bare at the end: a name is asked about once.
    const total =
      'sum(increase(http_requests_total{{variant_label}="{variant}", code!~"5.."}[{window}])) / on() scale * on() count(http_requests_total)';
    const run = await rollout(total, {
      has: [
        "http_requests_total",
        'http_requests_total{variant="baseline"}',
        'http_requests_total{code!~"5.."}',
        'http_requests_total{variant="baseline",code!~"5.."}',
        "scale",
      ],
    });
    expect(run.warnings).toEqual([
      `${NO_DATA}every series its query names is there, so what is missing is samples: the baseline served no request then, Prometheus has scraped it fewer than twice, or the query's own filters leave nothing; the metric will hold every step without data`,
    ]);
    expect(run.asked).toEqual([
      "http_requests_total",
      'http_requests_total{variant="baseline"}',
      'http_requests_total{code!~"5.."}',
      'http_requests_total{variant="baseline",code!~"5.."}',
      "scale",
    ]);
  });
});
