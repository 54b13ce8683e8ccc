import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  IdColumn,
  modelData,
  pairIds,
  pairPredictions,
  prepareMetric,
  readPredictions,
  type ClassificationFile,
  type ClassifierData,
  type RegressorData,
} from "@mlops/shared";
import { scratchFolder } from "../data/temp-files.js";

const fixtures = fileURLToPath(new URL("../fixtures/predictions/", import.meta.url));
const write = scratchFolder();

/** A CSV of `id,label,prediction` rows, every field quoted. */
const csv = (name: string, rows: readonly (readonly [string, string, string])[]) =>
  write(
    name,
    `id,label,prediction\n${rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(",")).join("\n")}\n`,
  );

const always = () => true;
const pair = (champion: string[], challenger: string[]) =>
  pairIds(IdColumn.from(champion), IdColumn.from(challenger), always);

describe("pairing two files by id", () => {
  it("counts every row once: paired, unpaired, repeated in its own file", () => {
    const { report, championRows, challengerRows } = pair(
      ["a", "b", "c", "d", "d", "e", "f"],
      ["f", "e", "x", "c", "c", "a", "y", "y", "y"],
    );
    expect(report).toMatchObject({
      championRows: 7,
      challengerRows: 9,
      paired: 3,
      // b and d's are absent from the challenger, c is repeated there.
      championUnpaired: 2,
      challengerUnpaired: 1,
      // c is not absent from the challenger: its one champion row has no single partner.
      championPartnerRepeated: 1,
      challengerPartnerRepeated: 0,
      championDuplicates: 2,
      challengerDuplicates: 5,
      // d in the champion; c and y in the challenger.
      championRepeatedIds: 1,
      challengerRepeatedIds: 2,
      labelMismatches: 0,
      // The examples: a to f, x and y, each once whichever file holds it.
      ids: 8,
    });
    const { championRows: n1, challengerRows: n2, paired, labelMismatches } = report;
    expect(report.championUnpaired + report.championDuplicates + paired + labelMismatches).toBe(n1);
    expect(report.challengerUnpaired + report.challengerDuplicates + paired + labelMismatches).toBe(
      n2,
    );
    // Pairs follow the champion's order: a, e, f.
    expect([...championRows]).toEqual([0, 5, 6]);
    expect([...challengerRows]).toEqual([5, 1, 0]);
    expect(report.examples).toEqual({
      // Absent from the other file; a repeated id is named once, among its file's repeats.
      championUnpaired: ["b"],
      challengerUnpaired: ["x"],
      championDuplicates: ["d"],
      challengerDuplicates: ["c", "y"],
      labelMismatches: [],
    });
  });

  it("counts an id once among the examples, however many rows of either file hold it", () => {
    // a is repeated in both files, b is the champion's alone, c the challenger's alone.
    expect(pair(["a", "a", "b"], ["a", "c", "a", "c"]).report).toMatchObject({ ids: 3, paired: 0 });
    expect(pair(["a", "b"], ["b", "a"]).report).toMatchObject({ ids: 2, paired: 2 });
  });

  it("treats ids that name Object's own properties as plain ids", () => {
    const hostile = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
    const { report, championRows } = pair(hostile, [...hostile].reverse());
    expect(report.paired).toBe(5);
    expect(report.championDuplicates + report.challengerDuplicates).toBe(0);
    expect([...championRows]).toEqual([0, 1, 2, 3, 4]);
    const repeated = pair(["__proto__", "__proto__"], ["__proto__"]).report;
    expect(repeated).toMatchObject({
      paired: 0,
      championDuplicates: 2,
      challengerUnpaired: 1,
      challengerPartnerRepeated: 1,
    });
    expect(repeated.examples.challengerUnpaired).toEqual([]);
  });

  it("compares ids exactly: case, control characters and very long ids all count", () => {
    const long = "x".repeat(100_000);
    const champion = ["A", "a", "tab\there", "nul\u0000", long, `${long}y`];
    const challenger = ["a", "tab\there", "nul\u0000", long, `${long}z`];
    const { report } = pair(champion, challenger);
    expect(report.paired).toBe(4);
    expect(report.championUnpaired).toBe(2);
    // Examples are cut, so that one id cannot fill a comment.
    expect(report.examples.championUnpaired[0]).toBe("A");
    expect(report.examples.championUnpaired[1]!.length).toBeLessThanOrEqual(200);
    expect(report.examples.challengerUnpaired[0]!.length).toBeLessThanOrEqual(200);
  });

  it("keeps ids with lone surrogates apart, which UTF-8 would both spell as U+FFFD", () => {
    const ids = IdColumn.from(["\ud800", "\udc00", "\ufffd", "pair \ud83d\ude00"]);
    expect([...ids]).toEqual(["\ud800", "\udc00", "\ufffd", "pair \ud83d\ude00"]);
    const { report } = pair(["\ud800", "\udc00", "\ufffd"], ["\udc00", "\ufffd", "\ud800"]);
    expect(report).toMatchObject({ paired: 3, championDuplicates: 0 });
  });

  it("names at most five ids of each problem", () => {
    const many = Array.from({ length: 50 }, (_, i) => `id${i}`);
    const { report } = pair(many, []);
    expect(report.championUnpaired).toBe(50);
    expect(report.examples.championUnpaired).toEqual(["id0", "id1", "id2", "id3", "id4"]);
  });
});

