import type { State } from "js-yaml";
import { lineStarts } from "./line-breaks.js";
import { pointerKeys } from "./nesting.js";

/** One node as js-yaml composed it: where its reading opened and closed, and what it became. */
interface NodeSpan {
  readonly open: number;
  close: number;
  kind: string | null;
  result: unknown;
  readonly children: NodeSpan[];
}

/** Aliases may expand a document to at most this many times the nodes written in it. */
const MAX_ALIAS_EXPANSION = 100;

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;
const isBlank = (code: number) => code === 0x20 || code === 0x09 || isLineBreak(code);
const endsToken = (code: number) =>
  Number.isNaN(code) || isBlank(code) || ",[]{}".includes(String.fromCharCode(code));

/**
 * Finds the line of the node at a JSON pointer, from the events of js-yaml's `listener`
 * option: each node's reading opens and closes around its children, so a mapping's children
 * are its keys and values in order and a sequence's its items. Lines are counted only when
 * asked for. It also notices aliases, so that `checkAliasExpansion` can refuse a document
 * whose aliases stand for far more than it writes (a billion-laughs attack).
 */
export class YamlLineIndex {
  private input = "";
  /** The nodes open now; the first holds the document's root when reading ends. */
  private readonly stack: NodeSpan[] = [
    { open: 0, close: 0, kind: null, result: undefined, children: [] },
  ];
  /** Each collection's children by key (or index): the node of its value. */
  private readonly children = new Map<object, Map<string, NodeSpan>>();
  /** Where each line of the input starts, found when a line is first asked for. */
  private starts: readonly number[] | undefined;
  private nodes = 0;
  private hasAlias = false;

  /** The `listener` option of js-yaml's `load`. */
  readonly listener = (event: "open" | "close", state: State): void => {
    if (event === "open") {
      this.input = state.input;
      this.stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
      return;
    }
    const span = this.stack.pop()!;
    span.close = state.position;
    span.kind = (state.kind as string | null) ?? null;
    span.result = state.result;
    this.nodes++;
    if (span.kind === null && this.input.charCodeAt(this.contentStart(span)) === 0x2a) {
      this.hasAlias = true;
    }
    this.index(span);
    const siblings = this.stack[this.stack.length - 1]!.children;
    // A node read again after the loader backtracked replaces what it read the first time.
    while (siblings.length > 0 && siblings[siblings.length - 1]!.open >= span.open) siblings.pop();
    siblings.push(span);
  };

  /** The 1-based line of the node at `pointer` in `value` (what the load returned). */
  lineOf(value: unknown, pointer: string): number | undefined {
    const span = this.spanOf(value, pointer);
    return span && this.lineOfSpan(span);
  }

  /**
   * The text of the scalar at `pointer` in `value` as the document writes it (`01234` for the
   * number 1234, `1.0` for 1), or undefined for an alias or a node not found.
   */
  sourceOf(value: unknown, pointer: string): string | undefined {
    const span = this.spanOf(value, pointer);
    if (span === undefined) return undefined;
    const text = this.input.slice(this.contentStart(span), span.close).trimEnd();
    return text.startsWith("*") ? undefined : text;
  }

  /** The node at `pointer` in `value`, or undefined for an empty document or a node not found. */
  private spanOf(value: unknown, pointer: string): NodeSpan | undefined {
    const root = this.stack[0]!.children.at(-1);
    if (root === undefined || this.isEmpty(root)) return undefined;
    if (pointer === "") return root;
    let node = value;
    let span: NodeSpan | undefined;
    for (const key of pointerKeys(pointer)) {
      if (node === null || typeof node !== "object") return undefined;
      span = this.children.get(node)?.get(key);
      if (span === undefined || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return span;
  }

  /**
   * Refuses a document whose aliases expand it to more than MAX_ALIAS_EXPANSION times the
   * nodes it writes, or into a cycle; returns the reason, or undefined when it is fine.
   */
  checkAliasExpansion(value: unknown): string | undefined {
    if (!this.hasAlias) return undefined;
    let budget = MAX_ALIAS_EXPANSION * this.nodes;
    // A stack of its own, not recursion: a cycle runs the walk as deep as the budget allows.
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      if (budget-- === 0) return "excessive alias count indicates a resource exhaustion attack";
      const node = stack.pop();
      if (node !== null && typeof node === "object") {
        for (const child of Object.values(node)) stack.push(child);
      }
    }
    return undefined;
  }

  private index(span: NodeSpan): void {
    const { result } = span;
    if (result === null || typeof result !== "object" || this.children.has(result)) return;
    const byKey = new Map<string, NodeSpan>();
    if (span.kind === "sequence" && Array.isArray(result)) {
      // An empty entry (`-` alone) has no node, and a flow pair (`[a: 1]`) two: those have no line.
      let next = 0;
      result.forEach((item, i) => {
        const child = span.children[next];
        if (child !== undefined && Object.is(child.result, item)) {
          byKey.set(String(i), child);
          next++;
        }
      });
    } else if (span.kind === "mapping") {
      let key: NodeSpan | undefined;
      for (const child of span.children) {
        if (this.isKey(child)) {
          if (key) byKey.set(String(key.result), key);
          key = child;
        } else if (key) {
          byKey.set(String(key.result), child);
          key = undefined;
        }
      }
      // A key without a value node (`key:` then the next key) stands for its null value.
      if (key) byKey.set(String(key.result), key);
    } else {
      return;
    }
    this.children.set(result, byKey);
    span.children.length = 0;
  }

  /** Whether a mapping's child is a key: the next thing after it is the `:` that separates. */
  private isKey(span: NodeSpan): boolean {
    const at = this.skipBlank(span.close);
    if (this.input.charCodeAt(at) !== 0x3a) return false;
    const before = this.input.charCodeAt(span.close - 1);
    // JSON writes "key":value; after a quoted or flow key the colon needs no space.
    return (
      endsToken(this.input.charCodeAt(at + 1)) || "\"']}".includes(String.fromCharCode(before))
    );
  }

  /** An empty node (`key:` and nothing, or only a tag) ends where its content would begin. */
  private isEmpty(span: NodeSpan): boolean {
    return this.contentStart(span) >= span.close;
  }

  /** The line of a node's content, or of where its reading began when it has none. */
  private lineOfSpan(span: NodeSpan): number {
    return this.lineAt(this.isEmpty(span) ? span.open : this.contentStart(span));
  }

  /** Where a node's content begins: after blanks, comments and its tag and anchor. */
  private contentStart(span: NodeSpan): number {
    const { input } = this;
    let at = span.open;
    for (;;) {
      at = this.skipBlank(at);
      const code = input.charCodeAt(at);
      if (code !== 0x21 && code !== 0x26) return at; // neither `!tag` nor `&anchor`
      while (at < input.length && !isBlank(input.charCodeAt(at))) at++;
    }
  }

  /** The position after blanks, line breaks and comments. */
  private skipBlank(from: number): number {
    const { input } = this;
    let at = from;
    for (;;) {
      const code = input.charCodeAt(at);
      if (isBlank(code)) at++;
      else if (code === 0x23) {
        // A comment ends at a line break, a lone `\r` included.
        while (at < input.length && !isLineBreak(input.charCodeAt(at))) at++;
      } else return at;
    }
  }

  private lineAt(position: number): number {
    const starts = (this.starts ??= lineStarts(this.input));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
