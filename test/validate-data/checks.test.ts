import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { validate, validateCsv } from "./validate.js";

const readProfile = (dir: string) => readFileSync(`${dir}/ref.json`, "utf8");
const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;
const hundred = Array.from({ length: 100 }, (_, i) => i);

describe("row-level checks", () => {
  it("pass with `mostly` when enough values pass, as Great Expectations counts them", async () => {
    // 3 of 100 values are negative: 97% pass.
    const data = csv(
      "x",
      hundred.map((i) => (i < 3 ? "-1" : String(i))),
    );
    const contract = (mostly: number) =>
      `fields:\n  - name: x\n    type: integer\n    constraints: { minimum: 0 }\n    x-mlops: { mostly: ${mostly} }\n`;
    const loose = await validateCsv(data, contract(0.97));
    expect(loose.check("x.minimum")).toMatchObject({
      status: "pass",
      evaluated: 100,
      failed: 3,
      mostly: 0.97,
      observed: 0.97,
    });
    expect(loose.outputs.valid).toBe("true");
    const strict = await validateCsv(data, contract(0.98));
    expect(strict.check("x.minimum").status).toBe("fail");
    expect(strict.outputs.valid).toBe("false");
  });

  it("match a pattern against the whole value, and count lengths in characters", async () => {
    const data = csv("code", ["AB", "ABC", "xAB", "ÄÖ"]);
    const contract =
      "fields:\n  - name: code\n    constraints: { pattern: '[A-ZÄÖ]{2}', maxLength: 2 }\n";
    const run = await validateCsv(data, contract);
    expect(run.check("code.pattern").examples.map((e: { value: string }) => e.value)).toEqual([
      "ABC",
      "xAB",
    ]);
    expect(run.check("code.maxLength")).toMatchObject({ failed: 2, evaluated: 4 });
    expect(run.report.counts.invalid_rows).toBe(2);
  });

  it("match \\w against ASCII word characters only, as RE2 does; \\p{L} takes letters of any script", async () => {
    const data = csv("name", ["ana", "zoë", "straße"]);
    const word = await validateCsv(
      data,
      "fields:\n  - name: name\n    constraints: { pattern: '\\w+' }\n",
    );
    expect(word.check("name.pattern").examples.map((e: { value: string }) => e.value)).toEqual([
      "zoë",
      "straße",
    ]);
    const letters = await validateCsv(
      data,
      "fields:\n  - name: name\n    constraints: { pattern: '\\p{L}+' }\n",
    );
    expect(letters.check("name.pattern")).toMatchObject({ failed: 0, evaluated: 3 });
  });

  it("give a pattern the same verdicts on ASCII cells (its byte DFA) as on the rest (re2js)", async () => {
    // Distinct values, so the column is read as bytes; one in four is not ASCII, one in five fails.
    const random = seededRandom(7);
    const names = ["ana", "josé", "zoë", "li", "o'brien", "straße"];
    const values = Array.from({ length: 400 }, (_, i) => {
      const name = `${names[Math.floor(random() * names.length)]}${i}`;
      return i % 5 === 0 ? `${name}(at)example.com` : `${name}@example.${i % 2 ? "com" : "de"}`;
    });
    const contract =
      "fields:\n  - name: email\n    constraints: { pattern: '[^@]+@[^@]+\\.[a-z]+' }\n";
    const run = await validate(
      { "d.csv": csv("email", values), "c.yml": contract },
      { data: "d.csv", schema: "c.yml", "max-examples": "400" },
    );
    const matches = /^[^@]+@[^@]+\.[a-z]+$/u;
    const failing = values.flatMap((value, i) =>
      matches.test(value) ? [] : [{ line: i + 2, value }],
    );
    expect(failing.length).toBe(80);
    expect(run.check("email.pattern")).toMatchObject({ failed: 80, evaluated: 400 });
    expect(
      run.check("email.pattern").examples.map((e: { line: number; value: string }) => ({
        line: e.line,
        value: e.value,
      })),
    ).toEqual(failing);
  });

  it("run a pattern in linear time: a catastrophic one ends at once on a value that fails it", async () => {
    // A backtracking RegExp tries about 2^33 ways to split the run of a's before it fails.
    const data = csv("code", ["aaa", `${"a".repeat(33)}!`, `${"a".repeat(100_000)}!`]);
    const contract = "fields:\n  - name: code\n    constraints: { pattern: '(a+)+' }\n";
    const run = await validateCsv(data, contract);
    expect(run.check("code.pattern")).toMatchObject({ failed: 2, evaluated: 3 });
    expect(run.check("code.pattern").examples[0]).toMatchObject({ line: 3 });
  });

  it("compare dates with date bounds and check enums of numbers", async () => {
    const data = csv("day,level", ["2024-01-01,1", "2019-12-31,2", "2024-03-01,5"]);
    const contract =
      "fields:\n  - name: day\n    type: date\n    constraints: { minimum: '2020-01-01' }\n  - name: level\n    type: integer\n    constraints: { enum: [1, 2, 3] }\n";
    const run = await validateCsv(data, contract);
    expect(run.check("day.minimum").examples).toEqual([
      {
        file: "d.csv",
        line: 3,
        row: 1,
        column: "day",
        value: "2019-12-31",
        note: null,
      },
    ]);
    expect(run.check("level.enum").examples[0]).toMatchObject({ line: 4, value: 5 });
  });

  it("keep at most max-examples failing rows per check, and count them all", async () => {
    const data = csv(
      "x",
      hundred.map(() => "-1"),
    );
    const contract = "fields:\n  - name: x\n    type: integer\n    constraints: { minimum: 0 }\n";
    const run = await validate(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", schema: "c.yml", "max-examples": "2" },
    );
    expect(run.check("x.minimum")).toMatchObject({ failed: 100 });
    expect(run.check("x.minimum").examples).toHaveLength(2);
  });
});

