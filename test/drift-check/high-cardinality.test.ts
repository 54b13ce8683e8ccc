import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatNumber, profileDataset, type Profile } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

const ITEMS = 3_000;
const CATEGORIES = 1_500;
const USERS = 12_000;
const ROWS = 72_000;

/** Each item's share of the interactions by popularity rank, cumulated: Zipf's law. */
const POPULARITY = (() => {
  let sum = 0;
  const cumulated = Array.from({ length: ITEMS }, (_, rank) => (sum += 1 / (rank + 1)));
  return cumulated.map((c) => c / sum);
})();

/** The rank of the item a uniform draw `u` picks from POPULARITY. */
function itemRank(u: number): number {
  let [low, high] = [0, ITEMS - 1];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (POPULARITY[mid]! < u) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A week of a recommendation service's interaction log, as CSV: `user` (12,000 users, some 6
 * rows each), `item` (integer ids, the popular ones first), `category` (1,500, two items each)
 * and `basket` (items in the basket, about 3). In week 1 most users are new, popularity moved 17
 * ids on, and baskets hold about one item more.
 */
function interactions(week: 0 | 1, seed: number): string {
  const random = seededRandom(seed);
  const lines = ["user,item,category,basket"];
  for (let row = 0; row < ROWS; row++) {
    const returning = week === 0 || random() < 0.05;
    const user = Math.floor(random() * USERS) + (returning ? 0 : USERS);
    const item = (itemRank(random()) + 17 * week) % ITEMS;
    const basket = 1 + Math.floor(-Math.log(1 - random()) * (3 + week));
    lines.push(`u${user},${item},c${(item * 7) % CATEGORIES},${basket}`);
  }
  return `${lines.join("\n")}\n`;
}

const WEEK0 = interactions(0, 1);
const WEEK1 = interactions(1, 2);

/** A folder with both weeks' logs, and each profiled as compare mode's shards are. */
async function logs() {
  const folder = tempDir();
  folder.write("week0.csv", WEEK0);
  folder.write("week1.csv", WEEK1);
  for (const week of ["week0", "week1"]) {
    const run = await driftIn(folder.dir, {
      mode: "profile",
      current: `${week}.csv`,
      "report-path": `${week}.json`,
    });
    expect(run.code).toBe(0);
  }
  return folder;
}

const ID_ADVICE =
  "as in ids that repeat, such as a user's: not tested as categories, on which two samples of the same data would differ by sampling alone: to test it anyway, name its method, as in method {user: jensen_shannon}, or leave it out with ignore-columns";

const SUMMARIES =
  "the profiles' frequent-value summaries hold only the most frequent of its many values";

/** The largest Jensen-Shannon distance in nats, of two distributions with no value in common. */
const LARGEST_JS = Math.sqrt(Math.LN2);

type Bounded = { distance: number; error_bound?: number; range?: [number, number] };

/**
 * The range a distance from summaries states, after checking that its distance is the range's
 * middle and its error bound the half-width (1e-12 for the rounding of sums).
 */
function rangeOf({ distance, error_bound: bound, range }: Bounded): [number, number] {
  const [low, high] = range!;
  expect(distance).toBeCloseTo((low + high) / 2, 12);
  expect(bound).toBeCloseTo((high - low) / 2, 12);
  return [low, high];
}

/** The share of a profiled column's values its frequent-value summary counts against a value. */
function heldShare(path: string, name: string): number {
  const profile = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const column = profile.columns.find((c) => c.name === name)!;
  const held = column.frequent!.items.reduce((sum, item) => sum + item.count, 0);
  return held / column.count;
}

