import { validateContract } from "../contracts/validate.js";
import { readStructured } from "../files/read-structured.js";
import type { Profile } from "./profile-types.js";

/**
 * Reads and checks a `mlops.profile/v1` file, so that a problem names the file and its line.
 * The profile's validator is large and few runs read a profile: it is loaded on use.
 */
export async function readProfile(path: string, shownAs: string): Promise<Profile> {
  const { profileContract } = await import("./profile-contract.js");
  const document = readStructured(path, shownAs);
  return validateContract(profileContract, document.value, shownAs, document.lineOf);
}
