import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetDigest } from "@mlops/shared";
import { validate } from "./validate.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const CONTRACT = "fields:\n  - name: id\n    type: integer\n";

describe("validate-data's reference as a list, as drift-check's", () => {
  it("reads data from several items, one a line, a file two of them name once", async () => {
    const days = { "old/day-1.csv": "id\n1\n2\n", "new/day-2.csv": "id\n3\n4\n5\n" };
    const files = { ...days, "d.csv": "id\n1\n2\n3\n4\n5\n", "c.yml": CONTRACT };
    const run = await validate(files, {
      data: "d.csv",
      schema: "c.yml",
      reference: "old/*.csv\nnew/day-2.csv\nold/day-1.csv",
    });
    expect(run.code).toBe(0);
    // Both days, the first once: the data is their ids, and no id is new to the reference.
    expect(run.check("id.skew")).toMatchObject({ status: "pass", observed: 0 });
    expect(run.report.reference_profile).toEqual({
      file: "old/*.csv, new/day-2.csv, old/day-1.csv",
      sha256: datasetDigest(Object.values(days).map(sha256)),
    });
  });

  it("refuses a profile written over the reference's data, listed or matched by a glob, and leaves it", async () => {
    const files = { "train.csv": "id\n1\n2\n", "d.csv": "id\n1\n", "c.yml": CONTRACT };
    const given = await validate(files, {
      data: "d.csv",
      schema: "c.yml",
      reference: "train.csv",
      "profile-path": "train.csv",
    });
    expect(given.code).toBe(1);
    expect(given.stderr).toBe(
      "mlops validate-data: input 'profile-path': would overwrite the file of input 'reference' ('train.csv'). Write the output somewhere else\n",
    );
    expect(readFileSync(join(given.dir, "train.csv"), "utf8")).toBe(files["train.csv"]);
    const days = { ...files, "days/1.csv": "id\n1\n", "days/2.csv": "id\n2\n" };
    const matched = await validate(days, {
      data: "d.csv",
      schema: "c.yml",
      reference: "train.csv\ndays/*.csv",
      "report-path": "days/2.csv",
    });
    expect(matched.stderr).toBe(
      "mlops validate-data: input 'report-path': would overwrite the file of input 'reference' ('days/2.csv', matched by 'days/*.csv'). Write the output somewhere else\n",
    );
    expect(readFileSync(join(matched.dir, "days/2.csv"), "utf8")).toBe(days["days/2.csv"]);
  });
});
