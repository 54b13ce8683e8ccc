// A real run of each action for the start-up benchmark: its inputs, any set-up of its
// workspace, and the exit code expected.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
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
      "INPUT_FAIL-STEP": "true",
    }),
  },
  "validate-data": {
    expectedExit: 0,
    env: (work) => ({
      INPUT_DATA: "examples/validate-data/churn-clean.csv",
      INPUT_SCHEMA: "examples/validate-data/data-contract.yml",
      "INPUT_REPORT-PATH": join(work, "validation-report.json"),
      "INPUT_PROFILE-PATH": join(work, "profile.json"),
    }),
  },
  "drift-check": {
    expectedExit: 0,
    env: (work) => ({
      INPUT_REFERENCE: "examples/drift-check/reference.csv",
      INPUT_CURRENT: "examples/drift-check/current.csv",
      "INPUT_FAIL-STEP": "false",
      "INPUT_REPORT-PATH": join(work, "drift-report.json"),
      "INPUT_HTML-PATH": join(work, "drift-report.html"),
    }),
  },
  // A dry run of register-then-assign over a real git registry: it reads the tags and plans.
  promote: {
    expectedExit: 0,
    env: (work) => {
      const git = (...args) =>
        execFileSync(
          "git",
          ["-c", "user.name=bench", "-c", "user.email=bench@example.com", ...args],
          { cwd: work },
        );
      writeFileSync(join(work, "model.onnx"), "weights");
      git("init", "-q");
      git("add", "model.onnx");
      git("commit", "-qm", "model");
      return {
        INPUT_MODEL: "churn",
        INPUT_VERSION: "v1.0.0",
        INPUT_STAGE: "staging",
        INPUT_ASSETS: join(work, "model.onnx"),
        INPUT_REGISTRY: work,
        "INPUT_DRY-RUN": "true",
        "INPUT_REPORT-PATH": join(work, "promote-report.json"),
        INPUT_ACTOR: "bench",
      };
    },
  },
};
