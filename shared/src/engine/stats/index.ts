// The stats capability; everything here is exported through the core package.
export { StatsInputError } from "./stats-input-error.js";
export type { Alternative } from "./validate.js";
export { erf, erfc, normalCdf, normalSf, normalQuantile } from "./normal-distribution.js";
export { logGamma, regularizedGammaP, regularizedGammaQ, chiSquareSf } from "./gamma-functions.js";
export { binomialCdf } from "./binomial-distribution.js";
export { kolmogorovSf, smirnovSf, kolmogorovSmirnovSf } from "./kolmogorov-distribution.js";
export {
  ksTwoSample,
  ksTwoSampleOfWalk,
  type KsTwoSampleOptions,
  type KsTwoSampleResult,
} from "./ks-two-sample.js";
export { walkEcdfs, type EcdfWalk } from "./ecdf-walk.js";
export { asSortedSample, sortSample, type SortedSample } from "./sort-sample.js";
export { wasserstein } from "./wasserstein.js";
export { energyDistance, energyDistanceOfWalk } from "./energy-distance.js";
export { gTestDrift } from "./g-test-drift.js";
export { fisherExact } from "./fisher-exact.js";
export { andersonDarlingTwoSample, ANDERSON_MIN_VALUES } from "./anderson-darling-two-sample.js";
export { besselK } from "./bessel-k.js";
export { cramerVonMisesTwoSample, type CramerVonMisesMethod } from "./cramer-von-mises.js";
export { cramerVonMisesLimitCdf } from "./cramer-von-mises-limit.js";
export {
  totalVariationDrift,
  TVD_PERMUTATIONS,
  type TotalVariationDriftOptions,
} from "./total-variation-drift.js";
export { hellingerDistance } from "./hellinger-distance.js";
export { hellingerNumbers, hellingerCategories } from "./hellinger-drift.js";
export { klDivergence } from "./kl-divergence.js";
export { klDivergenceNumbers, klDivergenceCategories } from "./kl-divergence-drift.js";
export {
  sturgesEdges,
  fillEmptyShares,
  distinctOfBoth,
  histogramShares,
} from "./evidently-bins.js";
export {
  wassersteinNormed,
  wassersteinNormedOfWalk,
  WASSERSTEIN_STD_FLOOR,
} from "./wasserstein-normed.js";
export { chiSquareGoodnessOfFit } from "./chi-square-goodness-of-fit.js";
export { chiSquareContingency } from "./chi-square-contingency.js";
export type { CategoryCounts } from "./category-counts.js";
export { chiSquareDrift } from "./chi-square-drift.js";
export { jensenShannon } from "./jensen-shannon.js";
export { jensenShannonDrift } from "./jensen-shannon-drift.js";
export { linearQuantile } from "./linear-quantile.js";
export { psi, PSI_EMPTY_BIN_SHARE, type PsiOptions } from "./psi.js";
export { twoProportionZTest } from "./two-proportion-z-test.js";
export {
  mannWhitneyU,
  mannWhitneyUTest,
  type MannWhitneyUOptions,
  type MannWhitneyUResult,
} from "./mann-whitney-u.js";
export { mcnemar } from "./mcnemar.js";
export { delongAuc, type DelongAucResult } from "./delong-auc.js";
export { delongTest, type DelongTestResult } from "./delong-test.js";
export { wilsonInterval } from "./wilson-interval.js";
export { adjustPValues, type PValueAdjustment } from "./adjust-p-values.js";
export { SeededRandom } from "./seeded-random.js";
export {
  pairedBootstrap,
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
} from "./paired-bootstrap.js";
export { referenceQuantileBins, type WeightedSorted } from "./quantile-bins.js";
export {
  pairedDifferenceScore,
  pairedDifferenceInterval,
  type DiscordantPairs,
} from "./paired-proportion-difference.js";
export { sampleBinomial, sampleMultinomial } from "./binomial-sample.js";
export { sampleHypergeometric } from "./hypergeometric-sample.js";
export { fillPoissonWeights, fillMultinomialWeights } from "./bootstrap-weights.js";
export {
  weightedBootstrap,
  cellBootstrap,
  POISSON_FROM,
  type ResampleWeights,
  type WeightedStatistic,
  type CountStatistic,
  type WeightedBootstrapOptions,
  type BootstrapReplicates,
} from "./weighted-bootstrap.js";
