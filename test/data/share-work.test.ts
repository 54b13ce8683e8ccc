// Work shared with a thread of its own runs a built script (shared/dist), as the bundles do.
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { shareWork, type SharedWork } from "../../shared/dist/engine/data/share-work.js";
import { InputError } from "../../shared/dist/engine/errors.js";
import { scratchFolder } from "./temp-files.js";

const file = scratchFolder();
const shareWorkModule = pathToFileURL(`${process.cwd()}/shared/dist/engine/data/share-work.js`);
const errorsModule = pathToFileURL(`${process.cwd()}/shared/dist/engine/errors.js`);

/** An item: its value, and whether it fails (refused as an input would be). */
interface Item {
  readonly value: number;
  readonly fails?: boolean;
}

/** The other thread's script: doubles each value, or fails as the item says. */
const script = pathToFileURL(
  file(
    "double.mjs",
    `import { parentPort } from "node:worker_threads";
import { serveWork } from "${shareWorkModule.href}";
import { InputError } from "${errorsModule.href}";
serveWork(parentPort, ({ value, fails }) => {
  if (fails) throw new InputError("method", "item " + value + " fails there", "Fix it");
  return { by: "thread", value: value * 2 };
});
`,
  ),
);

/** An item's result: its value doubled, and which thread did it. */
interface Doubled {
  readonly by: "here" | "thread";
  readonly value: number;
}

/** Items doubled here or there; `done` records each item begun on this thread. */
function doubling(items: Item[], done: number[] = []): SharedWork<Item, Doubled> {
  return {
    items,
    shareable: () => true,
    here: ({ value, fails }, index) => {
      done.push(index);
      if (fails) throw new InputError("method", `item ${value} fails here`, "Fix it");
      return { by: "here", value: value * 2 };
    },
    handOver: (item) => ({ job: item, transfer: [] }),
  };
}

const values = (n: number) => Array.from({ length: n }, (_, i) => ({ value: i + 1 }));

describe("work shared with a thread of its own", () => {
  it("gives every result in the items' order, the thread taking them from the last back", async () => {
    const results = await shareWork(doubling(values(6)), script, null);
    expect(results.map((r) => r.value)).toEqual([2, 4, 6, 8, 10, 12]);
    // This thread did a first run of them, the other the rest, the last two handed at its start.
    const by = results.map((r) => r.by);
    expect(by.slice(-2)).toEqual(["thread", "thread"]);
    expect(by.indexOf("thread")).toBe(by.lastIndexOf("here") + 1);
  });

  it("gives each thread one of two items, never both to the other thread", async () => {
    const results = await shareWork(doubling(values(2)), script, null);
    expect(results).toEqual([
      { by: "here", value: 2 },
      { by: "thread", value: 4 },
    ]);
  });

  it("does everything here where no script is given, or none was built", async () => {
    const missing = pathToFileURL(file("none.txt", "")).href.replace(/none\.txt$/, "absent.mjs");
    for (const where of [undefined, new URL(missing)]) {
      const results = await shareWork(doubling(values(3)), where, null);
      expect(results.map((r) => r.by)).toEqual(["here", "here", "here"]);
    }
  });

  it("stops at an item that fails here, beginning none after it, and throws its very error", async () => {
    const done: number[] = [];
    const items = values(8).map((item, i) => (i === 1 ? { ...item, fails: true } : item));
    const error = await shareWork(doubling(items, done), script, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("input 'method': item 2 fails here");
    expect(done).toEqual([0, 1]);
  });

  it("throws the error of the first item that fails, wherever it failed, in its own class", async () => {
    // Items 5 and 6 go to the thread at once; 6 fails there, 5 passes; 3 fails here.
    const thereOnly = values(7).map((item, i) => (i === 6 ? { ...item, fails: true } : item));
    const there = await shareWork(doubling(thereOnly), script, null).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(InputError);
    expect((there as InputError).message).toBe("input 'method': item 7 fails there");
    expect((there as InputError).fix).toBe("Fix it");
    const both = thereOnly.map((item, i) => (i === 3 ? { ...item, fails: true } : item));
    const first = await shareWork(doubling(both), script, null).catch((e: unknown) => e);
    expect((first as InputError).message).toBe("input 'method': item 4 fails here");
  });

  it("fails with one error where the thread cannot run its script", async () => {
    const broken = pathToFileURL(file("broken.mjs", 'throw new Error("no such model");\n'));
    const error = await shareWork(doubling(values(4)), broken, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/no such model|a working thread stopped/);
  });
});
