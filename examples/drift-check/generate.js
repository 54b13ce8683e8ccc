// Writes the example's reference.csv and current.csv (300 rows each) from a fixed seed, so that
// every run writes the same bytes: `node examples/drift-check/generate.js`. The current data has
// drifted: customers are older, incomes are higher, the pro plan is more common, and the churn score follows.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROWS = 300;
const PLANS = ["basic", "plus", "pro"];
const REGIONS = ["north", "south", "east", "west"];

/** mulberry32: a small seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function table(seed, drifted) {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const lines = ["age,income,tenure_months,plan,region,churn_score"];
  for (let i = 0; i < ROWS; i++) {
    const age = Math.round((drifted ? 46 : 40) + 12 * normal());
    const income = (drifted ? 62000 : 50000) + 15000 * normal();
    const tenure = Math.floor(next() * 60);
    const u = next();
    const plan = PLANS[drifted ? (u < 0.3 ? 0 : u < 0.5 ? 1 : 2) : u < 0.5 ? 0 : u < 0.8 ? 1 : 2];
    const region = REGIONS[Math.floor(next() * REGIONS.length)];
    const score = 1 / (1 + Math.exp(-(-1 + (drifted ? 0.8 : 0) + 0.5 * normal())));
    lines.push([age, income.toFixed(2), tenure, plan, region, score.toFixed(4)].join(","));
  }
  return `${lines.join("\n")}\n`;
}

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here("reference.csv"), table(1, false));
writeFileSync(here("current.csv"), table(2, true));
