"""Union-find with the smallest member as each group's representative.

The one implementation the knowledge base groups with (events by list position, persons
by entity key): the smallest representative makes the grouping independent of the order
unions are made in.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K", int, str)  # list positions or keys


class UnionFind(Generic[K]):
    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, key: K) -> K:
        parent = self.parent
        root = parent.setdefault(key, key)
        while parent[root] != root:
            parent[root] = parent[parent[root]]  # path halving
            root = parent[root]
        return root

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = (ra, rb) if ra < rb else (rb, ra)
            self.parent[high] = low
