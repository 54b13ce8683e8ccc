import type { Contract } from "../contracts/validate.js";
import { compileSchema } from "../contracts/json-schema.js";
import schema from "./profile.schema.json" with { type: "json" };

/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
export const profileContract: Contract = {
  id: "mlops.profile/v1",
  validate: compileSchema(schema),
  describe:
    "A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes",
};
