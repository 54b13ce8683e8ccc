import { describe, expect, it } from "vitest";
import { commonFolder } from "@mlops/shared";

describe("commonFolder", () => {
  it("is the folder of a single file", () => {
    expect(commonFolder(["/ws/mlops-out/drift-report.html"])).toBe("/ws/mlops-out");
  });

  it("is the deepest folder that holds every file", () => {
    expect(commonFolder(["/ws/mlops-out/a.html", "/ws/mlops-out/b.json"])).toBe("/ws/mlops-out");
    expect(commonFolder(["/ws/reports/a.html", "/ws/mlops-out/json/b.json"])).toBe("/ws");
    expect(commonFolder(["/ws/out/a.html", "/wsx/out/b.json"])).toBe("/");
  });
});
