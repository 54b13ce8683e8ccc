/**
 * A tag's mlops block as the registry's readers print it (`mlops registry history --json`). The
 * block is anyone's writing (a tag made with plain git may hold any JSON under the mlops schema),
 * so each field is taken only where it has the shape mlops writes, and only the properties that
 * shape names, with text cut short and lists cut, so that one forged tag cannot fill a log.
 */
import { compileSchema, type SchemaValidator } from "../../engine/contracts/json-schema.js";
import { shownRef } from "../../engine/report/escape-control.js";
import { NAME_LIMIT } from "../../engine/report/shorten.js";
import type { EventMetadata } from "./tag-message.js";
import schema from "./registry-event.schema.json" with { type: "json" };

/** The part of a field's schema that says which properties and items it has. */
interface Shape {
  readonly properties?: Readonly<Record<string, Shape>>;
  readonly items?: Shape;
}

/** At most this many items of a list are shown: a registration's files, a run's data digests. */
export const LIST_LIMIT = 100;

/**
 * Fields the event itself gives as the registry reads them, not as the block says: the version
 * (a forged block may name one never registered) and the version rolled back from; and the
 * schema, which parseTagMessage checked.
 */
const READ_BY_THE_EVENT = new Set(["schema", "version", "rollback_from"]);

/** Each other field of the block, with its shape and its check on its own. */
const FIELDS = Object.entries(schema.properties)
  .filter(([name]) => !READ_BY_THE_EVENT.has(name))
  .map(([name, field]): [string, Shape, SchemaValidator] => [
    name,
    field as Shape,
    compileSchema(field),
  ]);

/** The block as shown: every field of the schema, null where the tag records none or a bad one. */
export type ShownMetadata = Readonly<Record<string, unknown>> & {
  /** Whether the tag records the policy it was made under: stage tags of older versions do not. */
  readonly policy_recorded: boolean;
  /** Fields the block holds in a shape mlops never writes, each shown as null. */
  readonly malformed: readonly string[];
  /** JSON pointers of text cut to NAME_LIMIT characters and lists cut to LIST_LIMIT items. */
  readonly cut_short: readonly string[];
};

/** `value` as `shape` names it, each property null where absent; `cut` is told what is cut. */
function bounded(value: unknown, shape: Shape, at: string, cut: string[]): unknown {
  if (typeof value === "string") {
    if (value.length > NAME_LIMIT) cut.push(at);
    return shownRef(value);
  }
  if (Array.isArray(value)) {
    if (value.length > LIST_LIMIT) cut.push(at);
    const items = value.slice(0, LIST_LIMIT);
    return items.map((item, i) => bounded(item, shape.items ?? {}, `${at}/${i}`, cut));
  }
  if (typeof value !== "object" || value === null) return value;
  const record = value as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(shape.properties ?? {}).map(([name, property]) => [
      name,
      name in record ? bounded(record[name], property, `${at}/${name}`, cut) : null,
    ]),
  );
}

/** The tag's mlops block, checked and bounded; null where its message has none. */
export function shownMetadata(metadata: EventMetadata | undefined): ShownMetadata | null {
  if (!metadata) return null;
  const block = metadata as unknown as Readonly<Record<string, unknown>>;
  const malformed: string[] = [];
  const cut: string[] = [];
  const fields = FIELDS.map(([name, shape, validate]) => {
    if (!(name in block)) return [name, null];
    if (!validate(block[name])) {
      malformed.push(name);
      return [name, null];
    }
    return [name, bounded(block[name], shape, `/${name}`, cut)];
  });
  return {
    ...Object.fromEntries(fields),
    policy_recorded: "policy" in block && !malformed.includes("policy"),
    malformed,
    cut_short: cut,
  };
}
