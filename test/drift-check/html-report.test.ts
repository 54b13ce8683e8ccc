import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";
import { flags } from "../helpers/flags.js";
import { pngPixels } from "../helpers/png-pixels.js";
import { driftCheckFiles } from "../helpers/examples.js";

// Debian's chromium here; Google Chrome on GitHub's Ubuntu runners; CHROMIUM names another.
const BROWSERS = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/google-chrome"];
const CHROMIUM = BROWSERS.find((path) => path && existsSync(path)) ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true") {
  throw new Error(
    `no headless browser found (${BROWSERS.filter(Boolean).join(", ")}): install Debian's chromium (apt-get install -y chromium), or set CHROMIUM`,
  );
}

/** Runs headless Chromium on the page with `extra` flags, with nothing it could fetch. */
function chromium(file: string, profile: string, extra: string[]): string {
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
      ...extra,
      pathToFileURL(file).href,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect(run.status).toBe(0);
  return run.stdout;
}

/** The DOM a real browser builds from the page, after its script ran. */
const renderedDom = (file: string, profile: string): string =>
  chromium(file, profile, ["--dump-dom"]);

/** The overview's links, in the order the page shows them. */
const overviewLinks = (dom: string): string[] =>
  [
    ...dom.matchAll(
      /<tr class="[a-z-]+" data-rank="\d+" data-strength="[^"]*"><td><a href="#([^"]+)">/g,
    ),
  ].map((m) => m[1]!);

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
    expect(html).not.toMatch(/<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<script/g)).toHaveLength(1);

    const dom = renderedDom(page, join(dir, "chromium-profile"));
    const sections = [
      ...dom.matchAll(
        /<section class="column (drifted|stable)" data-column="([^"]*)" id="column-\d+[a-z0-9-]*">/g,
      ),
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

  it("opens on the overview, drifted columns first, and shows it at the top of a screenshot", async () => {
    const { dir, write } = tempDir();
    for (const [name, text] of Object.entries(driftCheckFiles())) write(name, text);
    const run = await mlops(
      [
        "drift-check",
        ...flags({
          reference: "data/reference.csv",
          current: "data/current.csv",
          "fail-step": "false",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const page = join(dir, "mlops-out/drift-report.html");
    // The example: four columns drifted, the strongest (smallest p-value) first; two stable.
    const expected = [
      "column-5-churn-score",
      "column-3-plan",
      "column-1-income",
      "column-0-age",
      "column-4-region",
      "column-2-tenure-months",
    ];
    // The served order, which the script leaves alone until asked: drifted first, then by score.
    const dom = renderedDom(page, join(dir, "profile-dom"));
    expect(overviewLinks(dom)).toEqual(expected);
    for (const id of expected) expect(dom).toContain(`id="${id}"`);
    // The policy admits the page's own script by its hash: it ran, and showed the sort button.
    expect(dom).toContain('<button type="button" class="sort">');

    // Only the overview's drifted rows are painted #fbe3e6 (251, 227, 230); allow 3 per channel.
    const rowColour = [251, 227, 230];
    const shot = join(dir, "overview.png");
    chromium(page, join(dir, "profile-shot"), ["--window-size=1000,700", `--screenshot=${shot}`]);
    const pixels = pngPixels(readFileSync(shot));
    expect([pixels.width, pixels.height]).toEqual([1000, 700]);
    const tinted = Array.from({ length: pixels.height }, (_, y) => y).filter((y) => {
      let count = 0;
      for (let x = 0; x < pixels.width; x += 2) {
        const pixel = pixels.at(x, y);
        if (pixel.every((v, i) => Math.abs(v - rowColour[i]!) <= 3)) count++;
      }
      return count > 100;
    });
    // Four drifted rows, near the top of the first screen, before the dataset and the columns.
    expect(tinted.length).toBeGreaterThan(4 * 15);
    expect(Math.min(...tinted)).toBeLessThan(250);
    expect(Math.max(...tinted)).toBeLessThan(400);
  });
});
