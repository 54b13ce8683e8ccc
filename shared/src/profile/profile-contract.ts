import type { Contract } from "../contracts/validate.js";
import { validate } from "./profile.validator.generated.js";

/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
export const profileContract: Contract = { id: "mlops.profile/v1", validate };
