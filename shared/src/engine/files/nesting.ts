/**
 * How deep objects and arrays may nest in a document or a data row. JSON.stringify, and any
 * code that walks a value by recursion, exhaust the stack at a few thousand levels, which a
 * short line of `[` reaches; no config, metrics file or data row needs a hundred.
 */
export const MAX_NESTING = 100;

/** An object or array met in a walk: its key in its parent, which is known by its frame. */
interface Frame {
  readonly node: object;
  readonly key: string;
  readonly parent: Frame | undefined;
  readonly depth: number;
}

/**
 * The keys from `value`, which stands at level `level` (the root is 1), down to an object or
 * array nested deeper than `MAX_NESTING`, or undefined when there is none. The walk keeps its
 * own stack, so that it never recurses, and stops at the first such node, so that a cycle (a
 * YAML alias inside its own anchor) ends it too.
 */
export function tooDeep(value: unknown, level = 1): string[] | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const stack: Frame[] = [{ node: value, key: "", parent: undefined, depth: level }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > MAX_NESTING) return pathOf(frame);
    for (const key of Object.keys(frame.node)) {
      const child: unknown = (frame.node as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") {
        stack.push({ node: child, key, parent: frame, depth: frame.depth + 1 });
      }
    }
  }
  return undefined;
}

function pathOf(frame: Frame): string[] {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) keys.push(f.key);
  return keys.reverse();
}

/** A JSON pointer (`/a/0/b`) to the node at the end of `keys`. */
export const jsonPointer = (keys: readonly string[]): string =>
  keys.map((key) => `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** The keys a JSON pointer names, unescaped (`/a~1b/0` is `a/b`, `0`): `jsonPointer` undone. */
export const pointerKeys = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
