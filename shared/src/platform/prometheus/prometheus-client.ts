import { MlopsError } from "../../engine/errors.js";
import { escapeControl, safeForLog } from "../../engine/report/escape-control.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../../engine/report/shorten.js";

/** Where Prometheus's HTTP API answers, and how to ask it. */
export interface PrometheusSource {
  /** Base URL, e.g. http://127.0.0.1:9090; a path prefix (behind a proxy) is allowed. */
  readonly url: string;
  /** Per request, from sending to the last byte of the answer. */
  readonly timeoutMs: number;
  /** Sent with every request, e.g. Authorization: Bearer ... */
  readonly headers?: Readonly<Record<string, string>>;
}

export type PrometheusErrorKind = "unreachable" | "timeout" | "http" | "query" | "shape";

/** Why a query gave no answer: the cause as a clause, for the step's reasons. */
export class PrometheusError extends MlopsError {
  constructor(
    readonly kind: PrometheusErrorKind,
    message: string,
    fix?: string,
  ) {
    super(message, fix);
  }
}

/** How much of the query an error message echoes. */
const QUERY_LIMIT = 120;
/** How much of Prometheus's own error text an error message echoes. */
const DETAIL_LIMIT = 300;
/** Far above any one series' answer (11,000 points at most); a bigger body is not Prometheus. */
const BODY_LIMIT = 16 * 1024 * 1024;

/** A request and how to name it in an error. */
interface Call {
  readonly source: PrometheusSource;
  readonly path: "query" | "query_range";
  readonly query: string;
  readonly form: Record<string, string>;
}

/** One number, or null when the result is empty (no series: no data, never zero) or NaN/±Inf. */
export async function instantQuery(
  source: PrometheusSource,
  query: string,
  time: Date,
): Promise<number | null> {
  const call: Call = { source, path: "query", query, form: { query, time: unixSeconds(time) } };
  const data = await ask(call);
  if (data.resultType === "scalar") return finite(sampleValue(call, data.result));
  if (data.resultType !== "vector") throw wrongType(call, data.resultType, "vector");
  const series = oneSeries(call, data.result);
  return series === undefined ? null : finite(sampleValue(call, field(series, "value")));
}

/**
 * The values of one series over [start, end] at `stepSeconds`, oldest first; [] when the result
 * is empty. NaN points are dropped: a histogram_quantile over a step without requests is NaN,
 * which means no data there. ±Inf points are kept: a quantile above a histogram's top bucket is
 * +Inf, the slowest steps, which the caller must not lose.
 */
export async function rangeQuery(
  source: PrometheusSource,
  query: string,
  start: Date,
  end: Date,
  stepSeconds: number,
): Promise<number[]> {
  const form = { query, start: unixSeconds(start), end: unixSeconds(end), step: `${stepSeconds}` };
  const call: Call = { source, path: "query_range", query, form };
  const data = await ask(call);
  if (data.resultType !== "matrix") throw wrongType(call, data.resultType, "matrix");
  const series = oneSeries(call, data.result);
  if (series === undefined) return [];
  const values = field(series, "values");
  if (!Array.isArray(values)) throw malformed(call, "a series without a list of values");
  return values.map((sample) => sampleValue(call, sample)).filter((v) => !Number.isNaN(v));
}

/**
 * The labels of each series an instant query returns, its values unread: which values a label
 * has (`count by (label) (...)`), or which labels a metric's series carry.
 */
export async function instantLabels(
  source: PrometheusSource,
  query: string,
  time: Date,
): Promise<Record<string, string>[]> {
  const call: Call = { source, path: "query", query, form: { query, time: unixSeconds(time) } };
  const data = await ask(call);
  if (data.resultType !== "vector") throw wrongType(call, data.resultType, "vector");
  if (!Array.isArray(data.result)) throw malformed(call, "a result that is not a list of series");
  return data.result.map((series: unknown) => {
    const labels = isRecord(series) ? field(series, "metric") : undefined;
    if (!isRecord(labels)) throw malformed(call, "a series without its labels");
    return Object.fromEntries(
      Object.entries(labels).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  });
}

const unixSeconds = (time: Date): string => `${time.getTime() / 1000}`;

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** The URL as an error may show it: no user, password, query string or fragment. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
  } catch {
    return "(not a URL)";
  }
}

