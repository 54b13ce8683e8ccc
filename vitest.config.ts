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
    // GitHub's workflow parser imports its JSON schemas without import attributes, which only bundlers
    // accept; letting vite transform it is what makes it loadable here.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
