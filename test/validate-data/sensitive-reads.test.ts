import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { validate } from "./validate.js";

/** A contract of `id` and `email`, the e-mail address sensitive where `sensitive` is. */
const contract = (sensitive: boolean) =>
  `fields:\n  - name: id\n    type: integer\n  - name: email\n    type: string${sensitive ? "\n    x-mlops: { sensitive: true }" : ""}\n`;

const HEADER = "id,email\n";
const ROWS = "1,ann@example.com\n2,bob@example.com\n";
/** A row of data that no output may show where `email` is sensitive. */
const SECRET_ROW = "3,SECRET-ROW@example.com\n";

const INPUTS = { schema: "c.yml", "report-path": "out/report.json", "profile-path": "out/p.json" };

/** Runs validate-data on `files` (with the contract, marked or not) and reads all it wrote. */
async function run(files: Record<string, string>, data: string, sensitive: boolean) {
  const ran = await validate({ ...files, "c.yml": contract(sensitive) }, { ...INPUTS, data });
  const profilePath = join(ran.dir, "out/p.json");
  const profile = existsSync(profilePath) ? readFileSync(profilePath, "utf8") : "";
  return { ...ran, profile, everything: [ran.stderr, ran.reportText, profile].join("\n") };
}

describe("a read that stops, where the contract marks a field sensitive", () => {
  it("names a later file's header that differs without quoting it: without a header row it is a row", async () => {
    const files = { "d/a.csv": HEADER + ROWS, "d/b.csv": SECRET_ROW + ROWS };
    const marked = await run(files, "d/*.csv", true);
    expect(marked.code).toBe(1);
    expect(marked.check("readable").examples[0]).toMatchObject({
      file: "d/b.csv",
      line: 1,
      note: "the header differs from the first file's (id, email), and is not shown (withheld: sensitive): in a file without a header row it is a row of data",
    });
    expect(marked.everything).not.toContain("SECRET");
    // Unmarked, the reader's refusal quotes the row: the test reaches the text it withholds.
    const plain = await run(files, "d/*.csv", false);
    expect(plain.check("readable").examples[0].note).toContain("SECRET-ROW@example.com");
  });

  it("refuses a file whose header names none of the contract's fields, which may be a row", async () => {
    const files = { "d.csv": SECRET_ROW + ROWS };
    const marked = await run(files, "d.csv", true);
    expect(marked.code).toBe(1);
    expect(marked.check("readable").examples[0]).toMatchObject({
      file: "d.csv",
      note: "the header names none of the data contract's fields, and is not shown (withheld: sensitive): in a file without a header row it is a row of data",
    });
    expect(marked.report.data.columns).toEqual([]);
    // A read that stopped writes no profile, whose columns would be named by the row.
    expect(marked.outputs["profile-path"]).toBe("");
    expect(marked.everything).not.toMatch(/SECRET|ann@|bob@/);
    // Unmarked, the row names the columns, and the profile keeps the others' values under them.
    const plain = await run(files, "d.csv", false);
    expect(plain.check("fields").observed).toBe("3, SECRET-ROW@example.com");
    expect(plain.profile).toContain("ann@example.com");
  });

  it("places a JSON Lines line that is no JSON by its position, without quoting the line", async () => {
    const line = '{"id": 2, "email": "SECRET-J@example.com", "score": NA}';
    const files = { "d.jsonl": `{"id": 1, "email": "ann@example.com", "score": 1}\n${line}\n` };
    const marked = await run(files, "d.jsonl", true);
    expect(marked.check("readable").examples[0]).toMatchObject({
      line: 2,
      note: `invalid JSON: Unexpected token 'N' at character ${line.indexOf("NA}") + 1} of this line`,
    });
    expect(marked.everything).not.toContain("SECRET");
  });

  it("refuses reference data as it reads the data: a differing header is not quoted", async () => {
    const files = {
      "d.csv": HEADER + ROWS,
      "r/a.csv": HEADER + ROWS,
      "r/b.csv": SECRET_ROW,
    };
    const ran = await validate(
      { ...files, "c.yml": contract(true) },
      { ...INPUTS, data: "d.csv", reference: "r/*.csv" },
    );
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(
      "mlops validate-data: r/b.csv:1: the header differs from the first file's (id, email), and is not shown (withheld: sensitive): in a file without a header row it is a row of data. Give every file of the dataset the same columns in the same order\n",
    );
    expect(ran.stderr).not.toContain("SECRET");
  });
});

