import { describe, expect, test } from "vitest";
import { ReadBuffer, type DataFileBytes } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

const CHUNK = 1 << 20;
const HEAD = 1 << 16;

/**
 * A file's bytes handed out at most `step` at a time, as gunzip does, each read settling on a
 * later turn; records whether the file was closed while a read was in flight.
 */
function source(bytes: Buffer, step: number) {
  let at = 0;
  let inFlight = 0;
  const seen = { closedInFlight: false, closed: false };
  const file: DataFileBytes = {
    async read(into, offset, length) {
      inFlight++;
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      const taken = bytes.copy(into, offset, at, Math.min(at + length, at + step));
      at += taken;
      return taken;
    },
    get bytesRead() {
      return at;
    },
    size: bytes.length,
    async close() {
      seen.closedInFlight ||= inFlight > 0;
      seen.closed = true;
    },
  };
  return { file, seen };
}

/** Consumes every complete line after each fill, as the readers do; the bytes, in order. */
async function consumeLines(input: ReadBuffer) {
  const parts: Buffer[] = [];
  let largest = 0;
  while (await input.fill()) {
    largest = Math.max(largest, input.buf.length);
    const lastBreak = input.buf.lastIndexOf(0x0a, input.end - 1);
    if (lastBreak >= input.start) {
      parts.push(Buffer.from(input.buf.subarray(input.start, lastBreak + 1)));
      input.start = lastBreak + 1;
    }
  }
  parts.push(Buffer.from(input.rest()));
  await input.close();
  return { bytes: Buffer.concat(parts), largest };
}

/** Lines of `lengths` bytes each (the line break included). */
const lines = (lengths: number[]) =>
  Buffer.concat(lengths.map((n, i) => Buffer.alloc(n, 97 + (i % 26)).fill(0x0a, n - 1)));

describe("ReadBuffer, a file's bytes read ahead of the parser", () => {
  const random = seededRandom(21);
  // Rows around the head room kept for the row carried over (64 KiB), some past a read's 1 MiB.
  const lengths = Array.from({ length: 400 }, () =>
    random() < 0.05 ? 1_000_000 + Math.floor(random() * 2e6) : 1 + Math.floor(random() * 150_000),
  );
  const longest = Math.max(...lengths);

  test.each([
    ["in whole reads", CHUNK],
    ["in 16 KiB reads", 1 << 14],
  ])(
    "hands on every byte once, in order, %s, in memory bounded by the longest row",
    async (_, step) => {
      const bytes = lines(lengths);
      const { file, seen } = source(bytes, step);
      const { bytes: read, largest } = await consumeLines(new ReadBuffer(file, CHUNK));
      expect(read.equals(bytes)).toBe(true);
      expect(largest).toBeLessThanOrEqual(2 * longest + CHUNK + HEAD);
      expect(seen).toEqual({ closedInFlight: false, closed: true });
    },
  );

  test("ends a file that ends exactly where a read does, and skips a byte order mark", async () => {
    const body = lines(Array.from({ length: 2 * 16 }, () => CHUNK / 16));
    const { bytes } = await consumeLines(
      new ReadBuffer(
        source(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]), CHUNK).file,
        CHUNK,
      ),
    );
    expect(bytes.equals(body)).toBe(true);
  });

  test.each([
    ["empty", Buffer.alloc(0)],
    ["only a byte order mark", Buffer.from([0xef, 0xbb, 0xbf])],
  ])("reads an %s file as no bytes", async (_, content) => {
    const input = new ReadBuffer(source(content, CHUNK).file, CHUNK);
    expect(await input.fill()).toBe(false);
    expect(input.rest().length).toBe(0);
    await input.close();
  });

  test("closes the file only after the read in flight settles", async () => {
    const { file, seen } = source(lines([10, 20, 30]), 8);
    const input = new ReadBuffer(file, 16);
    expect(await input.fill()).toBe(true);
    await input.close();
    expect(seen).toEqual({ closedInFlight: false, closed: true });
  });
});
