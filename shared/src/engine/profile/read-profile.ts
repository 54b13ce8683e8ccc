import { refuseNewerVersion, validateReadableVersion } from "../contracts/validate.js";
import { FileError } from "../errors.js";
import { readStructured } from "../files/read-structured.js";
import { safeForLog } from "../report/escape-control.js";
import { shorten } from "../report/shorten.js";
import { shownColumn } from "./missing-values.js";
import { PROFILE_SCHEMA_ID, type Profile } from "./profile-types.js";
import { keptOfWithheld } from "./withheld-values.js";

/**
 * The most missing values a profile may hold, the table's and each column's own: data compared
 * with it is read with them, and a cell is compared with each that shares its first byte, so a
 * profile from an untrusted source could otherwise make every cell cost thousands of
 * comparisons. pandas' own set holds 19.
 */
export const MAX_PROFILE_MISSING_VALUES = 100;

/**
 * Refuses an object that is another kind of document (an eval or drift report) or none of
 * ours, saying what it is: its first violation of the profile's schema, a missing `rowCount`,
 * would not. Whatever is not an object is left to the contract, which names it as such.
 */
function requireProfileDocument(
  value: unknown,
  shownAs: string,
  lineOf: (pointer: string) => number | undefined,
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  const id = (value as { schema?: unknown }).schema;
  if (id === PROFILE_SCHEMA_ID) return;
  const what =
    id === undefined
      ? "has no schema field"
      : typeof id === "string"
        ? `has schema ${JSON.stringify(safeForLog(shorten(id, 80)))}`
        : `has schema ${safeForLog(shorten(JSON.stringify(id), 80))}`;
  // Another version of the profile (a later one is refused before) needs the mlops that wrote it.
  const fix =
    typeof id === "string" && id.startsWith("mlops.profile/")
      ? `Read it with the mlops version that wrote it, or make the profile again with this one, which writes ${PROFILE_SCHEMA_ID}`
      : "Give a profile: the JSON file that validate-data's profile-path, or drift-check --mode profile, writes from the data";
  throw new FileError(
    shownAs,
    `${what}, not a ${PROFILE_SCHEMA_ID} profile`,
    fix,
    id === undefined ? undefined : lineOf("/schema"),
  );
}

/**
 * Reads and checks a `mlops.profile/v1` file, so that a problem names the file and its line.
 * Fields a later mlops added are left out of the profile returned (decision 0045). The
 * profile's validator is large and few runs read a profile: it is loaded on use.
 */
export async function readProfile(path: string, shownAs: string): Promise<Profile> {
  const { profileContract } = await import("./profile-contract.js");
  const document = readStructured(path, shownAs);
  refuseNewerVersion(profileContract, document.value, shownAs, document.lineOf);
  requireProfileDocument(document.value, shownAs, document.lineOf);
  const profile: Profile = validateReadableVersion(
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
  profile.columns.forEach((column, i) => {
    const kept = column.sensitive ? keptOfWithheld(column) : undefined;
    if (kept === undefined) return;
    throw new FileError(
      shownAs,
      `marks column ${shownColumn(column.name)} sensitive, and yet keeps its ${kept.shown}: a sensitive column's profile keeps its counts alone`,
      "Make the profile again with validate-data or drift-check --mode profile, which leave out a sensitive field's values",
      document.lineOf(`/columns/${i}/${kept.at}`),
    );
  });
  return profile;
}
