import { compileSchema } from "./json-schema.js";
import schema from "./schemas/eval-report.schema.json" with { type: "json" };
import type { Contract } from "./validate.js";

export const evalReportContract: Contract = {
  id: "mlops.eval-report/v1",
  validate: compileSchema(schema),
};
