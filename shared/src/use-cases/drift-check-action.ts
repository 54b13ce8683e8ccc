import { driftCheckWith } from "./drift-check/drift-check.js";

/**
 * drift-check, whose `schema` input is the data contract validate-data reads, loaded and checked
 * by validate-data's own loader: one contract, one set of rules and messages. The loader is
 * imported only when a contract is given, so that a check without one starts as fast as before.
 * Only a field's declared type is read: validate-data reads a field without one as its
 * constraints imply (a minimum makes it a number), for checks drift-check does not run. Its
 * sensitive fields are compared, and their values never shown nor kept.
 */
export const driftCheck = driftCheckWith(async (path, shown) => {
  const contract = await (
    await import("./validate-data/data-contract.js")
  ).loadDataContract(path, shown);
  const typed = new Set(contract.descriptor.fields.filter((f) => f.type).map((f) => f.name));
  const fields = contract.readSchema.fields.map(({ type, ...field }) =>
    typed.has(field.name) && type !== undefined ? { ...field, type } : field,
  );
  return {
    file: contract.file,
    readSchema: { ...contract.readSchema, fields },
    sensitive: contract.sensitive,
  };
});
