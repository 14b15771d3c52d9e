#!/usr/bin/env python3
"""Writes networkx reference values for CoauthMetrics into Tests/CoauthMetricsTests/Oracle/.

Run from anywhere: python3 scripts/oracle/expected.py
Needs networkx (>= 3.5, for the sampled-betweenness rescaling), numpy, scipy and python-igraph
(for the Leiden reference: `pip install igraph`). The JSON files
are committed so CI needs no Python. Each file holds one graph (node count, edge list with
weights, optionally the papers it was built from) and the networkx value of every metric, with
nodes numbered in networkx's node order.
"""
import json
import math
import random
from fractions import Fraction
from pathlib import Path

import igraph as ig
import networkx as nx
from networkx.algorithms import bipartite
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _rescale,
    _single_source_shortest_path_basic,
)

OUT = Path(__file__).resolve().parents[2] / "Tests" / "CoauthMetricsTests" / "Oracle"
LOUVAIN_SEEDS = range(10)
LEIDEN_SEEDS = range(10)


def integer_graph(G):
    """Relabels nodes 0..n-1 in node order; every edge gets a float 'weight' (default 1)."""
    H = nx.convert_node_labels_to_integers(G, ordering="default", label_attribute="label")
    for u, v, data in H.edges(data=True):
        data["weight"] = float(data.get("weight", 1.0))
        # Exact reciprocal of the float weight, so equal-length paths tie exactly (CoauthMetrics
        # compares float path lengths with a 1e-10 relative tolerance, as igraph does).
        # Papers graphs carry their exact Newman weight in 'exact'.
        data["distance"] = 1 / Fraction(data.pop("exact", data["weight"]))
    return H


def random_components():
    """Several components with trees, pendant paths and isolated nodes; random weights."""
    rng = random.Random(42)
    G = nx.Graph()
    parts = [
        nx.gnp_random_graph(40, 0.09, seed=7),
        nx.gnp_random_graph(18, 0.25, seed=8),
        nx.random_labeled_tree(15, seed=9),
        nx.path_graph(4),
        nx.cycle_graph(6),
        nx.empty_graph(3),
    ]
    offset = 0
    for part in parts:
        G.add_nodes_from(range(offset, offset + part.number_of_nodes()))
        for u, v in part.edges():
            G.add_edge(u + offset, v + offset, weight=round(rng.uniform(0.2, 3.0), 6))
        offset += part.number_of_nodes()
    # Pendant trees on the first component, to exercise leaf folding inside a cyclic component.
    for _ in range(12):
        parent = rng.randrange(0, offset)
        G.add_edge(parent, offset, weight=round(rng.uniform(0.2, 3.0), 6))
        offset += 1
    return G


def random_papers():
    """A small co-authorship corpus; edge weights are Newman's sum of 1/(n-1), kept exact."""
    rng = random.Random(2024)
    authors = 70
    papers = []
    for _ in range(110):
        size = rng.choice([1, 2, 2, 2, 3, 3, 4, 5, 7])
        papers.append(sorted(rng.sample(range(authors), size)))
    G = nx.Graph()
    G.add_nodes_from(range(authors))
    for paper in papers:
        for i, u in enumerate(paper):
            for v in paper[i + 1 :]:
                w = Fraction(1, len(paper) - 1)
                if G.has_edge(u, v):
                    G[u][v]["exact"] += w
                else:
                    G.add_edge(u, v, exact=w)
    for u, v, data in G.edges(data=True):
        data["weight"] = float(data["exact"])
    return G, papers


