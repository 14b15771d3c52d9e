"""Shared by the evaluation scripts on the ACL 2020-2022 set in ../shared (scripts/audit-truth,
scripts/eval-small-corpora): its truth, coauth's release build, and the scores
../shared/tools/eval_dedup.py gives."""
import collections
import csv
import gzip
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "datasets", "acl-2020-2022")


def read_truth():
    """The person and the printed name of each mention, keyed by (pub_id, position)."""
    truth, printed = {}, {}
    with gzip.open(os.path.join(DATA, "truth.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["pub_id"], row["position"])
            truth[key] = row["person_id"]
            printed[key] = row["raw_name"]
    return truth, printed


def coauth_binary():
    """coauth's release build, installed dependencies and built first when needed."""
    subprocess.run(["scripts/install-deps"], check=True, cwd=ROOT, stdout=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "coauth"], check=True,
                   cwd=ROOT, stdout=sys.stderr)
    return subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], check=True,
                          cwd=ROOT, capture_output=True, text=True).stdout.strip() + "/coauth"


def scores(truth, predicted, keys=None):
    """B-cubed and pairwise precision, recall and F1 over `keys` (every mention of the truth
    when None), as ../shared/tools/eval_dedup.py counts them."""
    keys = list(truth) if keys is None else keys
    true_sizes = collections.Counter(truth[k] for k in keys)
    predicted_sizes = collections.Counter(predicted[k] for k in keys)
    overlap = collections.Counter((truth[k], predicted[k]) for k in keys)
    n = len(keys)
    bp = sum(overlap[(truth[k], predicted[k])] / predicted_sizes[predicted[k]] for k in keys) / n
    br = sum(overlap[(truth[k], predicted[k])] / true_sizes[truth[k]] for k in keys) / n
    pairs = lambda sizes: sum(s * (s - 1) / 2 for s in sizes)
    correct = pairs(overlap.values())
    predicted_pairs, true_pairs = pairs(predicted_sizes.values()), pairs(true_sizes.values())
    pp = correct / predicted_pairs if predicted_pairs else 1.0
    pr = correct / true_pairs if true_pairs else 1.0
    f1 = lambda p, r: 2 * p * r / (p + r)
    return {"bp": bp, "br": br, "b3": f1(bp, br), "pp": pp, "pr": pr, "pw": f1(pp, pr)}
