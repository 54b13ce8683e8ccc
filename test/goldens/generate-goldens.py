#!/usr/bin/python3
"""Reference values for the statistics engine, from scipy and statsmodels.

Run with Debian's python (apt-get install python3-scipy python3-statsmodels):

    /usr/bin/python3 test/goldens/generate-goldens.py [output.json]

Every input is generated here from a fixed seed and written next to its expected output, so the
TypeScript tests need no Python. The output is deterministic: sorted keys, floats as Python's
shortest round-trip repr. Large samples are stored as integers or rounded to 6 significant
digits (the reference values are computed on exactly the stored numbers).
"""
import json
import math
import sys
import warnings
from fractions import Fraction

import numpy as np
import scipy
import statsmodels
from scipy import special, stats
from scipy.spatial import distance
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

rng = np.random.default_rng(20240607)
cases = {}


def add(group, name, inputs, expected, rtol=None, reason=None):
    case = {"name": name, "input": inputs, "expected": expected}
    if rtol is not None:
        case["rtol"] = rtol
        case["reason"] = reason
    cases.setdefault(group, []).append(case)


def fl(values):
    return [float(v) for v in values]


def r6(values):
    return [float(f"{v:.6g}") for v in values]


def ints(values):
    return [int(v) for v in values]


# --- Kolmogorov-Smirnov ---------------------------------------------------------------------
def ks(name, x, y, alternative="two-sided", method="auto", rtol=None, reason=None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = stats.ks_2samp(x, y, alternative=alternative, method=method)
    n1, n2 = len(x), len(y)
    used = "exact" if method == "exact" or (method == "auto" and max(n1, n2) <= 10000) else "asymp"
    if any("Switching to" in str(w.message) for w in caught):
        used = "asymp"
    add(
        "ksTwoSample",
        name,
        {"x": x, "y": y, "alternative": alternative, "method": method},
        {"statistic": float(res.statistic), "pValue": float(res.pvalue), "method": used},
        rtol,
        reason,
    )


ks("tiny samples", fl(rng.normal(size=5)), fl(rng.normal(0.5, size=4)))
for alt in ["two-sided", "less", "greater"]:
    x = r6(rng.normal(size=40))
    y = r6(rng.normal(0.4, size=55))
    ks(f"n1 != n2, {alt}", x, y, alt)
    x = r6(rng.normal(size=60))
    y = r6(rng.normal(0.3, size=60))
    ks(f"n1 == n2, {alt}", x, y, alt)
    ks(f"ties (integers), {alt}", ints(rng.integers(0, 6, 80)), ints(rng.integers(0, 7, 70)), alt)
ks("identical samples", [1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0])
ks("completely separated", fl(range(10)), fl(range(100, 125)))
ks("heavy tails (Cauchy)", r6(rng.standard_cauchy(300)), r6(rng.standard_cauchy(250) + 1))
ks("single values", [0.0], [1.0])
ks("one against many", [0.5], r6(rng.normal(size=30)))
ks("extreme p-value", r6(rng.normal(size=500)), r6(rng.normal(2, size=450)))
ks("forced asymptotic", r6(rng.normal(size=200)), r6(rng.normal(0.2, size=150)), method="asymp")
ks(
    "forced asymptotic, one-sided",
    r6(rng.normal(size=200)),
    r6(rng.normal(0.2, size=150)),
    "less",
    method="asymp",
)
ks("one-sided exact overflow falls back", r6(rng.normal(size=900)), r6(rng.normal(0.1, size=800)), "greater")
ks("n = 10000 vs 9999 (exact)", ints(rng.integers(0, 3000, 10000)), ints(rng.integers(0, 3000, 9999) + 40))
ks("n = 10000 vs 10000 (exact)", ints(rng.integers(0, 3000, 10000)), ints(rng.integers(20, 3020, 10000)))
ks("n = 10001 vs 9000 (asymptotic)", ints(rng.integers(0, 3000, 10001)), ints(rng.integers(0, 3000, 9000) + 30))
ks("n = 12000 vs 11000 one-sided (asymptotic)", ints(rng.integers(0, 999, 12000)), ints(rng.integers(3, 1002, 11000)), "greater")
ks("large n vs small n (asymptotic)", ints(rng.integers(0, 5000, 20000)), ints(rng.integers(0, 5000, 30)))
ks("large n vs 150 (asymptotic)", ints(rng.integers(0, 5000, 12000)), ints(rng.integers(300, 5300, 150)))

# --- Wasserstein ----------------------------------------------------------------------------
def wd(name, x, y):
    d = float(stats.wasserstein_distance(x, y))
    std = float(np.std(np.asarray(x, dtype=float)))
    add("wasserstein", name, {"x": x, "y": y}, {"distance": d, "normed": d / max(std, 0.001)})


wd("small", [0.0, 1.0, 3.0], [5.0, 6.0, 8.0])
wd("ties", ints(rng.integers(0, 5, 50)), ints(rng.integers(0, 6, 40)))
wd("normal shift", r6(rng.normal(size=300)), r6(rng.normal(0.3, 1.2, size=200)))
wd("Cauchy", r6(rng.standard_cauchy(200)), r6(rng.standard_cauchy(220)))
wd("identical", [1.0, 2.0, 2.0, 5.0], [1.0, 2.0, 2.0, 5.0])
wd("constant reference (std floor)", [3.0] * 10, [3.0, 3.5, 4.0])
wd("single values", [1.5], [-2.0])

# --- chi-square -----------------------------------------------------------------------------
def gof(name, obs, exp=None):
    res = stats.chisquare(obs, exp)
    add(
        "chiSquareGoodnessOfFit",
        name,
        {"observed": obs, "expected": exp},
        {"statistic": float(res.statistic), "pValue": float(res.pvalue)},
    )


gof("uniform expected", [16, 18, 16, 14, 12, 12])
gof("given expected", [16, 18, 16, 14, 12, 12], [16.0, 16.0, 16.0, 16.0, 16.0, 8.0])
gof("extreme p-value", [1000, 10, 10], [340.0, 340.0, 340.0])
gof("two categories", [3, 7])


def cont(name, table, correction=True):
    res = stats.chi2_contingency(table, correction=correction)
    add(
        "chiSquareContingency",
        name,
        {"table": table, "correction": correction},
        {"statistic": float(res[0]), "pValue": float(res[1]), "dof": int(res[2])},
    )


cont("2x2 with Yates", [[12, 5], [7, 9]])
cont("2x2 without Yates", [[12, 5], [7, 9]], False)
cont("2x2 tiny difference (Yates clamps at |O - E|)", [[10, 10], [10, 11]])
cont("3x4", [[12, 5, 7, 9], [3, 8, 10, 2], [6, 6, 6, 30]])
cont("1x3 (dof 0)", [[3, 4, 5]])
cont("extreme", [[1000, 1], [1, 1000]])


def drift(name, ref, cur):
    keys = list(dict.fromkeys([k for k in list(ref) + list(cur) if ref.get(k, 0) > 0 or cur.get(k, 0) > 0]))
    n_ref = sum(ref.values())
    n_cur = sum(cur.values())
    f_exp = [ref.get(k, 0) * n_cur / n_ref for k in keys]
    f_obs = [cur.get(k, 0) for k in keys]
    new = [k for k, e in zip(keys, f_exp) if e == 0]
    if len(keys) < 2:
        expected = {"statistic": 0.0, "pValue": 1.0, "dof": 0, "newCategories": []}
    elif new:
        with np.errstate(divide="ignore", invalid="ignore"):
            p = float(stats.chisquare(f_obs, f_exp)[1])
        assert p == 0.0, p
        finite = sum((o - e) ** 2 / e for o, e in zip(f_obs, f_exp) if e > 0)
        expected = {"statistic": float(finite), "pValue": 0.0, "dof": len(keys) - 1, "newCategories": new}
    else:
        res = stats.chisquare(f_obs, f_exp)
        expected = {
            "statistic": float(res.statistic),
            "pValue": float(res.pvalue),
            "dof": len(keys) - 1,
            "newCategories": [],
        }
    js_e = float(distance.jensenshannon([r / n_ref for r in [ref.get(k, 0) for k in keys]], [c / n_cur for c in f_obs]))
    js_2 = float(distance.jensenshannon([ref.get(k, 0) / n_ref for k in keys], [c / n_cur for c in f_obs], 2))
    add("chiSquareDrift", name, {"reference": ref, "current": cur}, expected)
    add("jensenShannonDrift", name, {"reference": ref, "current": cur}, {"natural": js_e, "base2": js_2})


drift("same shares", {"a": 5, "b": 5}, {"a": 5, "b": 5})
drift("Evidently's example (p = 0.1169)", {"a": 5, "b": 5}, {"a": 8, "b": 3})
drift("many categories", {"a": 120, "b": 340, "c": 50, "d": 7}, {"a": 100, "b": 400, "c": 20, "d": 9})
drift("category missing in current", {"a": 30, "b": 20, "c": 10}, {"a": 33, "b": 27})
drift("category new in current", {"a": 30, "b": 20}, {"a": 33, "b": 27, "z": 4})
drift("explicit zero counts", {"a": 30, "b": 0, "c": 12}, {"a": 25, "b": 0, "c": 15})
drift("single category", {"a": 30}, {"a": 12})
drift("extreme p-value", {"a": 5000, "b": 5000}, {"a": 9000, "b": 1000})

# --- Jensen-Shannon -------------------------------------------------------------------------
def js(name, p, q, base=None):
    d = float(distance.jensenshannon(p, q, base))
    add("jensenShannon", name, {"p": p, "q": q, "base": base}, {"distance": d, "divergence": d * d})


js("scipy's example", [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], 2.0)
js("natural log", [1.0, 0.0, 0.0], [1.0, 0.5, 0.0])
js("unnormalised counts", [10, 20, 30, 40], [40, 30, 20, 10])
js("identical", [0.2, 0.3, 0.5], [0.2, 0.3, 0.5])
js("base 10", fl(rng.random(12)), fl(rng.random(12)), 10.0)
js("disjoint", [1, 2, 0, 0], [0, 0, 3, 4])

# --- PSI ------------------------------------------------------------------------------------
def fill(s):
    s = s.copy()
    nz = s[s != 0]
    m = nz.min()
    s[s == 0] = m / 10**6 if m <= 0.0001 else 0.0001
    return s


def psi_value(r, c):
    return float(np.sum((r - c) * np.log(r / c)))


def psi_evidently(name, ref, cur):
    ref_a = np.asarray(ref, dtype=float)
    cur_a = np.asarray(cur, dtype=float)
    if len(np.unique(ref_a)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref_a, cur_a]), bins="sturges")
        r = np.histogram(ref_a, bins)[0] / len(ref_a)
        c = np.histogram(cur_a, bins)[0] / len(cur_a)
    else:
        keys = list(dict.fromkeys(list(ref) + list(cur)))
        r = np.array([np.sum(ref_a == k) / len(ref_a) for k in keys])
        c = np.array([np.sum(cur_a == k) / len(cur_a) for k in keys])
    r, c = fill(r), fill(c)
    add("psi", name, {"reference": ref, "current": cur, "binning": "evidently"}, {"psi": psi_value(r, c), "bins": len(r)})


