"""What stands between a title and a name: office fields, ranks, ship names.

"Menteri Ekonomi, Perdagangan, dan Industri Jepang Ken Saito", "Juru Bicara Kemlu ...",
"Mayjen TNI Iwan Setiawan", "Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from warta.actors.common_words import is_derived_word
from warta.actors.data import Title, home_cities, office_words, vessel_prefixes
from warta.actors.name_tokens import take_name
from warta.actors.types import Mention

# Words that may follow a rank before the name: "Mayjen TNI Iwan Setiawan", "Irjen Pol."
RANK_SUFFIXES = frozenset({"TNI", "Polri", "Pol", "Pol.", "(Purn)", "(Purn.)", "Purn", "Purn."})


def office_field(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    state_at: dict[int, Mention],
    org_at: dict[int, Mention],
) -> tuple[int, str, str | None] | None:
    """'Menteri Ekonomi, Perdagangan, dan Industri Jepang Ken Saito', 'Juru Bicara Kemlu ...'.

    Field words, bodies, an acronym in brackets and a state after a title belong to the role.
    Returns the index of the first token after the field, the role's field text (without the
    state) and the state the field names, or None when no field follows the title.
    """

    def is_field_word(tok: str) -> bool:
        return tok in office_words() or (tok[:1].isupper() and is_derived_word(tok))

    def is_field(k: int) -> bool:
        return k < len(toks) and (is_field_word(toks[k][2]) or toks[k][0] in org_at)

    j, country, pieces, seen_field = i, None, [], False
    while j < len(toks):
        start, end, tok = toks[j]
        if start in org_at:
            org = org_at[start]
            pieces.append(org.text)
            country = country or (org.countries[0] if org.countries else None)
            while j < len(toks) and toks[j][0] < org.end:
                j += 1
            seen_field = True
        elif is_field_word(tok):
            pieces.append(tok)
            j += 1
            seen_field = True
        elif tok in home_cities() and j == i:  # "Wali Kota Semarang ...": the office's seat
            pieces.append(tok)
            country = country or home_cities()[tok]
            j += 1
            seen_field = True
        elif _joins_fields(toks, j, i, seen_field, is_field):
            pieces.append(tok)
            j += 1
        elif tok == "(" and seen_field and j + 2 < len(toks) and toks[j + 2][2] == ")":
            pieces.append(f"({toks[j + 1][2]})")
            j += 3
        elif start in state_at and seen_field:
            state = state_at[start]
            country = country or state.key
            while j < len(toks) and toks[j][0] < state.end:
                j += 1
            if j + 1 < len(toks) and toks[j][2] == "untuk" and toks[j + 1][0] in state_at:
                host = state_at[toks[j + 1][0]]  # "Dubes ... untuk Indonesia": the host
                while j < len(toks) and toks[j][0] < host.end:
                    j += 1
        else:
            break
    if not seen_field:
        return None
    if j < len(toks) and toks[j][2] == ",":  # "..., Bendito dos Santos Freitas, ..."
        j += 1
    field = " ".join(pieces).replace(" ,", ",")
    return j, field, country


def _joins_fields(
    toks: list[tuple[int, int, str]],
    j: int,
    i: int,
    seen_field: bool,
    is_field: Callable[[int], bool],
) -> bool:
    """'Ekonomi, Perdagangan, dan Industri'; 'Menteri Luar Negeri dan Kerja Sama' (j == i)."""
    tok = toks[j][2]
    if tok == "dan" and j == i:
        return is_field(j + 1)
    return tok in ("dan", ",") and seen_field and (is_field(j + 1) or _is_and(toks, j + 1))


def _is_and(toks: list[tuple[int, int, str]], k: int) -> bool:
    """', dan Industri': the comma before a coordinated field word."""
    return k + 1 < len(toks) and toks[k][2] == "dan" and toks[k + 1][2] in office_words()


def skip_ranks(
    toks: list[tuple[int, int, str]], i: int, pattern: re.Pattern[str], by_surface: dict[str, Title]
) -> int:
    """'Mayjen TNI Iwan Setiawan': a rank (and its service) stands before the name."""
    j = i
    while j < len(toks):
        rest = " ".join(t[2] for t in toks[j : j + 3])
        m = pattern.match(rest)
        # an honorific between office and name: "Menlu Arab Saudi Pangeran Faisal ..."
        if m and (by_surface[m.group(0)].is_rank or by_surface[m.group(0)].is_honorific):
            width = len(m.group(0).split())
            j += width
        elif toks[j][2] in RANK_SUFFIXES and j > i:
            j += 1
        else:
            break
    return j


def vessel_words(text: str) -> set[int]:
    """Start offsets of the words of a ship's name ("KRI Bung Tomo"): not a person."""
    out: set[int] = set()
    prefixes = vessel_prefixes()
    for m in re.finditer(r"\S+", text):
        if m.group(0) not in prefixes:
            continue
        for w in re.finditer(r"\S+", text[m.end() : m.end() + 60]):
            if not w.group(0)[:1].isupper():
                break
            out.add(m.end() + w.start())
    return out


def name_after_field(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    blocked: set[int],
    state_at: dict[int, Mention],
    orgs: list[Mention],
) -> tuple[int, int, str, str | None] | None:
    """'Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro': field, comma, name."""
    j = i
    while j < len(toks) and j - i < 8:
        tok = toks[j][2]
        if tok == ",":
            break
        if not (tok[:1].isupper() or tok == "dan"):
            return None
        j += 1
    if j == i or j >= len(toks) or toks[j][2] != ",":
        return None
    field_start, field_end = toks[i][0], toks[j - 1][1]
    start, end, after = take_name(text, toks, j + 1, blocked)
    if start < 0 or len(text[start:end].split()) < 2:
        return None
    # the name must end where the clause goes on: punctuation or a lower-case word
    if after < len(toks) and toks[after][2][:1].isupper():
        return None
    country = None
    for s in sorted(state_at):
        if field_start <= s < field_end:
            country = state_at[s].key
            break
    if country is None:
        for org in orgs:
            if field_start <= org.start < field_end and org.countries:
                country = org.countries[0]
                break
    return start, end, text[field_start:field_end], country
