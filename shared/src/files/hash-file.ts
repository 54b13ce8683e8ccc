import { createReadStream } from "node:fs";

/**
 * A file's sha256 (lowercase hex, what `sha256sum` prints), streamed in 1 MiB reads: model
 * weights and datasets can be larger than memory, and larger than the 2 GiB a single read holds.
 */
export async function hashFile(path: string): Promise<string> {
  // node:crypto costs milliseconds to load; actions that never hash a file never load it.
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest("hex");
}