def psi_quantiles(name, ref, cur, n_bins=10):
    ref_a = np.asarray(ref, dtype=float)
    cur_a = np.asarray(cur, dtype=float)
    edges = np.quantile(ref_a, np.arange(1, n_bins) / n_bins)
    r = np.bincount(np.searchsorted(edges, ref_a, side="left"), minlength=n_bins) / len(ref_a)
    c = np.bincount(np.searchsorted(edges, cur_a, side="left"), minlength=n_bins) / len(cur_a)
    r, c = fill(r), fill(c)
    add(
        "psi",
        name,
        {"reference": ref, "current": cur, "binning": "reference-quantiles", "bins": n_bins},
        {"psi": psi_value(r, c), "bins": n_bins},
    )


psi_evidently("numeric, Sturges bins", r6(rng.normal(size=400)), r6(rng.normal(0.3, size=300)))
psi_evidently("numeric, no drift", r6(rng.normal(size=1024)), r6(rng.normal(size=1024)))
psi_evidently("few distinct values (categories)", ints(rng.integers(0, 5, 200)), ints(rng.integers(0, 7, 150)))
psi_evidently("empty bins (heavy tails)", r6(rng.standard_cauchy(300)), r6(rng.normal(size=200)))
psi_quantiles("reference quantiles", r6(rng.normal(size=500)), r6(rng.normal(0.5, size=400)))
psi_quantiles("reference quantiles, out-of-range current", r6(rng.normal(size=200)), r6(rng.normal(5, size=100)), 5)
psi_quantiles("reference quantiles, ties", ints(rng.integers(0, 4, 300)), ints(rng.integers(0, 5, 300)))

