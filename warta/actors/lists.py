"""People listed after a plural office: "Tiga menteri dari Indonesia yakni A, B dan C",
"Perdana menteri lainnya yang hadir adalah U Nu (Birma), ..., Mohammed Ali (Pakistan)",
"Lima Menlu diundang ..., meliputi Adam Malik (Indonesia), Narciso R. Ramos (Filipina)"
(corpus/train i013, h101, a015). Each person of the list without an office of his own
holds the one the list names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.actors.data import Title, titles
from warta.actors.types import PersonRecord

COUNT_WORDS = (
    r"(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh|[Dd]elapan|[Ss]embilan|[Ss]epuluh"
    r"|[Pp]ara|[Bb]eberapa)"
)
LIST_MARK = re.compile(r"(?<![\w])(?:yakni|yaitu|adalah|meliputi|antara lain)(?![\w])|:")
MAX_GAP = 120  # characters from the office to the list's marker


@lru_cache(maxsize=1)
def _plural_office() -> tuple[re.Pattern[str], dict[str, Title]]:
    offices = {t.surface.lower(): t for t in titles() if t.role and not t.is_rank}
    alternation = "|".join(re.escape(s) for s in sorted(offices, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w]){COUNT_WORDS}\s+(?P<a>(?i:{alternation}))(?![\w])"
        rf"|(?<![\w])(?P<b>(?i:{alternation}))\s+lainnya(?![\w])"
    )
    return pattern, offices


def roles_from_lists(
    persons: list[PersonRecord],
    first_mention: dict[str, int],
    sentences: list[tuple[int, int]],
    text: str,
) -> None:
    """Give the listed persons with no role the office their list names."""
    pattern, offices = _plural_office()
    for m in pattern.finditer(text):
        surface = m.group("a") or m.group("b")
        title = offices[surface.lower()]
        sentence_end = next((b for a, b in sentences if a <= m.start() < b), len(text))
        mark = LIST_MARK.search(text, m.end(), min(sentence_end, m.end() + MAX_GAP))
        if mark is None:
            continue
        for person in persons:
            start = first_mention.get(person.name, person.first_offset)
            if person.role is None and mark.end() <= start < sentence_end:
                person.role, person.rank = title.role, title.rank