describe("a sensitive field the data lacks", () => {
  /**
   * Data whose card numbers stand under `Card`, not the contract's `card`: whole numbers in the
   * rows its type is inferred from, then one that is not.
   */
  const data = () => {
    const lines = ["id,Card"];
    for (let i = 0; i < 10_001; i++) lines.push(`${i},${4_000_000 + i}`);
    lines.push("10001,SECRET-CARD");
    return `${lines.join("\n")}\n`;
  };
  const cards = (sensitive: boolean) =>
    `fields:\n  - name: id\n    type: integer\n  - name: card\n    type: integer${sensitive ? "\n    x-mlops: { sensitive: true }" : ""}\n`;

  it("withholds the columns the contract does not declare, which may be it under another name", async () => {
    const marked = await validate(
      { "d.csv": data(), "c.yml": cards(true) },
      { ...INPUTS, data: "d.csv" },
    );
    expect(marked.code).toBe(1);
    // Checked as ever: the name fails, and so does the cell its inferred type does not take.
    expect(marked.check("fields").note).toBe("absent: card; undeclared: Card");
    expect(marked.check("Card.type")).toMatchObject({ status: "fail", failed: 1 });
    expect(marked.check("Card.type").examples[0]).toMatchObject({
      line: 10_003,
      value: null,
      note: "value withheld: sensitive",
    });
    const profile = JSON.parse(readFileSync(join(marked.dir, "out/p.json"), "utf8")) as Profile;
    expect(profile.columns.map((c) => [c.name, c.sensitive ?? false, c.sketch === null])).toEqual([
      ["id", false, false],
      ["Card", true, true],
    ]);
    expect(marked.stderr + marked.reportText).not.toMatch(/SECRET|400\d{4}/);
    // Unmarked, the same run shows the cell and keeps the column's values.
    const plain = await validate(
      { "d.csv": data(), "c.yml": cards(false) },
      { ...INPUTS, data: "d.csv" },
    );
    expect(plain.check("Card.type").examples[0].value).toBe("SECRET-CARD");
  });

  it("withholds a column named as the marked field but for its case, beside it", async () => {
    // Two producers merged into one file: one wrote `card`, the other `Card`.
    const both = `id,card,Card\n1,4000001,\n2,,SECRET-CARD\n`;
    const marked = await validate(
      { "d.csv": both, "c.yml": cards(true) },
      { ...INPUTS, data: "d.csv" },
    );
    expect(marked.check("fields").note).toBe("undeclared: Card");
    const profile = JSON.parse(readFileSync(join(marked.dir, "out/p.json"), "utf8")) as Profile;
    expect(profile.columns.map((c) => [c.name, c.sensitive ?? false])).toEqual([
      ["id", false],
      ["card", true],
      ["Card", true],
    ]);
    expect(marked.stderr + marked.reportText + JSON.stringify(profile)).not.toMatch(
      /SECRET|4000001/,
    );
    const plain = await validate(
      { "d.csv": both, "c.yml": cards(false) },
      { ...INPUTS, data: "d.csv" },
    );
    expect(readFileSync(join(plain.dir, "out/p.json"), "utf8")).toContain("SECRET-CARD");
  });

  it("withholds them in JSON Lines too, where the field is a column no line has as a key", async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ id: i, Card: `SECRET-${i}` }),
    );
    const jsonl = `${lines.join("\n")}\n`;
    const marked = await validate(
      { "d.jsonl": jsonl, "c.yml": cards(true) },
      { ...INPUTS, data: "d.jsonl" },
    );
    expect(marked.check("fields").note).toContain("undeclared: Card");
    const profile = JSON.parse(readFileSync(join(marked.dir, "out/p.json"), "utf8")) as Profile;
    const card = profile.columns.find((column) => column.name === "Card")!;
    expect(card).toMatchObject({ sensitive: true, count: 50, frequent: null });
    expect(marked.stderr + marked.reportText + JSON.stringify(profile)).not.toContain("SECRET");
    // Unmarked, the profile keeps the column's values.
    const plain = await validate(
      { "d.jsonl": jsonl, "c.yml": cards(false) },
      { ...INPUTS, data: "d.jsonl" },
    );
    const plainProfile = readFileSync(join(plain.dir, "out/p.json"), "utf8");
    expect(plainProfile).toContain("SECRET-49");
  });
});