# --- two-proportion z-test ------------------------------------------------------------------
for name, s1, n1, s2, n2, alt in [
    ("two-sided", 45, 100, 30, 90, "two-sided"),
    ("greater", 45, 100, 30, 90, "larger"),
    ("less", 45, 100, 30, 90, "smaller"),
    ("large samples", 5210, 10000, 5050, 10000, "two-sided"),
    ("extreme", 900, 1000, 100, 1000, "two-sided"),
]:
    z, p = proportions_ztest([s1, s2], [n1, n2], alternative=alt)
    add(
        "twoProportionZTest",
        name,
        {"s1": s1, "n1": n1, "s2": s2, "n2": n2, "alternative": {"larger": "greater", "smaller": "less"}.get(alt, alt)},
        {"statistic": float(z), "pValue": float(p)},
    )

# --- Mann-Whitney U and Hodges-Lehmann ------------------------------------------------------
def mwu(name, x, y, alternative="two-sided", method="auto", use_continuity=True):
    res = stats.mannwhitneyu(x, y, use_continuity=use_continuity, alternative=alternative, method=method)
    xy = np.concatenate([x, y])
    ties = len(np.unique(xy)) < len(xy)
    used = method if method != "auto" else ("asymptotic" if (len(x) > 8 and len(y) > 8) or ties else "exact")
    d = np.sort(np.subtract.outer(np.asarray(x, float), np.asarray(y, float)).ravel())
    mn = len(d)
    z = stats.norm.ppf(0.975)
    k = max(1, int(np.floor(mn / 2 - z * np.sqrt(mn * (len(x) + len(y) + 1) / 12))))
    add(
        "mannWhitneyU",
        name,
        {"x": x, "y": y, "alternative": alternative, "method": method, "useContinuity": use_continuity},
        {
            "statistic": float(res.statistic),
            "pValue": float(res.pvalue),
            "method": used,
            "shift": float(np.median(d)),
            "shiftLower": float(d[k - 1]),
            "shiftUpper": float(d[mn - k]),
        },
    )


