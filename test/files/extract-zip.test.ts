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

/** The one line a refused archive gives. */
function refusal(archive: Buffer | readonly ZipEntrySpec[], limits = {}): string {
  const { run, out } = unpack(archive, limits);
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    // Nothing is written outside the folder; at most earlier, valid entries inside it.
    expect(readdirSync(join(out, ".."))).toEqual(["artifact.zip", "out"]);
    return (error as Error).message;
  }
  throw new Error("the archive was unpacked");
}

describe("unpacking a downloaded artifact (an untrusted zip)", () => {
  it("unpacks stored and deflated files and folders, checking each length and CRC-32", () => {
    const { out, run } = unpack([
      { name: "eval-report.json", data: '{"verdict":"pass"}' },
      { name: "nested/", mode: 0o040755 },
      { name: "nested/predictions.csv", data: "id,label\n".repeat(1000), deflate: true },
    ]);
    expect(run()).toEqual(["eval-report.json", "nested/predictions.csv"]);
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
  ])("refuses the entry name %j (it %s), naming it", (name) => {
    expect(refusal([{ name, data: "x" }])).toContain(
      `artifact 'eval-report': is not a zip this tool can unpack: the entry name '${name}' could land outside the folder`,
    );
  });

  it("refuses a symbolic link, which could point anywhere, before writing anything", () => {
    const { out, run } = unpack([
      { name: "link", data: "/etc/passwd", mode: 0o120777 },
      { name: "link/passwd", data: "x" },
    ]);
    expect(run).toThrow(/'link' is a symbolic link/);
    expect(readdirSync(out)).toEqual([]);
    expect(() => lstatSync(join(out, "link"))).toThrow();
  });

  it("refuses a file that lies about its size or checksum", () => {
    expect(refusal([{ name: "a.json", data: "{}", statedCrc: 1 }])).toMatch(
      /'a.json' does not match its stated size and CRC-32/,
    );
    expect(
      refusal([{ name: "a.bin", data: "x".repeat(10_000), deflate: true, statedSize: 10 }]),
    ).toMatch(/'a.bin' does not inflate to its stated 10 bytes/);
  });

  it("refuses a bomb by its stated sizes, before inflating anything", () => {
    const entries = [{ name: "zeros.bin", data: Buffer.alloc(1_000_000), deflate: true }];
    expect(refusal(entries, { maxBytes: 100_000 })).toMatch(
      /would unpack to 1000000 bytes, over the 100000 allowed/,
    );
    expect(refusal([{ name: "a" }, { name: "b" }], { maxEntries: 1 })).toMatch(
      /2 entries, more than the 1 allowed/,
    );
  });

  it("refuses an entry twice (in any letter case), and a file where a folder must be", () => {
    expect(refusal([{ name: "report.json" }, { name: "Report.json" }])).toMatch(
      /'Report.json' is in it twice/,
    );
    expect(
      refusal([
        { name: "a", data: "file" },
        { name: "a/b", data: "x" },
      ]),
    ).toMatch(/'a\/b' collides with another entry/);
  });

  it("refuses what is not a zip, a truncated one, and an unknown compression method", () => {
    expect(refusal(Buffer.from("<html>rate limited</html>"))).toMatch(
      /no end-of-central-directory record/,
    );
    const whole = zipOf([{ name: "a.txt", data: "x".repeat(100) }]);
    const truncated = Buffer.concat([whole.subarray(0, 40), whole.subarray(whole.length - 22)]);
    expect(refusal(truncated)).toMatch(/is not a zip this tool can unpack/);
    const bzip = zipOf([{ name: "a.txt", data: "x" }]);
    bzip.writeUInt16LE(12, 8); // the local header's method
    bzip.writeUInt16LE(12, 30 + 5 + 1 + 10); // and the central one's
    expect(refusal(bzip)).toMatch(/'a.txt' uses compression method 12/);
  });
});
