import { FileError } from "../errors.js";
import { close, read } from "./async-fs.js";
import { openForReading } from "./open-for-reading.js";

const READ_BYTES = 1 << 20;

/**
 * A file's sha256 (lowercase hex, what `sha256sum` prints), in 1 MiB reads into one buffer:
 * model weights and datasets can be larger than memory, and larger than the 2 GiB a single read
 * holds. Only a regular file is hashed: a device such as /dev/zero would be read forever. An
 * aborted `signal` stops the reading with its reason.
 */
export async function hashFile(
  path: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  // node:crypto costs milliseconds to load; actions that never hash a file never load it.
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  const { fd } = await openForReading(
    path,
    ({ problem, fix }) => new FileError(path, problem, fix),
  );
  try {
    for (;;) {
      // A step cancelled while a model of gigabytes is hashed stops at the next read.
      signal?.throwIfAborted();
      const { bytesRead } = await read(fd, buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } catch (error) {
    await close(fd).catch(() => {});
    throw error;
  }
  await close(fd);
  return hash.digest("hex");
}