mwu("scipy's example (exact)", [19, 22, 16, 29, 24], [20, 11, 17, 12])
mwu("scipy's example (asymptotic)", [19, 22, 16, 29, 24], [20, 11, 17, 12], method="asymptotic")
mwu("without continuity", [19, 22, 16, 29, 24], [20, 11, 17, 12], method="asymptotic", use_continuity=False)
for alt in ["two-sided", "less", "greater"]:
    mwu(f"exact, small, {alt}", r6(rng.normal(size=7)), r6(rng.normal(0.8, size=12)), alt)
    mwu(f"asymptotic with ties, {alt}", ints(rng.integers(0, 10, 40)), ints(rng.integers(2, 12, 35)), alt)
mwu("exact forced, 20 x 25", r6(rng.normal(size=20)), r6(rng.normal(0.5, size=25)), method="exact")
mwu("large", r6(rng.normal(size=800)), r6(rng.normal(0.1, size=700)))
mwu("extreme p-value", r6(rng.normal(size=300)), r6(rng.normal(2, size=300)))
mwu("all tied", [1, 1, 1], [1, 1])

# --- DeLong -------------------------------------------------------------------------------
# No scipy or statsmodels function computes DeLong's variance: the reference is the original
# O(m n) definition (DeLong, DeLong & Clarke-Pearson 1988), every pair compared, independent of
# the engine's midrank algorithm; the AUC itself comes from scipy's Mann-Whitney U.
def delong_direct(scores_list, labels):
    pos = np.asarray(labels) == 1
    v10, v01 = [], []
    for s in scores_list:
        s = np.asarray(s, dtype=float)
        x, y = s[pos], s[~pos]
        psi = (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])
        v10.append(psi.mean(axis=1))
        v01.append(psi.mean(axis=0))
    v10, v01 = np.array(v10), np.array(v01)
    cov = np.atleast_2d(np.cov(v10)) / v10.shape[1] + np.atleast_2d(np.cov(v01)) / v01.shape[1]
    return cov


def mwu_auc(scores, labels):
    s, pos = np.asarray(scores, dtype=float), np.asarray(labels) == 1
    return float(stats.mannwhitneyu(s[pos], s[~pos]).statistic) / (pos.sum() * (~pos).sum())


def delong_auc(name, scores, labels, level=0.95):
    auc = mwu_auc(scores, labels)
    var = float(delong_direct([scores], labels)[0, 0])
    half = stats.norm.ppf(1 - (1 - level) / 2) * np.sqrt(var)
    add(
        "delongAuc",
        name,
        {"scores": scores, "labels": labels, "confidenceLevel": level},
        {"auc": auc, "variance": var, "lower": float(max(0.0, auc - half)), "upper": float(min(1.0, auc + half))},
    )


def delong_test(name, a, b, labels, alternative="two-sided"):
    cov = delong_direct([a, b], labels)
    auc_a, auc_b = mwu_auc(a, labels), mwu_auc(b, labels)
    var = float(max(0.0, cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]))
    diff = auc_a - auc_b
    z = diff / np.sqrt(var) if var > 0 else 0.0
    p = {"two-sided": min(1.0, 2 * stats.norm.sf(abs(z))), "greater": stats.norm.sf(z), "less": stats.norm.cdf(z)}[alternative]
    add(
        "delongTest",
        name,
        {"scoresA": a, "scoresB": b, "labels": labels, "alternative": alternative},
        {"aucA": auc_a, "aucB": auc_b, "difference": diff, "variance": var, "statistic": float(z), "pValue": float(p)},
    )


def classifier_data(m, n, shift, noise=0.0):
    labels = [1] * m + [0] * n
    truth = np.concatenate([rng.normal(shift, size=m), rng.normal(size=n)])
    return labels, r6(truth + noise * rng.normal(size=m + n)), truth


labels, scores, _ = classifier_data(60, 80, 1.0)
delong_auc("moderate, 60 vs 80", scores, labels)
delong_auc("moderate, level 0.9", scores, labels, 0.9)
delong_auc("small n (2 vs 3)", [0.9, 0.4, 0.5, 0.1, 0.4], [1, 1, 0, 0, 0])
delong_auc("ties (integer scores)", ints(rng.integers(0, 5, 90)), ints(rng.integers(0, 2, 90)))
labels, scores, _ = classifier_data(6, 300, 1.5)
delong_auc("imbalanced, 6 vs 300", scores, labels)
delong_auc("perfect separation", [5.0, 6.0, 7.0, 1.0, 2.0], [1, 1, 1, 0, 0])
delong_auc("all tied", [1.0] * 6, [1, 0, 1, 0, 1, 0])
labels, scores, _ = classifier_data(400, 600, 0.3)
delong_auc("large, weak", scores, labels)

