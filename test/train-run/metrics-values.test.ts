import { describe, expect, it } from "vitest";
import { metricsNotes, readMetrics } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const read = (name: string, text: string) => readMetrics(tempDir().write(name, text), name);

describe("metric values that are not finite numbers", () => {
  it("are left out and named with their line in every format, not dropped unsaid", () => {
    const files = {
      "m.json": '{\n  "acc": "0.93",\n  "f1": 0.5,\n  "auc": 1e400\n}\n',
      "m.yaml": "acc: '0.93'\nf1: 0.5\nauc: .inf\n",
      "m.csv": "name,value\nacc,0.93x\nf1,0.5\nauc,Infinity\n",
      "m.jsonl": '{"step": 1, "acc": "0.93", "f1": 0.5, "auc": 1e400}\n',
    };
    for (const [name, text] of Object.entries(files)) {
      const m = read(name, text);
      expect(Object.fromEntries(m.values)).toEqual({ f1: 0.5 });
      expect([...m.nonNumeric.keys()]).toEqual(["acc", "auc"]);
      expect(metricsNotes(m)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${name.replace(".", "\\.")}: not recorded, as not finite numbers: 'acc' is '0\\.93x?' \\(line \\d\\), 'auc' is 'Infinity' \\(line \\d\\)$`,
          ),
        ),
      ]);
    }
  });

  it("read a NaN loss the same in YAML and CSV: the run's record keeps the rest", () => {
    expect(metricsNotes(read("m.yaml", "acc: .nan\nf1: 0.5\n"))).toEqual([
      "m.yaml: not recorded, as not finite numbers: 'acc' is 'NaN' (line 1)",
    ]);
    expect(metricsNotes(read("m.csv", "name,value\nacc,nan\nf1,0.5\n"))).toEqual([
      "m.csv: not recorded, as not finite numbers: 'acc' is 'nan' (line 2)",
    ]);
  });

  it("give a JSONL metric no final value when its last reading is not a number", () => {
    const m = read(
      "log.jsonl",
      '{"step": 1, "loss": 0.5}\n{"step": 2, "loss": 0.25}\n{"step": 3, "loss": "0.3"}\n',
    );
    expect(m.values.has("loss")).toBe(false);
    expect(m.histories!.get("loss")).toEqual([
      { step: 1, value: 0.5 },
      { step: 2, value: 0.25 },
    ]);
    expect(metricsNotes(m)).toEqual([
      "log.jsonl: not recorded, as not finite numbers: 'loss' is '0.3' (line 3)",
    ]);
    const recovered = read("log.jsonl", '{"step": 1, "loss": "x"}\n{"step": 2, "loss": 0.25}\n');
    expect(Object.fromEntries(recovered.values)).toEqual({ loss: 0.25 });
    expect(metricsNotes(recovered)).toEqual([]);
  });

  it("take a JSONL null as no reading at that step, as sparse logs write one", () => {
    const m = read(
      "log.jsonl",
      '{"step": 1, "loss": 0.9, "val_loss": 0.8}\n{"step": 2, "loss": 0.7, "val_loss": null}\n',
    );
    expect(Object.fromEntries(m.values)).toEqual({ loss: 0.7, val_loss: 0.8 });
    expect(m.histories!.get("val_loss")).toEqual([{ step: 1, value: 0.8 }]);
    expect(metricsNotes(m)).toEqual([]);
  });

  it("name a file that holds no metrics at all", () => {
    expect(metricsNotes(read("m.jsonl", ""))).toEqual([
      "m.jsonl: holds no metrics, so none were recorded",
    ]);
    expect(metricsNotes(read("m.csv", "name,value\n"))).toEqual([
      "m.csv: holds no metrics, so none were recorded",
    ]);
    expect(metricsNotes(read("m.json", '{"f1": 0.5}'))).toEqual([]);
  });

  it("name at most ten metrics in the note", () => {
    const text = JSON.stringify(
      Object.fromEntries([...Array(12).keys()].map((i) => [`t${i}`, "x"])),
    );
    expect(metricsNotes(read("m.json", text))[0]).toMatch(/'t9' is 'x' \(line 1\) and 2 more$/);
  });

  it("read the NaN and Infinity Python's json.dumps writes into a JSONL log as readings that are not numbers", () => {
    const m = read(
      "log.jsonl",
      '{"step": 1, "loss": 0.5, "scale": 2}\n{"step": 2, "loss": NaN, "scale": Infinity}\n' +
        '{"step": 3, "loss": -Infinity, "tag": "NaN: Infinity", "grads": [NaN, 1]}\n',
    );
    expect(Object.fromEntries(m.values)).toEqual({ "grads.1": 1 });
    expect(m.histories?.get("loss")).toEqual([{ step: 1, value: 0.5 }]);
    expect(metricsNotes(m)).toEqual([
      "log.jsonl: not recorded, as not finite numbers: 'loss' is '-Infinity' (line 3), 'scale' is 'Infinity' (line 2), 'tag' is 'NaN: Infinity' (line 3), 'grads.0' is 'NaN' (line 3)",
    ]);
  });

  it("keep a final value when a NaN reading is followed by a number, as mixed-precision training writes", () => {
    const m = read("log.jsonl", '{"step": 1, "loss": NaN}\n{"step": 2, "loss": 0.25}\n');
    expect(Object.fromEntries(m.values)).toEqual({ loss: 0.25 });
    expect(metricsNotes(m)).toEqual([]);
  });

  it("still refuse a bare word that is not a value Python writes, or one standing as a key, at its line", () => {
    for (const line of ['{"loss": nan}', "{NaN: 1}", '{"loss": NaNx}', '{"loss": NaN']) {
      expect(failureLine(() => read("log.jsonl", `{"step": 1}\n${line}\n{"step": 3}\n`))).toMatch(
        /^log\.jsonl:2: is not valid JSONL: /,
      );
    }
  });

  it("tell of a JSONL line's real mistake, not of the NaN beside it that it reads", () => {
    const line = '{"step": 2, "loss": NaN, "acc": 0.5,}';
    const told = failureLine(() => read("log.jsonl", `{"step": 1}\n${line}\n`));
    expect(told).toMatch(/^log\.jsonl:2: is not valid JSONL: /);
    expect(told).not.toMatch(/JSON has no NaN/);
  });

  it("name where a JSONL line's mistake stands as the line writes it, each NaN before it counted as written", () => {
    const line = '{"loss": NaN, "acc": NaN, "x": }';
    expect(failureLine(() => read("log.jsonl", `{"step": 1}\n${line}\n`))).toBe(
      "log.jsonl:2: is not valid JSONL: Unexpected token '}' at character 32 of this line",
    );
    expect(line[31]).toBe("}");
    // V8's own positions (and, where it gives them, its line and column) are moved back alike.
    const missingComma = '{"loss": NaN, "lr": -Infinity, "acc": 0.5 0.6}';
    expect(failureLine(() => read("log.jsonl", `${missingComma}\n`))).toBe(
      `log.jsonl:1: is not valid JSONL: Expected ',' or '}' after property value at character ${missingComma.indexOf("0.6") + 1} of this line`,
    );
  });

  it("name where a JSON metrics file's mistake stands as the file writes it, past its NaNs", () => {
    const text = '{\n  "loss": NaN,\n  "auc": Infinity, "f1": }\n';
    expect(text.split("\n")[2]!.indexOf("}")).toBe(25);
    expect(failureLine(() => read("m.json", text))).toBe(
      "m.json:3: is not valid JSON: Unexpected token '}' at line 3, character 26",
    );
  });

  it("read the NaN and Infinity Python's json.dump writes into a JSON metrics file, at their line", () => {
    const m = read("m.json", '{\n  "f1": 0.5,\n  "loss": NaN,\n  "test": {"auc": -Infinity}\n}\n');
    expect(Object.fromEntries(m.values)).toEqual({ f1: 0.5 });
    expect(metricsNotes(m)).toEqual([
      "m.json: not recorded, as not finite numbers: 'loss' is 'NaN' (line 3), 'test.auc' is '-Infinity' (line 4)",
    ]);
    // Any other mistake is still told, with its line.
    expect(failureLine(() => read("m.json", '{\n  "loss": NaN,\n  "f1": 0.5,\n}\n'))).toMatch(
      /^m\.json:4: is not valid JSON: /,
    );
  });
});

describe("metric names", () => {
  // A name is copied whole into the record, the outputs, the summary and annotations.
  const long = "x".repeat(1_000_000);
  const files = {
    "m.json": `{"f1": 0.5,\n  "${long}": 1\n}\n`,
    "m.yaml": `f1: 0.5\n${long}: 1\n`,
    "m.csv": `name,value\n${long},1\n`,
    "m.jsonl": `{"step": 1, "f1": 0.5}\n{"step": 2, "${long}": 1}\n`,
  };

  it("are refused past 250 characters, in every format, at their line and shown cut short", () => {
    for (const [name, text] of Object.entries(files)) {
      const told = failureLine(() => read(name, text));
      expect(told).toBe(
        `${name}:2: metric name '${"x".repeat(59)}…' is 1000000 characters long, more than the 250 a metric name may have. Give the metric a short name, such as val.loss; write text to keep as a value, or in a file of its own`,
      );
    }
  });

  it("are read up to 250 characters, MLflow's own limit on a metric key, nested names joined", () => {
    const name = `${"a".repeat(100)}.${"b".repeat(149)}`;
    expect(name).toHaveLength(250);
    const m = read("m.json", `{"${"a".repeat(100)}": {"${"b".repeat(149)}": 0.5}}`);
    expect(Object.fromEntries(m.values)).toEqual({ [name]: 0.5 });
    expect(
      failureLine(() => read("m.json", `{"${"a".repeat(100)}": {"${"b".repeat(150)}": 1}}`)),
    ).toMatch(/^m\.json:1: metric name '.*' is 251 characters long/);
  });
});
