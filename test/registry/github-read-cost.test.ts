import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatTagMessage } from "@mlops/shared";
import { seedTags } from "../emulator/seed-tags.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";
import { modelHistory, modelNames } from "./model-histories.js";

let gh: GitHubRegistry;

beforeEach(async () => {
  gh = await startGitHubRegistry();
});

afterEach(async () => {
  // close() throws when any request or answer strayed from GitHub's API description.
  await gh.emulator.close();
});

/** The GraphQL requests `read` makes. */
async function requestsOf<T>(read: () => Promise<T>): Promise<{ answer: T; requests: number }> {
  const before = gh.emulator.requests.length;
  const answer = await read();
  const made = gh.emulator.requests.slice(before);
  expect(made.every((r) => r.route === "POST /graphql")).toBe(true);
  return { answer, requests: made.length };
}

const seed = (names: readonly string[]) =>
  seedTags(
    gh.state,
    gh.commit,
    names.flatMap((name) => modelHistory(name, 100)),
  );

describe("reading one model of a registry on GitHub with 2,000 tags over 20 models", () => {
  it("shows the model in one request, as when it was the only model", async () => {
    const [shown, ...others] = modelNames(20);
    seed([shown!]);
    const alone = await requestsOf(() => gh.registry().show(shown!));
    seed(others);
    const among = await requestsOf(() => gh.registry().show(shown!));
    expect(among).toEqual(alone);
    expect(among.requests).toBe(1);
    expect(among.answer.versions).toHaveLength(50);
    expect(among.answer.latest).toBe("v1.49.0");
    // Every tag of the repository, for comparison: 20 pages of 100.
    expect((await requestsOf(() => gh.registry().read())).requests).toBe(20);
  });

  it("resolves model#prod in two requests: the stage's tags, then its holder's", async () => {
    seed(modelNames(20));
    const { answer, requests } = await requestsOf(() =>
      gh.registry().stageHolder("model-07", "prod"),
    );
    expect(requests).toBe(2);
    expect(answer).toMatchObject({
      version: "v1.49.0",
      assignment: { tag: "model-07#prod#50" },
      registration: { tag: "model-07@v1.49.0" },
    });
  });

  it("takes one more request for each deregistered version it passes over", async () => {
    seed(modelNames(20));
    const deregister = (version: string) => ({
      name: `model-07@${version}!`,
      date: new Date("2026-01-01T00:00:00Z"),
      message: formatTagMessage(`Deregister model-07 ${version}`, {
        schema: "mlops.registry-event/v1",
      }),
    });
    seedTags(gh.state, gh.commit, [deregister("v1.49.0"), deregister("v1.47.0")]);
    const { answer, requests } = await requestsOf(() =>
      gh.registry().stageHolder("model-07", "prod"),
    );
    expect(answer?.version).toBe("v1.45.0");
    expect(requests).toBe(4);
  });
});
