import { validateContract } from "../contracts/validate.js";
import { FileError } from "../errors.js";
import { readStructured } from "../files/read-structured.js";
import type { Profile } from "./profile-types.js";

/**
 * The most missing values a profile may hold: data compared with it is read with them, and a
 * cell is compared with each that shares its first byte, so a profile from an untrusted source
 * could otherwise make every cell cost thousands of comparisons. pandas' own set holds 19.
 */
export const MAX_PROFILE_MISSING_VALUES = 100;

/**
 * Reads and checks a `mlops.profile/v1` file, so that a problem names the file and its line.
 * The profile's validator is large and few runs read a profile: it is loaded on use.
 */
export async function readProfile(path: string, shownAs: string): Promise<Profile> {
  const { profileContract } = await import("./profile-contract.js");
  const document = readStructured(path, shownAs);
  const profile: Profile = validateContract(
    profileContract,
    document.value,
    shownAs,
    document.lineOf,
  );
  const count = profile.missingValues?.length ?? 0;
  if (count > MAX_PROFILE_MISSING_VALUES) {
    throw new FileError(
      shownAs,
      `records ${count} missing values, more than the ${MAX_PROFILE_MISSING_VALUES} a profile may hold`,
      "Make the profile again with fewer missing values",
      document.lineOf("/missingValues"),
    );
  }
  return profile;
}
