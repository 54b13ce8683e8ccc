// Calls the splitter that serve.mjs runs, found through <state folder>/serve.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const { fetch } = globalThis;

/** Sends one request to the splitter's admin path and returns its body; exits 1 on failure. */
export async function callSplitter(stateDir, path, method) {
  const { url } = JSON.parse(readFileSync(join(stateDir, "serve.json"), "utf8"));
  const response = await fetch(`${url}${path}`, { method }).catch((error) => {
    process.stderr.write(`the splitter at ${url} did not answer: ${error.message}\n`);
    process.exit(1);
  });
  const body = await response.text();
  if (!response.ok) {
    process.stderr.write(body);
    process.exit(1);
  }
  return body;
}
