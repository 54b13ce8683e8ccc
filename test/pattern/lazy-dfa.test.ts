import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET, MATCH, NO_MATCH, UNDECIDED } from "@mlops/shared/pattern";
import { dfaOf } from "./re2js-verdicts.js";

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
