import { validateContract } from "../contracts/validate.js";
import { FileError } from "../errors.js";
import { readStructured } from "../files/read-structured.js";
import { shownColumn } from "./missing-values.js";
import type { Profile } from "./profile-types.js";

/**
 * The most missing values a profile may hold, the table's and each column's own: data compared
 * with it is read with them, and a cell is compared with each that shares its first byte, so a
 * profile from an untrusted source could otherwise make every cell cost thousands of
 * comparisons. pandas' own set holds 19.
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
  // The table's list, then each column's own, each at its line.
  const capped = (values: readonly string[] | undefined, pointer: string, of = "") => {
    const count = values?.length ?? 0;
    if (count <= MAX_PROFILE_MISSING_VALUES) return;
    throw new FileError(
      shownAs,
      `records ${count} missing values${of}, more than the ${MAX_PROFILE_MISSING_VALUES} a profile may hold`,
      "Make the profile again with fewer missing values",
      document.lineOf(pointer),
    );
  };
  capped(profile.missingValues, "/missingValues");
  profile.columns.forEach((column, i) =>
    capped(
      column.missingValues,
      `/columns/${i}/missingValues`,
      ` for column ${shownColumn(column.name)}`,
    ),
  );
  return profile;
}
