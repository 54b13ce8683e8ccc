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

  test("a folder", async () => {
    mkdirSync(join(folder, "parts.csv"));
    const error = await failure(readColumns(join(folder, "parts.csv")));
    expect(error.line).toBe(
      `${join(folder, "parts.csv")}: is a folder, not a file. Give the path of a file inside it`,
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
