import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET, MATCH, NO_MATCH, UNDECIDED } from "@mlops/shared/pattern";
import { seededRandom } from "../helpers/seeded-random.js";
import { dfaOf, re2jsVerdict } from "./re2js-verdicts.js";

describe("the lazy byte DFA", () => {
  it("moves alike on the bytes of one class, so it builds one transition for them all", () => {
    const dfa = dfaOf("U[0-9]{7}");
    // The classes: "U", the digits, and every other byte.
    expect(dfa.classCount).toBe(3);
    const verdict = (text: string) => dfa.test(Buffer.from(text), 0, text.length);
    expect(verdict("U0001234")).toBe(MATCH);
    // The dead state, the initial state, and one after each of the 8 characters.
    expect(dfa.stateCount).toBe(10);
    expect(verdict("U9876543")).toBe(MATCH);
    expect(verdict("U987654")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(10);
  });

  it("builds states only as cells need them, and past the budget steps the NFA instead", () => {
    const dfa = dfaOf("abcdef", { ...DEFAULT_BUDGET, maxStates: 4 });
    const verdict = (text: string) => dfa.test(Buffer.from(text), 0, text.length);
    // The dead state and the initial state come first; "ab" takes two more.
    expect(verdict("ab")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(4);
    // Past them the NFA's node sets decide, and no state is made.
    expect(verdict("abc")).toBe(NO_MATCH);
    expect(verdict("abcdef")).toBe(MATCH);
    expect(verdict("abcdefg")).toBe(NO_MATCH);
    expect(verdict("abcdex")).toBe(NO_MATCH);
    // What was built before goes on deciding, and a way to a state already made is still built
    // (here to the dead state), costing no memory.
    expect(verdict("a")).toBe(NO_MATCH);
    expect(verdict("x")).toBe(NO_MATCH);
    expect(verdict("abx")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(4);
  });

  it("drops its states and builds anew past the budget, once they have served 10 bytes each", () => {
    const dfa = dfaOf("abcdef", { ...DEFAULT_BUDGET, maxStates: 4 });
    const verdict = (text: string) => dfa.test(Buffer.from(text), 0, text.length);
    // The dead and the initial state, and two more, which serve 20 bytes.
    for (let i = 0; i < 10; i++) expect(verdict("ab")).toBe(NO_MATCH);
    expect([dfa.stateCount, dfa.resetCount]).toEqual([4, 0]);
    // "c" needs a fifth: the two are dropped, the state after "ab" made again, then "abc"'s.
    // "d" would need another before the new ones served anything: the NFA is stepped instead.
    expect(verdict("abcdef")).toBe(MATCH);
    expect([dfa.stateCount, dfa.resetCount]).toEqual([4, 1]);
    expect(verdict("abcdefg")).toBe(NO_MATCH);
    expect(verdict("ab")).toBe(NO_MATCH);
  });

  it("builds anew for cells of a few shapes after random ones spent its states", () => {
    const pattern = "(a|b)*a(a|b){25}";
    const dfa = dfaOf(pattern);
    const random = seededRandom(5);
    const randomText = (length: number) =>
      Array.from({ length }, () => (random() < 0.5 ? "a" : "b")).join("");
    for (let i = 0; i < 20; i++) {
      const text = randomText(1000);
      dfa.test(Buffer.from(text), 0, text.length);
    }
    expect(dfa.stateCount).toBe(DEFAULT_BUDGET.maxStates);
    const shapes = ["ab", "aab", "abb", "aabb", "abbb"].map((shape) => shape.repeat(400));
    for (let i = 0; i < 200; i++) {
      const text = shapes[i % shapes.length]!.slice(0, 1000 - (i % 7));
      expect(dfa.test(Buffer.from(text), 0, text.length)).toBe(re2jsVerdict(pattern, text));
    }
    // The few states these cells reach, not the random cells' 2,048: they run on the table.
    expect(dfa.resetCount).toBeGreaterThan(0);
    expect(dfa.stateCount).toBeLessThan(200);
  });

  it("past the budget, still leaves a cell with a byte of 0x80 or more to re2js", () => {
    const dfa = dfaOf("ab.*", { ...DEFAULT_BUDGET, maxStates: 3 });
    const verdict = (text: string) => {
      const bytes = Buffer.from(text);
      return dfa.test(bytes, 0, bytes.length);
    };
    expect(verdict("abc")).toBe(MATCH);
    expect(verdict("abcé")).toBe(UNDECIDED);
    expect(verdict("xbcé")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(3);
  });
});
