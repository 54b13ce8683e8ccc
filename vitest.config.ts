import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/temp-folder-setup.ts"],
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
