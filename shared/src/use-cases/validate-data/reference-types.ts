import type { TableSchema } from "../../engine/data/column-type.js";
import { referenceField } from "../../engine/data/reference-fields.js";
import { lineBreaksShown, safeForLog } from "../../engine/report/escape-control.js";
import type { Profile } from "../../engine/profile/profile-types.js";

/** The profile skew is checked against, as a line names it (its file, or registry version). */
export interface TypingReference {
  readonly profile: Profile;
  readonly file: string;
}

/** How the data is read when a reference is given, and what a `type` check then says. */
export interface ReferenceTyping {
  /** The contract's read schema, with the reference's type on each field it declares untyped. */
  readonly schema: TableSchema;
  /** Per column read with the reference's type, the note of its `type` check. */
  readonly notes: ReadonlyMap<string, string>;
}

/** A file name in a note that ends up on one error line: its line breaks shown, not made. */
const oneLine = (text: string): string => lineBreaksShown(safeForLog(text));

/**
 * Reads each field the contract declares without a `type` with the type the reference's profile
 * gives its column, as drift-check reads its current data: a junk cell among the first rows is
 * then a failed cell of a number column, not the reason the whole column is read as text and
 * compared as categories. A declared type wins, `any` included (the user left the type open on
 * purpose); columns the contract does not declare, and a field the reference lacks or has no
 * values in, are inferred from the data's first rows as before.
 */
export function referenceTyping(schema: TableSchema, reference: TypingReference): ReferenceTyping {
  const fields = new Map(schema.fields.map((field) => [field.name, field]));
  // A column without values in the reference was typed text for want of any: it says nothing.
  const typed = reference.profile.columns.filter(
    (c) => c.count > 0 && fields.has(c.name) && fields.get(c.name)!.type === undefined,
  );
  for (const column of typed) {
    fields.set(column.name, referenceField(column.name, column.type, fields.get(column.name)));
  }
  const notes = new Map(
    typed.map((column) => [
      column.name,
      `the contract gives the column no type, so it is read with the reference's (${oneLine(reference.file)} has it as ${column.type}): fix the value, or declare the field's type in the contract (string takes any value)`,
    ]),
  );
  return { schema: { ...schema, fields: [...fields.values()] }, notes };
}
