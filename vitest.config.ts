import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that start the canary harness' real parts (test/canary/harness): those that import
 * it, found as the config loads, so that a new one cannot land among the files that share a
 * process, where the harness' hooks would run for the first of them only.
 */
const REAL_PARTS = readdirSync(fileURLToPath(new URL("test", import.meta.url)), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => `test/${file.split(sep).join("/")}`)
  .filter((file) =>
    /from "[./]*(?:canary\/)?harness\//.test(readFileSync(new URL(file, import.meta.url), "utf8")),
  );

/** The longest file of the suite (some 4 minutes, mostly waiting on a canary's steps). */
const LONGEST = "/test/canary/scenarios.test.ts";

/** The longest file starts with the suite, so that no worker is left with it at the end. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = sorted.filter((file) => file.moduleId.endsWith(LONGEST));
    return [...longest, ...sorted.filter((file) => !longest.includes(file))];
  }
}

export default defineConfig({
  resolve: {
    // Tests exercise the core from source; the bundles under test carry their own build.
    alias: [
      {
        find: /^@mlops\/shared$/,
        replacement: fileURLToPath(new URL("shared/src/index.ts", import.meta.url)),
      },
      {
        find: /^@mlops\/shared\/(data|pattern|profile|stats)$/,
        replacement: fileURLToPath(new URL("shared/src/engine/$1/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    globalSetup: ["test/temp-folder-setup.ts"],
    setupFiles: ["test/per-file-setup.ts"],
    unstubEnvs: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: ["test/**/*.test.ts"],
          exclude: REAL_PARTS,
          // Each file imported the core anew in a process of its own: 354 s of a 928 s run went
          // to imports. A worker imports it once for its files now, and the setup file undoes
          // what a file leaves behind (docs/decisions/0049).
          isolate: false,
        },
      },
      {
        extends: true,
        // The canary harness stops its servers in a hook of its own module, which must run for
        // each file that starts them.
        test: { name: "real-parts", include: REAL_PARTS },
      },
    ],
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    pool: "forks",
    // Vitest's default leaves a core to itself, which on a 2-core runner runs the files one at a
    // time; most of the slow ones wait (on Prometheus' scrapes, a canary's steps, git), so two
    // at a time halve the suite's time. A test must hold on a loaded machine either way.
    maxWorkers: Math.max(2, availableParallelism()),
    // GitHub's workflow parser imports its JSON schemas without import attributes, which only bundlers
    // accept; letting vite transform it is what makes it loadable here.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
