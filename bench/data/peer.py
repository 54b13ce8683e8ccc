"""The peer side of the benchmark: pandas + scipy doing what bench/data/engine.js does.

Run with Debian's python3-pandas and python3-scipy: /usr/bin/python3 bench/data/peer.py REF CUR
"""

import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

start = time.perf_counter()
ref = pd.read_csv(sys.argv[1])
cur = pd.read_csv(sys.argv[2])
read_seconds = time.perf_counter() - start

results = {}
for name in ref.columns:
    r = ref[name]
    c = cur[name]
    if pd.api.types.is_numeric_dtype(r):
        ks = stats.ks_2samp(r.to_numpy(), c.to_numpy())
        w = stats.wasserstein_distance(r.to_numpy(), c.to_numpy())
        results[name] = {
            "ks_statistic": float(ks.statistic),
            "ks_pvalue": float(ks.pvalue),
            "wasserstein": float(w),
            "wasserstein_normed": float(w / np.std(r.to_numpy())),
        }
    else:
        rc = r.value_counts()
        cc = c.value_counts()
        categories = list(dict.fromkeys(list(rc.index) + list(cc.index)))
        ref_counts = np.array([rc.get(k, 0) for k in categories], dtype=float)
        cur_counts = np.array([cc.get(k, 0) for k in categories], dtype=float)
        expected = ref_counts * cur_counts.sum() / ref_counts.sum()
        chi = stats.chisquare(cur_counts, expected)
        js = distance.jensenshannon(ref_counts / ref_counts.sum(), cur_counts / cur_counts.sum())
        results[name] = {
            "chi_statistic": float(chi.statistic),
            "chi_pvalue": float(chi.pvalue),
            "jensen_shannon": float(js),
        }

print(
    json.dumps(
        {
            "readSeconds": read_seconds,
            "totalSeconds": time.perf_counter() - start,
            "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "results": results,
        }
    )
)
