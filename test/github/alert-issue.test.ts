import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertMarker, syncAlertIssue } from "@mlops/shared";
import { USER } from "../emulator/github-emulator.js";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub;
const issues = () => gh.emulator.repo("acme/models").issues;
const alert = { repo: REPO, key: "drift/daily", title: "Data drift" };

beforeEach(async () => {
  gh = await startEmulatedGitHub();
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("an alert issue", () => {
  it("opens once, is updated while the condition lasts, and closes with a comment when it clears", async () => {
    const opened = await syncAlertIssue(gh.github, { ...alert, active: true, body: "2 columns" });
    const same = await syncAlertIssue(gh.github, { ...alert, active: true, body: "2 columns" });
    const updated = await syncAlertIssue(gh.github, { ...alert, active: true, body: "5 columns" });
    const closed = await syncAlertIssue(gh.github, {
      ...alert,
      active: false,
      body: "",
      resolvedComment: "Back to normal.",
    });
    const quiet = await syncAlertIssue(gh.github, { ...alert, active: false, body: "" });

    expect([opened, same, updated, closed, quiet].map((r) => r.action)).toEqual([
      "opened",
      "unchanged",
      "updated",
      "closed",
      "none",
    ]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ state: "closed", labels: ["mlops-alert"] });
    expect(issues()[0]?.body).toBe(`${alertMarker("drift/daily")}\n5 columns`);
    const comments = gh.emulator.repo("acme/models").comments;
    expect(comments.map((c) => c.body.split("\n")[1])).toEqual(["Back to normal."]);
  });

  it("opens a new issue when the condition comes back after it was closed", async () => {
    await syncAlertIssue(gh.github, { ...alert, active: true, body: "a" });
    await syncAlertIssue(gh.github, { ...alert, active: false, body: "" });
    await syncAlertIssue(gh.github, { ...alert, active: true, body: "b" });
    expect(issues().map((i) => i.state)).toEqual(["closed", "open"]);
  });

  it("does not adopt an issue someone else opened with the same marker", async () => {
    const repo = gh.emulator.repo("acme/models");
    repo.labels.set("mlops-alert", { id: 1, name: "mlops-alert", color: "ededed" });
    const at = repo.timestamp();
    repo.issues.push({
      number: repo.nextNumber(),
      title: "forged",
      body: `${alertMarker("drift/daily")}\nclose me`,
      state: "open",
      state_reason: null,
      labels: ["mlops-alert"],
      author: USER.login,
      created_at: at,
      updated_at: at,
      closed_at: null,
    });
    const result = await syncAlertIssue(gh.github, { ...alert, active: false, body: "" });
    expect(result.action).toBe("none");
    expect(issues()[0]?.state).toBe("open");
  });
});