describe("drift-check on an interaction log's many users, items and categories", () => {
  it("does not test ids that repeat as categories, which two samples of one week would fail, and tests them when asked", async () => {
    const { dir, write } = tempDir();
    write("week0.csv", WEEK0);
    write("week1.csv", WEEK1);
    const run = await driftIn(dir, { reference: "week0.csv", current: "week1.csv" });
    const user = run.column("user");
    expect(user).toMatchObject({ score: null, drifted: false, tests: {}, distribution: null });
    const distinct = user.distinct_reference;
    expect(distinct).toBeGreaterThan(10_000);
    expect(user.note).toMatch(
      new RegExp(`^1\\d(\\.\\d+)?% of the reference values are distinct, ${distinct} of ${ROWS}, `),
    );
    expect(user.note).toContain(ID_ADVICE);
    // 1,500 categories over 72,000 rows repeat enough to be tested as categories.
    expect(run.column("category")).toMatchObject({ method: "jensen_shannon", drifted: true });
    expect(run.report!.dataset.tested_columns).toBe(3);

    // Why: a week against another week of the same users and items drifts by sampling alone.
    write("week0-again.csv", interactions(0, 3));
    const named = { method: "{user: jensen_shannon}" };
    const same = await driftIn(dir, {
      reference: "week0.csv",
      current: "week0-again.csv",
      ...named,
    });
    expect(same.column("user")).toMatchObject({ note: null, drifted: true });
    expect(same.column("category").drifted).toBe(false);
    // Named, it is tested as categories, and its real drift shows far past the sampling's.
    const asked = await driftIn(dir, { reference: "week0.csv", current: "week1.csv", ...named });
    expect(asked.column("user").note).toBeNull();
    expect(asked.column("user").statistic).toBeGreaterThan(same.column("user").statistic!);
  });

  it("notes integer ids whose popularity moved, which wasserstein passes, and keeps the verdict", async () => {
    const { dir, write } = tempDir();
    write("week0.csv", WEEK0);
    write("week1.csv", WEEK1);
    const run = await driftIn(dir, { reference: "week0.csv", current: "week1.csv" });
    const item = run.column("item");
    const { ks, wasserstein } = item.tests;
    expect(item).toMatchObject({ type: "integer", method: "wasserstein", drifted: false });
    expect(ks!.statistic).toBeGreaterThan(10 * wasserstein!.normed);
    expect(item.note).toBe(
      `the KS statistic ${formatNumber(ks!.statistic)} is over 10 times the normed Wasserstein distance ${formatNumber(wasserstein!.normed)}: many values moved a short way, as when the numbers are codes such as ids, whose moves wasserstein discounts; if they are, declare the column type string in the data contract to compare it as categories, or name its method, as in method {item: jensen_shannon}`,
    );
    // A measured quantity that shifts moves both alike: its drift needs no such note.
    expect(run.column("basket")).toMatchObject({ drifted: true, note: null });
    const asked = await driftIn(dir, {
      reference: "week0.csv",
      current: "week1.csv",
      method: "{item: jensen_shannon}",
    });
    expect(asked.column("item").drifted).toBe(true);
  });

  it("tests categories from summaries that hold little of them within the range the data allows, clamped to the distances there are, and counts those it cannot settle", async () => {
    const { dir } = await logs();
    const compare = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
    });
    const unplaced = ["week0.json", "week1.json"].map(
      (p) => 1 - heldShare(`${dir}/${p}`, "category"),
    );
    expect(Math.min(...unplaced)).toBeGreaterThan(0.1);
    const exact = await driftIn(dir, { reference: "week0.csv", current: "week1.csv" });
    const category = compare.column("category");
    // Neither summary is exact: the data's distance is within sqrt(u ln 2) a side of the
    // summaries', past both ends of the distances there are, so the range is clamped to them.
    const bound = unplaced.reduce((sum, u) => sum + Math.sqrt(u * Math.LN2), 0);
    expect(bound).toBeGreaterThan(LARGEST_JS / 2);
    const js = category.tests.jensen_shannon!;
    // Clamped to exactly those ends, the constants themselves.
    expect(rangeOf(js)).toEqual([0, LARGEST_JS]);
    expect(category.tests.chi2).toBeUndefined();
    const data = exact.column("category").statistic!;
    expect(data).toBeGreaterThan(0);
    expect(data).toBeLessThan(LARGEST_JS);
    // So wide a range holds the threshold: the verdict is the sketches' and says so.
    expect(category).toMatchObject({ method: "jensen_shannon", drifted: true });
    expect(category.note).toContain(
      `the sketches cannot settle this verdict: the score ${formatNumber(category.score!)} is within ${formatNumber(js.error_bound!)}, its error bound, of the threshold 0.1`,
    );
    expect(compare.report!.dataset.notes[0]).toMatch(
      /^the sketches cannot settle the verdict of \d+ columns \((category, )?.*\): each score is within its error bound of its threshold/,
    );
    // The ids keep their own note, from the profile's estimate of their distinct values.
    expect(compare.column("user").note).toContain(ID_ADVICE);
    // A profile as the reference of check mode reads the same.
    const checked = await driftIn(dir, { reference: "week0.json", current: "week1.csv" });
    expect(checked.column("category").tests.jensen_shannon!.error_bound).toBeGreaterThan(0);

    // A p-value from summaries is never settled: chi2 named is not tested.
    const named = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
      method: "{category: chi2}",
    });
    expect(named.column("category")).toMatchObject({ score: null, tests: {} });
    expect(named.column("category").note).toBe(
      `${SUMMARIES}, from which chi2 cannot be settled, so it is not tested: compare the data itself in check mode to test it`,
    );
    expect(named.report!.dataset.notes[0]).toMatch(
      /\(category, .*\): 1 is not tested, its method needing exact counts that the frequent-value summaries lack, and /,
    );
    // Hellinger's range is clamped to its own distances, [0, 1].
    const hellinger = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
      method: "{category: hellinger}",
    });
    const h = hellinger.column("category").tests.hellinger!;
    expect(rangeOf({ ...h, distance: h.statistic })).toEqual([0, 1]);
  });

  it("leaves the codes note out where the sketched Wasserstein distance's bound may reach the KS statistic", async () => {
    const { dir } = await logs();
    const compare = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
    });
    const item = compare.column("item");
    const { ks, wasserstein } = item.tests;
    const least = ks!.statistic - ks!.error_bound!;
    // The sketched distance is ten times below the KS statistic, its bound not.
    expect(least).toBeGreaterThan(10 * wasserstein!.normed);
    expect(least).toBeLessThan(10 * (wasserstein!.normed + wasserstein!.normed_error_bound!));
    expect(item).toMatchObject({ method: "wasserstein", note: null });
  });

  it("tests categories from summaries that place all but 0.1% of the values, within the distance's bound, without chi2", async () => {
    const { dir, write } = tempDir();
    // Ten tags of 3,000 rows each, and ten rare ones once, past a summary of 16 counters (the
    // default's 1,024 exact values would need a million rows to show this).
    const tags = (shares: number[], rare: string) =>
      `tag\n${[
        ...shares.flatMap((n, k) => Array<string>(n).fill(`t${k}`)),
        ...Array.from({ length: 10 }, (_, k) => `${rare}${k}`),
      ].join("\n")}\n`;
    write("week0.csv", tags(Array<number>(10).fill(3000), "a"));
    write("week1.csv", tags([6000, 3000, 3000, 3000, 3000, 2000, 2000, 2000, 3000, 3000], "b"));
    for (const week of ["week0", "week1"]) {
      const profile = await profileDataset(`${dir}/${week}.csv`, {
        settings: { exactCap: 16, frequentK: 16 },
      });
      writeFileSync(`${dir}/${week}.json`, JSON.stringify(profile));
    }
    const shares = ["week0.json", "week1.json"].map((p) => 1 - heldShare(`${dir}/${p}`, "tag"));
    expect(Math.max(...shares)).toBeLessThanOrEqual(0.001);
    const compare = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
    });
    const exact = await driftIn(dir, { reference: "week0.csv", current: "week1.csv" });
    const tag = compare.column("tag");
    expect(tag.tests.chi2).toBeUndefined();
    expect(tag.note).toMatch(
      /^counts from frequent-value summaries holding [\d.]+% of the reference's values and [\d.]+% of the current's values: the distance is the middle of the range the data's own may take, and its error bound the half-width, with chi2 and the categories new in current left out; the sketches cannot settle this verdict: the score [\d.]+ is within [\d.]+, its error bound, of the threshold 0\.1,/,
    );
    // The summaries are within a total variation of their unplaced share of the data: the
    // data's distance within sqrt(u ln 2) a side of theirs, a range inside [0, sqrt(ln 2)]
    // here, so unclamped (1e-12 for the rounding of sums).
    const bound = shares.reduce((sum, u) => sum + Math.sqrt(u * Math.LN2), 0);
    const [low, high] = rangeOf(tag.tests.jensen_shannon!);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(LARGEST_JS);
    expect(high - low).toBeCloseTo(2 * bound, 12);
    const data = exact.column("tag").statistic!;
    expect(data).toBeGreaterThanOrEqual(low - 1e-12);
    expect(data).toBeLessThanOrEqual(high + 1e-12);
    // The data itself lists the ten new tags, which the summaries cannot tell from dropped ones.
    expect(exact.column("tag").tests.chi2?.new_category_count).toBe(10);
  });

  it("bounds the distance from an exact reference against a current that filled with new values, and settles its verdict", async () => {
    const { dir, write } = tempDir();
    // A code of three values and 40 tags; in current, 30% of the rows hold one-off junk, and a
    // clean tag column 1,100 one-off typos (0.55%): both past the summaries' exact cap.
    const rows = (current: boolean) =>
      `code,tag,clean\n${Array.from({ length: 200_000 }, (_, i) => {
        const clean = current && i < 1100 ? `typo${i}` : `t${i % 40}`;
        return current && i % 10 < 3
          ? `${1000 + i},junk${i},${clean}`
          : `${i % 3},t${i % 40},${clean}`;
      }).join("\n")}\n`;
    write("ref.csv", rows(false));
    write("cur.csv", rows(true));
    await driftIn(dir, { mode: "profile", current: "ref.csv", "report-path": "ref.json" });
    const run = await driftIn(dir, { reference: "ref.json", current: "cur.csv" });
    const exact = await driftIn(dir, { reference: "ref.csv", current: "cur.csv" });
    for (const name of ["code", "tag", "clean"]) {
      const column = run.column(name);
      // The data's own distance lies in the range (1e-12 for the rounding of sums), which
      // lies on one side of the threshold.
      const [low, high] = rangeOf(column.tests.jensen_shannon!);
      const data = exact.column(name).statistic!;
      expect(data).toBeGreaterThanOrEqual(low - 1e-12);
      expect(data).toBeLessThanOrEqual(high + 1e-12);
      expect(low > 0.1 || high < 0.1).toBe(true);
      expect(column.drifted).toBe(exact.column(name).drifted);
    }
    expect(run.column("code").tests.ks).toBeDefined();
    expect(run.column("clean").drifted).toBe(false);
    expect(run.report!.dataset).toMatchObject({ drifted: true, inconclusive: false, notes: [] });
  });

  it("does not test ids of a few rows each, 4% of the values distinct, that sampling alone would drift", async () => {
    const { dir, write } = tempDir();
    const random = seededRandom(11);
    const ids = () =>
      `id\n${Array.from({ length: 300_000 }, () => `s${Math.floor(random() * 12_000)}`).join("\n")}\n`;
    write("a.csv", ids());
    write("b.csv", ids());
    const run = await driftIn(dir, { reference: "a.csv", current: "b.csv" });
    expect(run.column("id")).toMatchObject({ score: null, tests: {} });
    expect(run.column("id").note).toMatch(/^4(\.\d+)?% of the reference values are distinct/);
  });

  it("says a JSON Lines column of arrays holds arrays, which are not compared, and ignore-columns leaves it out", async () => {
    const { dir, write } = tempDir();
    const random = seededRandom(7);
    const lines = (n: number) =>
      Array.from({ length: n }, () => {
        const embedding = Array.from({ length: 4 }, () => Math.round(random() * 1000) / 1000);
        return JSON.stringify({ clicks: Math.floor(random() * 9), embedding });
      }).join("\n") + "\n";
    write("week0.jsonl", lines(300));
    write("week1.jsonl", lines(300));
    const note =
      "holds JSON arrays, each read as its JSON text, which are not compared: not tested; leave it out with ignore-columns, or compare a measure of the arrays in a column of its own";
    const run = await driftIn(dir, { reference: "week0.jsonl", current: "week1.jsonl" });
    expect(run.column("embedding")).toMatchObject({ score: null, tests: {}, note });
    for (const week of ["week0", "week1"]) {
      await driftIn(dir, {
        mode: "profile",
        current: `${week}.jsonl`,
        "report-path": `${week}.json`,
      });
    }
    const compare = await driftIn(dir, {
      mode: "compare",
      reference: "week0.json",
      current: "week1.json",
    });
    expect(compare.column("embedding").note).toBe(note);
    const ignored = await driftIn(dir, {
      reference: "week0.jsonl",
      current: "week1.jsonl",
      "ignore-columns": "embedding",
    });
    expect(ignored.report!.columns.map((c) => c.name)).toEqual(["clicks"]);
  });
});
