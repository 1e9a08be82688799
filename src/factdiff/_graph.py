"""Deterministic connected components (union-find).

networkx is the reference answer in the tests; it is not imported here because importing it takes
about 0.25 s, most of the whole time budget of comparing two articles.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

N = TypeVar("N", bound=Hashable)


def connected_components(nodes: Iterable[N], edges: Iterable[tuple[N, N]]) -> list[list[N]]:
    """Components of the undirected graph, each sorted, listed by their smallest member.

    Nodes must be mutually orderable; a node named only in ``edges`` is added.
    """
    parent: dict[N, N] = {}

    def find(x: N) -> N:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for n in nodes:
        parent.setdefault(n, n)
    for a, b in edges:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            # keep the smaller node as root so the result does not depend on edge order
            if rb < ra:  # type: ignore[operator]
                ra, rb = rb, ra
            parent[rb] = ra
    groups: dict[N, list[N]] = {}
    for n in parent:
        groups.setdefault(find(n), []).append(n)
    comps = [sorted(g) for g in groups.values()]  # type: ignore[type-var]
    comps.sort(key=lambda g: g[0])  # type: ignore[arg-type,return-value]
    return comps
