"""Coverage of the office-holder table, and how many annotated persons it links.

    .venv/bin/python bench/office_holders_report.py [../shared/corpus/dev/gold.jsonl ...]

Prints the terms per state and office with the years they span, then, for each gold file,
the share of its persons whose name (with the gold role, at the article's published date)
links to a term, and how often the linked term's state and office agree with the gold.
The numbers in docs/OFFICE_HOLDERS.md come from this script.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from warta.actors.coref import find_office_holder
from warta.actors.data import date_span, office_holders
from warta.actors.office_links import ArticleDates, held_during

GROUPS = {  # the table's offices, in the columns of the coverage table
    "head of state": ("Presiden", "Raja", "Ratu", "Kaisar", "Sultan", "Kepala Negara"),
    "head of government": ("Perdana Menteri", "Kanselir"),
    "foreign": ("Menteri Luar Negeri",),
    "defence": ("Menteri Pertahanan",),
    "trade": ("Menteri Perdagangan",),
    "other": ("Wakil Presiden", "Putra Mahkota", "Sekretaris Jenderal"),
}


def coverage() -> None:
    """Terms per state and office group: count, and the years from the first start to the
    last end (2025 for a term still running)."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for t in office_holders():
        group = next(g for g, roles in GROUPS.items() if t.role in roles)
        cells[(t.country or "UN", group)] += [t.first_day.year, t.last_day.year if t.end else 2025]
    roles = Counter(t.role for t in office_holders())
    print(
        f"{len(office_holders())} terms; " + ", ".join(f"{r} {n}" for r, n in roles.most_common())
    )
    print("| state | " + " | ".join(GROUPS) + " |")
    print("|---" * (len(GROUPS) + 1) + "|")
    for state in sorted({s for s, _ in cells}):
        row = []
        for group in GROUPS:
            years = cells.get((state, group))
            row.append(f"{len(years) // 2} ({min(years)}–{max(years)})" if years else "")
        print(f"| {state} | " + " | ".join(row) + " |")


def linked_share(gold: Path) -> None:
    persons = linked = same_country = same_role = in_office = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        when: ArticleDates = ()
        if article.get("published"):
            when = (date_span(str(article["published"])[:10]),)
        for person in article.get("persons", []):
            if person.get("optional"):
                continue
            persons += 1
            role = person.get("role") or None
            term = find_office_holder(person["name"], role, when)
            if term is None:
                continue
            linked += 1
            same_country += term.country == person.get("country")
            same_role += bool(role) and term.role == role
            in_office += held_during(term, when)
    print(
        f"{gold}: {persons} persons, {linked} linked ({linked / persons:.1%}); of those, "
        f"state as gold {same_country / max(linked, 1):.1%}, office as gold role "
        f"{same_role / max(linked, 1):.1%}, in office at the published date "
        f"{in_office / max(linked, 1):.1%}"
    )


if __name__ == "__main__":
    coverage()
    for name in sys.argv[1:]:
        linked_share(Path(name))
