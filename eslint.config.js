import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "bench/.data/**",
      "**/*.generated.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/shared/src/**", "../shared/**", "../../shared/**"],
              message: "Import the core as '@mlops/shared'.",
            },
          ],
        },
      ],
    },
  },
  {
    // A use case reads top-down as named steps (decision 0006).
    files: ["shared/src/use-cases/**/*.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The core never reads the environment: the adapters (runner, CLI) pass what it needs.
    files: ["shared/src/**/*.ts"],
    ignores: ["shared/src/hosts/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Pass configuration in from the adapter." },
      ],
    },
  },
  {
    // In an ncc bundle, a module imported at run time whose exports are a function (node:stream,
    // node:events, node:assert) has only its default: its named exports are undefined there.
    files: ["shared/src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/^node:(assert|events|stream)$/]",
          message:
            "Import this module statically: in a bundle its run-time import has no named exports.",
        },
      ],
    },
  },
  {
    // A reading or comparing thread runs a built script: from source there is none, so these
    // tests run the built core, as the bundles do.
    files: [
      "test/data/read-in-worker.test.ts",
      "test/data/share-work.test.ts",
      "test/drift-check/compare-columns.test.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // What stopping the reference's packing changes is only time, which no test may measure:
    // this one drives the packing itself.
    files: ["test/drift-check/pack-in-turns.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // A real page past 64 MiB is some 100 MB to write: its header's bounds are judged directly.
    files: ["test/data/parquet-hostile.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
