"""The PLOVER event types warta codes: one table (data/event_types.tsv) for every consumer.

Each type has its PLOVER quad category, its name in PLOVER records, the CAMEO code it maps
to and that code's Goldstein value. The extractors, the PLOVER and GDELT exports and the
API read them here; the dashboard gets them from the API (/api/event-types).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from warta.actors.data import read_rows

# PLOVER's quad categories, in the order of their numeric codes 1-4.
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
QUADS: tuple[Quad, ...] = get_args(Quad)

# CAMEO's own quad classes by root code (01-05, 06-08, 09-13, 14-20), which GDELT's
# QuadClass column gives. They differ from PLOVER's for CONCEDE: CAMEO puts YIELD (08)
# under material cooperation.
_CAMEO_QUAD_ROOTS = (range(1, 6), range(6, 9), range(9, 14), range(14, 21))


@dataclass(frozen=True)
class EventType:
    name: str  # as in FORMAT.md: "REQUEST"
    plover: str  # as in PLOVER records: "DEMAND"
    quad: Quad
    cameo: str  # "100"
    goldstein: float

    @property
    def quad_code(self) -> int:
        return QUADS.index(self.quad) + 1

    @property
    def cameo_quad_code(self) -> int:
        root = int(self.cameo[:2])
        return next(code for code, roots in enumerate(_CAMEO_QUAD_ROOTS, 1) if root in roots)


def _load() -> dict[str, EventType]:
    table = {}
    for name, plover, quad, cameo, goldstein in read_rows(
        Path(__file__).resolve().parent / "data" / "event_types.tsv"
    ):
        if quad not in QUADS:
            raise ValueError(f"event_types.tsv: {name} has no quad category {quad!r}")
        table[name] = EventType(name, plover, cast(Quad, quad), cameo, float(goldstein))
    return table


EVENT_TYPES: dict[str, EventType] = _load()


def quad_of(name: str) -> Quad | None:
    """The quad category of a type ("sanction" or "SANCTION"); None for an unknown type."""
    event_type = EVENT_TYPES.get(name.upper())
    return event_type.quad if event_type else None
