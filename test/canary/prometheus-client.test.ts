import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PrometheusError,
  instantQuery,
  rangeQuery,
  type PrometheusErrorKind,
  type PrometheusSource,
} from "@mlops/shared";
import { hasPrometheus, startPrometheus } from "./harness/index.js";
import { freePort } from "./harness/processes.js";

/** The PrometheusError a query rejects with, checked to be one. */
async function failure(query: Promise<unknown>): Promise<PrometheusError> {
  const error = await query.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PrometheusError);
  return error as PrometheusError;
}

const expectKind = async (query: Promise<unknown>, kind: PrometheusErrorKind) => {
  const error = await failure(query);
  expect(error.kind).toBe(kind);
  return error.line;
};

/** 2023-11-14T22:13:20Z: a whole second, so that time() % 2 alternates 0, 1 on a 1 s step. */
const T = new Date(1_700_000_000_000);
const after = (seconds: number) => new Date(T.getTime() + seconds * 1000);

describe.skipIf(!hasPrometheus)("asking a real Prometheus", () => {
  let source: PrometheusSource;
  beforeAll(async () => {
    source = { url: (await startPrometheus([])).url, timeoutMs: 5_000 };
  });

  it("answers an instant query with its one number, from a vector or a scalar", async () => {
    expect(await instantQuery(source, "vector(3)", T)).toBe(3);
    expect(await instantQuery(source, "1 + 1", T)).toBe(2);
  });

  it("answers a range query with one series' values, oldest first", async () => {
    const values = await rangeQuery(source, "vector(time())", T, after(4), 1);
    expect(values).toEqual([0, 1, 2, 3, 4].map((s) => T.getTime() / 1000 + s));
  });

  it("gives null and [] when no series matches: no data, never zero", async () => {
    expect(await instantQuery(source, "sum(no_such_metric)", T)).toBeNull();
    expect(await instantQuery(source, "no_such_metric", T)).toBeNull();
    expect(await rangeQuery(source, "rate(no_such_metric[1m])", T, after(10), 1)).toEqual([]);
  });

  it("reads NaN as no data (null for an instant, dropped from a range) and keeps +Inf in a range", async () => {
    expect(await instantQuery(source, "0 / 0", T)).toBeNull();
    expect(await instantQuery(source, "vector(1) / 0", T)).toBeNull();
    // time() % 2 is 0 on even seconds: 1/0 is +Inf there, kept (a quantile above the top
    // bucket is the slowest there is); 0/0 is NaN, dropped.
    const ones = await rangeQuery(source, "vector(1) / vector(time() % 2)", T, after(9), 1);
    expect(ones.filter((v) => v === 1)).toHaveLength(5);
    expect(ones.filter((v) => v === Infinity)).toHaveLength(5);
    const zeros = await rangeQuery(source, "vector(0) / vector(time() % 2)", T, after(9), 1);
    expect(zeros).toEqual([0, 0, 0, 0, 0]);
  });

  it("passes on Prometheus's own words for a query it rejects", async () => {
    const line = await expectKind(instantQuery(source, "sum(rate(x[5m])", T), "query");
    expect(line).toMatch(/^Prometheus at http:\/\/127\.0\.0\.1:\d+: query 'sum\(rate\(x\[5m\]\)' /);
    expect(line).toContain("bad_data");
    expect(line).toContain("parse error");
    const range = await expectKind(rangeQuery(source, "up", T, after(1), 0), "query");
    expect(range).toContain("step");
  });

  it("refuses more than one series, and says how to aggregate them", async () => {
    const two = 'vector(1) or label_replace(vector(2), "copy", "yes", "", "")';
    const ask = [() => instantQuery(source, two, T), () => rangeQuery(source, two, T, after(2), 1)];
    for (const query of ask) {
      const line = await expectKind(query(), "shape");
      expect(line).toContain("returned 2 series where one is needed");
      expect(line).toContain("sum(");
    }
    const range = await expectKind(instantQuery(source, "vector(1)[5m:1m]", T), "shape");
    expect(range).toContain("rate(x[5m])");
  });

  it("names the query, cut short, and the URL without its credentials", async () => {
    const url = new URL(source.url);
    url.username = "reader";
    url.password = "s3cret";
    const long = `sum(rate(${"a".repeat(400)}[5m])`;
    const line = await expectKind(instantQuery({ ...source, url: url.href }, long, T), "query");
    expect(line).not.toContain("s3cret");
    expect(line).not.toContain("reader");
    expect(line).toContain(`query 'sum(rate(${"a".repeat(100)}`);
    expect(line).toContain("…'");
    expect(line.length).toBeLessThan(700);
  });
});

/** A stand-in for Prometheus that answers with `reply`, and remembers what it was asked. */
const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Asked {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  form: URLSearchParams;
}

