import { describe, expect, it } from "vitest";
import { githubContextFromEnv } from "@mlops/shared";

describe("githubContextFromEnv", () => {
  it("reads the runner's variables, GitHub Enterprise Server's API URL included", () => {
    const context = githubContextFromEnv(
      {
        GITHUB_API_URL: "https://ghe.example.com/api/v3/",
        GITHUB_SERVER_URL: "https://ghe.example.com",
        GITHUB_REPOSITORY: "acme/models",
        GITHUB_EVENT_NAME: "workflow_run",
        GITHUB_EVENT_PATH: "/tmp/event.json",
        GITHUB_RUN_ID: "42",
        GITHUB_RUN_ATTEMPT: "2",
        GITHUB_SHA: "a".repeat(40),
      },
      "token-from-input",
    );
    expect(context).toMatchObject({
      token: "token-from-input",
      apiUrl: "https://ghe.example.com/api/v3",
      repo: { owner: "acme", repo: "models" },
      eventName: "workflow_run",
      runId: 42,
      runUrl: "https://ghe.example.com/acme/models/actions/runs/42/attempts/2",
    });
  });

  it("falls back to github.com and leaves unknown things undefined", () => {
    const context = githubContextFromEnv({});
    expect(context.apiUrl).toBe("https://api.github.com");
    expect(context.repo).toBeUndefined();
    expect(context.runUrl).toBeUndefined();
    expect(context.token).toBeUndefined();
  });
});
