#!/usr/bin/env python3
"""Times networkx, igraph and networkit on the graph coauth wrote (edges.csv), beside coauth's own timings.

Called by scripts/bench. Reads <coauth-out>/edges.csv and summary.json, builds the same
undirected weighted graph in each library, times each metric (median of --repeat runs, loading
excluded) and prints one table with coauth's time and the ratio peer/coauth (>1: coauth faster).
networkx's exact betweenness is estimated from a 200-source sample (marked "est.").
"""
import argparse
import collections
import csv
import json
import os
import resource
import statistics
import subprocess
import time


def load_edges(path):
    edges = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            edges.append((row["source"], row["target"], float(row["weight"])))
    return edges


LARGE = 100_000  # nodes above which exact path metrics of the peers are estimated from samples
QUICK = False  # --quick: networkit's exact path metrics estimated from samples, networkx left out
NO_PATHS = False  # --no-paths: no library times betweenness, closeness or harmonic centrality
SAMPLE = 500


def seeded_sources(total_nodes, count):
    """`count` distinct source nodes drawn with seed 1 (all but one on a smaller graph)."""
    import random
    return random.Random(1).sample(range(total_nodes), min(count, total_nodes - 1))


def sampled(total_nodes, fn_for_sources):
    """Time of a per-source algorithm over SAMPLE seeded sources, scaled to all nodes."""
    sources = seeded_sources(total_nodes, SAMPLE)
    return timed(lambda: fn_for_sources(sources), 1) * total_nodes / len(sources), "est."


MODULARITY = {}  # modularity of the last partition each peer's community detection found


def timed_community(label, detect, quality, repeat):
    """Median time of `detect()`; the modularity of its last partition, computed untimed, is
    recorded in MODULARITY under `label`."""
    results = []
    seconds = timed(lambda: results.append(detect()), repeat)
    MODULARITY[label] = quality(results[-1])
    return seconds


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def networkx_times(edges, nodes, repeat):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from(edges)
    n = g.number_of_nodes()
    k = min(200, n)
    paths = {}
    if not NO_PATHS:
        sample = timed(lambda: nx.betweenness_centrality(g, k=k, seed=1), 1)
        paths = {
            "betweenness": (sample * n / k, "est."),
            "betweenness-1000": (sample * min(1000, n - 1) / k, "est."),
            "closeness": (None, "skipped (hours)"),
        }
    return {
        **paths,
        "pagerank": (timed(lambda: nx.pagerank(g, weight="weight"), repeat), ""),
        "eigenvector": (timed(lambda: nx.eigenvector_centrality(g, max_iter=1000), repeat), ""),
        "clustering": (timed(lambda: nx.clustering(g), repeat), ""),
        "kcore": (timed(lambda: nx.core_number(g), repeat), ""),
        "components": (timed(lambda: list(nx.connected_components(g)), repeat), ""),
        "louvain": (timed(lambda: nx.community.louvain_communities(g, weight="weight", seed=1), 1), ""),
        "transitivity": (timed(lambda: nx.transitivity(g), 1), ""),
        "bridges+articulation": (timed(lambda: (list(nx.bridges(g)), list(nx.articulation_points(g))), 1), "sum"),
    }


