#!/usr/bin/python3
"""Reference values for the paired-comparison engine (eval-gate's evidence), from scipy,
statsmodels and scikit-learn.

Run with Debian's python (apt-get install python3-scipy python3-statsmodels python3-sklearn):

    /usr/bin/python3 test/goldens/generate-evidence-goldens.py [output.json]

As generate-goldens.py: every input is generated here from a fixed seed and written next to its
expected output, so the TypeScript tests need no Python; sorted keys, floats as Python's
shortest round-trip repr.

- pairedDifference: Tango's score interval for a difference of paired proportions. No library
  here has it, so the reference solves Tango's definitions numerically and independently of the
  engine's closed form: the restricted maximum-likelihood estimate by root-finding on the score
  equation, the interval by root-finding on the statistic. At a difference of 0 the statistic
  squared is statsmodels' McNemar chi-square without continuity correction.
- pairedProportions: McNemar's p-value (statsmodels `mcnemar`, exact below 25 discordant pairs)
  and the challenger's Wilson interval (statsmodels `proportion_confint`).
- delong: both AUCs from scikit-learn's `roc_auc_score`, DeLong's covariance by the O(m n)
  definition (not the midrank shortcut the engine uses).
- bootstrap: scipy `bootstrap(paired=True, method='percentile')` intervals of a mean difference
  and of an F1 difference (F1 checked against scikit-learn's `f1_score`).
"""
import json
import sys

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import optimize, stats
from sklearn.metrics import f1_score, roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint

rng = np.random.default_rng(20240912)
cases = {}


def add(group, name, inputs, expected):
    cases.setdefault(group, []).append({"name": name, "input": inputs, "expected": expected})


def r6(values):
    return [float(f"{v:.6g}") for v in values]


# --- Tango's score interval -----------------------------------------------------------------
def restricted_p21(x, y, n, d):
    """argmax of x log(q + d) + y log q + (n - x - y) log(1 - 2q - d) over the feasible q."""
    low, high = max(0.0, -d), (1.0 - d) / 2.0
    rest = n - x - y

    def score(q):
        s = 0.0
        if x:
            s += x / (q + d)
        if y:
            s += y / q
        if rest:
            s -= 2.0 * rest / (1.0 - 2.0 * q - d)
        return s

    span = high - low
    a, b = low + span * 1e-15, high - span * 1e-15
    if span <= 0:
        return low
    if score(a) <= 0:
        return low
    if score(b) >= 0:
        return high
    return optimize.brentq(score, a, b, xtol=1e-300, rtol=4 * np.finfo(float).eps, maxiter=500)


def tango_z(x, y, n, d):
    q = restricted_p21(x, y, n, d)
    variance = n * (2 * q + d * (1 - d))
    numerator = x - y - n * d
    if variance <= 0:
        return 0.0 if numerator == 0 else np.sign(numerator) * np.inf
    return numerator / np.sqrt(variance)


def tango_interval(x, y, n, level):
    z = stats.norm.ppf(1 - (1 - level) / 2)
    estimate = (x - y) / n

    def root(target, a, b):
        f = lambda d: tango_z(x, y, n, d) - target
        if f(a) <= 0:
            return a
        if f(b) >= 0:
            return b
        return optimize.brentq(f, a, b, xtol=1e-15, rtol=4 * np.finfo(float).eps, maxiter=500)

    return root(z, -1.0, estimate), root(-z, estimate, 1.0)


for first_only, second_only, total in [
    (10, 6, 200),
    (0, 0, 50),
    (3, 0, 40),
    (0, 5, 30),
    (40, 25, 1000),
    (1, 2, 5),
    (200, 180, 100000),
    (25, 25, 60),
    (12, 30, 45),
    (0, 0, 100000),
]:
    x, y, n = second_only, first_only, total
    for level in [0.95, 0.99, 0.9]:
        lower, upper = tango_interval(x, y, n, level)
        add(
            "pairedDifferenceInterval",
            f"{first_only} first-only, {second_only} second-only of {total}, level {level}",
            {"firstOnly": first_only, "secondOnly": second_only, "total": total, "confidenceLevel": level},
            {"estimate": (x - y) / n, "lower": float(lower), "upper": float(upper)},
        )
    for d in [-0.1, -0.02, 0.0, 0.01, 0.05]:
        expected = {"score": float(tango_z(x, y, n, d))}
        if d == 0.0 and x + y > 0:
            table = np.array([[0, first_only], [second_only, total - x - y]])
            expected["mcnemarChiSquare"] = float(mcnemar(table, exact=False, correction=False).statistic)
        add(
            "pairedDifferenceScore",
            f"{first_only} first-only, {second_only} second-only of {total}, d = {d}",
            {"firstOnly": first_only, "secondOnly": second_only, "total": total, "difference": d},
            expected,
        )

# --- McNemar and Wilson on a paired table of correct answers ---------------------------------
for both, champion_only, challenger_only, neither in [
    (160, 10, 6, 24),
    (80, 0, 0, 20),
    (500, 30, 12, 58),
    (900, 40, 55, 5),
    (30, 9, 2, 9),
]:
    n = both + champion_only + challenger_only + neither
    discordant = champion_only + challenger_only
    table = np.array([[both, champion_only], [challenger_only, neither]])
    exact = discordant < 25
    p = 1.0 if discordant == 0 else float(mcnemar(table, exact=exact, correction=False).pvalue)
    lo, hi = proportion_confint(both + challenger_only, n, alpha=0.05, method="wilson")
    add(
        "pairedProportionEvidence",
        f"{both}/{champion_only}/{challenger_only}/{neither}",
        {"bothCorrect": both, "championOnly": champion_only, "challengerOnly": challenger_only, "neitherCorrect": neither},
        {
            "champion": (both + champion_only) / n,
            "challenger": (both + challenger_only) / n,
            "delta": (challenger_only - champion_only) / n,
            "noDifferencePValue": p,
            "challengerLower": float(lo),
            "challengerUpper": float(hi),
        },
    )