async function fakePrometheus(
  reply: (response: ServerResponse) => void,
): Promise<{ url: string; asked: Asked[] }> {
  const asked: Asked[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const { method = "", url = "", headers } = request;
      asked.push({ method, path: url, headers, form: new URLSearchParams(body) });
      reply(response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

const json = (value: unknown) => (response: ServerResponse) =>
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));

const vectorOf = (...values: string[]) =>
  json({
    status: "success",
    data: { resultType: "vector", result: values.map((v) => ({ metric: {}, value: [1, v] })) },
  });

describe("how the client asks, and what it makes of the answer", () => {
  it("POSTs a form to /api/v1/query under the URL's path, with the headers given", async () => {
    const fake = await fakePrometheus(vectorOf("0.25"));
    const source = {
      url: `${fake.url.replace("http://", "http://ops:pa%20ss@")}/prometheus/`,
      timeoutMs: 2_000,
      headers: { "X-Scope-OrgID": "team-a" },
    };
    expect(await instantQuery(source, 'up{job="a b"}', T)).toBe(0.25);
    const [asked] = fake.asked;
    expect(asked).toMatchObject({ method: "POST", path: "/prometheus/api/v1/query" });
    expect(asked!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(asked!.headers["x-scope-orgid"]).toBe("team-a");
    expect(asked!.headers.authorization).toBe(`Basic ${btoa("ops:pa ss")}`);
    expect(Object.fromEntries(asked!.form)).toEqual({ query: 'up{job="a b"}', time: "1700000000" });
  });

  it("sends a range query's start, end and step in seconds", async () => {
    const fake = await fakePrometheus(
      json({ status: "success", data: { resultType: "matrix", result: [] } }),
    );
    expect(await rangeQuery({ url: fake.url, timeoutMs: 2_000 }, "up", T, after(90), 15)).toEqual(
      [],
    );
    expect(fake.asked[0]!.path).toBe("/api/v1/query_range");
    expect(Object.fromEntries(fake.asked[0]!.form)).toEqual({
      query: "up",
      start: "1700000000",
      end: "1700000090",
      step: "15",
    });
  });

  it("reports a closed port as unreachable", async () => {
    const port = await freePort();
    const line = await expectKind(
      instantQuery({ url: `http://127.0.0.1:${port}`, timeoutMs: 2_000 }, "up", T),
      "unreachable",
    );
    expect(line).toContain("ECONNREFUSED");
  });

  it("gives up on a server that never answers after timeoutMs", async () => {
    const fake = await fakePrometheus(() => undefined);
    const line = await expectKind(
      instantQuery({ url: fake.url, timeoutMs: 300 }, "up", T),
      "timeout",
    );
    expect(line).toContain("no answer within 300 ms");
  });

  it("reports an HTTP error that is not Prometheus's, with what to check", async () => {
    const gateway = await fakePrometheus((response) => response.writeHead(502).end("Bad Gateway"));
    const line = await expectKind(
      instantQuery({ url: gateway.url, timeoutMs: 2_000 }, "up", T),
      "http",
    );
    expect(line).toContain(
      "answered HTTP 502. Prometheus or the proxy in front of it failed to answer: check that it is up",
    );
    const denied = await fakePrometheus((response) => response.writeHead(401).end());
    const fix = await expectKind(
      instantQuery({ url: denied.url, timeoutMs: 2_000 }, "up", T),
      "http",
    );
    // Named as the input that gives them.
    expect(fix).toContain("(canary-deploy's prometheus-authorization, such as Bearer");
  });

  it("refuses answers that are not Prometheus's API, whatever they contain", async () => {
    const answers = [
      (response: ServerResponse) => response.writeHead(200).end("<html>Grafana</html>"),
      vectorOf("12abc"),
      vectorOf(""),
      json({ status: "success", data: { resultType: "vector", result: [{ metric: {} }] } }),
      json({ status: "success", data: { resultType: "vector", result: "x" } }),
      json({ status: "success", data: JSON.parse('{"__proto__": {"resultType": "scalar"}}') }),
      json({ status: "success" }),
    ];
    for (const answer of answers) {
      const fake = await fakePrometheus(answer);
      await expectKind(instantQuery({ url: fake.url, timeoutMs: 2_000 }, "up", T), "shape");
    }
  });

  it("stops reading an answer larger than any one series could be", async () => {
    const huge = "x".repeat(1024 * 1024);
    const fake = await fakePrometheus((response) => {
      response.writeHead(200);
      for (let i = 0; i < 20; i++) response.write(huge);
      response.end();
    });
    const line = await expectKind(
      instantQuery({ url: fake.url, timeoutMs: 5_000 }, "up", T),
      "shape",
    );
    expect(line).toContain("larger than 16 MiB");
  });

  it("keeps the answer's control characters and line breaks out of the one-line message", async () => {
    const fake = await fakePrometheus(
      json({ status: "error", errorType: "bad_data", error: "no\n::error::forged\u001b[2J" }),
    );
    const line = await expectKind(
      instantQuery({ url: fake.url, timeoutMs: 2_000 }, "up", T),
      "query",
    );
    // One line that starts with our words: the runner reads commands only at a line's start.
    expect(line).not.toContain("\n");
    expect(line).not.toContain("\u001b");
    expect(line).toMatch(/^Prometheus at /);
    expect(line).toContain("\\x1b[2J");
  });
});
