import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, displayPathIn } from "@mlops/shared";

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

describe("displayPathIn", () => {
  const data = join(workspace, "data");

  it("shows a path relative where the text starts with it, or a quote names it or a file in it", () => {
    expect(displayPathIn(`${data}: is a folder. Try '${data}/*.csv'`, workspace, data)).toBe(
      "data: is a folder. Try 'data/*.csv'",
    );
  });

  it("leaves it where it is only the start or the end of a longer path", () => {
    const text = `${data}: differs from '${data}2', '${data}.csv' and '${join("/x", data)}'`;
    expect(displayPathIn(text, workspace, data)).toBe(
      `data: differs from '${data}2', '${data}.csv' and '${join("/x", data)}'`,
    );
  });

  it("leaves a path outside the workspace as it is", () => {
    const text = `${data}: is a folder. Try '${data}/*.csv'`;
    expect(displayPathIn(text, resolve("/elsewhere"), data)).toBe(text);
  });
});