labels, a, truth = classifier_data(70, 90, 1.2)
b = r6(truth + 0.8 * rng.normal(size=len(truth)))
for alt in ["two-sided", "less", "greater"]:
    delong_test(f"correlated, {alt}", a, b, labels, alt)
delong_test("small n (3 vs 2)", [0.8, 0.7, 0.2, 0.3, 0.1], [0.6, 0.9, 0.5, 0.4, 0.65], [1, 1, 1, 0, 0])
ties_labels = ints(rng.integers(0, 2, 120))
delong_test("ties (integer scores)", ints(rng.integers(0, 4, 120)), ints(rng.integers(0, 6, 120)), ties_labels)
labels, a, truth = classifier_data(8, 250, 1.0)
delong_test("imbalanced, 8 vs 250", a, r6(truth + rng.normal(size=len(truth))), labels)
labels, a, _ = classifier_data(50, 50, 0.8)
delong_test("identical classifiers", a, a, labels)
labels, a, _ = classifier_data(40, 45, 0.7)
delong_test("independent scores", a, r6(rng.normal(size=85)), labels)

# --- McNemar --------------------------------------------------------------------------------
for name, table in [
    ("balanced", [[20, 5], [7, 30]]),
    ("unbalanced", [[101, 121], [59, 33]]),
    ("small", [[3, 1], [6, 2]]),
    ("equal discordant", [[10, 4], [4, 10]]),
    ("extreme", [[500, 300], [20, 500]]),
]:
    for exact, correction in [(True, True), (False, True), (False, False)]:
        res = mcnemar(np.array(table), exact=exact, correction=correction)
        add(
            "mcnemar",
            f"{name}, exact={exact}, correction={correction}",
            {"table": table, "exact": exact, "correction": correction},
            {"statistic": float(res.statistic), "pValue": float(res.pvalue)},
        )

# --- Wilson ---------------------------------------------------------------------------------
for count, nobs, alpha in [(0, 10, 0.05), (3, 10, 0.05), (10, 10, 0.05), (512, 1000, 0.01), (1, 100000, 0.1)]:
    lo, hi = proportion_confint(count, nobs, alpha=alpha, method="wilson")
    add(
        "wilsonInterval",
        f"{count} of {nobs}, alpha {alpha}",
        {"successes": count, "trials": nobs, "confidenceLevel": 1 - alpha},
        {"lower": float(max(lo, 0.0)), "upper": float(min(hi, 1.0))},
    )

# --- multiple testing -----------------------------------------------------------------------
pv_sets = {
    "spread": [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.0001],
    "ties": [0.02, 0.02, 0.02, 0.5, 0.01],
    "none significant": [0.3, 0.6, 0.9],
    "single": [0.04],
    "random": fl(rng.random(25) ** 3),
}
for set_name, pv in pv_sets.items():
    for ours, theirs in [("bonferroni", "bonferroni"), ("holm", "holm"), ("benjamini-hochberg", "fdr_bh")]:
        reject, adjusted, _, _ = multipletests(pv, alpha=0.05, method=theirs)
        add(
            "adjustPValues",
            f"{set_name}, {ours}",
            {"pValues": pv, "method": ours, "alpha": 0.05},
            {"adjusted": fl(adjusted), "reject": [bool(r) for r in reject]},
        )

# --- special functions ----------------------------------------------------------------------
for x in [-30.0, -8.0, -3.0, -1.0, -0.1, 0.0, 0.5, 1.96, 5.0, 10.0]:
    add("normal", f"x = {x}", {"x": x}, {"cdf": float(special.ndtr(x)), "sf": float(stats.norm.sf(x))})
for p in [1e-300, 1e-12, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]:
    add("normalQuantile", f"p = {p}", {"p": p}, {"quantile": float(special.ndtri(p))})
for a, x in [(0.5, 0.1), (1.0, 2.0), (2.5, 1.0), (10.0, 30.0), (50.0, 45.0), (100.0, 150.0), (3.0, 0.001)]:
    add("gamma", f"a = {a}, x = {x}", {"a": a, "x": x}, {"p": float(special.gammainc(a, x)), "q": float(special.gammaincc(a, x))})
for x in [0.2, 0.5, 0.8, 1.0, 1.36, 2.0, 3.0]:
    add("kolmogorov", f"x = {x}", {"x": x}, {"sf": float(special.kolmogorov(x))})
for n, x in [(1, 0.3), (5, 0.2), (10, 0.5), (100, 0.1), (1000, 0.05), (5000, 0.02)]:
    add("smirnov", f"n = {n}, x = {x}", {"n": n, "x": x}, {"sf": float(special.smirnov(n, x))})
for n, x in [(3, 0.2), (10, 0.1), (10, 0.3), (50, 0.1), (100, 0.2), (140, 0.05), (500, 0.03), (500, 0.08), (5000, 0.008), (5000, 0.015), (200000, 0.002), (20000, 0.5)]:
    add("kolmogorovSmirnov", f"n = {n}, x = {x}", {"n": n, "x": x}, {"sf": float(stats.kstwo.sf(x, n))})

