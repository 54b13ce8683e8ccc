import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { listFiles, readColumns } from "@mlops/shared";
import { failure } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();
const folder = dirname(write("placeholder.csv", "x\n1\n"));
const unix = process.platform !== "win32";

/** A name ending in .csv that stands for a device: the reader must refuse it, not read it. */
function deviceNamedCsv(): string {
  const link = join(folder, "zero.csv");
  symlinkSync("/dev/zero", link);
  return link;
}

/** Whether file permissions bind this process: root, with CAP_DAC_OVERRIDE, reads any file. */
function permissionsBind(): boolean {
  const probe = write("probe.txt", "x");
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  }
}

describe("a data path that is not a readable file gets one line naming it and the fix", () => {
  test("a missing file", async () => {
    const missing = join(folder, "nope.csv");
    const error = await failure(readColumns(missing));
    expect(error.line).toBe(
      `${missing}: no such file. Check the path; a relative path starts from the working directory`,
    );
  });

  test("a folder without data files, with no glob, which would match nothing", async () => {
    const parts = join(folder, "parts.csv");
    mkdirSync(parts);
    write("parts.csv/README.md", "x");
    const error = await failure(readColumns(parts));
    expect(error.line).toBe(`${parts}: is a folder, not a file. Give the path of a file inside it`);
  });

  test("a partitioned dataset, with a glob of any depth, which reads it whole", async () => {
    const sales = join(folder, "sales");
    for (const year of ["2024", "2025"]) {
      mkdirSync(join(sales, `year=${year}`), { recursive: true });
      write(`sales/year=${year}/part-0.csv`, `x\n${year}\n`);
    }
    const glob = `${sales}/**/*.csv`;
    expect((await failure(listFiles(sales))).fix).toBe(
      `Give the path of a file inside it, or a glob of its files such as '${glob}'`,
    );
    expect((await readColumns(glob)).rowCount).toBe(2);
  });

  test("a folder of data files, with a glob of the extension most of them have", async () => {
    const shards = join(folder, "shards");
    mkdirSync(shards);
    for (const name of ["a.parquet", "b.parquet", "c.csv.gz", "d.csv.gz", "e.csv.gz", "f.txt"]) {
      write(`shards/${name}`, "x");
    }
    // The separators a path ends with are left out, of the name shown as of the glob.
    const error = await failure(listFiles(`${shards}//`));
    expect(error.file).toBe(shards);
    expect(error.fix).toBe(
      `Give the path of a file inside it, or a glob of its files such as '${shards}/*.csv.gz'`,
    );
  });

  test("a folder of upper-case names, with a glob in their case, which reads them all", async () => {
    const upper = join(folder, "upper");
    mkdirSync(upper);
    write("upper/A.CSV", "x\n1\n");
    write("upper/B.CSV", "x\n2\n");
    const glob = `${upper}/*.CSV`;
    expect((await failure(listFiles(upper))).fix).toBe(
      `Give the path of a file inside it, or a glob of its files such as '${glob}'`,
    );
    // A glob matches case and all: the lower-case one matches none of them.
    expect((await readColumns(glob)).rowCount).toBe(2);
    expect((await failure(listFiles(`${upper}/*.csv`))).problem).toBe(
      "no file matches this pattern",
    );
  });

  test("a folder whose name holds glob characters is told of no glob, which would match nothing", async () => {
    const bracketed = join(folder, "data[1]");
    mkdirSync(bracketed);
    write("data[1]/a.csv", "x\n1\n");
    const error = await failure(listFiles(`${bracketed}/`));
    expect(error.line).toBe(
      `${bracketed}: is a folder, not a file. Give the path of a file inside it`,
    );
    // What a glob of it would have been: its brackets are read as a character class.
    expect((await failure(listFiles(`${bracketed}/*.csv`))).problem).toBe(
      "no file matches this pattern",
    );
  });

  test.skipIf(!unix)(
    "a device such as /dev/zero is refused when listed, before anything hashes or reads it",
    async () => {
      const zero = deviceNamedCsv();
      // validate-data hashes the listed files first: listing must refuse it, or the hash runs forever.
      const listed = await failure(listFiles(zero));
      expect(listed.message).toBe(`${zero}: is a device, not a regular file`);
      expect(listed.fix).toContain("devices and pipes are not read");
      expect((await failure(readColumns(zero))).message).toBe(listed.message);
    },
  );

  test.skipIf(!unix)("a named pipe is refused without waiting for a writer", async () => {
    const pipe = join(folder, "rows.jsonl");
    execFileSync("mkfifo", [pipe]);
    const error = await failure(readColumns(pipe));
    expect(error.message).toBe(`${pipe}: is a named pipe (FIFO), not a regular file`);
  });

  // Root reads a file whatever its mode, so there the case cannot be made; elsewhere it must hold.
  test.skipIf(!unix || !permissionsBind())("a file the user may not read", async () => {
    const secret = write("secret.csv", "x\n1\n");
    chmodSync(secret, 0o000);
    const error = await failure(readColumns(secret));
    expect(error.message).toBe(`${secret}: cannot be read: permission denied`);
    expect(error.fix).toContain("read access");
  });
});
