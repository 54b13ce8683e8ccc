import type { Contract } from "./validate.js";

export type Direction = "higher" | "lower";

export interface MetricRule {
  readonly direction: Direction;
  readonly description?: string;
  readonly min?: number;
  readonly max?: number;
  /** An absolute amount (0.01) or a share of the champion's value ("2%"). */
  readonly "max-regression"?: number | string;
  /** Missing from a file fails the gate (default true); false shows it as skipped. */
  readonly required?: boolean;
}

export interface GatePolicy {
  readonly schema?: "mlops.gate-policy/v1";
  readonly metrics: Readonly<Record<string, MetricRule>>;
}

export const gatePolicyContract: Contract = {
  id: "mlops.gate-policy/v1",
  schema: {
    $id: "mlops.gate-policy/v1",
    title: "Gate policy",
    description: "Which metrics gate a model, in which direction, and how far they may move.",
    type: "object",
    additionalProperties: false,
    required: ["metrics"],
    properties: {
      schema: { const: "mlops.gate-policy/v1" },
      metrics: {
        type: "object",
        minProperties: 1,
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          required: ["direction"],
          properties: {
            direction: {
              enum: ["higher", "lower"],
              description: "Whether higher or lower values are better.",
            },
            description: { type: "string" },
            min: { type: "number", description: "The challenger's value must be at least this." },
            max: { type: "number", description: "The challenger's value must be at most this." },
            "max-regression": {
              description:
                "How much worse than the champion the challenger may be: an amount, or a percentage of the champion's value such as '2%'.",
              oneOf: [
                { type: "number", minimum: 0 },
                { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?%$" },
              ],
            },
            required: { type: "boolean", default: true },
          },
        },
      },
    },
  },
};
