/**
 * A stateful GitHub on 127.0.0.1 for the endpoints the suite uses. Every request and response
 * body is checked against GitHub's OpenAPI description; a mismatch is recorded as a violation
 * and `close()` throws with the list, so a test cannot pass on an invented API. Faults (server
 * errors, 429, secondary rate limits, dropped connections, latency) are injected from a seed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { EmulatorState, type Identity, type RepoState } from "./emulator-state.js";
import { FaultPlan, type Fault, type FaultOptions } from "./faults.js";
import { operations, schemaProblems, type Operation } from "./openapi-schemas.js";
import { HttpError, type Handler, type Reply, type RouteContext } from "./route-context.js";
import { actionsRoutes } from "./routes-actions.js";
import { deploymentRoutes } from "./routes-deployments.js";
import { gitRoutes } from "./routes-git.js";
import { graphql, identityRoutes } from "./routes-identity.js";
import { issueRoutes } from "./routes-issues.js";
import { releaseRoutes } from "./routes-releases.js";
import type { ResultsService } from "./results-service.js";
import { runBackendId } from "./workflow-jobs.js";

/** The workflow token: an integration whose comments are signed by the Actions bot. */
export const WORKFLOW_TOKEN = "ghs_workflowtoken";
export const WORKFLOW_BOT: Identity = {
  login: "github-actions[bot]",
  type: "Bot",
  integration: true,
};
/** The workflow token of a pull request from a fork: it may read, and no more. */
export const READ_ONLY_TOKEN = "ghs_forkpulltoken";
export const READ_ONLY_BOT: Identity = { ...WORKFLOW_BOT, readOnly: true };
/** A personal token of a human, for whom GET /user works. */
export const USER_TOKEN = "ghp_usertoken";
export const USER: Identity = { login: "octocat", type: "User", integration: false };

const handlers: Record<string, Handler> = {
  ...gitRoutes,
  ...releaseRoutes,
  ...issueRoutes,
  ...deploymentRoutes,
  ...actionsRoutes,
  ...identityRoutes,
};

interface Route {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

const routes: Route[] = operations.map((operation) => {
  const key = `${operation.method} ${operation.path}`;
  const handler = handlers[key];
  if (!handler) throw new Error(`no handler for ${key}`);
  const names: string[] = [];
  // A `{ref}` holds slashes (tags/m@v1); other parameters are one segment.
  const source = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return name === "ref" ? "(.+)" : "([^/]+)";
  });
  return { operation, pattern: new RegExp(`^${source}$`), names, handler };
});

export interface RequestRecord {
  method: string;
  route: string;
  status: number;
  fault?: Fault["kind"];
}

export interface EmulatorOptions {
  /** Serve under /api/v3 as GitHub Enterprise Server does. */
  enterprise?: boolean;
  faults?: FaultOptions;
}

const SECONDARY_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
const DOCS = "https://docs.github.com/rest";

