// The part of the splitter's nginx configuration that set-weight.mjs rewrites: the weighted
// upstream, and the canary weight as a variable nginx serves back at /__splitter/weight.
import { readFileSync } from "node:fs";

/** What set-weight.mjs needs to know about a running splitter (splitter.json in its folder). */
export const STATE_FILE = "splitter.json";
export const UPSTREAM_FILE = "upstream.conf";

/**
 * The upstream for a canary weight of `weight` percent. nginx weights are at least 1, so a
 * variant with no share is left out rather than given weight 0.
 * @param {{ baseline: string, canary: string }} servers host:port of each model server
 * @param {number} weight the canary's percent, 0..100
 */
export function upstreamConf(servers, weight) {
  const lines = [];
  if (weight < 100) lines.push(`  server ${servers.baseline} weight=${100 - weight};`);
  if (weight > 0) lines.push(`  server ${servers.canary} weight=${weight};`);
  return [
    "upstream models {",
    ...lines,
    "  keepalive 16;",
    "}",
    `map $uri $canary_weight { default "${weight}"; }`,
    "",
  ].join("\n");
}

/** The canary weight an upstream.conf written by upstreamConf sets. */
export function readWeight(file) {
  const match = /\$canary_weight \{ default "(\d+)"; \}/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file}: no canary weight in it`);
  return Number(match[1]);
}
