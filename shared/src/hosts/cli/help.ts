import type { ActionManifest } from "../../interface/manifest.js";
import type { InputKind } from "../../interface/inputs.js";
import { CONTRACT_SUMMARY } from "./contract-summary.js";
import { REGISTRY_SUMMARY } from "./registry-summary.js";

const indent = (text: string) => `      ${text}`;

/** `mlops <action> --help`, built from the action's action.yml. */
export function actionHelp(
  manifest: ActionManifest,
  kinds: Readonly<Record<string, InputKind<unknown>>>,
): string {
  const entries = Object.entries(manifest.inputs);
  const required = entries.filter(([, spec]) => spec.required);
  const usage = [
    `mlops ${manifest.name}`,
    ...required.map(([name, _]) => `--${name} <${kinds[name]?.type}>`),
    ...(entries.length > required.length ? ["[inputs]"] : []),
    "[--json]",
  ].join(" ");
  const lines = [
    `mlops ${manifest.name}: ${manifest.description}`,
    "",
    `Usage: ${usage}`,
    "",
    "Inputs:",
  ];
  for (const [name, spec] of entries) {
    const notes = [
      spec.required ? "required" : "",
      spec.default ? `default: ${spec.default}` : "",
    ].filter(Boolean);
    lines.push(
      `  --${name} <${kinds[name]?.type}>${notes.length ? `  (${notes.join("; ")})` : ""}`,
    );
    lines.push(indent(spec.description));
  }
  lines.push("", "Outputs (with --json, printed as one JSON object):");
  for (const [name, spec] of Object.entries(manifest.outputs))
    lines.push(`  ${name}`, indent(spec.description));
  lines.push(
    "",
    "Options:",
    "  --json      print only the outputs, as one JSON object on stdout. A failure prints its",
    "              line on stderr as without --json, exit code 1, and on stdout",
    '              {"outcome": "refused", "error": "<its line>"} where it was refused before it',
    "              acted (the arguments, the inputs, the files they name: anything before",
    "              its first report, command, registry write or traffic move),",
    '              {"outcome": "error", ...} where it failed after (what it did',
    "              may stand: a canary-deploy whose rollout ended prints the rollout's outputs)",
    "  --debug     print the stack trace of an error",
    "  -h, --help  print this help",
  );
  return lines.join("\n");
}

/** `mlops --help`: the actions that exist, one line each. */
export function programHelp(manifests: readonly ActionManifest[], version: string): string {
  const width = Math.max(...manifests.map((m) => m.name.length));
  return [
    `mlops ${version}: take machine learning models from data to production, and keep them healthy there.`,
    "",
    "Usage: mlops <action> --<input> <value> ... [--json]",
    "       mlops <action> --help",
    "",
    "Actions:",
    ...manifests.map((m) => `  ${m.name.padEnd(width)}  ${m.description}`),
    "",
    "Commands:",
    `  ${"registry".padEnd(width)}  ${REGISTRY_SUMMARY} (mlops registry --help)`,
    `  ${"contract".padEnd(width)}  ${CONTRACT_SUMMARY} (mlops contract --help)`,
  ].join("\n");
}