/** The opening of every message: which Prometheus, which query. */
const subject = (call: Call): string =>
  `Prometheus at ${displayUrl(call.source.url)}: query '${safeForLog(shorten(oneLine(call.query), QUERY_LIMIT))}'`;

const oneLine = (text: string): string => escapeControl(text.replace(/\s+/g, " ").trim());

function endpoint(call: Call): URL {
  let base: URL;
  try {
    base = new URL(call.source.url);
  } catch {
    throw new PrometheusError(
      "unreachable",
      `${subject(call)} not sent: the Prometheus URL is not a URL`,
      "Give the base URL, such as http://prometheus:9090",
    );
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new PrometheusError(
      "unreachable",
      `${subject(call)} not sent: the Prometheus URL is ${safeForLog(base.protocol)}, not http or https`,
      "Give the base URL, such as http://prometheus:9090",
    );
  }
  // Relative to the base's path, so that a prefix such as /prometheus/ is kept.
  base.username = "";
  base.password = "";
  base.pathname = `${base.pathname.replace(/\/+$/, "")}/api/v1/${call.path}`;
  base.search = "";
  base.hash = "";
  return base;
}

/** Sends the call as a form POST (no URL-length limit) and returns the envelope's `data`. */
async function ask(call: Call): Promise<Record<string, unknown>> {
  const url = endpoint(call);
  const headers = requestHeaders(call);
  const signal = AbortSignal.timeout(call.source.timeoutMs);
  let status: number;
  let body: string;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body: new URLSearchParams(call.form),
      signal,
      redirect: "error",
    });
    status = response.status;
    body = await readCapped(response, call);
  } catch (error) {
    throw error instanceof PrometheusError ? error : sendFailure(call, error, signal);
  }
  return envelopeData(call, status, body);
}

function requestHeaders(call: Call): Headers {
  const headers = new Headers();
  headers.set("content-type", "application/x-www-form-urlencoded");
  const basic = basicCredentials(call.source.url);
  if (basic) headers.set("authorization", `Basic ${basic}`);
  for (const [name, value] of Object.entries(call.source.headers ?? {})) {
    try {
      headers.set(name, value);
    } catch {
      throw new PrometheusError(
        "http",
        `${subject(call)} not sent: header '${safeForLog(shorten(oneLine(name), REFUSAL_NAME_LIMIT))}' has a name or value HTTP does not allow`,
        "Remove line breaks and control characters from the header",
      );
    }
  }
  return headers;
}

/** http://user:password@host/ means Basic authentication, which fetch will not send from a URL. */
function basicCredentials(url: string): string | undefined {
  const { username, password } = new URL(url);
  if (!username && !password) return undefined;
  const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return Buffer.from(pair, "utf8").toString("base64");
}

/** The body as text, refusing one larger than BODY_LIMIT. */
async function readCapped(response: Response, call: Call): Promise<string> {
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > BODY_LIMIT) {
      await response.body.cancel().catch(() => undefined);
      throw malformed(call, `an answer larger than ${BODY_LIMIT / 1024 / 1024} MiB`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A fetch that threw: the timeout, or the network (refused, reset, DNS, TLS). */
function sendFailure(call: Call, error: unknown, signal: AbortSignal): PrometheusError {
  if (signal.aborted) {
    return new PrometheusError(
      "timeout",
      `${subject(call)} got no answer within ${call.source.timeoutMs} ms`,
      "Check that Prometheus is healthy, or simplify the query",
    );
  }
  // Without the query: a server that cannot be reached is the same for every query, and one
  // reason for all the metrics it holds reads better than one a metric.
  return new PrometheusError(
    "unreachable",
    `Prometheus at ${displayUrl(call.source.url)} not answered: ${networkCause(error)}`,
    "Check the URL and that Prometheus is running and reachable from the runner",
  );
}

/**
 * The most specific thing Node says about a failed connection ("connect ECONNREFUSED
 * 127.0.0.1:9090", "getaddrinfo ENOTFOUND prometheus"): the innermost cause's message.
 */
function networkCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const next: unknown =
      current instanceof AggregateError && current.errors.length > 0
        ? current.errors[0]
        : current instanceof Error
          ? current.cause
          : undefined;
    if (!(next instanceof Error)) break;
    current = next;
  }
  const message = current instanceof Error ? current.message : String(current);
  return safeForLog(shorten(oneLine(message), DETAIL_LIMIT));
}

