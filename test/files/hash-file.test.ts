import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileError, hashFile } from "@mlops/shared";

const dir = mkdtempSync(join(tmpdir(), "mlops-hash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hashFile", () => {
  it("is the file's sha256 in lowercase hex, as sha256sum prints it", async () => {
    const path = join(dir, "metrics.json");
    writeFileSync(path, '{"accuracy": 0.91}\n');
    expect(await hashFile(path)).toBe(
      createHash("sha256").update('{"accuracy": 0.91}\n').digest("hex"),
    );
  });

  it("hashes a file larger than the 2 GiB one read can hold, such as model weights", async () => {
    // A sparse file: 2 GiB and one byte of zeros that take no disk space.
    const path = join(dir, "weights.bin");
    writeFileSync(path, "");
    truncateSync(path, 2 ** 31 + 1);
    // sha256sum of 2,147,483,649 zero bytes.
    expect(await hashFile(path)).toBe(
      "b8030a8ab89280935633d8d991da3d9907c0f12e8b6fc3bfc515f4d440872b6e",
    );
  }, 120_000);

  it.skipIf(process.platform === "win32")(
    "refuses a device such as /dev/zero, which would be read forever, with one line",
    async () => {
      const error = await hashFile("/dev/zero").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileError);
      expect((error as FileError).message).toBe("/dev/zero: is a device, not a regular file");
    },
  );

  it("refuses a missing file by name", async () => {
    const missing = join(dir, "missing.onnx");
    const error = await hashFile(missing).catch((e: unknown) => e);
    expect((error as FileError).line).toBe(
      `${missing}: no such file. Check the path; a relative path starts from the working directory`,
    );
  });
});
