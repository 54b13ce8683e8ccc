import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPullRequest } from "../github/emulated-github.js";
import { GitHubEmulator, USER_TOKEN, WORKFLOW_TOKEN } from "./github-emulator.js";

let emulator: GitHubEmulator;

const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${emulator.apiUrl}${path}`, {
    ...init,
    headers: {
      authorization: `token ${init.token ?? WORKFLOW_TOKEN}`,
      "content-type": "application/json",
      ...(init.headers as Record<string, string>),
    },
  });

beforeEach(async () => {
  emulator = await GitHubEmulator.start();
});

afterEach(async () => {
  await emulator.close();
});

describe("the emulator holds itself to GitHub's OpenAPI description", () => {
  it("answers a created comment with a body that fits the issue-comment schema", async () => {
    const pr = openPullRequest(emulator);
    const res = await call(`/repos/acme/models/issues/${pr}/comments`, {
      method: "POST",
      body: JSON.stringify({ body: "hello" }),
    });
    expect(res.status).toBe(201);
    const comment = (await res.json()) as { user: { login: string }; body: string };
    expect(comment.user.login).toBe("github-actions[bot]");
    expect(comment.body).toBe("hello");
  });

  it("records a request body GitHub would not accept as a violation", async () => {
    const pr = openPullRequest(emulator);
    const res = await call(`/repos/acme/models/issues/${pr}/comments`, {
      method: "POST",
      body: JSON.stringify({ text: "the field is called body" }),
    });
    expect(res.status).toBe(422);
    expect(emulator.violations).toEqual([
      expect.stringContaining("must have required property 'body'"),
    ]);
    emulator.violations.length = 0;
  });

  it("records a query parameter the operation does not declare", async () => {
    await call(`/repos/acme/models/pulls?head_sha=abc`);
    expect(emulator.violations).toEqual([expect.stringContaining("'head_sha' is not declared")]);
    emulator.violations.length = 0;
  });

  it("refuses GET /user to the workflow token and answers it to a person", async () => {
    expect((await call("/user")).status).toBe(403);
    const me = await call("/user", { token: USER_TOKEN });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { login: string }).login).toBe("octocat");
  });

  it("answers GraphQL viewer with the bot login for the workflow token", async () => {
    const res = await fetch(`${emulator.origin}/graphql`, {
      method: "POST",
      headers: { authorization: `bearer ${WORKFLOW_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { login } }" }),
    });
    expect(await res.json()).toEqual({ data: { viewer: { login: "github-actions[bot]" } } });
  });

  it("sends GitHub's rate-limit headers with every answer", async () => {
    const res = await call("/repos/acme/models/releases");
    expect(res.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBeLessThan(5000);
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  it("sends its clock's time as the Date header, as GitHub's servers send theirs", async () => {
    emulator.state.clock = () => new Date("2026-03-01T12:00:00.400Z");
    const res = await call("/repos/acme/models/releases");
    expect(res.headers.get("date")).toBe("Sun, 01 Mar 2026 12:00:00 GMT");
  });
});

describe("releases in the emulator, as on GitHub", () => {
  const create = (release: Record<string, unknown>) =>
    call("/repos/acme/models/releases", { method: "POST", body: JSON.stringify(release) });

  it("keeps several drafts of one tag name: a draft does not hold its tag name", async () => {
    expect((await create({ tag_name: "m@v1", name: "one", draft: true })).status).toBe(201);
    expect((await create({ tag_name: "m@v1", name: "two", draft: true })).status).toBe(201);
    const listed = (await (await call("/repos/acme/models/releases")).json()) as {
      name: string;
      draft: boolean;
    }[];
    expect(listed.map((r) => [r.name, r.draft])).toEqual([
      ["two", true],
      ["one", true],
    ]);
  });

  it("refuses a second published release of a tag name, made or by publishing a draft", async () => {
    const draft = (await (await create({ tag_name: "m@v1", draft: true })).json()) as {
      id: number;
    };
    expect((await create({ tag_name: "m@v1" })).status).toBe(201);
    const second = await create({ tag_name: "m@v1" });
    expect(second.status).toBe(422);
    expect(await second.json()).toMatchObject({
      errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
    });
    const publish = await call(`/repos/acme/models/releases/${draft.id}`, {
      method: "PATCH",
      body: JSON.stringify({ draft: false }),
    });
    expect(publish.status).toBe(422);
  });
});
