// Writes a benchmark's generated file: lines joined into chunks of about a megabyte, waiting for
// the stream to drain, so that a million rows neither sit in memory nor flood the stream.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** Writes each line of `lines` (without its newline) to `path`, one per line. */
export async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let chunk = "";
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}