/** What the credentials a server asks for are given as: canary-deploy's Authorization input. */
const CREDENTIALS_FIX =
  "Pass the credentials Prometheus (or the proxy in front of it) expects as its Authorization header (canary-deploy's prometheus-authorization, such as Bearer and a token from a secret)";

const HTTP_FIXES: Record<number, string> = {
  401: CREDENTIALS_FIX,
  403: CREDENTIALS_FIX,
  404: "Check the URL: give Prometheus's base URL, with its path prefix if it has one",
};

/** A server's own failure (5xx): Prometheus, or what stands in front of it, is not well. */
const SERVER_FIX =
  "Prometheus or the proxy in front of it failed to answer: check that it is up and its logs, then run again";

/**
 * Prometheus's envelope: `{status: "success", data}` or `{status: "error", errorType, error}`,
 * the latter also on 400/422/503, so it is read before the HTTP status.
 */
function envelopeData(call: Call, status: number, body: string): Record<string, unknown> {
  const envelope = parseJson(body);
  if (envelope?.status === "error") {
    const errorType = typeof envelope.errorType === "string" ? envelope.errorType : "error";
    const text = typeof envelope.error === "string" ? envelope.error : "(no message)";
    const detail = safeForLog(shorten(oneLine(`${errorType}: ${text}`), DETAIL_LIMIT));
    return rejectQuery(call, detail);
  }
  if (status < 200 || status > 299) {
    throw new PrometheusError(
      "http",
      `${subject(call)} answered HTTP ${status}`,
      HTTP_FIXES[status] ?? (status >= 500 ? SERVER_FIX : undefined),
    );
  }
  if (envelope?.status !== "success" || !isRecord(envelope.data)) {
    throw malformed(call, "an answer that is not Prometheus's API JSON");
  }
  return envelope.data;
}

function rejectQuery(call: Call, detail: string): never {
  throw new PrometheusError(
    "query",
    `${subject(call)} rejected: ${detail}`,
    "Fix the query (try it in Prometheus's expression browser)",
  );
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An own property only: a hostile answer's `__proto__` or `constructor` is never followed. */
const field = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The only series of a vector or matrix; undefined when there is none. */
function oneSeries(call: Call, result: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(result)) throw malformed(call, "a result that is not a list of series");
  if (result.length > 1) {
    throw new PrometheusError(
      "shape",
      `${subject(call)} returned ${result.length} series where one is needed`,
      "Aggregate the query to one series, e.g. sum(...) or histogram_quantile(0.95, sum by (le) (...))",
    );
  }
  const [series] = result;
  if (series === undefined) return undefined;
  if (!isRecord(series)) throw malformed(call, "a series that is not an object");
  return series;
}

/** How Prometheus writes the values JSON has no numbers for (Go's strconv spellings). */
const SPECIAL: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  "+Inf": Number.POSITIVE_INFINITY,
  Inf: Number.POSITIVE_INFINITY,
  "-Inf": Number.NEGATIVE_INFINITY,
};

/** The number in a `[timestamp, "value"]` pair; NaN and ±Inf as Prometheus writes them. */
function sampleValue(call: Call, sample: unknown): number {
  const text = Array.isArray(sample) && sample.length === 2 ? sample[1] : undefined;
  if (typeof text !== "string") throw malformed(call, "a sample that is not [time, value]");
  const special = Object.hasOwn(SPECIAL, text) ? SPECIAL[text] : undefined;
  if (special !== undefined) return special;
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw malformed(call, `a sample value '${safeForLog(shorten(oneLine(text), 40))}'`);
  }
  return value;
}

function wrongType(call: Call, resultType: unknown, expected: string): PrometheusError {
  const got = typeof resultType === "string" ? safeForLog(shorten(resultType, 20)) : "nothing";
  const fix =
    got === "matrix"
      ? "A range selector such as x[5m] needs a function around it, such as rate(x[5m])"
      : `Write a query whose result is a ${expected}`;
  return new PrometheusError(
    "shape",
    `${subject(call)} returned a ${got} where a ${expected} is needed`,
    fix,
  );
}

function malformed(call: Call, what: string): PrometheusError {
  return new PrometheusError(
    "shape",
    `${subject(call)} got ${what}`,
    "Check that the URL points at Prometheus's HTTP API",
  );
}
