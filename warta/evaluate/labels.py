"""Label mappings for evaluation: `--map PER=PERSON` options or a small mapping file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_SEPARATOR = re.compile(r"\s*(?:=|\t|\s)\s*")


def parse_pair(text: str) -> tuple[str, str]:
    """`PER=PERSON` (also `PER PERSON` / TAB) -> ("PER", "PERSON")."""
    parts = _SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise ValueError(f"expected GOLD=MODEL, got {text!r}")
    return parts[0], parts[1]


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    return dict(parse_pair(pair) for pair in pairs)


def read_mapping_file(path: str | Path) -> dict[str, str]:
    """One `GOLD<TAB>MODEL` (or `GOLD=MODEL`) a line; blank lines and `#` comments skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return parse_mapping(
        line for line in lines if line.strip() and not line.lstrip().startswith("#")
    )