describe("keys", () => {
  it("find duplicates of composite unique keys and skip keys with a missing part", async () => {
    const data = csv("user,day,v", ["a,1,x", "a,2,x", "a,1,y", ",1,z", ",1,z"]);
    const contract =
      "fields:\n  - name: user\n  - name: day\n  - name: v\nuniqueKeys: [[user, day]]\n";
    const run = await validateCsv(data, contract);
    expect(run.check("uniqueKey(user, day)")).toMatchObject({
      status: "fail",
      evaluated: 3,
      failed: 1,
      examples: [{ line: 4, value: "a, 1", note: "duplicate of line 2" }],
    });
  });

  it("tell composite keys apart whatever characters their values hold", async () => {
    // Joined with a separator, ("a\x1fb", "c") and ("a", "b\x1fc") were the same key.
    const data = csv("user,day", ["a\x1fb,c", "a,b\x1fc", "1:a,b", "1,a:b", "a,b\x1fc"]);
    const contract =
      "fields:\n  - name: user\n  - name: day\nprimaryKey: [user, day]\nuniqueKeys: [[user, day]]\n";
    const run = await validateCsv(data, contract);
    for (const id of ["primaryKey(user, day)", "uniqueKey(user, day)"]) {
      expect(run.check(id)).toMatchObject({ evaluated: 5, failed: 1 });
      expect(run.check(id).examples[0]).toMatchObject({ line: 6, note: "duplicate of line 3" });
    }
  });

  it("require primary key values to be present", async () => {
    const data = csv("id,v", ["1,a", ",b"]);
    const run = await validate(
      {
        "d.csv": data,
        "c.yml": "fields:\n  - name: id\n    type: integer\n  - name: v\nprimaryKey: id\n",
      },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.check("id.primaryKey").examples[0]).toMatchObject({
      line: 3,
      note: "a primary key value is missing",
    });
  });

  it("name the fields of a key over several that have no value", async () => {
    const data = csv("user,day,v", ["u1,,a", ",,b", "u1,2024-01-01,c"]);
    const run = await validateCsv(
      data,
      "fields:\n  - name: user\n  - name: day\n  - name: v\nprimaryKey: [user, day]\n",
    );
    expect(run.check("primaryKey(user, day)").examples).toMatchObject([
      { line: 2, value: "u1, ", note: "a primary key value is missing: no value in day" },
      { line: 3, value: ", ", note: "a primary key value is missing: no value in user, day" },
    ]);
  });

  it("read 19-digit ids as written, fail them as integers, and say when a number key may hold two as one", async () => {
    // 19-digit ids (snowflake ids) that differ only in their last digit are the same double.
    const data = csv("id,v", ["1234567890123456789,a", "1234567890123456788,b", "7,c", "7,d"]);
    const contract = (type: string) =>
      `fields:\n  - name: id\n${type}  - name: v\nprimaryKey: id\n`;
    const inferred = await validateCsv(data, contract(""));
    expect(inferred.check("id.primaryKey")).toMatchObject({ failed: 1, note: null });
    expect(inferred.check("id.primaryKey").examples[0]).toMatchObject({ line: 5, value: "7" });
    const integers = await validateCsv(data, contract("    type: integer\n"));
    expect(integers.check("id.type")).toMatchObject({
      failed: 2,
      note: "an integer beyond ±9,007,199,254,740,991 is held only rounded, two ids as one: declare ids this long as string",
    });
    expect(integers.check("id.type").examples[0]).toMatchObject({ line: 2 });
    expect(integers.check("id.primaryKey")).toMatchObject({ failed: 1 });
    const numbers = await validateCsv(data, contract("    type: number\n"));
    expect(numbers.check("id.primaryKey")).toMatchObject({
      failed: 2,
      note: "a value beyond ±9,007,199,254,740,991 is read as the nearest number a double holds, so distinct values may count as duplicates here: declare the field's type string to compare them as written",
    });
  });

  it("note rounding only where an integer column fails a whole number", async () => {
    const run = await validate(
      {
        "d.jsonl": '{"n": 1, "b": true}\n{"n": 9007199254740993, "b": 2}\n',
        "c.yml": "fields:\n  - name: n\n    type: integer\n  - name: b\n    type: boolean\n",
      },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.check("n.type")).toMatchObject({
      failed: 1,
      note: expect.stringMatching(/^an integer beyond/),
    });
    expect(run.check("b.type")).toMatchObject({ failed: 1, note: null });
  });

  it("say nothing of rounding when the duplicate ids are small", async () => {
    const data = csv("id", ["9007199254740993", "1", "1"]);
    const run = await validateCsv(
      data,
      "fields:\n  - name: id\n    type: integer\nprimaryKey: id\n",
    );
    expect(run.check("id.primaryKey")).toMatchObject({ failed: 1, note: null });
  });

  it("keep Parquet int64 ids past 2^53 apart, and fail them where the field is declared integer", async () => {
    // 9007199254740993 and 9007199254740992 are one double: read as numbers, a duplicate.
    const files = (type: string) => ({
      "d.parquet": readFileSync(new URL("../fixtures/parquet/ids/ids.parquet", import.meta.url)),
      "c.yml": `fields:\n  - name: id\n${type}    constraints: { unique: true }\nprimaryKey: id\n`,
    });
    const inputs = { data: "d.parquet", schema: "c.yml" };
    const inferred = await validate(files(""), inputs);
    expect(inferred.check("id.unique")).toMatchObject({ status: "pass", evaluated: 12, failed: 0 });
    expect(inferred.check("id.primaryKey")).toMatchObject({ status: "pass", failed: 0 });
    const integers = await validate(files("    type: integer\n"), inputs);
    expect(integers.check("id.type")).toMatchObject({
      failed: 4,
      note: "an integer beyond ±9,007,199,254,740,991 is held only rounded, two ids as one: declare ids this long as string",
    });
    expect(integers.check("id.type").examples[0]).toMatchObject({ value: "9007199254740993" });
  });

  describe("find every repeated number key, however the keys are spread", () => {
    const random = seededRandom(5);
    const shuffled = (keys: number[]) => {
      for (let i = keys.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [keys[i], keys[j]] = [keys[j]!, keys[i]!];
      }
      return keys;
    };
    const range = (n: number, at = 0, step = 1) =>
      Array.from({ length: n }, (_, i) => at + i * step);
    /** Every 997th key repeated further on. */
    const withRepeats = (keys: number[]) =>
      keys.flatMap((key, i) => (i % 997 === 500 ? [key, keys[i - 400]!] : [key]));

    it.each([
      ["counted up", withRepeats(range(20_000))],
      ["counted down", withRepeats(range(20_000, 50_000, -1))],
      ["in no order, from a million", shuffled(withRepeats(range(20_000, 1_000_000)))],
      ["far apart", shuffled(withRepeats(range(5_000, -4e12, 1e9)))],
      ["around zero, with fractions", shuffled(withRepeats([...range(6_000, -3_000), 0.5, -2.25]))],
      ["-0 and 0", [5, -0, 7, 0, 8]],
    ])("%s", async (_, keys) => {
      const data = csv(
        "id",
        keys.map((key) => (Object.is(key, -0) ? "-0" : String(key))),
      );
      const first = new Map<number, number>();
      const expected: { line: number; note: string }[] = [];
      keys.forEach((key, i) => {
        const seen = first.get(key);
        if (seen === undefined) first.set(key, i + 2);
        else expected.push({ line: i + 2, note: `duplicate of line ${seen}` });
      });
      const run = await validateCsv(
        data,
        "fields:\n  - name: id\n    type: number\n    constraints: { unique: true }\n",
      );
      expect(run.check("id.unique").failed).toBe(expected.length);
      expect(
        run.check("id.unique").examples.map((e: { line: number; note: string }) => ({
          line: e.line,
          note: e.note,
        })),
      ).toEqual(expected.slice(0, 5));
    });
  });

  it("hold at most x-mlops.maxKeys keys, and say the check is then incomplete", async () => {
    const data = csv("id", ["1", "2", "3", "1", "4", "3"]);
    const contract =
      "fields:\n  - name: id\n    constraints: { unique: true }\nx-mlops: { maxKeys: 2 }\n";
    const run = await validateCsv(data, contract);
    // 1 and 2 are stored, so the second 1 is caught; 3 was never stored, so its repeat is not.
    expect(run.check("id.unique")).toMatchObject({ failed: 1 });
    expect(run.check("id.unique").note).toBe(
      "the key memory bound (x-mlops.maxKeys = 2) was reached at d.csv line 4; later new keys were not stored",
    );
  });
});