describe("pairing predictions", () => {
  it("aligns the challenger's rows with the champion's, whatever their order", async () => {
    const champion = await readPredictions(
      csv("c1.csv", [
        ["a", "1", "1"],
        ["b", "0", "1"],
        ["c", "1", "0"],
      ]),
    );
    const challenger = await readPredictions(
      csv("h1.csv", [
        ["c", "1", "1"],
        ["a", "1", "0"],
        ["b", "0", "0"],
      ]),
    );
    const paired = pairPredictions(champion, challenger);
    const first = paired.champion as ClassifierData;
    const second = paired.challenger as ClassifierData;
    expect(paired.report.paired).toBe(3);
    expect([...first.labels]).toEqual([1, 0, 1]);
    // The labels are one array, shared.
    expect(second.labels).toBe(first.labels);
    expect([...first.predictions]).toEqual([1, 1, 0]);
    expect([...second.predictions]).toEqual([0, 0, 1]);
  });

  it("copies no column of a file whose rows all pair in their own order", async () => {
    const champion = await readPredictions(join(fixtures, "binary-champion.csv"));
    const challenger = await readPredictions(join(fixtures, "binary-challenger.csv"));
    const paired = pairPredictions(champion, challenger);
    const scores = (file: typeof champion) =>
      (file as ClassificationFile).scores as { values: Float64Array };
    expect((paired.champion as ClassifierData).positiveScores).toBe(scores(champion).values);
    expect(paired.champion.latency).toBe(champion.latency);
    // The challenger lists the examples in another order: its columns are gathered.
    expect((paired.challenger as ClassifierData).positiveScores).not.toBe(
      scores(challenger).values,
    );
  });

  it("keeps a file's codes of labels and predicted classes, coded as the shared classes are", async () => {
    // The first row's label is 1: the file still codes 0 before 1, as the classes sort.
    const path = write(
      "ordered.csv",
      "id,label,prediction,score\na,1,1,0.9\nb,0,1,0.6\nc,0,0,0.1\n",
    );
    const [champion, challenger] = [await readPredictions(path), await readPredictions(path)];
    const paired = pairPredictions(champion, challenger) as {
      champion: ClassifierData;
      challenger: ClassifierData;
    };
    const file = champion as ClassificationFile;
    expect(file.labels.names).toEqual(["0", "1"]);
    expect(paired.champion.labels).toBe(file.labels.codes);
    expect(paired.champion.predictions).toBe(file.predictions!.codes);
    expect([...paired.champion.labels]).toEqual([1, 0, 0]);
    expect([...paired.challenger.predictions]).toEqual([1, 1, 0]);
  });

  it("leaves out and counts ids whose two files disagree on the label", async () => {
    const champion = await readPredictions(
      csv("c2.csv", [
        ["a", "1", "1"],
        ["b", "0", "0"],
      ]),
    );
    const challenger = await readPredictions(
      csv("h2.csv", [
        ["a", "0", "1"],
        ["b", "0", "1"],
      ]),
    );
    const { report } = pairPredictions(champion, challenger);
    expect(report).toMatchObject({ paired: 1, labelMismatches: 1 });
    expect(report.examples.labelMismatches).toEqual(["a"]);
  });

  it("codes both models' classes alike, even a class only one of them predicts", async () => {
    const champion = await readPredictions(
      csv("c3.csv", [
        ["a", "cat", "cat"],
        ["b", "dog", "bird"],
      ]),
    );
    const challenger = await readPredictions(
      csv("h3.csv", [
        ["b", "dog", "dog"],
        ["a", "cat", "dog"],
      ]),
    );
    const paired = pairPredictions(champion, challenger);
    const first = paired.champion as ClassifierData;
    const second = paired.challenger as ClassifierData;
    expect(first.classes).toEqual(["bird", "cat", "dog"]);
    expect(second.classes).toBe(first.classes);
    expect([...first.predictions]).toEqual([1, 0]);
    expect([...second.predictions]).toEqual([2, 2]);
    expect(first.positive).toBe(-1);
  });

  it("pairs regression predictions, a label mismatch being a different number", async () => {
    const champion = await readPredictions(
      csv("c4.csv", [
        ["a", "1.5", "1"],
        ["b", "2", "2"],
      ]),
      { task: "regression" },
    );
    const challenger = await readPredictions(
      csv("h4.csv", [
        ["a", "1.50", "2"],
        ["b", "2.5", "2"],
      ]),
      { task: "regression" },
    );
    const paired = pairPredictions(champion, challenger);
    expect(paired.report).toMatchObject({ paired: 1, labelMismatches: 1 });
    expect([...(paired.challenger as RegressorData).predictions]).toEqual([2]);
  });

  it("reads and pairs hostile ids from files as plain text", async () => {
    const ids = ["__proto__", "constructor", "toString", "bell\u0007", "rtl\u202eoverride"];
    const rows = ids.map((id) => [id, "1", "1"] as const);
    const champion = await readPredictions(csv("c7.csv", rows));
    const challenger = await readPredictions(csv("h7.csv", [...rows].reverse()));
    expect([...champion.ids]).toEqual(ids);
    expect(pairPredictions(champion, challenger).report.paired).toBe(5);
  });

  it("refuses files read for different tasks", async () => {
    const path = csv("c5.csv", [["a", "1", "1"]]);
    const classes = await readPredictions(path);
    const numbers = await readPredictions(path, { task: "regression" });
    expect(() => pairPredictions(classes, numbers)).toThrow(/same task/);
  });

  it("takes each slice from the champion's file, else from the challenger's", async () => {
    const champion = await readPredictions(
      write("c6.csv", "id,label,prediction,g\na,1,1,x\nb,0,0,y\n"),
      {
        slices: ["g"],
      },
    );
    const challenger = await readPredictions(
      write("h6.csv", "id,label,prediction,h\nb,0,1,u\na,1,1,v\n"),
      { slices: ["h"] },
    );
    const { champion: first, challenger: second } = pairPredictions(champion, challenger);
    const names = (name: string) => {
      const s = first.slices.get(name)!;
      return Array.from(s.codes, (c) => s.names[c]);
    };
    expect(names("g")).toEqual(["x", "y"]);
    expect(names("h")).toEqual(["v", "u"]);
    expect(second.slices).toBe(first.slices);
  });

  it("counts and names the pairs whose two files give a slice different values", async () => {
    const champion = await readPredictions(
      write("c8.csv", "id,label,prediction,g,k\na,1,1,x,1\nb,0,0,y,1\nc,0,0,,1\nd,1,1,y,1\n"),
      { slices: ["g", "k"] },
    );
    const challenger = await readPredictions(
      // d's value is one the champion never writes; c's is none against none.
      write("h8.csv", "id,label,prediction,g,k\nd,1,1,z,1\nc,0,0,,1\nb,0,1,x,1\na,1,1,x,1\n"),
      { slices: ["g", "k"] },
    );
    const paired = pairPredictions(champion, challenger);
    expect(paired.disagreements).toEqual([{ column: "g", pairs: 2, examples: ["b", "d"] }]);
    // The champion's values slice the pairs.
    const g = paired.champion.slices.get("g")!;
    expect(Array.from(g.codes, (c) => (c < 0 ? null : g.names[c]))).toEqual(["x", "y", null, "y"]);
  });

  it("refuses probabilities that are no distribution at a row that pairs, from lists as from columns", async () => {
    const champion = await readPredictions(
      csv("c9.csv", [
        ["a", "cat", "cat"],
        ["b", "dog", "dog"],
        ["c", "bird", "bird"],
      ]),
    );
    // Lines 1 (z, which the champion lacks) and 3 (b) sum to 0.9, line 2 (a) to 1.
    const rows = [
      { id: "z", label: "cat", score: [0.1, 0.7, 0.1] },
      { id: "a", label: "cat", score: [0.1, 0.8, 0.1] },
      { id: "b", label: "dog", score: [0.1, 0.1, 0.7] },
      { id: "c", label: "bird", score: [0.8, 0.1, 0.1] },
    ];
    const lists = rows.map((row) => JSON.stringify(row)).join("\n");
    const columns = rows.map(({ id, label, score }) => [id, label, ...score].join(",")).join("\n");
    for (const path of [
      write("h9.jsonl", `${lists}\n`),
      // One line down: the header.
      write("h9.csv", `id,label,score_bird,score_cat,score_dog\n${columns}\n`),
    ]) {
      const challenger = await readPredictions(path);
      const header = path.endsWith(".csv") ? 1 : 0;
      const paired = pairPredictions(champion, challenger).challenger as ClassifierData;
      expect(paired.probabilitySumError?.lineNumber).toBe(3 + header);
      expect(paired.probabilitySumError?.problem).toMatch(/sum to 0\.9, not 1/);
      // On its own, every row is read: the first is refused.
      const alone = modelData(challenger) as ClassifierData;
      expect(alone.probabilitySumError?.lineNumber).toBe(1 + header);
    }
  });

  it("paired fixtures give each model the metrics it has on its own file", async () => {
    for (const kind of ["binary", "multiclass", "regression"]) {
      const options = kind === "regression" ? { task: "regression" as const } : {};
      const champion = await readPredictions(join(fixtures, `${kind}-champion.csv`), options);
      const challenger = await readPredictions(join(fixtures, `${kind}-challenger.csv`), options);
      const paired = pairPredictions(champion, challenger);
      expect(paired.report.paired).toBe(champion.rowCount);
      const metric = kind === "regression" ? "rmse" : "roc_auc";
      for (const [file, data] of [
        [champion, paired.champion],
        [challenger, paired.challenger],
      ] as const) {
        const alone = prepareMetric(metric, modelData(file)).evaluate();
        expect(prepareMetric(metric, data).evaluate()).toBeCloseTo(alone, 12);
      }
    }
  });
});