def igraph_times(edges, nodes, repeat):
    import igraph as ig

    index = {name: i for i, name in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _ in edges])
    g.es["weight"] = [w for _, _, w in edges]
    n = len(nodes)
    sources = seeded_sources(n, 1000)
    if NO_PATHS:
        paths = {}
    elif n > LARGE:
        paths = {
            "betweenness": sampled(n, lambda s: g.betweenness(directed=False, sources=s)),
            "closeness": sampled(n, lambda s: g.closeness(vertices=s)),
            "harmonic": sampled(n, lambda s: g.harmonic_centrality(vertices=s)),
        }
    else:
        paths = {
            "betweenness": (timed(lambda: g.betweenness(directed=False), 1), ""),
            "closeness": (timed(lambda: g.closeness(), 1), ""),
            "harmonic": (timed(lambda: g.harmonic_centrality(), 1), ""),
        }
    if not NO_PATHS:
        paths["betweenness-1000"] = (timed(lambda: g.betweenness(directed=False, sources=sources), repeat), "")
        # The same 1000 searches for closeness and harmonic (igraph gives the sources' own
        # values; coauth's sampled run also estimates everyone else's from them).
        paths["closeness+harmonic-1000"] = (
            timed(lambda: g.closeness(vertices=sources), repeat)
            + timed(lambda: g.harmonic_centrality(vertices=sources), repeat), "sum")
    return {
        **paths,
        "pagerank": (timed(lambda: g.pagerank(weights="weight"), repeat), ""),
        "eigenvector": (timed(lambda: g.eigenvector_centrality(scale=False), repeat), ""),
        "clustering": (timed(lambda: g.transitivity_local_undirected(mode="zero"), repeat), ""),
        "kcore": (timed(lambda: g.coreness(), repeat), ""),
        "components": (timed(lambda: g.connected_components(), repeat), ""),
        "louvain": (timed_community("igraph Louvain", lambda: g.community_multilevel(weights="weight"),
                                    lambda c: g.modularity(c.membership, weights="weight"), repeat), ""),
        "leiden": (timed_community("igraph Leiden", lambda: g.community_leiden(
            objective_function="modularity", weights="weight"),
            lambda c: g.modularity(c.membership, weights="weight"), repeat), ""),
        "leiden-stable": (timed_community("igraph Leiden stable", lambda: g.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=-1),
            lambda c: g.modularity(c.membership, weights="weight"), repeat), ""),
        "transitivity": (timed(lambda: g.transitivity_undirected(), repeat), ""),
        "bridges+articulation": (timed(lambda: (g.bridges(), g.articulation_points()), repeat), "sum"),
        "constraint": (timed(lambda: g.constraint(weights="weight"), repeat), ""),
    }


def networkit_times(edges, nodes, repeat):
    import networkit as nk

    nk.setNumberOfThreads(os.cpu_count() or 2)
    index = {name: i for i, name in enumerate(nodes)}
    g = nk.Graph(len(nodes), weighted=True)
    for a, b, w in edges:
        g.addEdge(index[a], index[b], w)

    def run(algorithm):
        algorithm.run()

    def partition(algorithm):
        algorithm.run()
        return algorithm.getPartition()

    unweighted = nk.graphtools.toUnweighted(g)

    n = len(nodes)
    threads = nk.getMaxNumberOfThreads()
    # Path metrics on hop distances, as igraph's, networkx's and coauth's defaults: on the
    # weighted graph networkit would run Dijkstra instead of BFS.
    if NO_PATHS:
        paths = {}
    elif n > LARGE or QUICK:
        # EstimateBetweenness runs one Brandes pass per sampled source, on all threads.
        # Closeness and harmonic run one BFS per node on all threads: timed as SAMPLE BFS runs
        # (one thread) scaled to all nodes and divided by the thread count.
        def bfs_runs(sources):
            for source in sources:
                nk.distance.BFS(unweighted, source, False).run()

        bfs_estimate = sampled(n, bfs_runs)[0] / threads
        paths = {
            "betweenness": (timed(lambda: run(nk.centrality.EstimateBetweenness(unweighted, SAMPLE, False, True)), 1)
                            * n / SAMPLE, "est."),
            "closeness": (bfs_estimate, "est. (BFS)"),
            "harmonic": (bfs_estimate, "est. (BFS)"),
        }
    else:
        paths = {
            "betweenness": (timed(lambda: run(nk.centrality.Betweenness(unweighted)), 1), ""),
            "closeness": (timed(lambda: run(nk.centrality.Closeness(unweighted, False, nk.centrality.ClosenessVariant.Generalized)), 1), ""),
            "harmonic": (timed(lambda: run(nk.centrality.HarmonicCloseness(unweighted, False)), 1), ""),
        }
    if not NO_PATHS:
        paths["betweenness-1000"] = (timed(lambda: run(nk.centrality.EstimateBetweenness(
            unweighted, min(1000, n - 1), False, True)), repeat), "")
    return {
        **paths,
        # Default tolerance 1e-8 (values off coauth's and networkx's converged ones by ~1e-5
        # relative); a tolerance of 1e-12 is the matched-accuracy figure.
        "pagerank": (timed(lambda: run(nk.centrality.PageRank(g, 0.85, 1e-12)), repeat), "tol 1e-12"),
        # Unweighted, as networkx's and coauth's default (networkit would use the weights). Its
        # default tolerance 1e-9 leaves values 2e-5 (relative) off igraph's on the ACL graph;
        # 1e-15 is within 7e-10, the matched-accuracy figure.
        "eigenvector": (timed(lambda: run(nk.centrality.EigenvectorCentrality(unweighted, 1e-15)), repeat),
                        "tol 1e-15"),
        "clustering": (timed(lambda: run(nk.centrality.LocalClusteringCoefficient(g)), repeat), ""),
        "kcore": (timed(lambda: run(nk.centrality.CoreDecomposition(g)), repeat), ""),
        "components": (timed(lambda: run(nk.components.ConnectedComponents(g)), repeat), ""),
        "louvain": (timed_community("networkit PLM", lambda: partition(nk.community.PLM(g, refine=False)),
                                    lambda p: nk.community.Modularity().getQuality(p, g), repeat), ""),
        "leiden": (timed_community("networkit ParallelLeiden",
                                   lambda: partition(nk.community.ParallelLeiden(g)),
                                   lambda p: nk.community.Modularity().getQuality(p, g), repeat), ""),
    }


