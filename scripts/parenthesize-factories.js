// Wraps the large module factories of a minified ncc bundle in parentheses. V8 compiles a
// parenthesized function as soon as it parses the script; otherwise it pre-parses the function
// with the script and parses it again when it is called. The bundle's one large factory (every
// module of the core, concatenated) is called at start-up, and minifying drops the parentheses
// that ncc writes around it: putting them back saves a parse of most of the bundle.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "acorn";

/** Factories under this many characters cost little to parse twice. */
const LARGE = 10_000;

function factoriesOf(node, found = []) {
  if (!node || typeof node.type !== "string") return found;
  if (
    node.type === "Property" &&
    node.kind === "init" &&
    !node.method &&
    node.key.type === "Literal" &&
    typeof node.key.value === "number" &&
    /Function/.test(node.value.type) &&
    node.value.end - node.value.start >= LARGE
  ) {
    found.push(node.value);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => factoriesOf(child, found));
    else if (value && typeof value.type === "string") factoriesOf(value, found);
  }
  return found;
}

export function parenthesizeFactories(file) {
  let code = readFileSync(file, "utf8");
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" });
  // Already in parentheses (ncc's unminified output) stays as it is.
  const bare = ({ start, end }) => !(code[start - 1] === "(" && code[end] === ")");
  const factories = factoriesOf(ast)
    .filter(bare)
    .sort((a, b) => b.start - a.start);
  for (const { start, end } of factories) {
    code = `${code.slice(0, start)}(${code.slice(start, end)})${code.slice(end)}`;
  }
  parse(code, { ecmaVersion: "latest", sourceType: "module" });
  writeFileSync(file, code);
  return factories.length;
}
