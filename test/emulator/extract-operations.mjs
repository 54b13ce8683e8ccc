#!/usr/bin/env node
/**
 * Extracts, from GitHub's OpenAPI description (npm @octokit/openapi, 385 MB), the operations the
 * emulator serves and every schema they reach, into github-operations.json (a few hundred KB, committed).
 * The emulator validates its request and response bodies against that file, so it cannot invent an
 * API. Rerun after adding an operation or upgrading @octokit/openapi:
 *
 *   node test/emulator/extract-operations.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The operations the suite calls, as "METHOD path" in the description's own spelling. */
export const OPERATIONS = [
  "GET /user",
  "GET /rate_limit",
  "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
  "GET /repos/{owner}/{repo}/git/ref/{ref}",
  "POST /repos/{owner}/{repo}/git/refs",
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
  "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
  "POST /repos/{owner}/{repo}/git/tags",
  "GET /repos/{owner}/{repo}/git/tags/{tag_sha}",
  "GET /repos/{owner}/{repo}/releases",
  "POST /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/tags/{tag}",
  "GET /repos/{owner}/{repo}/releases/{release_id}",
  "PATCH /repos/{owner}/{repo}/releases/{release_id}",
  "DELETE /repos/{owner}/{repo}/releases/{release_id}",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "POST /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
  "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
  "GET /repos/{owner}/{repo}/issues",
  "POST /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}",
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "GET /repos/{owner}/{repo}/labels/{name}",
  "POST /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/deployments",
  "POST /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel",
  "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
  "GET /repos/{owner}/{repo}/pulls",
];

/** Keywords that only document; dropping them keeps the file small and the validator quiet. */
const DOCUMENTATION = new Set(["description", "example", "examples", "title", "externalDocs"]);

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DOCUMENTATION.has(key) && typeof value !== "object") continue;
    if (key === "examples" || key === "example" || key === "externalDocs") continue;
    out[key] = strip(value);
  }
  return out;
}

async function main() {
  const require = createRequire(import.meta.url);
  const specPath = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const version = require("@octokit/openapi/package.json").version;
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const deref = (node) => {
    const ref = node?.$ref;
    if (typeof ref !== "string" || ref.startsWith("#/components/schemas/")) return node;
    const path = ref.replace(/^#\//, "").split("/");
    return deref(path.reduce((at, key) => at[key], spec));
  };
  const jsonSchema = (content) => content?.["application/json"]?.schema;

  const operations = OPERATIONS.map((line) => {
    const [method, path] = line.split(" ");
    const op = spec.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${line} is not in the OpenAPI description`);
    const responses = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const schema = jsonSchema(deref(response).content);
      responses[status] = schema ? strip(schema) : null;
    }
    const parameters = (op.parameters ?? []).map(deref).map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required === true,
      schema: strip(p.schema),
    }));
    const body = op.requestBody ? deref(op.requestBody) : undefined;
    return {
      method,
      path,
      operationId: op.operationId,
      parameters,
      ...(body
        ? {
            requestBody: {
              required: body.required === true,
              schema: strip(jsonSchema(body.content) ?? null),
            },
          }
        : {}),
      responses,
    };
  });

  // Every component schema the operations reach, transitively.
  const schemas = {};
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!(name in schemas)) {
        schemas[name] = strip(spec.components.schemas[name]);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(operations);

  const out = { source: `@octokit/openapi ${version}, api.github.com.json`, operations, schemas };
  const target = fileURLToPath(new URL("github-operations.json", import.meta.url));
  // Written as Prettier writes it, so the repository's format check and a rerun agree.
  const prettier = await import("prettier");
  const config = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(target, await prettier.format(JSON.stringify(out), { ...config, parser: "json" }));
  console.log(
    `${operations.length} operations, ${Object.keys(schemas).length} schemas -> ${target}`,
  );
}

await main();
