import { expect } from "vitest";
import { cellValue, DataError, type Table } from "@mlops/shared";

/** A column's cells as plain values (numbers, strings, null for missing). */
export function column(table: Table, name: string): (number | string | boolean | null)[] {
  const c = table.columns.get(name);
  if (!c) throw new Error(`no column '${name}'`);
  const length = "values" in c ? c.values.length : c.codes.length;
  return Array.from({ length }, (_, i) => cellValue(c, i));
}

/** The DataError a read rejects with; fails the test when it resolves or throws something else. */
export async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
