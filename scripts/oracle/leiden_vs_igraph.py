#!/usr/bin/env python3
"""Compares the modularity of coauth's communities with igraph's Leiden on the same graph.

    coauth analyze ../shared/datasets/acl-2020-2022/acl.bib.gz --no-path-centralities -o out-leiden
    coauth analyze ../shared/datasets/acl-2020-2022/acl.bib.gz --no-path-centralities \
        --communities louvain -o out-louvain
    python3 scripts/oracle/leiden_vs_igraph.py out-leiden out-louvain

Needs python-igraph (`pip install igraph`). Loads the first folder's edges.csv (source, target,
Newman weight) into igraph, runs igraph's Leiden (objective_function="modularity", weighted) with
10 seeds, both with its default two iterations and iterated until stable, and prints the
modularity of each coauth folder's `community` column as igraph computes it (so coauth's own
figure is not trusted). Exits with status 1 when a coauth partition scores below igraph's mean.
"""
import csv
import random
import statistics
import sys
import time
from pathlib import Path

import igraph as ig

SEEDS = range(10)


def load_graph(folder):
    with open(folder / "authors.csv", newline="", encoding="utf-8") as handle:
        ids = [row["author_id"] for row in csv.DictReader(handle)]
    index = {author: i for i, author in enumerate(ids)}
    edges, weights = [], []
    with open(folder / "edges.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            edges.append((index[row["source"]], index[row["target"]]))
            weights.append(float(row["weight"]))
    graph = ig.Graph(n=len(ids), edges=edges)
    graph.es["weight"] = weights
    return graph, index


def coauth_membership(folder, index):
    membership = [0] * len(index)
    with open(folder / "authors.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            membership[index[row["author_id"]]] = int(row["community"])
    return membership


def igraph_leiden(graph, iterations):
    scores, seconds = [], []
    for seed in SEEDS:
        ig.set_random_number_generator(random.Random(seed))
        start = time.perf_counter()
        parts = graph.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=iterations
        )
        seconds.append(time.perf_counter() - start)
        scores.append(graph.modularity(parts.membership, weights="weight"))
    ig.set_random_number_generator(random)
    return scores, statistics.median(seconds)


def main(folders):
    folders = [Path(f) for f in folders]
    graph, index = load_graph(folders[0])
    print(f"graph: {graph.vcount()} nodes, {graph.ecount()} edges")
    reference = None
    for label, iterations in (("igraph leiden (2 iterations)", 2), ("igraph leiden (until stable)", -1)):
        scores, seconds = igraph_leiden(graph, iterations)
        mean = statistics.mean(scores)
        reference = mean if reference is None else max(reference, mean)
        print(f"{label}: mean {mean:.6f}, max {max(scores):.6f}, median {seconds:.3f} s")
    status = 0
    for folder in folders:
        q = graph.modularity(coauth_membership(folder, index), weights="weight")
        verdict = "ok" if q >= reference else "BELOW igraph"
        print(f"coauth {folder}: modularity {q:.6f} ({verdict})")
        if q < reference:
            status = 1
    return status


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
