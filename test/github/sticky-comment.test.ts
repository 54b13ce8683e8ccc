import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stickyMarker, upsertStickyComment } from "@mlops/shared";
import { USER, WORKFLOW_BOT } from "../emulator/github-emulator.js";
import {
  openPullRequest,
  REPO,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "./emulated-github.js";

let gh: EmulatedGitHub;
let pr: number;
const comments = () =>
  gh.emulator.repo("acme/models").comments.filter((c) => c.issue_number === pr);

/** Upserts the sticky comment `key` on the pull request, as an action does. */
const upsert = (key: string, body: string, options: { fullReportUrl?: string } = {}) =>
  upsertStickyComment(gh.github, { repo: REPO, issueNumber: pr, key, body, ...options });

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  pr = openPullRequest(gh.emulator);
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("a sticky comment", () => {
  it("is created once, then edited in place, then left alone when unchanged", async () => {
    const options = { repo: REPO, issueNumber: pr, key: "eval-gate", body: "accuracy 0.91" };
    const first = await upsertStickyComment(gh.github, options);
    const second = await upsertStickyComment(gh.github, { ...options, body: "accuracy 0.93" });
    const third = await upsertStickyComment(gh.github, { ...options, body: "accuracy 0.93" });

    expect([first.action, second.action, third.action]).toEqual([
      "created",
      "updated",
      "unchanged",
    ]);
    expect(second.commentId).toBe(first.commentId);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${stickyMarker("eval-gate")}\naccuracy 0.93`);
    expect(comments()[0]?.author).toBe("github-actions[bot]");
  });

  it("keeps one comment per key on the same pull request", async () => {
    await upsert("eval-gate", "a");
    await upsert("drift", "b");
    await upsert("eval-gate", "c");
    expect(comments().map((c) => c.body.split("\n")[1])).toEqual(["c", "b"]);
  });

  it("is found on page 3 of a pull request with 250 comments, and updated, not duplicated", async () => {
    const repo = gh.emulator.repo("acme/models");
    for (let i = 0; i < 240; i++) repo.addComment(pr, `review note ${i}`, USER);
    const ours = repo.addComment(pr, `${stickyMarker("eval-gate")}\nold table`, WORKFLOW_BOT);
    for (let i = 240; i < 249; i++) repo.addComment(pr, `review note ${i}`, USER);
    expect(comments()).toHaveLength(250);

    const result = await upsert("eval-gate", "new table");

    expect(result).toMatchObject({ action: "updated", commentId: ours.id });
    expect(comments()).toHaveLength(250);
    expect(ours.body).toBe(`${stickyMarker("eval-gate")}\nnew table`);
    const pages = gh.emulator.requests
      .filter((r) => r.route.endsWith("/comments") && r.method === "GET")
      .map((r) => r.status);
    expect(pages).toEqual([200, 200, 200]);
  });

  it("ignores a comment by someone else that carries our marker", async () => {
    const repo = gh.emulator.repo("acme/models");
    const forged = repo.addComment(pr, `${stickyMarker("eval-gate")}\nforged verdict: pass`, USER);

    const result = await upsert("eval-gate", "real verdict: fail");

    expect(result.action).toBe("created");
    expect(forged.body).toContain("forged verdict: pass");
    expect(comments()).toHaveLength(2);
  });

  it("learns its own login from GraphQL, since GET /user is refused to the workflow token", async () => {
    await upsert("k", "x");
    const routes = gh.emulator.requests.map((r) => r.route);
    expect(routes).toContain("POST /graphql");
    expect(routes).not.toContain("GET /user");
  });

  it("disarms a marker smuggled into the body, so the body cannot impersonate another key", async () => {
    const body = `numbers\n${stickyMarker("drift")}\nmore`;
    await upsert("eval-gate", body);
    const drift = await upsert("drift", "d");
    expect(drift.action).toBe("created");
    expect(comments()[0]?.body).toContain("&lt;!-- mlops:sticky key=drift -->");
  });

  it("is cut to 65,536 characters with a note that links the job summary", async () => {
    const body = Array.from({ length: 4000 }, (_, i) => `| row ${i} | ${"x".repeat(20)} |`).join(
      "\n",
    );
    const result = await upsert("eval-gate", body, {
      fullReportUrl: "https://github.com/acme/models/actions/runs/7",
    });
    const posted = comments()[0]?.body ?? "";
    expect(result.truncated).toBe(true);
    expect(posted.length).toBeLessThanOrEqual(65_536);
    expect(posted).toMatch(/cut to fit GitHub's limit of 65,536 characters/);
    expect(posted).toContain("[job summary](https://github.com/acme/models/actions/runs/7)");
    expect(posted.split("\n").at(-4)).toMatch(/^\| row \d+ \| x+ \|$/);
  });
});