describe("statistics and skew", () => {
  const numbers = csv(
    "x,c",
    hundred.map((i) => `${i},${i % 2 ? "a" : "b"}`),
  );

  it("check the row count, missing ratio, mean, quantiles and distinct count from the profile", async () => {
    const contract = `fields:
  - name: x
    type: number
    x-mlops:
      mean: { min: 60 }
      quantiles: [{ q: 0.5, min: 40, max: 60 }]
      distinct: { max: 50 }
      maxMissingRatio: 0
  - name: c
x-mlops: { rows: { max: 99 } }
`;
    const run = await validateCsv(numbers, contract);
    expect(run.check("rows")).toMatchObject({ status: "fail", observed: 100, expected: "≤ 99" });
    expect(run.check("x.mean")).toMatchObject({ status: "fail", observed: 49.5 });
    expect(run.check("x.quantile(0.5)")).toMatchObject({ status: "pass", note: null });
    expect(run.check("x.distinct")).toMatchObject({ status: "fail", observed: 100 });
    expect(run.check("x.missingRatio")).toMatchObject({ status: "pass", observed: 0 });
    expect(JSON.parse(run.outputs["failed-checks"]!).sort()).toEqual([
      "rows",
      "x.distinct",
      "x.mean",
    ]);
  });

  it("read a checked quantile from a finer sketch, and say which values its rank error allows", async () => {
    // 40,000 normal values: past the finer sketch's 2,000 exact ones, so the quantiles are estimates.
    const random = seededRandom(46);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const xs = Array.from({ length: 40_000 }, () => Number(normal().toFixed(6)));
    const sorted = Float64Array.from(xs).sort();
    // The smallest value with rank >= q n, as the sketch reads a quantile.
    const exact = (q: number) => sorted[Math.ceil(q * sorted.length) - 1]!;
    const p95 = Number(exact(0.95).toFixed(4));
    const contract = `fields:
  - name: x
    type: number
    x-mlops:
      quantiles: [{ q: 0.99, max: 3 }, { q: 0.95, min: ${p95} }]
  - name: y
    type: number
`;
    const data = csv(
      "x,y",
      xs.map((x, i) => `${x},${i % 977}`),
    );
    const inputs = { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" };
    const run = await validate({ "d.csv": data, "c.yml": contract }, inputs);
    // The finer sketch serves the checks alone: the profile is the one written without them,
    // byte for byte, every sketch at the profile's k, so that any other profile merges with it.
    const plain = contract.replace(/ {4}x-mlops:\n.*\n/, "");
    const unchecked = await validate({ "d.csv": data, "c.yml": plain }, inputs);
    expect(unchecked.check("x.quantile(0.99)")).toBeUndefined();
    expect(readProfile(run.dir)).toBe(readProfile(unchecked.dir));
    const profile = JSON.parse(readProfile(run.dir)) as Profile;
    expect(profile.columns.map((c) => c.sketch!.k)).toEqual([200, 200]);
    expect(profile.settings.quantileK).toBe(200);
    const allowed = (note: string) => {
      const match =
        /^estimated from a quantile sketch, within ±0\.00165 in rank: the data's (0\.9[59]) quantile lies between (\S+) and (\S+?)(;|$)/.exec(
          note,
        );
      expect(match).not.toBeNull();
      return { q: Number(match![1]), low: Number(match![2]), high: Number(match![3]) };
    };
    for (const id of ["x.quantile(0.99)", "x.quantile(0.95)"]) {
      const { observed, note } = run.check(id);
      const { q, low, high } = allowed(note);
      // The range holds the data's own quantile and the estimate; at 0.165% in rank around the
      // 95th and 99th percentiles of N(0, 1) it spans about 0.03 and 0.12.
      expect(exact(q)).toBeGreaterThanOrEqual(low);
      expect(exact(q)).toBeLessThanOrEqual(high);
      expect(observed).toBeGreaterThanOrEqual(low);
      expect(observed).toBeLessThanOrEqual(high);
      expect(high - low).toBeLessThan(q === 0.99 ? 0.2 : 0.05);
    }
    // The bound 3 is far outside the 99th percentile's range: the check is settled.
    expect(run.check("x.quantile(0.99)")).toMatchObject({ status: "pass" });
    expect(run.check("x.quantile(0.99)").note).not.toContain("cannot settle");
    // A bound at the data's own 95th percentile lies inside the range: the status stays as
    // computed, and the note says the sketch cannot settle it.
    const at = run.check("x.quantile(0.95)");
    expect(at.status).toBe(at.observed >= p95 ? "pass" : "fail");
    expect(at.note).toContain(
      `; the bound ${p95} is in that range, so the sketch cannot settle this check`,
    );
  });

  it("fail a dataset without rows by default, and keep every number in the report finite", async () => {
    const run = await validate(
      {
        "d.csv": "x,c\n",
        "c.yml":
          "fields:\n  - name: x\n    type: number\n    x-mlops: { mean: { min: 0 }, maxMissingRatio: 0.1 }\n  - name: c\n",
      },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.outputs).toMatchObject({ valid: "false", "row-count": "0" });
    expect(run.check("rows")).toMatchObject({ status: "fail", observed: 0, expected: "≥ 1" });
    expect(run.check("x.mean")).toMatchObject({ status: "fail", observed: null });
    expect(run.reportText).not.toMatch(/NaN|Infinity/);
  });

  it("take a date field's mean and quantile bounds as dates, and show what was seen as dates", async () => {
    // One day a row from 2024-01-01: the mean is 2024-02-19 12:00 UTC, the median 2024-02-19 or 20.
    const days = hundred.map((i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const contract = `fields:
  - name: day
    type: date
    x-mlops:
      mean: { min: 2024-03-01 }
      quantiles: [{ q: 0.5, min: 2024-02-01, max: "2024-03-01" }]
`;
    const run = await validate(
      { "d.csv": csv("day", days), "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.check("day.mean")).toMatchObject({
      status: "fail",
      expected: "≥ 2024-03-01",
      observed: "2024-02-19T12:00:00.000Z",
    });
    expect(run.check("day.quantile(0.5)")).toMatchObject({
      status: "pass",
      expected: "between 2024-02-01 and 2024-03-01",
    });
    expect(run.check("day.quantile(0.5)").observed).toMatch(/^2024-02-(19|20)$/);
  });

  it("refuse a date bound on a number field, a bound that is no date, and date bounds the wrong way round", async () => {
    const refused = async (field: string) =>
      (
        await validate(
          { "d.csv": csv("x", ["1"]), "c.yml": `fields:\n${field}` },
          { data: "d.csv", schema: "c.yml" },
        )
      ).stderr.trim();
    expect(
      await refused("  - name: x\n    type: number\n    x-mlops: { mean: { min: 2024-01-01 } }\n"),
    ).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/x-mlops/mean/min' is text, but the field is number. Write a number",
    );
    expect(
      await refused(
        "  - name: x\n    type: date\n    x-mlops: { quantiles: [{ q: 0.5, max: soon }] }\n",
      ),
    ).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/x-mlops/quantiles/0/max' is not a date. Write an ISO 8601 date such as 2024-05-01",
    );
    expect(
      await refused(
        "  - name: x\n    type: date\n    x-mlops: { mean: { min: 2024-05-01, max: 2024-01-01 } }\n",
      ),
    ).toMatch(
      /^mlops validate-data: c\.yml:4: field '\/fields\/0\/x-mlops\/mean\/max' is 2024-01-01, below min 2024-05-01, so the check fails whatever the data\./,
    );
    // Epoch milliseconds past the years ISO 8601 writes could only be a mistake.
    expect(
      await refused(
        "  - name: x\n    type: date\n    x-mlops: { quantiles: [{ q: 0.5, min: 1e20 }] }\n",
      ),
    ).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/x-mlops/quantiles/0/min' is not a date. Write an ISO 8601 date such as 2024-05-01",
    );
    expect(
      await refused(
        "  - name: x\n    type: date\n    x-mlops: { quantiles: [{ q: 0.9, min: 2024-05-01, max: 2024-01-01 }] }\n",
      ),
    ).toMatch(
      /field '\/fields\/0\/x-mlops\/quantiles\/0\/max' is 2024-01-01, below min 2024-05-01/,
    );
  });

  it("take a datetime field's bounds with an offset, and epoch milliseconds as contracts gave them before", async () => {
    const times = hundred.map((i) => new Date(Date.UTC(2024, 0, 1, i)).toISOString());
    const contract = `fields:
  - name: at
    type: datetime
    x-mlops:
      mean: { min: "2024-01-03T00:00:00+02:00", max: ${Date.UTC(2024, 0, 4)} }
      quantiles: [{ q: 0.5, max: "2024-01-02T23:00:00-01:00" }]
`;
    const run = await validate(
      { "d.csv": csv("at", times), "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.check("at.mean")).toMatchObject({
      status: "pass",
      expected: "between 2024-01-02T22:00:00.000Z and 2024-01-04",
      observed: "2024-01-03T01:30:00.000Z",
    });
    expect(run.check("at.quantile(0.5)")).toMatchObject({
      status: "fail",
      expected: "≤ 2024-01-03",
    });
  });

  it("show a failing date-time to its microsecond, on its own day before 1970 too", async () => {
    const times = ["2024-05-01T00:00:00.000500Z", "1959-12-31T23:59:59.9999Z", "2024-05-01"];
    const contract = `fields:
  - name: at
    type: datetime
    format: any
    constraints: { minimum: "1960-01-01T00:00:00Z", maximum: "2024-05-01T00:00:00Z" }
    x-mlops: { quantiles: [{ q: 1, max: "2024-05-01T00:00:00Z" }] }
`;
    const run = await validate(
      { "d.csv": csv("at", times), "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    const values = (id: string) => run.check(id).examples.map((e: { value: string }) => e.value);
    // Half a millisecond past the maximum is not shown as the maximum's own day.
    expect(values("at.maximum")).toEqual(["2024-05-01T00:00:00.000500Z"]);
    // A tenth of a millisecond before 1960 is not shown as 1960's first day.
    expect(values("at.minimum")).toEqual(["1959-12-31T23:59:59.999900Z"]);
    // A statistic too: the largest value fails its bound, and is not shown as that bound.
    expect(run.check("at.quantile(1)")).toMatchObject({
      status: "fail",
      observed: "2024-05-01T00:00:00.000500Z",
    });
  });

  it("measure skew against a reference profile, per column, with the method and threshold asked for", async () => {
    const reference = await validate(
      { "d.csv": numbers, "c.yml": "fields:\n  - name: x\n    type: number\n  - name: c\n" },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const shifted = csv(
      "x,c",
      hundred.map((i) => `${i + 30},${i % 4 ? "a" : "b"}`),
    );
    const contract =
      "fields:\n  - name: x\n    type: number\n  - name: c\n    x-mlops: { skew: { threshold: 0.3 } }\n";
    const run = await validate(
      { "d.csv": shifted, "c.yml": contract, "ref.json": readProfile(reference.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(run.check("x.skew")).toMatchObject({
      status: "fail",
      expected: "< 0.1 (Wasserstein distance / reference std)",
    });
    expect(run.check("x.skew").observed).toBeCloseTo(30 / Math.sqrt((100 * 100 - 1) / 12), 2);
    expect(run.check("c.skew")).toMatchObject({ status: "pass", observed: 0.25 });
  });

  it("measure skew exactly where both profiles count every value, and say how close a skew from sketches is", async () => {
    // Ages in whole years (60 distinct values: counted exactly) and amounts (all distinct: a
    // quantile sketch past its exact size); the current's ages are older by a year on average.
    const rows = (n: number, older: number) =>
      Array.from({ length: n }, (_, i) => [18 + ((i * 7) % 60) + (i % 2) * older, 10 + i * 0.37]);
    const ref = rows(6000, 0);
    const cur = rows(5000, 2);
    const table = (values: number[][]) =>
      csv(
        "age,amount",
        values.map((v) => v.join(",")),
      );
    const contract =
      "fields:\n  - name: age\n    type: integer\n  - name: amount\n    type: number\n";
    const made = await validate(
      { "d.csv": table(ref), "c.yml": contract },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const run = await validate(
      { "d.csv": table(cur), "c.yml": contract, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    // Whole numbers: the Wasserstein distance is the sum over each year k of |F_ref(k) - F_cur(k)|.
    const cdf = (values: number[], k: number) =>
      values.filter((v) => v <= k).length / values.length;
    const [refAges, curAges] = [ref.map((v) => v[0]!), cur.map((v) => v[0]!)];
    let distance = 0;
    for (let k = 18; k < 79; k++) distance += Math.abs(cdf(refAges, k) - cdf(curAges, k));
    const mean = refAges.reduce((a, b) => a + b, 0) / refAges.length;
    const std = Math.sqrt(refAges.reduce((a, b) => a + (b - mean) ** 2, 0) / refAges.length);
    expect(run.check("age.skew").observed).toBeCloseTo(distance / std, 10);
    expect(run.check("age.skew").note).toBeNull();
    expect(run.check("amount.skew").note).toMatch(
      /^estimated from quantile sketches: within [0-9.e-]+ of the value on the full data$/,
    );
  });

  it("compare a text field for skew when its skew is given without a method, by L-infinity", async () => {
    const ids = (from: number) =>
      csv(
        "code",
        hundred.map((i) => `code-${from + i}`),
      );
    const made = await validate(
      { "d.csv": ids(0), "c.yml": "fields:\n  - name: code\n" },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const contract = "fields:\n  - name: code\n    x-mlops: { skew: { threshold: 0.3 } }\n";
    const run = await validate(
      { "d.csv": ids(50), "c.yml": contract, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    // Each code is 1% of its side; half of them are on one side only.
    expect(run.check("code.skew")).toMatchObject({
      status: "pass",
      expected: "< 0.3 (L-infinity distance of category shares)",
    });
    expect(run.check("code.skew").observed).toBeCloseTo(0.01, 12);
  });

  it("fail a skew that cannot be measured, saying why in the check and its error line", async () => {
    const reference = await validate(
      { "d.csv": numbers, "c.yml": "fields:\n  - name: x\n    type: number\n  - name: c\n" },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    // The contract's type wins over the reference's (categorical): the two cannot be compared.
    const contract = "fields:\n  - name: x\n    type: number\n  - name: c\n    type: integer\n";
    const run = await validate(
      {
        "d.csv": csv(
          "x,c",
          hundred.map((i) => `${i},${i % 7}`),
        ),
        "c.yml": contract,
        "ref.json": readProfile(reference.dir),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    const note =
      "the column is categorical in the reference and integer here, as the contract types it or the data's format reads it (a Parquet string column of ISO 8601 dates reads as dates): make the reference profile again with this contract (validate-data's profile-path), or declare the field with the reference's type (string for categorical or text)";
    expect(run.check("c.skew")).toMatchObject({ status: "fail", observed: null, note });
    expect(run.stderr).toContain(
      `error: c.skew (none, expected < 0.1 (Wasserstein distance / reference std)): ${note}`,
    );
  });

  it("pass a field the reference holds at one value where the data holds it too, and fail other values, saying which", async () => {
    // A flag always 0, a rate always 0.1 (whose moments leave a standard deviation of about
    // 2e-16, not 0) and a date always the same; one row in ten of the data moves off each.
    const table = (moved: (i: number) => boolean) =>
      csv(
        "flag,rate,at",
        hundred.map((i) => (moved(i) ? "1,0.2,2026-12-01" : "0,0.1,2026-11-30")),
      );
    const contract =
      "fields:\n  - name: flag\n    type: integer\n  - name: rate\n    type: number\n  - name: at\n    type: date\n";
    const made = await validate(
      { "d.csv": table(() => false), "c.yml": contract },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const against = (moved: (i: number) => boolean) =>
      validate(
        { "d.csv": table(moved), "c.yml": contract, "ref.json": readProfile(made.dir) },
        { data: "d.csv", schema: "c.yml", reference: "ref.json", "fail-step": "false" },
      );
    const same = await against(() => false);
    for (const field of ["flag", "rate", "at"]) {
      expect(same.check(`${field}.skew`)).toMatchObject({
        status: "pass",
        observed: 0,
        note: null,
      });
    }
    const moved = await against((i) => i % 10 === 0);
    const note = (constant: string, other: string) =>
      `the reference is constant at ${constant}, and 10 of the data's 100 values differ from it (the data runs from ${constant} to ${other}): with no spread in the reference to norm the Wasserstein distance by, any other value fails; compare the field by linf to bound their share`;
    expect(moved.check("flag.skew")).toMatchObject({
      status: "fail",
      observed: null,
      note: note("0", "1"),
    });
    expect(moved.check("rate.skew")).toMatchObject({ status: "fail", note: note("0.1", "0.2") });
    expect(moved.check("at.skew")).toMatchObject({
      status: "fail",
      note: note("2026-11-30", "2026-12-01"),
    });
    expect(moved.stderr).toContain(
      `error: flag.skew (none, expected < 0.1 (Wasserstein distance / reference std)): ${note("0", "1")}`,
    );
    // Every row moved: the data is one value too, another.
    const all = await against(() => true);
    expect(all.check("at.skew")?.note).toBe(
      "the reference is constant at 2026-11-30, and 100 of the data's 100 values differ from it (the data is constant at 2026-12-01): with no spread in the reference to norm the Wasserstein distance by, any other value fails; compare the field by linf to bound their share",
    );
  });

  it("give the data's range where a constant reference meets data of more values than its profile counts", async () => {
    const contract = "fields:\n  - name: amount\n    type: number\n";
    const made = await validate(
      {
        "d.csv": csv(
          "amount",
          hundred.map(() => "0"),
        ),
        "c.yml": contract,
      },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    // 2,000 distinct amounts: past the 1,024 a profile counts one by one, so linf cannot help.
    const amounts = Array.from({ length: 2000 }, (_, i) => String(i * 0.5));
    const run = await validate(
      { "d.csv": csv("amount", amounts), "c.yml": contract, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "fail-step": "false" },
    );
    expect(run.check("amount.skew")).toMatchObject({
      status: "fail",
      observed: null,
      note: "the reference is constant at 0, and the data runs from 0 to 999.5: with no spread in the reference to norm the Wasserstein distance by, any other value fails",
    });
  });

  it("measure linf on a number field from its values' counts, and say to use another method where it has too many values", async () => {
    // 2,000 distinct amounts: past what a number's profile counts value by value.
    const table = (shift: number) =>
      csv(
        "stars,amount",
        Array.from({ length: 2000 }, (_, i) => `${1 + ((i + shift) % 5)},${i * 0.5 + shift}`),
      );
    const contract =
      "fields:\n  - name: stars\n    type: integer\n    x-mlops: { skew: { method: linf } }\n  - name: amount\n    type: number\n    x-mlops: { skew: { method: linf } }\n";
    const made = await validate(
      { "d.csv": table(0), "c.yml": contract },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json", "fail-step": "false" },
    );
    const run = await validate(
      { "d.csv": table(1), "c.yml": contract, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "fail-step": "false" },
    );
    // Every star rating keeps its share of 20%.
    expect(run.check("stars.skew")).toMatchObject({ status: "pass", observed: 0, note: null });
    expect(run.check("amount.skew")).toMatchObject({ status: "fail", observed: null });
    expect(run.check("amount.skew").note).toMatch(/numeric column .* use wasserstein or psi/);
  });

  it("say that the two sides' types differ where linf is asked of a string field the reference has as many numbers", async () => {
    const amounts = csv(
      "amount",
      Array.from({ length: 2000 }, (_, i) => `${i * 0.5}`),
    );
    const made = await validate(
      { "d.csv": amounts, "c.yml": "fields:\n  - name: amount\n    type: number\n" },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const run = await validate(
      {
        "d.csv": amounts,
        "c.yml":
          "fields:\n  - name: amount\n    type: string\n    x-mlops: { skew: { method: linf } }\n",
        "ref.json": readProfile(made.dir),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "fail-step": "false" },
    );
    expect(run.check("amount.skew").note).toMatch(
      /^the column is numeric in the reference and (categorical|text) here, as the contract types it/,
    );
  });

  it("read reference data as the data is read, with the contract's types and missing values", async () => {
    // NA is missing by the contract: inferred alone, the reference's x would be text, and
    // its code column (digits, declared a string) integers.
    const rows = hundred.map((i) => `${i % 10 === 0 ? "NA" : i},${i % 3}0`);
    const contract =
      'missingValues: ["", "NA"]\nfields:\n  - name: x\n    type: number\n    x-mlops: { skew: { threshold: 0.3 } }\n  - name: code\n    type: string\n    x-mlops: { skew: { threshold: 0.3 } }\n';
    const run = await validate(
      { "d.csv": csv("x,code", rows), "ref.csv": csv("x,code", rows), "c.yml": contract },
      { data: "d.csv", schema: "c.yml", reference: "ref.csv" },
    );
    expect(run.check("x.skew")).toMatchObject({ status: "pass", observed: 0, note: null });
    expect(run.check("code.skew")).toMatchObject({ status: "pass", observed: 0, note: null });
  });

  it("refuse a reference profile made with other missing values than the contract's, and take one made with the same", async () => {
    const rows = hundred.map((i) => `${i % 10 === 0 ? "NA" : i}`);
    const na =
      'missingValues: ["", "NA"]\nfields:\n  - name: x\n    type: number\n    x-mlops: { skew: { threshold: 0.3 } }\n';
    const made = await validate(
      { "d.csv": csv("x", rows), "c.yml": na },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    expect(JSON.parse(readProfile(made.dir)).missingValues).toEqual(["", "NA"]);
    const same = await validate(
      { "d.csv": csv("x", rows), "c.yml": na, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(same.check("x.skew")).toMatchObject({ status: "pass", observed: 0 });
    const plain = "fields:\n  - name: x\n    x-mlops: { skew: { threshold: 0.3 } }\n";
    const refused = await validate(
      { "d.csv": csv("x", rows), "c.yml": plain, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "report-path": "report.json" },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `mlops validate-data: input 'reference': ref.json was made with missing values ["", "NA"], and the contract reads the data with [""]. Declare the profile's values in the contract's missingValues, or make the reference profile again with the contract's`,
    );
    expect(refused.reportText).toBe("");
  });

  it("record a field's own missing values in the profile, and refuse a reference profile whose column was counted with others", async () => {
    const rows = hundred.map((i) => `${i % 10 === 0 ? "-" : i},${i % 2 ? "a" : "b"}`);
    const dash =
      'fields:\n  - name: x\n    type: number\n    missingValues: ["-"]\n    x-mlops: { skew: { threshold: 0.3 } }\n  - name: plan\n';
    const made = await validate(
      { "d.csv": csv("x,plan", rows), "c.yml": dash },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    expect(made.code).toBe(0);
    const profile = JSON.parse(readProfile(made.dir)) as Profile;
    // The table's missing values are the empty cell alone, unrecorded as before.
    expect(profile.missingValues).toBeUndefined();
    const [x, plan] = profile.columns;
    expect(x).toMatchObject({ name: "x", missingValues: ["-"], count: 90, missing: 10 });
    expect(plan!.missingValues).toBeUndefined();
    const same = await validate(
      { "d.csv": csv("x,plan", rows), "c.yml": dash, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(same.check("x.skew")).toMatchObject({ status: "pass", observed: 0 });
    const plain =
      "fields:\n  - name: x\n    x-mlops: { skew: { threshold: 0.3 } }\n  - name: plan\n";
    const refused = await validate(
      { "d.csv": csv("x,plan", rows), "c.yml": plain, "ref.json": readProfile(made.dir) },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "report-path": "report.json" },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `mlops validate-data: input 'reference': ref.json counted column 'x' with missing values ["-"], and the contract reads field 'x' with [""]. Give field 'x' the profile's values as its missingValues, or make the reference profile again with the contract's`,
    );
    expect(refused.reportText).toBe("");
    const undeclared = await validate(
      {
        "d.csv": csv("x,plan", rows),
        "c.yml": "fieldsMatch: superset\nfields:\n  - name: plan\n",
        "ref.json": readProfile(made.dir),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(undeclared.stderr.trim()).toBe(
      `mlops validate-data: input 'reference': ref.json counted column 'x' with missing values ["-"], and the contract reads the undeclared column 'x' with [""]. Declare field 'x' with the profile's values as its missingValues, or make the reference profile again with the contract's`,
    );
  });

  it("leave a reference value its declared type does not take out of the reference, and list a skew the reference cannot give as not checked", async () => {
    const contract =
      "fields:\n  - name: x\n    type: number\n    x-mlops: { mostly: 0.98, skew: { threshold: 0.3 } }\n  - name: y\n    type: number\n    x-mlops: { skew: { threshold: 0.3 } }\n";
    const data = csv(
      "x,y",
      hundred.map((i) => `${i},${i}`),
    );
    const reference = csv(
      "x",
      hundred.map((i) => (i === 50 ? "abc" : `${i}`)),
    );
    const run = await validate(
      { "d.csv": data, "ref.csv": reference, "c.yml": contract },
      { data: "d.csv", schema: "c.yml", reference: "ref.csv" },
    );
    expect(run.code).toBe(0);
    expect(run.check("x.skew")).toMatchObject({ status: "pass", note: null });
    expect(run.check("y.skew")).toMatchObject({
      status: "skipped",
      note: "not checked: the reference has no such field",
    });
  });

  it("list the skew of a declared field the data lacks as not run", async () => {
    const reference = await validate(
      { "d.csv": numbers, "c.yml": "fields:\n  - name: x\n    type: number\n  - name: c\n" },
      { data: "d.csv", schema: "c.yml", "profile-path": "ref.json" },
    );
    const contract =
      "fieldsMatch: superset\nfields:\n  - name: x\n    type: number\n  - name: c\n    x-mlops: { skew: { threshold: 0.3 } }\n";
    const run = await validate(
      {
        "d.csv": csv("x", hundred.map(String)),
        "c.yml": contract,
        "ref.json": readProfile(reference.dir),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(run.outputs.valid).toBe("true");
    expect(run.check("c.skew")).toMatchObject({
      status: "skipped",
      expected: "< 0.3 (L-infinity distance of category shares)",
      observed: null,
      note: "not checked: the data has no such field",
    });
  });
});
