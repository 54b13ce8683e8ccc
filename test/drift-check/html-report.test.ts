import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";
import { flags } from "../helpers/flags.js";

// Debian's chromium here; Google Chrome on GitHub's Ubuntu runners; CHROMIUM names another.
const BROWSERS = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/google-chrome"];
const CHROMIUM = BROWSERS.find((path) => path && existsSync(path)) ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true") {
  throw new Error(
    `no headless browser found (${BROWSERS.filter(Boolean).join(", ")}): install Debian's chromium (apt-get install -y chromium), or set CHROMIUM`,
  );
}

/** The DOM a real browser builds from the page, with nothing it could fetch. */
function renderedDom(file: string, profile: string): string {
  const run = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${profile}`,
      "--dump-dom",
      pathToFileURL(file).href,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect(run.status).toBe(0);
  return run.stdout;
}

describe.skipIf(!hasChromium)("the HTML report, rendered by headless Chromium", () => {
  it("shows every column with its distributions and test, escapes hostile names, and loads nothing", async () => {
    const { dir, write } = tempDir();
    const hostile = '<img src=x onerror="alert(1)">';
    const header = (csv: string) =>
      csv.replace("x,level,color,score", `"${hostile.replace(/"/g, '""')}",level,color,score`);
    write("reference.csv", header(csvTable({ rows: 300, seed: 1 })));
    write("current.csv", header(csvTable({ rows: 300, seed: 2, shift: 1 })));
    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "reference.csv", current: "current.csv", "fail-step": "false" }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const page = join(dir, "mlops-out/drift-report.html");
    const html = readFileSync(page, "utf8");
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);

    const dom = renderedDom(page, join(dir, "chromium-profile"));
    const sections = [
      ...dom.matchAll(/<section class="column (drifted|stable)" data-column="([^"]*)">/g),
    ];
    // The drifted columns first, then the others, each in the data's order.
    expect(sections.map((s) => s[2])).toEqual([
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
      "color",
      "score",
      "level",
    ]);
    expect(sections.map((s) => s[1])).toEqual(["drifted", "drifted", "drifted", "stable"]);
    expect(dom).not.toContain("<img");
    expect(dom.match(/<svg/g)).toHaveLength(8);
    expect(dom).toContain("Method <b>ks</b>");
    expect(dom).toContain("Method <b>chi2</b>");
    // The hostile name itself says "onerror"; no other error text may appear.
    expect(dom.replaceAll("onerror", "")).not.toMatch(/error|undefined|NaN/i);
  });
});
