import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath } from "@mlops/shared";

const workspace = resolve("/work/space");

describe("displayPath", () => {
  it("shows a path inside the workspace relative to it", () => {
    expect(displayPath(workspace, join(workspace, "data", "train.csv"))).toBe(
      join("data", "train.csv"),
    );
  });

  it("shows a path outside the workspace, or the workspace itself, in full", () => {
    const outside = resolve("/tmp/model.bin");
    expect(displayPath(workspace, outside)).toBe(outside);
    expect(displayPath(workspace, workspace)).toBe(workspace);
    expect(displayPath(workspace, resolve("/work/space-2/a.csv"))).toBe(
      resolve("/work/space-2/a.csv"),
    );
  });

  it("keeps a file whose name starts with two dots inside the workspace", () => {
    expect(displayPath(workspace, join(workspace, "..hidden.csv"))).toBe("..hidden.csv");
  });
});