def with_path_sum(table):
    """coauth computes closeness and harmonic centrality in one pass: compare with their sum."""
    closeness, _ = table.get("closeness", (None, ""))
    harmonic, _ = table.get("harmonic", (None, ""))
    if closeness is not None and harmonic is not None:
        table["closeness+harmonic"] = (closeness + harmonic, "sum")
    return table


def write_edge_list(path, nodes, edges):
    """The graph as coauth-metrics-bench reads it: node count, then `u v weight` lines."""
    index = {name: i for i, name in enumerate(nodes)}
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{len(nodes)}\n")
        for a, b, w in edges:
            f.write(f"{index[a]} {index[b]} {w!r}\n")


def coauth_times(binary, edge_list, values, repeat, skip=""):
    """Runs coauth-metrics-bench: median seconds per metric, and the modularities found."""
    extra = ["--skip", skip] if skip else []
    output = subprocess.run([binary, edge_list, str(repeat), values] + extra, check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output)


def igraph_values(edges, nodes, with_paths=True):
    """igraph's values, rescaled to coauth's (networkx's) conventions, in node order; without
    the path metrics (hours on large graphs) unless `with_paths`."""
    import igraph as ig

    index = {name: i for i, name in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _ in edges])
    g.es["weight"] = [w for _, _, w in edges]
    n = len(nodes)
    values = {}
    if with_paths:
        membership = g.connected_components().membership
        size = collections.Counter(membership)
        values["betweenness"] = [b * 2 / ((n - 1) * (n - 2)) for b in g.betweenness(directed=False)]
        values["closeness"] = [0.0 if size[c] < 2 or value != value else value * (size[c] - 1) / (n - 1)
                               for value, c in zip(g.closeness(), membership)]
        values["harmonic"] = g.harmonic_centrality(normalized=False)
    return {
        **values,
        "pagerank": g.pagerank(weights="weight"),
        "eigenvector": g.eigenvector_centrality(scale=False),
        "clustering": g.transitivity_local_undirected(mode="zero"),
        "kcore": [float(k) for k in g.coreness()],
    }


