#!/usr/bin/env node
import { runCli } from "@mlops/shared";

// A reader that stops early (`mlops ... | head`) closes the pipe: that ends what it sees, not the
// run, which still writes its reports and exits with its own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
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
