import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { type RunRecord } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { flags } from "../helpers/flags.js";

/** A model of 2 GiB that takes no room: hashing it still reads every byte. */
const SPARSE_MODEL = `const fs = require("fs"); fs.mkdirSync("model");
fs.ftruncateSync(fs.openSync("model/model.bin", "w"), 2 * 2 ** 30);`;

const readRecord = (dir: string): RunRecord =>
  JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
};

it("writes a cancelled run's record without hashing its model first", async () => {
  const { dir } = tempDir();
  const script = `${SPARSE_MODEL} fs.writeFileSync("ready", ""); setInterval(() => {}, 1000);`;
  const run = mlops(
    [
      "train-run",
      ...flags({
        json: true,
        command: JSON.stringify([process.execPath, "-e", script]),
        "trained-model": "model",
      }),
    ],
    dir,
  );
  await until(() => existsSync(join(dir, "ready")));
  // What the runner sends a step it cancels, as the process receives it.
  process.emit("SIGINT", "SIGINT");
  expect((await run).code).toBe(1);
  const record = readRecord(dir);
  expect(record).toMatchObject({ status: "cancelled", model: null });
  expect(record.notes).toContain(
    "model: not recorded nor uploaded: the run was cancelled (SIGINT), and a cancelled step has only seconds to upload its record",
  );
});

/** Whether this process has the file open: the model is being hashed. */
const hasOpen = (path: string) =>
  readdirSync("/proc/self/fd").some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false; // Closed since it was listed.
    }
  });

// Only Linux shows a process's open files in /proc.
it.skipIf(process.platform !== "linux")(
  "stops hashing the model at a signal after the command ended, and writes the record at once",
  async () => {
    const { dir } = tempDir();
    const run = mlops(
      [
        "train-run",
        ...flags({
          json: true,
          command: JSON.stringify([process.execPath, "-e", SPARSE_MODEL]),
          "trained-model": "model",
        }),
      ],
      dir,
    );
    const model = join(realpathSync(dir), "model/model.bin");
    await until(() => hasOpen(model));
    process.emit("SIGINT", "SIGINT");
    const { code, stdout } = await run;
    expect(code).toBe(0);
    const record = readRecord(dir);
    expect(record).toMatchObject({ status: "succeeded", exit_code: 0, model: null });
    expect(record.notes).toContain(
      "model: not recorded nor uploaded: the step was cancelled (SIGINT) while the model was hashed, which was cut short so that the record is written first",
    );
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)["model-digest"]).toBe("");
  },
);