# --- Evidently's drift methods -------------------------------------------------------------
# Hellinger, KL divergence and the z-test are written out as Evidently's stattests compute them
# (hellinger_distance.py, kl_div.py with utils.get_binned_data, z_stattest.py); the others are
# the scipy functions those stattests call. A generator of its own leaves the cases above as they were.
erng = np.random.default_rng(20261202)


def ev_fill(shares):
    shares = np.array(shares, dtype=float)
    smallest = min(shares[shares != 0])
    np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return shares


def ev_hellinger_numbers(x, y):
    keys = np.unique(np.concatenate([x, y]))
    bins = np.histogram_bin_edges(keys, bins="sturges")
    h1 = np.histogram(x, bins=bins, density=True)[0]
    h2 = np.histogram(y, bins=bins, density=True)[0]
    width = (max(bins) - min(bins)) / (len(bins) - 1)
    overlap = sum(np.sqrt(a * b) * width for a, b in zip(h1, h2))
    return float(np.sqrt(1 - np.clip(overlap, 0, 1))), len(bins) - 1


def ev_kl_numbers(x, y):
    assert len(np.unique(x)) > 20
    bins = np.histogram_bin_edges(np.concatenate([x, y]), bins="sturges")
    p = np.histogram(x, bins)[0] / len(x)
    q = np.histogram(y, bins)[0] / len(y)
    return float(stats.entropy(ev_fill(p), ev_fill(q))), len(bins) - 1


def numbers(name, x, y):
    h, hb = ev_hellinger_numbers(np.array(x), np.array(y))
    add("hellingerNumbers", name, {"x": x, "y": y}, {"distance": h, "bins": hb})
    if len(np.unique(x)) > 20:
        kl, kb = ev_kl_numbers(np.array(x), np.array(y))
        add("klDivergenceNumbers", name, {"x": x, "y": y}, {"divergence": kl, "bins": kb})
    add("energyDistance", name, {"x": x, "y": y}, {"distance": float(stats.energy_distance(x, y))})


numbers("normal, shifted", r6(erng.normal(size=500)), r6(erng.normal(0.3, size=400)))
numbers("small samples", r6(erng.normal(size=30)), r6(erng.normal(size=25)))
numbers("integers with ties", ints(erng.integers(0, 40, 300)), ints(erng.integers(5, 45, 200)))
numbers("512 values in all (log2 exact)", r6(erng.normal(size=256)), r6(erng.normal(size=256)))
numbers("disjoint ranges", r6(erng.uniform(0, 1, 100)), r6(erng.uniform(5, 6, 120)))
numbers("one value on both sides", [3.0, 3.0, 3.0], [3.0, 3.0])


def categories(name, ref, cur):
    keys = [k for k in dict.fromkeys(list(ref) + list(cur)) if ref.get(k, 0) > 0 or cur.get(k, 0) > 0]
    r = np.array([ref.get(k, 0) for k in keys], dtype=float)
    c = np.array([cur.get(k, 0) for k in keys], dtype=float)
    p, q = r / r.sum(), c / c.sum()
    hellinger = float(np.sqrt(1 - np.clip(np.sum(np.sqrt(p * q)), 0, 1)))
    kl = float(stats.entropy(ev_fill(p), ev_fill(q)))
    add("evidentlyCategories", name, {"reference": ref, "current": cur}, {"hellinger": hellinger, "klDiv": kl})
    f_exp = r * c.sum() / r.sum()
    if len(keys) >= 2 and (f_exp > 0).all():
        g, pg = stats.power_divergence(c, f_exp, lambda_="log-likelihood")
        add("gTestDrift", name, {"reference": ref, "current": cur}, {"statistic": float(g), "pValue": float(pg)})


categories("same shares", {"a": 50, "b": 30, "c": 20}, {"a": 100, "b": 60, "c": 40})
categories("moved shares", {"a": 120, "b": 340, "c": 50, "d": 7}, {"a": 100, "b": 400, "c": 20, "d": 9})
categories("category missing in current", {"a": 30, "b": 20, "c": 10}, {"a": 33, "b": 27})
categories("category new in current", {"a": 30, "b": 20}, {"a": 33, "b": 27, "z": 4})
categories("tiny share smoothed", {"a": 100000, "b": 3}, {"a": 90000, "b": 0, "c": 50})
categories("extreme p-value", {"a": 5000, "b": 5000}, {"a": 9000, "b": 1000})


def ev_z(name, ref_second, n_ref, cur_second, n_cur):
    p1, p2 = ref_second / n_ref, cur_second / n_cur
    pooled = (p1 * n_ref + p2 * n_cur) / (n_ref + n_cur)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n_ref + 1.0 / n_cur))
    add(
        "zTestEvidently",
        name,
        {"s1": ref_second, "n1": n_ref, "s2": cur_second, "n2": n_cur},
        {"statistic": float(z), "pValue": float(2 * (1 - stats.norm.cdf(np.abs(z))))},
    )


