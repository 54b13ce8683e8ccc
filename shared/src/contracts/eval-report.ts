import type { Contract } from "./validate.js";

const nullableNumber = { type: ["number", "null"] };
const fileRef = {
  type: "object",
  additionalProperties: false,
  required: ["file", "sha256"],
  properties: { file: { type: "string" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } },
};

export const evalReportContract: Contract = {
  id: "mlops.eval-report/v1",
  schema: {
    $id: "mlops.eval-report/v1",
    title: "Eval report",
    description:
      "The verdict of eval-gate, with a row per metric and slice: champion, challenger, delta, rule, status and reason.",
    type: "object",
    additionalProperties: false,
    required: [
      "schema",
      "tool",
      "created_at",
      "mode",
      "verdict",
      "challenger",
      "champion",
      "policy",
      "model",
      "rows",
      "counts",
      "notes",
    ],
    properties: {
      schema: { const: "mlops.eval-report/v1" },
      tool: {
        type: "object",
        additionalProperties: false,
        required: ["name", "version"],
        properties: { name: { const: "mlops" }, version: { type: "string" } },
      },
      created_at: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T" },
      mode: { enum: ["aggregate"] },
      verdict: { enum: ["pass", "fail"] },
      challenger: fileRef,
      champion: { oneOf: [fileRef, { type: "null" }] },
      policy: fileRef,
      model: { oneOf: [fileRef, { type: "null" }] },
      rows: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: [
            "metric",
            "slice",
            "gated",
            "direction",
            "champion",
            "challenger",
            "delta",
            "relative_delta",
            "rule",
            "checks",
            "status",
            "reason",
          ],
          properties: {
            metric: { type: "string" },
            slice: { type: ["string", "null"] },
            gated: { type: "boolean" },
            direction: { enum: ["higher", "lower", null] },
            champion: nullableNumber,
            challenger: nullableNumber,
            delta: nullableNumber,
            relative_delta: nullableNumber,
            rule: { type: "string" },
            checks: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["rule", "limit", "passed"],
                properties: {
                  rule: { enum: ["min", "max", "max-regression"] },
                  limit: { type: "number" },
                  passed: { type: "boolean" },
                },
              },
            },
            status: { enum: ["pass", "fail", "skipped", "info"] },
            reason: { type: ["string", "null"] },
          },
        },
      },
      counts: {
        type: "object",
        additionalProperties: false,
        required: ["pass", "fail", "skipped", "info"],
        properties: {
          pass: { type: "integer" },
          fail: { type: "integer" },
          skipped: { type: "integer" },
          info: { type: "integer" },
        },
      },
      notes: { type: "array", items: { type: "string" } },
    },
  },
};