# --- DeLong ---------------------------------------------------------------------------------
def delong_covariance(scores_list, labels):
    pos = np.asarray(labels) == 1
    v10, v01 = [], []
    for s in scores_list:
        s = np.asarray(s, dtype=float)
        x, y = s[pos], s[~pos]
        psi = (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])
        v10.append(psi.mean(axis=1))
        v01.append(psi.mean(axis=0))
    v10, v01 = np.array(v10), np.array(v01)
    return np.cov(v10) / v10.shape[1] + np.cov(v01) / v01.shape[1]


def delong_case(name, labels, champion, challenger):
    cov = delong_covariance([champion, challenger], labels)
    auc_champion = float(roc_auc_score(labels, champion))
    auc_challenger = float(roc_auc_score(labels, challenger))
    delta = auc_challenger - auc_champion
    variance = float(max(0.0, cov[1, 1] + cov[0, 0] - 2 * cov[0, 1]))
    z = stats.norm.ppf(0.975)
    half = z * np.sqrt(variance)
    add(
        "delongEvidence",
        name,
        {"labels": labels, "championScores": champion, "challengerScores": challenger},
        {
            "champion": auc_champion,
            "challenger": auc_challenger,
            "delta": delta,
            "deltaStandardError": float(np.sqrt(variance)),
            "challengerStandardError": float(np.sqrt(cov[1, 1])),
            "lower": float(max(-1.0, delta - half)),
            "upper": float(min(1.0, delta + half)),
            "noDifferencePValue": float(min(1.0, 2 * stats.norm.sf(abs(delta) / np.sqrt(variance)))),
        },
    )


m, k = 70, 110
labels = [1] * m + [0] * k
truth = np.concatenate([rng.normal(1.0, size=m), rng.normal(size=k)])
delong_case("correlated, 70 vs 110", labels, r6(truth + 0.9 * rng.normal(size=m + k)), r6(truth + 0.6 * rng.normal(size=m + k)))
labels = [int(v) for v in rng.integers(0, 2, 200)]
delong_case("ties (integer scores)", labels, [int(v) for v in rng.integers(0, 5, 200)], [int(v) for v in rng.integers(0, 7, 200)])
m, k = 9, 300
labels = [1] * m + [0] * k
truth = np.concatenate([rng.normal(1.3, size=m), rng.normal(size=k)])
delong_case("imbalanced, 9 vs 300", labels, r6(truth + rng.normal(size=m + k)), r6(truth + 0.5 * rng.normal(size=m + k)))


# --- Paired bootstrap (scipy) ---------------------------------------------------------------
def bootstrap_case(group, name, data, statistic, inputs, resamples, vectorized=True):
    res = stats.bootstrap(
        data,
        statistic,
        paired=True,
        vectorized=vectorized,
        method="percentile",
        n_resamples=resamples,
        confidence_level=0.95,
        random_state=np.random.default_rng(7),
    )
    add(
        group,
        name,
        inputs,
        {
            "estimate": float(statistic(*data)),
            "lower": float(res.confidence_interval.low),
            "upper": float(res.confidence_interval.high),
            "resamples": resamples,
        },
    )


def mean_difference(champion, challenger, axis=-1):
    return np.mean(challenger, axis=axis) - np.mean(champion, axis=axis)


champion = np.array(r6(rng.normal(0.0, 1.0, 400)))
challenger = np.array(r6(champion + rng.normal(0.1, 0.5, 400)))
bootstrap_case(
    "bootstrapMeanDifference",
    "normal, 400 pairs",
    (champion, challenger),
    mean_difference,
    {"champion": list(champion), "challenger": list(challenger)},
    20000,
)
champion = np.array(r6(rng.exponential(1.0, 120)))
challenger = np.array(r6(rng.exponential(1.3, 120)))
bootstrap_case(
    "bootstrapMeanDifference",
    "skewed (exponential), 120 pairs",
    (champion, challenger),
    mean_difference,
    {"champion": list(champion), "challenger": list(challenger)},
    20000,
)


def f1(labels, predictions, axis=-1):
    tp = np.sum((labels == 1) & (predictions == 1), axis=axis)
    fp = np.sum((labels == 0) & (predictions == 1), axis=axis)
    fn = np.sum((labels == 1) & (predictions == 0), axis=axis)
    return 2 * tp / (2 * tp + fp + fn)


def f1_difference(labels, champion, challenger, axis=-1):
    return f1(labels, challenger, axis) - f1(labels, champion, axis)


n = 500
labels = (rng.random(n) < 0.35).astype(int)
signal = labels + rng.normal(0, 0.7, n)
champion = (signal + rng.normal(0, 0.5, n) > 0.6).astype(int)
challenger = (signal + rng.normal(0, 0.4, n) > 0.55).astype(int)
assert abs(f1(labels, champion) - f1_score(labels, champion)) < 1e-15
assert abs(f1(labels, challenger) - f1_score(labels, challenger)) < 1e-15
bootstrap_case(
    "bootstrapF1Difference",
    "binary, 500 examples",
    (labels, champion, challenger),
    f1_difference,
    {"labels": [int(v) for v in labels], "champion": [int(v) for v in champion], "challenger": [int(v) for v in challenger]},
    20000,
)

meta = {
    "generator": "test/goldens/generate-evidence-goldens.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "sklearn": sklearn.__version__,
    "statsmodels": statsmodels.__version__,
}
text = json.dumps({"meta": meta, "cases": cases}, sort_keys=True, indent=1) + "\n"
out = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/evidence.json"
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