def agreement(values_path, reference):
    """Largest difference per metric, relative to the largest value (vectors of unit norm for
    eigenvector centrality, whose scale differs between libraries)."""
    with open(values_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    result = {}
    for metric, theirs in reference.items():
        if not rows or metric not in rows[0]:
            continue  # not computed by coauth-metrics-bench in this run
        ours = [float(row[metric]) for row in rows]
        if metric == "eigenvector":
            ours_norm = sum(x * x for x in ours) ** 0.5
            their_norm = sum(x * x for x in theirs) ** 0.5
            ours = [x / ours_norm for x in ours]
            theirs = [abs(x) / their_norm for x in theirs]
        scale = max(abs(x) for x in theirs) or 1.0
        result[metric] = max(abs(a - b) for a, b in zip(ours, theirs)) / scale
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coauth-out", required=True)
    ap.add_argument("--coauth-bench", required=True, help="the coauth-metrics-bench binary")
    ap.add_argument("--coauth-maxrss-kb", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--coauth-skip", default="",
                    help="metrics coauth-metrics-bench leaves out (comma-separated)")
    ap.add_argument("--quick", action="store_true",
                    help="estimate networkit's exact betweenness from samples and leave out networkx "
                         "(minutes instead of half an hour on the ACL graph)")
    ap.add_argument("--no-paths", action="store_true",
                    help="leave betweenness, closeness and harmonic centrality out of every library's "
                         "run (minutes instead of an hour on large graphs)")
    args = ap.parse_args()
    global QUICK, NO_PATHS
    QUICK = args.quick
    NO_PATHS = args.no_paths
    if NO_PATHS:
        args.coauth_skip = ",".join(filter(None, [args.coauth_skip, "betweenness",
                                                  "betweenness-1000", "closeness+harmonic",
                                                  "closeness+harmonic-1000"]))
    edges = load_edges(os.path.join(args.coauth_out, "edges.csv"))
    with open(os.path.join(args.coauth_out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    nodes = []
    with open(os.path.join(args.coauth_out, "authors.csv"), newline="", encoding="utf-8") as f:
        nodes = [row["author_id"] for row in csv.DictReader(f)]
    print(f"graph: {len(nodes)} nodes, {len(edges)} edges "
          f"(coauth analyze total {summary['timings']['total']:.3f} s, "
          f"peak RSS {args.coauth_maxrss_kb / 1024:.0f} MB)")
    if len(nodes) > LARGE:
        args.repeat = 1  # on large graphs one run of each metric: the whole bench takes an hour
    edge_list = os.path.join(args.coauth_out, "bench-edges.txt")
    values = os.path.join(args.coauth_out, "bench-values.csv")
    write_edge_list(edge_list, nodes, edges)
    ours = coauth_times(args.coauth_bench, edge_list, values, args.repeat, args.coauth_skip)
    peers = {}
    libraries = [("igraph", igraph_times), ("networkit", networkit_times)]
    if not QUICK:
        libraries.append(("networkx", networkx_times))
    for name, fn in libraries:
        try:
            peers[name] = with_path_sum(fn(edges, nodes, args.repeat))
        except ImportError as exc:
            print(f"{name}: not available ({exc})")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    metrics = ["betweenness", "betweenness-1000", "closeness+harmonic", "closeness+harmonic-1000",
               "pagerank", "eigenvector",
               "clustering", "kcore", "components", "louvain", "leiden", "leiden-stable",
               "transitivity",
               "bridges+articulation", "truss", "constraint"]
    header = f"{'metric':<20} {'coauth s':>10}"
    for name in peers:
        header += f" {name + ' s':>16} {'ratio':>8}"
    print(header)
    for metric in metrics:
        mine = ours.get(metric)
        line = f"{metric:<20} {'-' if mine is None else f'{mine:.4f}':>10}"
        for name, table in peers.items():
            value, note = table.get(metric, (None, "n/a"))
            if value is None:
                line += f" {note:>16} {'':>8}"
            else:
                ratio = f"{value / mine:.1f}x" if mine else "-"
                line += f" {f'{value:.4f}' + (' ' + note if note else ''):>16} {ratio:>8}"
        print(line)
    print("ratio: peer seconds / coauth seconds (above 1: coauth is faster); medians of "
          f"{args.repeat} runs, exact path metrics once; est.: scaled from {SAMPLE} sampled sources")
    print(f"modularity: coauth Louvain {ours['louvain_modularity']:.5f}, "
          f"Leiden {ours['leiden_modularity']:.5f}, "
          f"Leiden stable {ours['leiden-stable_modularity']:.5f}; "
          + ", ".join(f"{k} {v:.5f}" for k, v in MODULARITY.items()))
    print(f"peak RSS: coauth analyze {args.coauth_maxrss_kb / 1024:.0f} MB, "
          f"the python peers' process {rss / 1024:.0f} MB")
    if "igraph" in peers:
        differences = agreement(values, igraph_values(edges, nodes, with_paths=len(nodes) <= LARGE))
        print("agreement with igraph (largest difference / largest value): " +
              ", ".join(f"{k} {v:.1e}" for k, v in differences.items()))


if __name__ == "__main__":
    main()
