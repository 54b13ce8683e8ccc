// The numeric tests of the data benchmark's engine side, on whichever thread does a column
// (engine.js, compare-thread.js): both samples sorted into rooms reused from column to column (a
// packed sample's sorted values are a sorted sample as they are; the current's given up as it is
// sorted, as drift-check takes them) and one walk of both ECDFs for KS and normed Wasserstein.
import { ksTwoSampleOfWalk, walkEcdfs, wassersteinNormedOfWalk } from "@mlops/shared/stats";

export function numericTests(reference, current, rooms) {
  const sorted = reference.sorted(rooms.reference);
  const walk = walkEcdfs(sorted, current.takeSorted(rooms.current));
  const ks = ksTwoSampleOfWalk(walk);
  const w = wassersteinNormedOfWalk(walk, sorted);
  return {
    ks_statistic: ks.statistic,
    ks_pvalue: ks.pValue,
    wasserstein: w.distance,
    wasserstein_normed: w.normed,
  };
}
