import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Counter, Histogram, Registry, Summary } from "prom-client";
import { onCleanup } from "./processes.js";

export interface ModelServerOptions {
  variant: "baseline" | "canary";
  /** Extra latency per request, ms (scenario "+30% latency" sets canary to 1.3x baseline's). */
  delayMs: number;
  /** Share of requests answered 500 (0..1), deterministic by a seeded counter, not Math.random. */
  errorRate: number;
  /** As if its process had died: every connection, scrapes too, dropped unanswered and uncounted. */
  down?: boolean;
}

export interface ModelServer {
  url: string;
  variant: string;
  set(options: Partial<ModelServerOptions>): void;
  stop(): Promise<void>;
}

/**
 * The model: a logistic regression fitted by statsmodels on Spector and Mazzeo's 32 students
 * (does a new teaching method, PSI, improve the grade given GPA and a test score, TUCE?).
 */
interface Logit {
  readonly intercept: number;
  readonly features: readonly string[];
  readonly coefficients: readonly number[];
}
const MODEL: Logit = JSON.parse(
  readFileSync(new URL("spector-logit.json", import.meta.url), "utf8"),
) as Logit;

const BODY_LIMIT = 64 * 1024;
/** prometheus-fastapi-instrumentator's default buckets (metrics.default, 7.x and 8.x). */
const LOWR_BUCKETS = [0.1, 0.5, 1];
const HIGHR_BUCKETS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30,
  60,
];

/**
 * The metrics a FastAPI app exports with `Instrumentator(excluded_handlers=["/metrics"])`, the
 * instrumentator's defaults apart from not timing its own scrapes: the same names, labels,
 * buckets and status groups ("2xx", "5xx"), so the `fastapi` preset runs against it unchanged.
 */
function instrumentatorMetrics(registry: Registry) {
  const registers = [registry];
  return {
    total: new Counter({
      name: "http_requests_total",
      help: "Total number of requests by method, status and handler.",
      labelNames: ["method", "status", "handler"],
      registers,
    }),
    inSize: new Summary({
      name: "http_request_size_bytes",
      help: "Content length of incoming requests by handler.",
      labelNames: ["handler"],
      percentiles: [],
      registers,
    }),
    outSize: new Summary({
      name: "http_response_size_bytes",
      help: "Content length of outgoing responses by handler.",
      labelNames: ["handler"],
      percentiles: [],
      registers,
    }),
    highr: new Histogram({
      name: "http_request_duration_highr_seconds",
      help: "Latency with many buckets but no API specific labels.",
      buckets: HIGHR_BUCKETS,
      registers,
    }),
    lowr: new Histogram({
      name: "http_request_duration_seconds",
      help: "Latency with only few buckets by handler.",
      labelNames: ["method", "handler"],
      buckets: LOWR_BUCKETS,
      registers,
    }),
  };
}

/** A real HTTP model server for one variant, with its own metrics registry. */
export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const settings = { ...options };
  const registry = new Registry();
  const metrics = instrumentatorMetrics(registry);
  // Failures spread evenly: each request adds errorRate to the debt and fails when it reaches 1.
  let errorDebt = 0.5;
  const failNext = (): boolean => {
    errorDebt += settings.errorRate;
    if (errorDebt < 1) return false;
    errorDebt -= 1;
    return true;
  };

  const server = createServer((request, response) => {
    if (settings.down) return void request.socket.destroy();
    const path = new URL(request.url ?? "/", "http://model").pathname;
    if (path === "/metrics") {
      void registry.metrics().then((text) => send(response, 200, text, registry.contentType));
      return;
    }
    const started = process.hrtime.bigint();
    const handler = path === "/predict" ? "/predict" : "none";
    response.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = `${Math.floor(response.statusCode / 100)}xx`;
      metrics.total.inc({ method: request.method, status, handler });
      metrics.inSize.observe({ handler }, Number(request.headers["content-length"] ?? 0));
      metrics.outSize.observe({ handler }, Number(response.getHeader("content-length") ?? 0));
      metrics.highr.observe(seconds);
      metrics.lowr.observe({ method: request.method, handler }, seconds);
    });
    void answer(request, response, handler, settings, failNext);
  });
  // Longer than nginx's upstream keepalive_timeout (60 s), so nginx closes idle sockets first.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const stop = onCleanup(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    registry.clear();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    variant: settings.variant,
    set: (changes) => Object.assign(settings, changes),
    stop,
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  handler: string,
  settings: ModelServerOptions,
  failNext: () => boolean,
): Promise<void> {
  if (handler === "none") return sendJson(response, 404, { detail: "Not Found" });
  if (request.method !== "POST") return sendJson(response, 405, { detail: "Method Not Allowed" });
  const body = await readBody(request);
  if (body === undefined) return sendJson(response, 413, { detail: "Request too large" });
  if (settings.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
  if (failNext()) return sendJson(response, 500, { detail: "Internal Server Error" });
  const probability = predict(body);
  if (probability === undefined) {
    return sendJson(response, 422, { detail: `features ${MODEL.features.join(", ")} needed` });
  }
  sendJson(response, 200, { variant: settings.variant, probability, grade: probability >= 0.5 });
}

/** P(grade improved) for `{"features": {"GPA": 3.1, "TUCE": 22, "PSI": 1}}`; undefined if malformed. */
function predict(body: string): number | undefined {
  let features: unknown;
  try {
    features = (JSON.parse(body) as { features?: unknown })?.features;
  } catch {
    return undefined;
  }
  if (typeof features !== "object" || features === null) return undefined;
  let z = MODEL.intercept;
  for (const [i, name] of MODEL.features.entries()) {
    const value = Object.hasOwn(features, name)
      ? (features as Record<string, unknown>)[name]
      : null;
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    z += MODEL.coefficients[i]! * value;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The request body as text; undefined past BODY_LIMIT. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const sendJson = (response: ServerResponse, status: number, value: unknown): void =>
  send(response, status, JSON.stringify(value), "application/json");

function send(response: ServerResponse, status: number, text: string, type: string): void {
  const body = Buffer.from(text, "utf8");
  response.writeHead(status, { "content-type": type, "content-length": body.length });
  response.end(body);
}
