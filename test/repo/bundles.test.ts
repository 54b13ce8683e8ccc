import { readdirSync, readFileSync } from "node:fs";
import { parse, type Node } from "acorn";
import { describe, expect, it } from "vitest";
import { manifests } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";

const bundle = (name: string) => readFileSync(`${repoRoot}actions/${name}/dist/index.js`, "utf8");

/** The module factories of a bundle: the functions keyed by module id, and whether wrapped. */
function factories(code: string): { size: number; parenthesized: boolean }[] {
  const found: { size: number; parenthesized: boolean }[] = [];
  const walk = (node: Node & Record<string, unknown>) => {
    if (node.type === "Property" && (node.key as { value?: unknown }).value !== undefined) {
      const value = node.value as Node & { expression?: Node };
      const inner = value.type === "ParenthesizedExpression" ? value.expression! : value;
      if (
        typeof (node.key as { value: unknown }).value === "number" &&
        /Function/.test(inner.type)
      ) {
        found.push({ size: inner.end - inner.start, parenthesized: inner !== value });
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach((c) => c?.type && walk(c));
      else if (child && typeof child === "object" && "type" in child) walk(child as never);
    }
  };
  walk(parse(code, { ecmaVersion: "latest", sourceType: "module", preserveParens: true }) as never);
  return found;
}

describe.each(Object.keys(manifests))("the %s bundle", (name) => {
  it("has its large module factory in parentheses, so that V8 compiles it once at start-up", () => {
    const large = factories(bundle(name)).filter((factory) => factory.size >= 10_000);
    expect(large.length).toBeGreaterThan(0);
    expect(large.every((factory) => factory.parenthesized)).toBe(true);
  });

  it("carries the artifact client only when its action uses artifacts", () => {
    const files = readdirSync(`${repoRoot}actions/${name}/dist`).filter((f) => f.endsWith(".js"));
    const withClient = files.filter((file) =>
      readFileSync(`${repoRoot}actions/${name}/dist/${file}`, "utf8").includes(
        "DefaultArtifactClient",
      ),
    );
    const adapter = readFileSync(`${repoRoot}actions/${name}/src/main.ts`, "utf8");
    expect(withClient.length > 0).toBe(adapter.includes("RunnerArtifactStore"));
  });
});