def sampled_betweenness(G, sources, normalized):
    b = dict.fromkeys(G, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(G, s)
        b, _ = _accumulate_basic(b, S, P, sigma, s)
    return _rescale(
        b, len(G), normalized=normalized, directed=False, endpoints=False, sampled_nodes=sources
    )


def column(G, values):
    return [float(values[v]) for v in G.nodes()]


def metrics(G):
    n = G.number_of_nodes()
    out = {}
    out["degree"] = [d for _, d in G.degree()]
    out["strength"] = [float(d) for _, d in G.degree(weight="weight")]
    out["betweenness"] = column(G, nx.betweenness_centrality(G))
    out["betweennessUnnormalized"] = column(G, nx.betweenness_centrality(G, normalized=False))
    out["betweennessWeighted"] = column(G, nx.betweenness_centrality(G, weight="distance"))
    k = max(2, n // 4)
    sources = sorted(random.Random(3).sample(list(G.nodes()), k))
    out["betweennessSources"] = sources
    out["betweennessSampled"] = column(G, sampled_betweenness(G, sources, True))
    out["betweennessSampledUnnormalized"] = column(G, sampled_betweenness(G, sources, False))
    out["closeness"] = column(G, nx.closeness_centrality(G, wf_improved=True))
    out["closenessPlain"] = column(G, nx.closeness_centrality(G, wf_improved=False))
    out["harmonic"] = column(G, nx.harmonic_centrality(G))
    out["closenessWeighted"] = column(G, nx.closeness_centrality(G, distance="distance"))
    out["harmonicWeighted"] = column(G, nx.harmonic_centrality(G, distance="distance"))
    out["eigenvector"] = column(G, nx.eigenvector_centrality(G, max_iter=1_000_000, tol=1e-15))
    out["eigenvectorWeighted"] = column(
        G, nx.eigenvector_centrality(G, max_iter=1_000_000, tol=1e-15, weight="weight")
    )
    if nx.is_connected(G):
        check = nx.eigenvector_centrality_numpy(G)
        assert all(abs(check[v] - out["eigenvector"][v]) < 1e-9 for v in G), "eigenvector check"
    out["pagerank"] = column(G, nx.pagerank(G, tol=1e-15, max_iter=1_000_000, weight="weight"))
    out["pagerankUnweighted"] = column(G, nx.pagerank(G, tol=1e-15, max_iter=1_000_000, weight=None))
    out["coreNumber"] = column(G, nx.core_number(G))
    out["clustering"] = column(G, nx.clustering(G))
    out["triangles"] = column(G, nx.triangles(G))
    components = sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))
    out["components"] = components
    best = None
    scores = []
    for seed in LOUVAIN_SEEDS:
        parts = nx.community.louvain_communities(G, weight="weight", seed=seed)
        q = nx.community.modularity(G, parts, weight="weight")
        scores.append(q)
        if best is None or q > best[0]:
            best = (q, parts)
    out["louvainModularityMean"] = sum(scores) / len(scores)
    out["louvainModularityMax"] = best[0]
    membership = [0] * n
    for index, part in enumerate(best[1]):
        for v in part:
            membership[v] = index
    out["louvainMembership"] = membership
    out["modularityOfMembership"] = nx.community.modularity(G, best[1], weight="weight")
    out["modularityOfMembershipUnweighted"] = nx.community.modularity(G, best[1], weight=None)
    return out


def finite(x):
    """JSON has no NaN: undefined values (networkx NaN) become null."""
    x = float(x)
    return None if math.isnan(x) else x


def truss_numbers(G):
    """Edge truss numbers in sorted (u, v) order with u < v, from networkx k_truss."""
    truss = {tuple(sorted(e)): 2 for e in G.edges()}
    k = 3
    while True:
        H = nx.k_truss(G, k)
        if H.number_of_edges() == 0:
            break
        for e in H.edges():
            truss[tuple(sorted(e))] = k
        k += 1
    edges = sorted(truss)
    nodes = [0] * G.number_of_nodes()
    for (u, v), t in truss.items():
        nodes[u] = max(nodes[u], t)
        nodes[v] = max(nodes[v], t)
    return [truss[e] for e in edges], nodes


