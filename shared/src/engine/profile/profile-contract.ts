import { writtenContract, type Contract } from "../contracts/validate.js";
import schema from "./profile.schema.json" with { type: "json" };

/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
export const profileContract: Contract = writtenContract(
  "mlops.profile/v1",
  schema,
  "A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes",
);
