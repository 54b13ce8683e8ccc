// Prints vitest's JSON results as one plain line, so that a run that executed no test is visible.
import { readFileSync } from "node:fs";

const results = JSON.parse(readFileSync(process.argv[2], "utf8"));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
  `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
if (results.numTotalTests === 0) process.exitCode = 1;