def separated_components(G):
    """How many more components each node's removal leaves in its own component."""
    out = []
    for v in G.nodes():
        component = nx.node_connected_component(G, v) - {v}
        after = nx.number_connected_components(G.subgraph(component)) if component else 0
        out.append(max(0, after - 1))
    assert {v for v in G if out[v] > 0} == set(nx.articulation_points(G)), "articulation"
    return out


def leiden_modularity(G):
    """Mean and best modularity of igraph's Leiden (objective modularity, weighted) over seeds,
    with the default two iterations and iterated until stable (n_iterations=-1)."""
    H = ig.Graph(n=G.number_of_nodes(), edges=list(G.edges()))
    H.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
    result = {}
    for label, iterations in (("", 2), ("Stable", -1)):
        scores = []
        for seed in LEIDEN_SEEDS:
            ig.set_random_number_generator(random.Random(seed))
            parts = H.community_leiden(
                objective_function="modularity", weights="weight", n_iterations=iterations
            )
            scores.append(H.modularity(parts.membership, weights="weight"))
        result[f"igraphLeidenModularity{label}Mean"] = sum(scores) / len(scores)
        result[f"igraphLeidenModularity{label}Max"] = max(scores)
    ig.set_random_number_generator(random)
    return result


def structure(G):
    """Structure metrics added with issue 5: truss, cut structure, brokerage, graph-level values."""
    out = {}
    out["trussEdges"], out["trussNodes"] = truss_numbers(G)
    out["transitivity"] = nx.transitivity(G)
    out["averageClustering"] = nx.average_clustering(G)
    out["assortativity"] = finite(nx.degree_assortativity_coefficient(G))
    out["assortativityWeighted"] = finite(nx.degree_assortativity_coefficient(G, weight="weight"))
    giant = G.subgraph(max(nx.connected_components(G), key=lambda c: (len(c), -min(c))))
    out["giantNode"] = min(giant.nodes())
    out["giantDiameter"] = nx.diameter(giant)
    out["giantAveragePathLength"] = nx.average_shortest_path_length(giant)
    out["bridges"] = sorted(tuple(sorted(e)) for e in nx.bridges(G))
    out["separatedComponents"] = separated_components(G)
    out["constraint"] = [finite(x) for x in column(G, nx.constraint(G, weight="weight"))]
    out["constraintUnweighted"] = [finite(x) for x in column(G, nx.constraint(G))]
    # nodes= takes networkx's per-node path, which follows the documented formula (m(v, w) scaled
    # by v's strongest tie). Its all-nodes sparse path (networkx 3.6) scales by w's strongest tie
    # instead; the two agree only when unweighted.
    out["effectiveSize"] = [
        finite(x) for x in column(G, nx.effective_size(G, nodes=list(G), weight="weight"))
    ]
    out["effectiveSizeUnweighted"] = [finite(x) for x in column(G, nx.effective_size(G))]
    out.update(leiden_modularity(G))
    return out


def write(name, G, papers=None):
    G = integer_graph(G)
    data = {
        "name": name,
        "networkx": nx.__version__,
        "nodeCount": G.number_of_nodes(),
        "labels": [str(G.nodes[v].get("label", v)) for v in G.nodes()],
        # Sorted, so that graphs whose edge order hashes strings (bipartite projections) give
        # the same file on every run.
        "edges": sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in G.edges(data=True)),
    }
    if papers is not None:
        data["papers"] = papers
    data.update(metrics(G))
    data.update(structure(G))
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"{path.name}: n={data['nodeCount']} m={len(data['edges'])}")


def main():
    write("karate", nx.karate_club_graph())
    write("lesmis", nx.les_miserables_graph())
    write("florentine", nx.florentine_families_graph())
    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    write("davis-women", bipartite.weighted_projected_graph(davis, women))
    write("random-components", random_components())
    G, papers = random_papers()
    write("random-papers", G, papers)


if __name__ == "__main__":
    main()