ev_z("equal shares", 150, 500, 150, 500)
ev_z("moved shares", 150, 500, 225, 500)
ev_z("small samples", 4, 12, 9, 15)

for name, x, y in [
    ("reference smaller", r6(erng.normal(size=400)), r6(erng.normal(0.2, size=350))),
    ("same distribution", r6(erng.normal(size=300)), r6(erng.normal(size=320))),
    ("exact, small", r6(erng.normal(size=6)), r6(erng.normal(1, size=7))),
    ("5 million pairs", r6(erng.normal(size=2500)), r6(erng.normal(0.05, size=2000))),
]:
    res = stats.mannwhitneyu(x, y, alternative="less")
    add("mannWhitneyUTest", name, {"x": x, "y": y}, {"statistic": float(res.statistic), "pValue": float(res.pvalue)})

for name, table in [
    ("scipy's example", [[8, 2], [1, 5]]),
    ("equal shares", [[30, 70], [30, 70]]),
    ("moved shares", [[150, 350], [225, 275]]),
    ("a zero cell", [[0, 12], [5, 9]]),
    ("a zero row", [[0, 0], [5, 9]]),
    ("large counts", [[1480, 3520], [1600, 3400]]),
    ("extreme p-value", [[900, 100], [100, 900]]),
]:
    res = stats.fisher_exact(table)
    odds = float(res.statistic)
    add(
        "fisherExact",
        name,
        {"table": table},
        {"oddsRatio": None if not np.isfinite(odds) else odds, "pValue": float(res.pvalue)},
    )

for name, x, y in [
    ("slightly shifted (level capped at 0.25)", r6(erng.normal(size=300)), r6(erng.normal(0.25, size=250))),
    ("same distribution (level capped at 0.25)", r6(erng.normal(size=200)), r6(erng.normal(size=220))),
    ("far apart (level floored at 0.001)", r6(erng.normal(size=100)), r6(erng.normal(2, size=100))),
    ("integers with ties", ints(erng.integers(0, 10, 150)), ints(erng.integers(1, 11, 140))),
    ("small samples", r6(erng.normal(size=12)), r6(erng.normal(0.9, size=10))),
]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = stats.anderson_ksamp([x, y])
    add(
        "andersonDarlingTwoSample",
        name,
        {"x": x, "y": y},
        {"statistic": float(res.statistic), "significanceLevel": float(res.significance_level)},
    )

# --- Cramér-von Mises and the total variation distance -------------------------------------
# Evidently's cramer_von_mises copies scipy's cramervonmises_2samp. Its TVD test is a permutation
# test of numpy draws, which cannot be reproduced: its p-value is checked, within Monte Carlo
# error, against the exact permutation p-value where the splits can be enumerated, and scipy's
# permutation_test otherwise. A generator of its own leaves the cases above as they were.
crng = np.random.default_rng(20261203)


def cvm(name, x, y, method="auto", rtol=None, reason=None):
    res = stats.cramervonmises_2samp(x, y, method=method)
    used = "exact" if method == "exact" or (method == "auto" and max(len(x), len(y)) <= 20) else "asymp"
    add(
        "cramerVonMises",
        name,
        {"x": x, "y": y, "method": method},
        {"statistic": float(res.statistic), "pValue": float(res.pvalue), "method": used},
        rtol,
        reason,
    )


cvm("small samples, exact", r6(crng.normal(size=5)), r6(crng.normal(0.8, size=7)))
cvm("two values each, exact", [0.5, 1.5], [1.0, 2.0])
cvm("20 and 19 values, exact (the largest tables)", r6(crng.normal(size=20)), r6(crng.normal(0.9, size=19)))
cvm("20 and 20 values, exact", r6(crng.normal(size=20)), r6(crng.normal(0.5, size=20)))
cvm("ties, exact (midranks)", ints(crng.integers(0, 4, 12)), ints(crng.integers(0, 5, 9)))
cvm("21 and 3 values, asymptotic", r6(crng.normal(size=21)), r6(crng.normal(1, size=3)))
cvm("shifted, asymptotic", r6(crng.normal(size=200)), r6(crng.normal(0.3, size=300)))
cvm("same distribution, asymptotic", r6(crng.normal(size=400)), r6(crng.normal(size=350)))
cvm("ties, asymptotic (midranks)", ints(crng.integers(0, 10, 300)), ints(crng.integers(0, 10, 200)))
cvm("equal samples, exact", [1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0])
cvm("equal samples, asymptotic", fl(range(30)), fl(range(30)))
cvm("small samples, forced asymptotic", r6(crng.normal(size=10)), r6(crng.normal(0.5, size=12)), "asymptotic")
cvm("25 and 3 values, forced exact", r6(crng.normal(size=25)), r6(crng.normal(1, size=3)), "exact")
cvm(
    "far apart, p near 1e-7",
    r6(crng.normal(size=1000)),
    r6(crng.normal(0.2, size=800)),
    rtol=1e-6,
    reason="the p-value is 1 - cdf with the cdf within 1e-7 of 1: both libraries round it to a few 1e-16",
)

