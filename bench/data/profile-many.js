// Profiles a list of files as one dataset (the benchmark passes one gzipped file of the two
// halves ten times over: 10,000,000 rows) and prints the row count, the time and the peak RSS.
import { performance } from "node:perf_hooks";
import { profileDataset } from "@mlops/shared/profile";

const files = process.argv.slice(2);
const start = performance.now();
const profile = await profileDataset(files);
console.log(
  JSON.stringify({
    rows: profile.rowCount,
    seconds: (performance.now() - start) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    profileBytes: JSON.stringify(profile).length,
  }),
);
