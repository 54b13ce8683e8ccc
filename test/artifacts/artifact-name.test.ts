import { describe, expect, it } from "vitest";
import { artifactName } from "@mlops/shared";

describe("artifactName", () => {
  it("is the action's prefix alone, or the prefix and the key", () => {
    expect(artifactName("drift-report")).toBe("drift-report");
    expect(artifactName("drift-report", "  ")).toBe("drift-report");
    expect(artifactName("drift-report", "churn")).toBe("drift-report-churn");
  });

  it("turns the characters the artifact service refuses into dashes", () => {
    expect(artifactName("drift-report", "drift-check/churn:eu")).toBe(
      "drift-report-drift-check-churn-eu",
    );
    expect(artifactName("drift-report", 'a"<>|*?\\b\r\nc')).toBe("drift-report-a-b-c");
  });
});
