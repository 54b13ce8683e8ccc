// Writes the benchmark's dataset: a seeded 1,000,000-row, 20-column CSV of customers with about
// one bad value in a thousand per checked column, and its 20-field data contract.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { seededRandom } from "../seeded-random.js";
import { writeLines } from "../write-lines.js";

const COUNTRIES = ["US", "GB", "DE", "FR", "IN", "BR", "CA", "ES"];
const PLANS = ["basic", "standard", "premium"];
const DEVICES = ["ios", "android", "web", "desktop"];
const REFERRERS = ["search", "ads", "friend", "partner", "social"];
const CITIES = ["Springfield", "Riverside", "Fairview", "Madison", "Georgetown", "Salem"];

export const CONTRACT = {
  primaryKey: "id",
  fields: [
    { name: "id", type: "integer", constraints: { required: true } },
    { name: "user", type: "string", constraints: { required: true, pattern: "U[0-9]{7}" } },
    { name: "country", type: "string", constraints: { required: true, enum: COUNTRIES } },
    { name: "plan", type: "string", constraints: { required: true, enum: PLANS } },
    { name: "signup", type: "date", constraints: { required: true, minimum: "2015-01-01" } },
    { name: "age", type: "integer", constraints: { minimum: 18, maximum: 100 } },
    {
      name: "income",
      type: "number",
      constraints: { minimum: 0 },
      "x-mlops": { mean: { min: 20000, max: 90000 } },
    },
    {
      name: "score",
      type: "number",
      constraints: { minimum: 0, maximum: 1 },
      "x-mlops": { quantiles: [{ q: 0.5, min: 0.4, max: 0.6 }] },
    },
    { name: "clicks", type: "integer", constraints: { minimum: 0 } },
    { name: "sessions", type: "integer", constraints: { minimum: 0 } },
    { name: "device", type: "string", constraints: { required: true, enum: DEVICES } },
    {
      name: "email",
      type: "string",
      constraints: { required: true, pattern: "[^@]+@[^@]+\\.[a-z]+" },
    },
    { name: "churned", type: "boolean", constraints: { required: true } },
    { name: "tenure", type: "integer", constraints: { minimum: 0, maximum: 120 } },
    { name: "spend", type: "number", constraints: { minimum: 0 } },
    { name: "rating", type: "integer", constraints: { minimum: 1, maximum: 5 } },
    { name: "city", type: "string", constraints: { maxLength: 30 } },
    {
      name: "referrer",
      type: "string",
      constraints: { enum: REFERRERS },
      "x-mlops": { maxMissingRatio: 0.1 },
    },
    { name: "latitude", type: "number", constraints: { minimum: -90, maximum: 90 } },
    { name: "longitude", type: "number", constraints: { minimum: -180, maximum: 180 } },
  ],
  "x-mlops": { rows: { min: 1000 } },
};

/** Writes `customers.csv` and `contract.json` into `dir` (once), and returns their paths. */
export async function generate(dir, rows = 1_000_000) {
  mkdirSync(dir, { recursive: true });
  const data = `${dir}/customers.csv`;
  const contract = `${dir}/contract.json`;
  writeFileSync(contract, JSON.stringify(CONTRACT, null, 2));
  if (existsSync(data)) return { data, contract };
  await writeLines(data, customerLines(rows));
  return { data, contract };
}

/** The CSV's header, then its rows, from the seeded generator. */
function* customerLines(rows) {
  const r = seededRandom(42);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const bad = () => r() < 0.001;
  yield CONTRACT.fields.map((f) => f.name).join(",");
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    const row = [
      bad() ? i - 1 : i,
      bad() ? `X${i}` : `U${String(i).padStart(7, "0")}`,
      bad() ? "usa" : pick(COUNTRIES),
      pick(PLANS),
      `${2014 + Math.floor(r() * 11)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      r() < 0.02 ? "" : String(bad() ? 150 : 18 + Math.floor(r() * 70)),
      (bad() ? -1 : r() * 100000).toFixed(2),
      r().toFixed(4),
      String(Math.floor(r() * 500)),
      String(Math.floor(r() * 50)),
      pick(DEVICES),
      bad() ? `user${i}(at)example.com` : `user${i}@example.com`,
      r() < 0.2 ? "true" : "false",
      String(bad() ? 200 : Math.floor(r() * 120)),
      (r() * 2000).toFixed(2),
      String(1 + Math.floor(r() * 5)),
      pick(CITIES),
      r() < 0.05 ? "" : pick(REFERRERS),
      (r() * 180 - 90).toFixed(5),
      (r() * 360 - 180).toFixed(5),
    ];
    yield row.join(",");
  }
}
