"""The union-find grouping against networkx, the reference answer."""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from factdiff._graph import connected_components

nodes = st.lists(st.integers(0, 30), max_size=25)
edges = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40)


@given(nodes, edges)
def test_connected_components_match_networkx(ns: list[int], es: list[tuple[int, int]]) -> None:
    graph: nx.Graph = nx.Graph()
    graph.add_nodes_from(ns)
    graph.add_edges_from(es)
    expected = sorted(sorted(c) for c in nx.connected_components(graph))
    assert connected_components(ns, es) == expected


@given(nodes, edges, st.randoms(use_true_random=False))
def test_connected_components_ignore_input_order(
    ns: list[int], es: list[tuple[int, int]], rnd: object
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    shuffled_edges = [(b, a) if rnd.random() < 0.5 else (a, b) for a, b in es]
    rnd.shuffle(shuffled_edges)
    assert connected_components(rnd.sample(ns, len(ns)), shuffled_edges) == connected_components(
        ns, es
    )


def test_strings_and_isolated_nodes() -> None:
    assert connected_components(["c", "a", "b", "d"], [("b", "a"), ("d", "c")]) == [
        ["a", "b"],
        ["c", "d"],
    ]
    assert connected_components(["x"], []) == [["x"]]
