import type { Contract } from "../../engine/contracts/validate.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import schema from "./run-record.schema.json" with { type: "json" };

/** `mlops.run-record/v1`: a training run's record (see run-record.schema.json). */
export const runRecordContract: Contract = {
  id: "mlops.run-record/v1",
  validate: compileSchema(schema),
};
