import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetDigest } from "@mlops/shared";
import { validate, validateCsv } from "./validate.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the digest", () => {
  it("of one file is the file's own sha256, as sha256sum prints it", async () => {
    const data = "id\n1\n";
    const run = await validateCsv(data, "fields:\n  - name: id\n");
    expect(run.outputs.digest).toBe(sha256(data));
  });

  it("of a glob is the sha256 of the sorted file digests, each with a newline, whatever the names", async () => {
    const parts = { "part-b.csv": "id\n1\n", "part-a.csv": "id\n2\n" };
    const run = await validate(
      {
        ...Object.fromEntries(Object.entries(parts).map(([n, t]) => [`data/${n}`, t])),
        "c.yml": "fields:\n  - name: id\n",
      },
      { data: "data/*.csv", schema: "c.yml" },
    );
    const sorted = Object.values(parts).map(sha256).sort();
    expect(run.outputs.digest).toBe(sha256(`${sorted[0]}\n${sorted[1]}\n`));
    expect(run.outputs.digest).toBe(datasetDigest(sorted.reverse()));
    expect(run.report.data.files).toEqual([
      { file: "data/part-a.csv", sha256: sha256(parts["part-a.csv"]), bytes: 5, rows: 1 },
      { file: "data/part-b.csv", sha256: sha256(parts["part-b.csv"]), bytes: 5, rows: 1 },
    ]);
    expect(run.outputs["row-count"]).toBe("2");
  });

  it("of a glob of reference profiles, merged into one reference, is taken as a glob of data's", async () => {
    const contract = "fields:\n  - name: id\n    type: integer\n";
    const profileOf = async (data: string) => {
      const files = { "d.csv": data, "c.yml": contract };
      const made = await validate(files, {
        data: "d.csv",
        schema: "c.yml",
        "profile-path": "p.json",
      });
      return readFileSync(`${made.dir}/p.json`, "utf8");
    };
    const days = {
      "ref/day-1.json": await profileOf("id\n1\n2\n"),
      "ref/day-2.json": await profileOf("id\n3\n4\n5\n"),
    };
    // The data is both days' ids: no skew from the merged reference, where either day has some.
    const run = await validate(
      { ...days, "d.csv": "id\n1\n2\n3\n4\n5\n", "c.yml": contract },
      { data: "d.csv", schema: "c.yml", reference: "ref/*.json" },
    );
    expect(run.code).toBe(0);
    expect(run.check("id.skew")).toMatchObject({ status: "pass", observed: 0 });
    expect(run.report.reference_profile).toEqual({
      file: "ref/*.json",
      sha256: datasetDigest(Object.values(days).map(sha256)),
    });
  });
});
