#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// V8 doubles its young generation as a long command allocates, to 16 MB and more that a command
// reading a large file then holds for nothing: its columns live outside the JavaScript heap. A
// growth factor of 1 keeps the young generation at its starting size, which measured no slower
// and 20 to 110 MB smaller on the benchmarks (docs/decisions/0015). Set before the package
// loads, as loading allocates.
setFlagsFromString("--semi-space-growth-factor=1");
// The CLI's runner as one bundle (npm run build writes it, as it writes the actions'), not the
// core package's modules: a command loads only the action it runs, as a chunk, where linking
// the same code as some 170 modules took 70 ms more (docs/decisions/0022).
const { runCli } = await import("./dist/index.js");

// A reader that stops early (`mlops ... | head`) closes the pipe, and a closed terminal fails
// writes with EIO after its hangup: that ends what it sees, not the run, which still writes its
// reports (a cancelled run's record) and exits with its own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "EIO") throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY,
  stdoutIsTTY: process.stdout.isTTY,
});
