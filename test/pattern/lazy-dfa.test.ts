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

  it("builds states only as cells need them, and no new one past the budget", () => {
    const dfa = dfaOf("abcdef", { ...DEFAULT_BUDGET, maxStates: 4 });
    const verdict = (text: string) => dfa.test(Buffer.from(text), 0, text.length);
    // The dead state and the initial state come first; "ab" takes two more.
    expect(verdict("ab")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(4);
    expect(verdict("abc")).toBe(UNDECIDED);
    expect(verdict("abcdef")).toBe(UNDECIDED);
    // What was built before goes on deciding, and a way to a state already made is still built
    // (here to the dead state), costing no memory.
    expect(verdict("a")).toBe(NO_MATCH);
    expect(verdict("x")).toBe(NO_MATCH);
    expect(verdict("abx")).toBe(NO_MATCH);
    expect(dfa.stateCount).toBe(4);
  });
});