export class GitHubEmulator {
  readonly state = new EmulatorState();
  readonly violations: string[] = [];
  readonly requests: RequestRecord[] = [];
  faults: FaultPlan | undefined;
  /** The primary rate limit of every token together; tests exhaust it to see the wait. */
  readonly rateLimit = {
    limit: 5000,
    remaining: 5000,
    reset: Math.floor(Date.now() / 1000) + 3600,
  };

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    readonly enterprise: boolean,
  ) {
    this.state.tokens.set(WORKFLOW_TOKEN, WORKFLOW_BOT);
    this.state.tokens.set(USER_TOKEN, USER);
    this.state.tokens.set(READ_ONLY_TOKEN, READ_ONLY_BOT);
  }

  static async start(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const ref: { emulator?: GitHubEmulator } = {};
    const server = createServer((req, res) => void ref.emulator?.handle(req, res));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const { port } = server.address() as AddressInfo;
    const emulator = new GitHubEmulator(
      server,
      `http://127.0.0.1:${port}`,
      options.enterprise === true,
    );
    ref.emulator = emulator;
    if (options.faults) emulator.injectFaults(options.faults);
    return emulator;
  }

  /** The API root, what GITHUB_API_URL holds on a runner. */
  get apiUrl(): string {
    return this.enterprise ? `${this.origin}/api/v3` : this.origin;
  }

  repo(fullName: string): RepoState {
    return this.state.repo(fullName);
  }

  injectFaults(options: FaultOptions | undefined): void {
    this.faults = options ? new FaultPlan(options) : undefined;
  }

  /**
   * Lists each artifact a run's job uploads to `results` among the run's artifacts, and serves
   * its zip, as GitHub shows a run's artifacts to other runs.
   */
  serveArtifactsOf(results: ResultsService): void {
    results.onFinalize = (artifact) => {
      for (const repo of this.state.repos.values()) {
        const run = repo.runs.find((r) => runBackendId(r) === artifact.runBackendId);
        if (!run) continue;
        repo.artifacts.push({
          id: artifact.databaseId,
          run_id: run.id,
          name: artifact.name,
          size: artifact.size,
          created_at: artifact.createdAt.replace(/\.\d{3}Z$/, "Z"),
          blobUrl: artifact.zipUrl,
        });
      }
    };
  }

  /**
   * Stops the server, and any job still running, and removes the jobs' folders; throws when any request or response did not
   * fit GitHub's description.
   */
  async close(): Promise<void> {
    const runs = [...this.state.repos.values()].flatMap((repo) => repo.runs);
    await Promise.all(runs.map((run) => run.job?.remove()));
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    if (this.violations.length > 0) {
      throw new Error(`the emulator saw API violations:\n${this.violations.join("\n")}`);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", this.origin);
    const method = req.method ?? "GET";
    let path = url.pathname;
    if (path.startsWith("/downloads/")) return this.download(path, res);
    const upload = /^(\/api)?\/uploads\//.test(path);
    path = path.replace(/^\/api\/uploads\//, "/").replace(/^\/uploads\//, "/");
    if (this.enterprise && !upload) {
      if (path === "/api/graphql") path = "/graphql";
      else if (path.startsWith("/api/v3/")) path = path.slice("/api/v3".length);
      else
        return this.send(res, {
          status: 404,
          body: { message: "Not Found", documentation_url: DOCS },
        });
    }
    const record: RequestRecord = { method, route: `${method} ${path}`, status: 0 };
    this.requests.push(record);

    const match = path === "/graphql" && method === "POST" ? undefined : this.match(method, path);
    if (!match && !(path === "/graphql" && method === "POST")) {
      this.violations.push(`${method} ${path}: not an operation the emulator serves`);
      return this.send(
        res,
        { status: 404, body: { message: "Not Found", documentation_url: DOCS } },
        record,
      );
    }
    const route = match ? `${method} ${match.route.operation.path}` : "POST /graphql";
    record.route = route;

    const identity = this.identify(req);
    if (!identity) {
      return this.send(
        res,
        { status: 401, body: { message: "Bad credentials", documentation_url: DOCS } },
        record,
      );
    }

    const fault = this.faults?.next(route);
    const latency = this.faults?.latency() ?? 0;
    if (latency > 0) await sleep(latency);
    if (fault) record.fault = fault.kind;
    if (fault && !fault.afterEffect) {
      if (fault.kind === "reset") return void req.socket.destroy();
      return this.send(res, this.faultReply(fault), record);
    }
    if (this.rateLimit.remaining <= 0) {
      return this.send(
        res,
        {
          status: 403,
          body: {
            message: "API rate limit exceeded for installation ID 1.",
            documentation_url: DOCS,
          },
        },
        record,
      );
    }
    this.rateLimit.remaining -= 1;

    const json = String(req.headers["content-type"] ?? "").includes("json");
    let body: unknown;
    if (json && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        return this.send(
          res,
          { status: 400, body: { message: "Problems parsing JSON", documentation_url: DOCS } },
          record,
        );
      }
    }
    const ctx: RouteContext = {
      params: match?.params ?? {},
      query: url.searchParams,
      body,
      raw,
      headers: req.headers,
      state: this.state,
      identity,
      api: this.apiUrl,
      origin: this.origin,
      repo: match?.params.owner
        ? this.state.repo(`${match.params.owner}/${match.params.repo}`)
        : this.state.repo("-/-"),
      path: url.pathname,
    };

    const writes = !["GET", "HEAD"].includes(method) && !url.pathname.endsWith("/graphql");
    if (identity?.readOnly && writes) {
      return this.send(
        res,
        {
          status: 403,
          body: { message: "Resource not accessible by integration", documentation_url: DOCS },
        },
        record,
      );
    }
    let reply: Reply;
    if (match) {
      const problems = this.checkRequest(match.route.operation, url.searchParams, body, json);
      if (problems.length > 0) {
        this.violations.push(...problems.map((p) => `${route} request: ${p}`));
        return this.send(
          res,
          { status: 422, body: { message: "Validation Failed", documentation_url: DOCS } },
          record,
        );
      }
      reply = await this.run(match.route.handler, ctx);
      const schema = match.route.operation.responses[String(reply.status)];
      if (schema && reply.body !== undefined) {
        const problems = schemaProblems(schema, reply.body);
        this.violations.push(...problems.map((p) => `${route} response ${reply.status}: ${p}`));
      }
    } else {
      reply = await this.run(graphql, ctx);
    }

    if (fault?.afterEffect) {
      if (fault.kind === "reset") return void req.socket.destroy();
      return this.send(res, this.faultReply(fault), record);
    }
    return this.send(res, reply, record);
  }

  private match(method: string, path: string) {
    for (const route of routes) {
      if (route.operation.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? "")]),
      );
      return { route, params };
    }
    return undefined;
  }

  private identify(req: IncomingMessage): Identity | undefined {
    const header = String(req.headers.authorization ?? "");
    const token = header.replace(/^(token|bearer)\s+/i, "");
    return this.state.tokens.get(token);
  }

  /** Query parameters the operation does not declare, and request bodies that break its schema. */
  private checkRequest(
    op: Operation,
    query: URLSearchParams,
    body: unknown,
    json: boolean,
  ): string[] {
    const problems: string[] = [];
    const declared = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of query.keys()) {
      if (!declared.has(name)) problems.push(`query parameter '${name}' is not declared`);
    }
    const schema = op.requestBody?.schema;
    if (schema && json) problems.push(...schemaProblems(schema, body ?? null));
    else if (op.requestBody?.required && json && body === undefined)
      problems.push("body is required");
    return problems;
  }

  private async run(handler: Handler, ctx: RouteContext): Promise<Reply> {
    try {
      return await handler(ctx);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return {
        status: error.status,
        body: {
          message: error.message,
          documentation_url: DOCS,
          ...(error.errors ? { errors: error.errors } : {}),
        },
      };
    }
  }

  private faultReply(fault: Fault): Reply {
    const retryAfter = String(this.faults?.options.retryAfterSeconds ?? 1);
    switch (fault.kind) {
      case "too-many-requests":
        return {
          status: 429,
          headers: { "retry-after": retryAfter },
          body: { message: SECONDARY_LIMIT_MESSAGE, documentation_url: DOCS },
        };
      case "secondary-limit":
        return {
          status: 403,
          headers: { "retry-after": retryAfter },
          body: { message: SECONDARY_LIMIT_MESSAGE, documentation_url: DOCS },
        };
      default:
        return { status: 502, body: { message: "Server Error" } };
    }
  }

  private download(path: string, res: ServerResponse): void {
    const [, , owner, name, id] = path.split("/");
    const asset = this.state.repos.get(`${owner}/${name}`)?.assets.find((a) => String(a.id) === id);
    if (!asset) return this.send(res, { status: 404, body: { message: "Not Found" } });
    res.writeHead(200, { "content-type": asset.content_type, "content-length": asset.data.length });
    res.end(asset.data);
  }

  private send(res: ServerResponse, reply: Reply, record?: RequestRecord): void {
    if (record) record.status = reply.status;
    const headers: Record<string, string> = {
      // The emulated clock's time, as GitHub's servers send theirs: what its timestamps are on.
      date: this.state.clock().toUTCString(),
      "x-github-request-id": `EMU:${this.requests.length}`,
      "x-ratelimit-limit": String(this.rateLimit.limit),
      "x-ratelimit-remaining": String(Math.max(this.rateLimit.remaining, 0)),
      "x-ratelimit-used": String(this.rateLimit.limit - Math.max(this.rateLimit.remaining, 0)),
      "x-ratelimit-reset": String(this.rateLimit.reset),
      "x-ratelimit-resource": "core",
      ...reply.headers,
    };
    if (reply.bytes) {
      res.writeHead(reply.status, headers);
      res.end(reply.bytes);
      return;
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...headers, "content-type": "application/json; charset=utf-8" });
    res.end(text);
  }
}
