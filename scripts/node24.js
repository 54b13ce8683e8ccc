// The Node 24 binary the actions run on (npm package `node@24`), for bundle tests and benchmarks.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const node24 = require.resolve("node/bin/node");

const version = execFileSync(node24, ["--version"]).toString().trim();
if (!version.startsWith("v24.")) {
  throw new Error(`expected Node 24 from the npm package node@24, found ${version}: run npm ci`);
}
