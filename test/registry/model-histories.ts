/**
 * Registry histories as mlops writes them, for the tests and the benchmark that count what a
 * read costs: each model's versions registered one after another, each assigned to staging and
 * prod in turn, an hour apart.
 */
import { formatTagMessage } from "@mlops/shared";
import type { FixtureTag } from "./git-fixture.js";

const START = Date.parse("2025-01-01T00:00:00Z");

/**
 * `count` tags of one model: `m@v1.<i>.0` and then `m#staging#<i+1>` (even i) or `m#prod#<i+1>`
 * (odd i). With 100 tags, v1.49.0 is the latest and holds prod, v1.48.0 holds staging.
 */
export function modelHistory(artifact: string, count: number): FixtureTag[] {
  const tags: FixtureTag[] = [];
  const meta = { schema: "mlops.registry-event/v1" } as const;
  for (let i = 0; tags.length < count; i++) {
    const version = `v1.${i}.0`;
    const date = new Date(START + i * 3_600_000);
    tags.push({
      name: `${artifact}@${version}`,
      date,
      message: formatTagMessage(`Register ${artifact} ${version}`, {
        ...meta,
        assets: [{ name: "model.onnx", sha256: "a".repeat(64), size: 1 }],
      }),
    });
    tags.push({
      name: `${artifact}#${i % 2 ? "prod" : "staging"}#${i + 1}`,
      date,
      message: formatTagMessage(`Assign ${artifact} ${version}`, { ...meta, version }),
    });
  }
  return tags.slice(0, count);
}

/** The names of `count` models: model-00, model-01, ... */
export const modelNames = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `model-${String(i).padStart(2, "0")}`);
