import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DataError, readColumns, type ReadOptions } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

// Random bytes and random structures from a seeded generator, class by class: every read
// either gives a table or fails with one DataError naming the file, and never changes the file.

const write = scratchFolder();
const RUNS = { numRuns: 150, seed: 20_240_601 };
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function readsOrRefuses(file: string, options?: ReadOptions): Promise<void> {
  const before = sha256(file);
  const error = await readColumns(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error !== undefined) {
    expect(error, String(error)).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe(file);
  }
  expect(sha256(file)).toBe(before);
}

const bytes = (parts: readonly Uint8Array[]) => Buffer.concat(parts);
const anyBytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b));

/** Text built from the pieces that matter to a CSV reader, invalid UTF-8 and a BOM included. */
const csvText = fc
  .array(
    fc.constantFrom(
      ...["a", "1", "-2.5", ",", ";", '"', '""', "\n", "\r", "\r\n", "\t", " ", "é", "NaN"],
      ...["true", "2024-01-31", "1e400", "\uFEFF", "column1"],
      "\xff", // written below as one invalid byte
      "\xc3", // the first byte of a two-byte character, alone
    ),
    { maxLength: 200 },
  )
  .map((pieces) =>
    bytes(
      pieces.map((p) =>
        p === "\xff" || p === "\xc3" ? Buffer.from([p.charCodeAt(0)]) : Buffer.from(p),
      ),
    ),
  );

/** JSON Lines: objects with awkward keys, mostly; deep values, other JSON, broken lines. */
const jsonlText = fc
  .tuple(
    fc.array(
      fc.oneof(
        {
          weight: 20,
          arbitrary: fc
            .dictionary(
              fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("__proto__", "constructor")),
              fc.jsonValue({ maxDepth: 3 }),
              { maxKeys: 4 },
            )
            .map((row) => JSON.stringify(row)),
        },
        {
          weight: 2,
          arbitrary: fc.nat({ max: 6000 }).map((n) => `{"deep": ${"[".repeat(n)}${"]".repeat(n)}}`),
        },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      ),
      { maxLength: 12 },
    ),
    fc.constantFrom("\n", "\r\n", "\r"),
  )
  .map(([lines, end]) => Buffer.from(lines.join(end)));

const options: fc.Arbitrary<ReadOptions> = fc.record(
  {
    header: fc.boolean(),
    delimiter: fc.constantFrom(",", ";", "\t", "é", "ab"),
    inferRows: fc.integer({ min: 1, max: 8 }),
    batchSize: fc.integer({ min: 1, max: 8 }),
    maxLineBytes: fc.integer({ min: 4, max: 20_000 }),
    missingValues: fc.constantFrom(["", "NaN"], ["1"]),
    schema: fc.record({
      fields: fc.array(
        fc.record({
          name: fc.constantFrom("a", "1", "column1", "constructor"),
          type: fc.constantFrom("number", "integer", "boolean", "string", "date", "any" as const),
        }),
        { maxLength: 2 },
      ),
    }),
  },
  { requiredKeys: [] },
);

describe("hostile data", () => {
  test("CSV: any bytes, any options", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, anyBytes), options, async (content, opts) => {
        await readsOrRefuses(write("any.csv", content), opts);
      }),
      RUNS,
    );
  });

  test("JSON Lines: any lines, any options", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonlText, anyBytes), options, async (content, opts) => {
        await readsOrRefuses(write("any.jsonl", content), opts);
      }),
      RUNS,
    );
  });

  test("gzip: streams cut short or with a byte changed, and bytes that only start like gzip", async () => {
    const gzipped = fc
      .record({ text: fc.oneof(csvText, jsonlText), cut: fc.nat(), flip: fc.option(fc.nat()) })
      .map(({ text, cut, flip }) => {
        const stream = gzipSync(text);
        if (flip !== null) stream[flip % stream.length]! ^= 0x20;
        return stream.subarray(0, stream.length - (cut % 3 === 0 ? cut % stream.length : 0));
      });
    const magic = anyBytes.map((rest) => bytes([Buffer.from([0x1f, 0x8b, 0x08]), rest]));
    const name = fc.constantFrom("any.csv.gz", "any.jsonl.gz");
    await fc.assert(
      fc.asyncProperty(fc.oneof(gzipped, magic), name, async (content, file) => {
        await readsOrRefuses(write(file, content));
      }),
      RUNS,
    );
  });

  test("Parquet: fixtures cut short or with bytes spliced in, and random bytes between PAR1s", async () => {
    const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));
    // Brotli pages decode slowly in JavaScript; the byte-flip test covers them.
    const files = readdirSync(fixtures)
      .filter((name) => name.endsWith(".parquet") && !name.includes("brotli"))
      .map((name) => readFileSync(fixtures + name));
    const damaged = fc
      .record({ file: fc.constantFrom(...files), at: fc.nat(), patch: anyBytes, cut: fc.boolean() })
      .map(({ file, at, patch, cut }) => {
        const place = at % file.length;
        const tail = cut ? Buffer.alloc(0) : file.subarray(place + patch.length);
        return bytes([file.subarray(0, place), cut ? Buffer.alloc(0) : patch, tail]);
      });
    const framed = anyBytes.map((middle) =>
      bytes([Buffer.from("PAR1"), middle, Buffer.from("PAR1")]),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, framed, anyBytes), async (content) => {
        await readsOrRefuses(write("any.parquet", content));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