for x in [0.003, 0.02, 0.1, 0.3, 0.5, 1.0, 2.0, 3.5]:
    add("cramerVonMisesLimit", f"x = {x}", {"x": x}, {"cdf": float(stats._hypotests._cdf_cvm_inf(x))})
for nu in [0.0, 0.25, 1.0, 2.5]:
    for x in [0.001, 0.0156, 0.1, 0.5, 1.0, 2.0, 5.0, 12.0, 20.8, 50.0, 300.0]:
        add("besselK", f"nu = {nu}, x = {x}", {"nu": nu, "x": x}, {"k": float(special.kv(nu, x))})


def tvd_scaled(x, totals, n_ref, n_cur):
    """2 n_ref n_cur TVD of reference counts x, the rest of the totals being current's: whole numbers."""
    return sum(abs(int(a) * n_cur - (int(t) - int(a)) * n_ref) for a, t in zip(x, totals))


def tvd_exact_p(ref, totals):
    """The exact permutation p-value: every split of the pooled rows, weighted by its count."""
    n_ref, n_cur = sum(ref), sum(totals) - sum(ref)
    observed = tvd_scaled(ref, totals, n_ref, n_cur)
    reached = 0

    def walk(k, drawn, left, weight):
        nonlocal reached
        if k == len(totals) - 1:
            if left <= totals[k]:
                x = drawn + [left]
                if tvd_scaled(x, totals, n_ref, n_cur) >= observed:
                    reached += weight * math.comb(totals[k], left)
            return
        for a in range(max(0, left - sum(totals[k + 1 :])), min(totals[k], left) + 1):
            walk(k + 1, drawn + [a], left - a, weight * math.comb(totals[k], a))

    walk(0, [], n_ref, 1)
    return float(Fraction(reached, math.comb(sum(totals), n_ref)))


def tvd(name, reference, current, enumerate_splits=True):
    keys = sorted(set(reference) | set(current))
    ref = [reference.get(k, 0) for k in keys]
    cur = [current.get(k, 0) for k in keys]
    totals = [a + b for a, b in zip(ref, cur)]
    n_ref, n_cur = sum(ref), sum(cur)
    expected = {
        "statistic": float(0.5 * np.sum(np.abs(np.array(ref) / n_ref - np.array(cur) / n_cur))),
    }
    if enumerate_splits:
        expected["exactPValue"] = tvd_exact_p(ref, totals)
    else:
        codes_ref = np.repeat(np.arange(len(keys)), ref)
        codes_cur = np.repeat(np.arange(len(keys)), cur)

        def statistic(x, y, axis):
            px = np.stack([(x == k).sum(axis=axis) for k in range(len(keys))], -1) / x.shape[axis]
            py = np.stack([(y == k).sum(axis=axis) for k in range(len(keys))], -1) / y.shape[axis]
            return 0.5 * np.abs(px - py).sum(axis=-1)

        res = stats.permutation_test(
            (codes_ref, codes_cur),
            statistic,
            vectorized=True,
            n_resamples=20000,
            batch=1000,
            alternative="greater",
            random_state=20261203,
        )
        expected["scipyPValue"] = float(res.pvalue)
        expected["scipyResamples"] = 20000
    add("totalVariationDrift", name, {"reference": reference, "current": current}, expected)


tvd("two categories, small samples", {"yes": 8, "no": 12}, {"yes": 14, "no": 6})
tvd("three categories, shares moved", {"a": 120, "b": 60, "c": 20}, {"a": 90, "b": 80, "c": 30})
tvd("same shares", {"a": 50, "b": 30, "c": 20}, {"a": 100, "b": 60, "c": 40})
tvd("near the threshold of 0.1", {"a": 60, "b": 40, "c": 20}, {"a": 44, "b": 52, "c": 20})
tvd("a category new in current", {"a": 30, "b": 20}, {"a": 25, "b": 20, "c": 5})
tvd("one category", {"a": 10}, {"a": 7})
tvd("far apart", {"a": 80, "b": 20}, {"a": 40, "b": 60})
tvd(
    "six categories (scipy's permutation_test)",
    dict(zip("uvwxyz", ints(crng.multinomial(400, [0.3, 0.25, 0.2, 0.1, 0.1, 0.05])))),
    dict(zip("uvwxyz", ints(crng.multinomial(300, [0.27, 0.25, 0.2, 0.13, 0.1, 0.05])))),
    enumerate_splits=False,
)

meta = {
    "generator": "test/goldens/generate-goldens.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "statsmodels": statsmodels.__version__,
}
text = json.dumps({"meta": meta, "cases": cases}, sort_keys=True, indent=1) + "\n"
out = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/stats.json"
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
