#!/usr/bin/env python3
"""Times igraph and networkit on the synthetic graph written by the Swift performance test.

    COAUTH_PERF=1 COAUTH_PERF_EDGES=/tmp/edges.txt swift test -c release --filter Performance
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install igraph networkit
    /tmp/venv/bin/python scripts/oracle/bench_reference.py /tmp/edges.txt ig-bc
    /tmp/venv/bin/python scripts/oracle/bench_reference.py /tmp/edges.txt nk-bc 2   # 2 threads

The edge file has one `u v weight` line per edge; nodes are 0..max id.
"""
import sys
import time

import igraph as ig
import networkit as nk


def main():
    path, what = sys.argv[1], sys.argv[2]
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    edges, weights = [], []
    for line in open(path):
        u, v, w = line.split()
        edges.append((int(u), int(v)))
        weights.append(float(w))
    n = 1 + max(max(e) for e in edges)
    g = ig.Graph(n=n, edges=edges)
    g.es["weight"] = weights
    G = nk.Graph(n, weighted=True)
    for (u, v), w in zip(edges, weights):
        G.addEdge(u, v, w)
    nk.setNumberOfThreads(threads)
    runs = {
        "ig-bc": lambda: g.betweenness(directed=False),
        "ig-close": lambda: g.closeness(),
        "ig-pr": lambda: g.pagerank(weights="weight"),
        "ig-louvain": lambda: g.community_multilevel(weights="weight"),
        "ig-core": lambda: g.coreness(),
        "ig-cc": lambda: g.transitivity_local_undirected(mode="zero"),
        "nk-bc": lambda: nk.centrality.Betweenness(G, normalized=True).run(),
        "nk-close": lambda: nk.centrality.Closeness(
            G, False, nk.centrality.ClosenessVariant.Generalized
        ).run(),
        "nk-pr": lambda: nk.centrality.PageRank(G, tol=1e-13).run(),
        "nk-louvain": lambda: nk.community.PLM(G, True).run(),
    }
    start = time.time()
    runs[what]()
    print(f"{what} threads={threads} {time.time() - start:.3f} s")


if __name__ == "__main__":
    main()
