// Where a read of the benchmark's data goes, in one process (after `npx tsc -b shared`): the
// read alone, typed by the contract's field types, then the read and the profile. run.js sets
// them beside the whole validation. Prints one JSON object of seconds.
// Usage: node bench/validate-data/phases.js DATA.csv CONTRACT.json
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { profileBatches, readBatches } from "@mlops/shared";

const [data, contractPath] = process.argv.slice(2);
const { fields } = JSON.parse(readFileSync(contractPath, "utf8"));
// As validate-data reads (on this thread): batches of 8,192 rows refilled, text as bytes.
const options = {
  schema: { fields: fields.map(({ name, type }) => ({ name, type })) },
  onInvalidCell: () => {},
  reuseBatches: true,
  batchSize: 8_192,
  textAsBytes: true,
};

async function timed(pass) {
  const start = performance.now();
  await pass();
  return (performance.now() - start) / 1000;
}

const read = await timed(async () => {
  for await (const batch of readBatches(data, options)) void batch;
});
const profiled = await timed(() => profileBatches(readBatches(data, options)));
console.log(JSON.stringify({ read, profile: profiled - read }));
