import { byteClasses } from "./byte-classes.js";
import { ByteDfa, DEFAULT_BUDGET, type DfaAllowance, type DfaBudget } from "./byte-dfa.js";
import { parsePattern } from "./parse-pattern.js";
import { buildNfa } from "./pattern-nfa.js";

/**
 * The most NFA nodes a pattern may take. Each DFA state lists its nodes, and building a
 * transition walks them, so this bounds the cost of every step of the construction; keys spell
 * node numbers as 16-bit characters, which it keeps in range too.
 */
export const MAX_NFA_NODES = 10_000;

/**
 * The byte DFA of `pattern`, a pattern `RE2JS.compile` accepts, or undefined when the pattern
 * uses syntax outside the subset this reads exactly as re2js does, or its NFA would exceed
 * `MAX_NFA_NODES`. Then, as for non-ASCII cells, the caller matches with re2js. The DFA is
 * built as cells need it, within `budget`, and within `allowance` when the DFAs of several
 * patterns share one; undefined too when the allowance cannot hold even its start.
 */
export function compileAsciiPattern(
  pattern: string,
  budget: DfaBudget = DEFAULT_BUDGET,
  allowance?: DfaAllowance,
): ByteDfa | undefined {
  const tree = parsePattern(pattern, MAX_NFA_NODES);
  const nfa = tree === undefined ? undefined : buildNfa(tree, MAX_NFA_NODES);
  if (nfa === undefined || (allowance && !allowance.take(ByteDfa.startBytes(nfa)))) {
    return undefined;
  }
  return new ByteDfa(nfa, byteClasses(nfa.sets), budget, allowance);
}
