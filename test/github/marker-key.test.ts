import { afterEach, describe, expect, it } from "vitest";
import {
  deriveMarkerKey,
  InputError,
  MARKER_KEY_MAX_LENGTH,
  markerFor,
  parseMarkerKey,
  syncAlertIssue,
} from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub | undefined;
afterEach(async () => {
  await gh?.emulator.close();
  gh = undefined;
});

describe("a marker key given as an input", () => {
  it("is letters, digits and . _ : / -, starting with a letter or digit", () => {
    expect(parseMarkerKey("comment-key", "eval-gate/churn_v2:prod")).toBe(
      "eval-gate/churn_v2:prod",
    );
    expect(parseMarkerKey("comment-key", "  churn ")).toBe("churn");
  });

  it.each([
    ["a space", "my model"],
    ["a leading dash", "-bad"],
    ["a marker's end", "x-->"],
    ["too many characters", "k".repeat(MARKER_KEY_MAX_LENGTH + 1)],
  ])("with %s is refused with an InputError that names the input and the rule", (_, text) => {
    const error = (() => {
      try {
        parseMarkerKey("issue-key", text);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(
      `input 'issue-key': '${text}' is not a valid key. Use 1 to ${MARKER_KEY_MAX_LENGTH} characters: letters, digits and . _ : / -, starting with a letter or digit`,
    );
  });

  it("leaves room for the suffix an alert's clearing appends", () => {
    const longest = parseMarkerKey("issue-key", "k".repeat(MARKER_KEY_MAX_LENGTH));
    expect(() => markerFor("alert-cleared", `${longest}.${Date.now().toString(36)}`)).not.toThrow();
  });
});

describe("a marker key made from free text", () => {
  it("is the text itself under the prefix when the text is already a short valid key", () => {
    expect(deriveMarkerKey("drift-check", "data/reference.csv")).toBe(
      "drift-check/data/reference.csv",
    );
  });

  it("is slugged and hashed when the text has other characters, so that sources stay apart", () => {
    const spaced = deriveMarkerKey("drift-check", "data/my reference.csv");
    const dashed = deriveMarkerKey("drift-check", "data/my-reference.csv");
    expect(spaced).toMatch(/^drift-check\/data\/my-reference\.csv-[0-9a-f]{8}$/);
    expect(spaced).not.toBe(dashed);
    expect(deriveMarkerKey("drift-check", "/// ###")).toMatch(/^drift-check\/[0-9a-f]{8}$/);
  });

  it("is cut to the input limit for a long path, and two long paths keep two keys", () => {
    const deep = `data/${"nested-folder/".repeat(10)}reference`;
    const a = deriveMarkerKey("drift-check", `${deep}-a.csv`);
    const b = deriveMarkerKey("drift-check", `${deep}-b.csv`);
    for (const key of [a, b]) {
      expect(key.length).toBeLessThanOrEqual(MARKER_KEY_MAX_LENGTH);
      expect(parseMarkerKey("issue-key", key)).toBe(key);
    }
    expect(a).not.toBe(b);
  });

  it("opens and closes an alert issue, clearing suffix included, for a reference deeper than 85 characters", async () => {
    gh = await startEmulatedGitHub();
    const key = deriveMarkerKey("drift-check", `data/${"nested-folder/".repeat(8)}reference.csv`);
    const alert = { repo: REPO, key, title: "Drift", body: "drifting" };
    expect((await syncAlertIssue(gh.github, { ...alert, active: true })).action).toBe("opened");
    expect((await syncAlertIssue(gh.github, { ...alert, active: false })).action).toBe("closed");
  });
});
