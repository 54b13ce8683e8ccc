// The pattern capability: matching a contract's RE2 `pattern` over ASCII cells without re2js.
export { MATCH, NO_MATCH, UNDECIDED, type AsciiPattern } from "./ascii-pattern.js";
export { compileAsciiPattern, MAX_NFA_NODES } from "./compile-ascii-pattern.js";
export { DEFAULT_BUDGET, DfaAllowance, type ByteDfa, type DfaBudget } from "./byte-dfa.js";
