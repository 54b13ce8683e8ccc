import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractZip, FileError } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import { zipOf, type ZipEntrySpec } from "../helpers/zip-writer.js";

/** Writes the archive, and unpacks it into an empty folder beside it. */
function unpack(archive: Buffer | readonly ZipEntrySpec[], limits = {}) {
  const { dir } = tempDir();
  const file = join(dir, "artifact.zip");
  writeFileSync(file, Buffer.isBuffer(archive) ? archive : zipOf(archive));
  const out = join(dir, "out");
  mkdirSync(out);
  return { dir, out, run: () => extractZip(file, out, limits, "artifact 'eval-report'") };
}

/** The one line a refused archive gives, with its fix. */
async function refusal(archive: Buffer | readonly ZipEntrySpec[], limits = {}): Promise<string> {
  const { run, out } = unpack(archive, limits);
  const error: unknown = await run().then(
    () => new Error("the archive was unpacked"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileError);
  // Nothing is left behind, inside the folder or out: not even earlier, valid entries.
  expect(readdirSync(join(out, ".."))).toEqual(["artifact.zip", "out"]);
  expect(readdirSync(out)).toEqual([]);
  return (error as FileError).line;
}

/** The archive with one field (of `width` bytes) of its first central header overwritten. */
function withCentralField(entry: ZipEntrySpec, at: number, width: number, value: number): Buffer {
  const zip = zipOf([entry]);
  const central = zip.length - 22 - (46 + Buffer.byteLength(entry.name));
  zip.writeUIntLE(value, central + at, width);
  return zip;
}

describe("unpacking a downloaded artifact (an untrusted zip)", () => {
  it("unpacks stored and deflated files and folders, checking each length and CRC-32", async () => {
    const { out, run } = unpack([
      { name: "eval-report.json", data: '{"verdict":"pass"}' },
      { name: "nested/", mode: 0o040755 },
      { name: "nested/predictions.csv", data: "id,label\n".repeat(1000), deflate: true },
    ]);
    expect(await run()).toEqual(["eval-report.json", "nested/predictions.csv"]);
    expect(readFileSync(join(out, "eval-report.json"), "utf8")).toBe('{"verdict":"pass"}');
    expect(readFileSync(join(out, "nested/predictions.csv"), "utf8")).toBe(
      "id,label\n".repeat(1000),
    );
  });

  it.each([
    ["../escape.txt", "climbs out"],
    ["a/../../escape.txt", "climbs out through a folder"],
    ["/etc/cron.d/job", "is absolute"],
    ["C:/Windows/evil.dll", "names a drive"],
    ["a\\..\\..\\evil", "uses backslashes"],
    ["a//b", "has an empty segment"],
  ])("refuses the entry name %j (it %s), naming it", async (name) => {
    expect(await refusal([{ name, data: "x" }])).toContain(
      `artifact 'eval-report': is not a zip this tool can unpack: the entry name '${name}' could land outside the folder`,
    );
  });

  it("refuses a symbolic link, which could point anywhere, before writing anything", async () => {
    const { out, run } = unpack([
      { name: "link", data: "/etc/passwd", mode: 0o120777 },
      { name: "link/passwd", data: "x" },
    ]);
    await expect(run()).rejects.toThrow(/'link' is a symbolic link/);
    expect(readdirSync(out)).toEqual([]);
    expect(() => lstatSync(join(out, "link"))).toThrow();
  });

  it("refuses a file that lies about its size or checksum", async () => {
    expect(await refusal([{ name: "a.json", data: "{}", statedCrc: 1 }])).toMatch(
      /'a.json' does not match its stated size and CRC-32/,
    );
    expect(
      await refusal([{ name: "a.bin", data: "x".repeat(10_000), deflate: true, statedSize: 10 }]),
    ).toMatch(/'a.bin' holds more than its stated 10 bytes/);
    const corrupt = zipOf([{ name: "a.bin", data: "x".repeat(1000), deflate: true }]);
    corrupt.fill(0xff, 30 + 5, 30 + 5 + 4); // the first bytes of the deflate stream
    expect(await refusal(corrupt)).toMatch(/'a.bin' is not valid deflate data/);
  });

  it("refuses a bomb by its stated sizes, before inflating or writing anything", async () => {
    const zeros = { name: "report.json", data: Buffer.alloc(2_000_000), deflate: true };
    const message = await refusal([zeros], { maxBytes: 1_000_000 });
    expect(message).toMatch(/would unpack to 2000000 bytes, over the 1000000 allowed/);
    expect(message).toMatch(/Upload at most 1000000 bytes of files in this artifact/);
    expect(await refusal([{ name: "a" }, { name: "b" }], { maxEntries: 1 })).toMatch(
      /2 entries, more than the 1 allowed/,
    );
  });

  it("stops a bomb that understates its size as it inflates, and removes all it wrote", async () => {
    // The stated 1,000 bytes pass the limit; the 2 MB the entry really holds must not.
    const message = await refusal(
      [
        { name: "eval-report.json", data: '{"verdict":"pass"}' },
        {
          name: "nested/zeros.bin",
          data: Buffer.alloc(2_000_000),
          deflate: true,
          statedSize: 1000,
        },
      ],
      { maxBytes: 1_000_000 },
    );
    expect(message).toMatch(/'nested\/zeros.bin' holds more than its stated 1000 bytes/);
  });

  it.each([
    ["compressed size", 20, 4, 0xfffffff0, "the data of 'a.txt' runs past the end of the file"],
    ["local header offset", 42, 4, 0x7fffffff, "the local header of 'a.txt' runs past the end"],
    ["name length", 28, 2, 0xffff, "the name of entry 1 runs past the end of the file"],
  ])(
    "refuses a central header whose %s points past the end of the file",
    async (_field, at, width, value, problem) => {
      const zip = withCentralField({ name: "a.txt", data: "x".repeat(100) }, at, width, value);
      expect(await refusal(zip)).toContain(
        `artifact 'eval-report': is not a zip this tool can unpack: ${problem}`,
      );
    },
  );

  it("refuses a name too long for the file system, removing the folders made on the way to it", async () => {
    const message = await refusal([
      { name: "ok.txt", data: "x" },
      { name: `new/sub/${"a".repeat(300)}/f`, data: "x" },
    ]);
    expect(message).toMatch(/is a name longer than the file system takes/);
  });

  it("refuses an entry twice (in any letter case), and a file where a folder must be", async () => {
    expect(await refusal([{ name: "report.json" }, { name: "Report.json" }])).toMatch(
      /'Report.json' is in it twice/,
    );
    expect(
      await refusal([
        { name: "a", data: "file" },
        { name: "a/b", data: "x" },
      ]),
    ).toMatch(/'a\/b' collides with another entry/);
  });

  it("refuses what is not a zip, a truncated one, and an unknown compression method", async () => {
    expect(await refusal(Buffer.from("<html>rate limited</html>"))).toMatch(
      /no end-of-central-directory record/,
    );
    const whole = zipOf([{ name: "a.txt", data: "x".repeat(100) }]);
    const truncated = Buffer.concat([whole.subarray(0, 40), whole.subarray(whole.length - 22)]);
    expect(await refusal(truncated)).toMatch(/is not a zip this tool can unpack/);
    const bzip = zipOf([{ name: "a.txt", data: "x" }]);
    bzip.writeUInt16LE(12, 8); // the local header's method
    bzip.writeUInt16LE(12, 30 + 5 + 1 + 10); // and the central one's
    expect(await refusal(bzip)).toMatch(/'a.txt' uses compression method 12/);
  });
});
