import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A small dataset and its contract, and validate-data run on them with extra flags. */
function validateWith(flags: string[], setUp: (dir: string) => void = () => {}) {
  const { dir, write } = tempDir();
  setUp(dir);
  const data = "id,x\n1,2\n2,3\n";
  write("d.csv", data);
  write("c.yml", "fields:\n  - name: id\n    type: integer\n  - name: x\n    type: number\n");
  const run = mlops(["validate-data", "--data", "d.csv", "--schema", "c.yml", ...flags], dir);
  return { dir, data, run };
}

describe("output paths that would lose a file are refused before any work", () => {
  it("refuses a report written over the input data, naming both inputs, and leaves the data as it was", async () => {
    const { dir, data, run } = validateWith(["--report-path", "d.csv"]);
    const { code, stderr } = await run;
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops validate-data: input 'report-path': would overwrite the file of input 'data' ('d.csv'). Write the output somewhere else\n",
    );
    expect(readFileSync(join(dir, "d.csv"), "utf8")).toBe(data);
  });

  it("refuses a report written over a file the data's glob matches, naming the glob", async () => {
    const { dir, write } = tempDir();
    const data = "id\n1\n2\n";
    write("days/d.csv", data);
    write("c.yml", "fields:\n  - name: id\n    type: integer\n");
    const given = flags({ data: "days/*.csv", schema: "c.yml", "report-path": "days/d.csv" });
    const { code, stderr } = await mlops(["validate-data", ...given], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops validate-data: input 'report-path': would overwrite the file of input 'data' ('days/d.csv', matched by 'days/*.csv'). Write the output somewhere else\n",
    );
    expect(readFileSync(join(dir, "days/d.csv"), "utf8")).toBe(data);
  });

  it("refuses two outputs on one path, naming both", async () => {
    const { dir, run } = validateWith([
      "--report-path",
      "out.json",
      "--profile-path",
      "./out.json",
    ]);
    const { code, stderr } = await run;
    expect(code).toBe(1);
    expect(stderr).toContain(
      "input 'profile-path': writes to the same file as report-path ('out.json')",
    );
    expect(() => statSync(join(dir, "out.json"))).toThrow();
  });

  it("refuses a device, so that /dev/null stays a device even for root", async () => {
    const { code, stderr } = await validateWith(["--report-path", "/dev/null"]).run;
    expect(code).toBe(1);
    expect(stderr).toContain(
      "input 'report-path': '/dev/null' is not a regular file (a device, pipe or socket)",
    );
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("refuses a folder, and a path under a file", async () => {
    const folder = validateWith(["--report-path", "reports"], (dir) =>
      mkdirSync(join(dir, "reports")),
    );
    expect((await folder.run).stderr).toContain("input 'report-path': 'reports' is a folder");

    const { stderr } = await validateWith(["--report-path", "c.yml/report.json"]).run;
    expect(stderr).toContain(
      "input 'report-path': 'c.yml/report.json' is under a file, not a folder",
    );
  });
});

describe("an output that cannot be written when the run ends", () => {
  it("is one clear line naming the path, and nothing else of the run is written", async () => {
    // /proc takes no new files, not even from root: the write itself fails after the checks.
    const { dir, run } = validateWith([
      "--profile-path",
      "profile.json",
      "--report-path",
      "/proc/mlops-none/report.json",
    ]);
    const { code, stderr } = await run;
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops validate-data: \/proc\/mlops-none\/report\.json: cannot be written \(E[A-Z]+\); no output of this run was written\. Give a path in a folder that can be written, on a disk with room\n$/,
    );
    expect(existsSync(join(dir, "profile.json"))).toBe(false);
  });
});

describe("a run that fails leaves no earlier run's outputs where it would have written its own", () => {
  it("removes validate-data's earlier report and profile when the contract is refused", async () => {
    const { dir, run } = validateWith([]);
    expect((await run).code).toBe(0);
    const outputs = ["mlops-out/validation-report.json", "mlops-out/data-profile.json"];
    for (const output of outputs) expect(existsSync(join(dir, output))).toBe(true);

    writeFileSync(join(dir, "c.yml"), "fields:\n  - name: id\n    type: intger\n");
    const refused = await mlops(["validate-data", "--data", "d.csv", "--schema", "c.yml"], dir);
    expect(refused.code).toBe(1);
    for (const output of outputs) expect(existsSync(join(dir, output))).toBe(false);
  });

  it("removes drift-check's earlier report and HTML, at their default paths, when the data cannot be read", async () => {
    const { dir, write } = tempDir();
    write("r.csv", "x\n1\n2\n3\n");
    write("c.csv", "x\n1\n2\n4\n");
    expect(
      (
        await mlops(
          ["drift-check", "--reference", "r.csv", "--current", "c.csv", "--fail-step", "false"],
          dir,
        )
      ).code,
    ).toBe(0);
    const outputs = ["mlops-out/drift-report.json", "mlops-out/drift-report.html"];
    for (const output of outputs) expect(existsSync(join(dir, output))).toBe(true);

    const failed = await mlops(
      ["drift-check", "--reference", "r.csv", "--current", "gone.csv"],
      dir,
    );
    expect(failed.code).toBe(1);
    for (const output of outputs) expect(existsSync(join(dir, output))).toBe(false);
  });
});
