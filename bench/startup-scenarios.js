// A real run of each action for the start-up benchmark: the inputs and the exit code expected.
import { join } from "node:path";

export const scenarios = {
  "eval-gate": {
    expectedExit: 0,
    env: (work) => ({
      INPUT_CHALLENGER: "examples/eval-gate/challenger.json",
      INPUT_CHAMPION: "examples/eval-gate/champion.json",
      INPUT_POLICY: "examples/eval-gate/policy.yml",
      "INPUT_REPORT-PATH": join(work, "eval-report.json"),
      "INPUT_COMMENT-PATH": join(work, "eval-comment.md"),
      "INPUT_FAIL-ON-VERDICT": "true",
    }),
  },
};
