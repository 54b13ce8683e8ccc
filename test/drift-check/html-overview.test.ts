import { readFileSync } from "node:fs";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const isElement = (node: Node): node is Element => "tagName" in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** Every element under `node`, in document order. */
function elements(node: Node): Element[] {
  const children = "childNodes" in node ? node.childNodes : [];
  return children.flatMap((child) =>
    isElement(child) ? [child, ...elements(child)] : elements(child),
  );
}

/** Text under `node`, as a browser shows it (entities decoded). */
function text(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(text).join("") : "";
}

/** A CSV of normal columns named `names`, with the columns in `shifted` moved by their shift. */
function table(names: string[], seed: number, shifted: Record<number, number> = {}): string {
  const next = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const header = names.map((name) => `"${name.replace(/"/g, '""')}"`).join(",");
  const rows = Array.from({ length: 300 }, () =>
    names.map((_, k) => (normal() + (shifted[k] ?? 0)).toFixed(5)).join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '" onload="alert(1)',
  "../x",
  "w".repeat(5000),
  "plain",
  "#top",
];

/** Runs drift-check on HOSTILE columns (the first, third and fourth shifted) and parses its page. */
async function hostileReport() {
  const { dir, write } = tempDir();
  write("reference.csv", table(HOSTILE, 1));
  write("current.csv", table(HOSTILE, 2, { 0: 0.3, 2: 1.5, 3: 0.6 }));
  const run = await mlops(
    [
      "drift-check",
      ...flags({ reference: "reference.csv", current: "current.csv", "fail-step": "false" }),
    ],
    dir,
  );
  expect(run.code).toBe(0);
  const html = readFileSync(`${dir}/mlops-out/drift-report.html`, "utf8");
  const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
  return { html, report, all: elements(parse(html)) };
}

describe("the HTML report's overview", () => {
  it("opens the page: the overview table, then the dataset's verdict and settings, then the columns", async () => {
    const { all } = await hostileReport();
    const landmarks = all
      .filter((e) => ["h1", "h2", "table", "section"].includes(e.tagName))
      .map((e) =>
        attr(e, "id") === "overview" ? "overview" : e.tagName === "h2" ? text(e) : e.tagName,
      );
    expect(landmarks.slice(0, 4)).toEqual(["h1", "Overview", "overview", "Dataset"]);
    expect(all.find((e) => attr(e, "class") === "verdict")).toBeDefined();
    expect(landmarks.indexOf("section")).toBeGreaterThan(landmarks.indexOf("Dataset"));
  });

  it("lists every column, drifted first and then by score, each with type, method, score, threshold and verdict", async () => {
    const { all, report } = await hostileReport();
    const overview = all.find((e) => attr(e, "id") === "overview")!;
    const headers = elements(overview).filter((e) => e.tagName === "th");
    expect(headers.map((th) => text(th).replace("Score ▾", ""))).toEqual([
      "Column",
      "Type",
      "Method",
      "Score",
      "Threshold",
      "Verdict",
    ]);
    const rows = elements(overview)
      .filter((e) => e.tagName === "tr")
      .slice(1)
      .map((tr) =>
        elements(tr)
          .filter((e) => e.tagName === "td")
          .map(text),
      );
    // All columns are numeric with the same ks threshold: a smaller p-value is stronger drift.
    type Column = { name: string; drifted: boolean; score: number };
    const expected = [...(report.columns as Column[])].sort(
      (a, b) => Number(b.drifted) - Number(a.drifted) || a.score - b.score,
    );
    expect(expected.map((c) => c.drifted)).toEqual([true, true, true, false, false, false]);
    const shown = (name: string) =>
      name.length > 200
        ? `${name.slice(0, 200)}… (shortened from ${name.length} characters)`
        : name;
    expect(rows.map((cells) => cells[0])).toEqual(expected.map((c) => shown(c.name)));
    for (const [k, cells] of rows.entries()) {
      const column = expected[k]!;
      expect(cells.slice(1, 3)).toEqual(["numeric", "ks"]);
      expect(Math.abs(Number(cells[3]) - column.score)).toBeLessThanOrEqual(
        Math.abs(column.score) * 1e-3,
      );
      expect(cells[4]).toBe("0.05");
      expect(cells[5]).toBe(column.drifted ? "drifted" : "stable");
    }
  });

  it("links each row to its column's section through a safe, unique id, whatever the column's name", async () => {
    const { all, html } = await hostileReport();
    const overview = all.find((e) => attr(e, "id") === "overview")!;
    const links = elements(overview).filter((e) => e.tagName === "a");
    expect(links).toHaveLength(HOSTILE.length);
    const sections = all.filter((e) => e.tagName === "section");
    const ids = sections.map((s) => attr(s, "id")!);
    expect(new Set(ids).size).toBe(HOSTILE.length);
    for (const id of ids) expect(id).toMatch(/^column-\d+(-[a-z0-9]+(-[a-z0-9]+)*)?$/);
    expect(ids.every((id) => id.length <= 60)).toBe(true);
    for (const link of links) {
      const href = attr(link, "href")!;
      expect(href).toMatch(/^#column-/);
      const target = sections.find((s) => attr(s, "id") === href.slice(1));
      // The link and the section it leads to name the same column.
      expect(target && attr(target, "data-column")).toBe(text(link));
    }
    // Hostile names stay text: one script (the page's own), no handler attributes, no other links.
    expect(all.filter((e) => e.tagName === "script")).toHaveLength(1);
    expect(all.some((e) => e.attrs.some((a) => a.name.startsWith("on")))).toBe(false);
    expect(all.filter((e) => e.tagName === "a")).toHaveLength(HOSTILE.length);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.length).toBeLessThan(60_000);
  });

  it("admits its one inline script by hash, loads nothing, and sorts without it", async () => {
    const { all, html } = await hostileReport();
    const csp = attr(
      all.find((e) => attr(e, "http-equiv") === "Content-Security-Policy")!,
      "content",
    )!;
    const script = text(all.find((e) => e.tagName === "script")!);
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256").update(script).digest("base64");
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:`,
    );
    expect(html).not.toMatch(/<link|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // Without scripts, the page shows the score header and no sort button that does nothing.
    const button = all.find((e) => e.tagName === "button")!;
    expect(button.attrs.some((a) => a.name === "hidden")).toBe(true);
  });

  it("sorts by score, weakest drift first and back, when its script runs", async () => {
    const { all } = await hostileReport();
    const overview = all.find((e) => attr(e, "id") === "overview")!;
    const script = text(all.find((e) => e.tagName === "script")!);
    // Just enough of the DOM for the script, built from the parsed page.
    const headerAttrs: Record<string, string> = { "aria-sort": "descending" };
    let clicked = () => {};
    const label = { hidden: false };
    const button = {
      hidden: true,
      textContent: "",
      closest: () => header,
      addEventListener: (_: string, handler: () => void) => (clicked = handler),
    };
    const header = {
      getAttribute: (name: string) => headerAttrs[name] ?? null,
      setAttribute: (name: string, value: string) => (headerAttrs[name] = value),
      querySelector: () => label,
    };
    const toRow = (tr: Element) => ({
      dataset: { rank: attr(tr, "data-rank"), strength: attr(tr, "data-strength") },
      name: text(elements(tr).find((e) => e.tagName === "a")!),
    });
    type Row = ReturnType<typeof toRow>;
    let shown: Row[] = elements(overview)
      .filter((e) => e.tagName === "tr")
      .slice(1)
      .map(toRow);
    const body = { rows: shown, append: (...rows: Row[]) => (shown = rows) };
    const table = { querySelector: () => button, tBodies: [body] };
    new Function("document", script)({ getElementById: () => table });
    expect([button.hidden, label.hidden]).toEqual([false, true]);
    const served = shown.map((row) => row.name);

    clicked();
    expect(headerAttrs["aria-sort"]).toBe("ascending");
    const strengths = shown.map((row) => Number(row.dataset.strength));
    expect(strengths).toEqual([...strengths].sort((a, b) => a - b));
    expect(shown[0]!.name).toBe(served.at(-1));
    expect([...shown.map((row) => row.name)].sort()).toEqual([...served].sort());

    clicked();
    expect(headerAttrs["aria-sort"]).toBe("descending");
    expect(shown.map((row) => row.name)).toEqual(served);
  });
});
