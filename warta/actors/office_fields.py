"""What stands between a title and a name: office fields, ranks, ship names.

"Menteri Ekonomi, Perdagangan, dan Industri Jepang Ken Saito", "Juru Bicara Kemlu ...",
"Mayjen TNI Iwan Setiawan", "Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from warta.actors.common_words import is_derived_noun
from warta.actors.data import Title, home_cities, office_words, vessel_prefixes
from warta.actors.name_tokens import is_name_token, take_name
from warta.actors.types import Mention

# "(Mendag)", "(AS)", "(Dirjen Amerop)": an abbreviation in brackets, of up to three words
MAX_ABBREVIATION_WORDS = 3
# an acronym of a body: "pemimpin KPNLF Son Sann", "Gubernur RBA Michele Bullock"
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}")

# Words that may follow a rank before the name: "Mayjen TNI Iwan Setiawan", "Irjen Pol.", the
# corps of an officer ("Letkol Inf Taufik Hidayat", "Letkol Pnb Ludwig Bayu": corpus/train
# c010, f029, g011, d025)
RANK_SUFFIXES = frozenset(
    {"TNI", "Polri", "Pol", "Pol.", "(Purn)", "(Purn.)", "Purn", "Purn.", "Inf", "Pnb"}
)


def skip_abbreviation(toks: list[tuple[int, int, str]], i: int) -> int:
    """Past '(Mendag)' in 'Menteri Perdagangan (Mendag) Budi Santoso' (corpus/train a022,
    b003, c005, c017, c021, c023, d007): the index after the closing bracket, else i."""
    if i >= len(toks) or toks[i][2] != "(":
        return i
    for k in range(i + 2, min(i + MAX_ABBREVIATION_WORDS + 2, len(toks))):
        if toks[k][2] == ")":
            inside = [t[2] for t in toks[i + 1 : k]]
            return k + 1 if all(w[:1].isupper() for w in inside) else i
    return i


def region_field(toks: list[tuple[int, int, str]], i: int) -> int:
    """The end of the region after "Gubernur", "Bupati", "Wali Kota" (i when none): a
    province's or city's words ("Jawa Barat", "DKI Jakarta Timur"), or a lone word that no
    name follows ("Bupati Belu, Vicente ...", "Wali Kota Kupang dan ..."); "Gubernur Wayan
    Koster" names the governor (corpus/train k017)."""
    j = i
    while j < len(toks) and (toks[j][2] in office_words() or toks[j][2] in home_cities()):
        j += 1
    if j == i and i < len(toks) and toks[i][2][:1].isupper():
        after = toks[i + 1][2] if i + 1 < len(toks) else "."
        j = i + 1 if not after[:1].isupper() else i
    return j


def past_state(
    toks: list[tuple[int, int, str]],
    i: int,
    state: Mention,
    state_at: dict[int, Mention],
    org_at: dict[int, Mention],
    blocked: set[int],
) -> int:
    """The index after a title's state, past what may follow it before the name: the host
    ("Dubes China untuk Indonesia", "Dubes RI untuk PBB"), an abbreviation ("Presiden Amerika
    Serikat (AS) Donald Trump": b009, b010, b011) and a comma ("Presiden Rusia, Vladimir
    Putin", "Perdana Menteri Malaysia, Najib Tun Razak": a005, a015, b010, b023, c003, i003)."""
    while i < len(toks) and toks[i][0] < state.end:
        i += 1
    host_at = {**org_at, **state_at}
    if i + 1 < len(toks) and toks[i][2] == "untuk" and toks[i + 1][0] in host_at:
        host = host_at[toks[i + 1][0]]
        i += 1
        while i < len(toks) and toks[i][0] < host.end:
            i += 1
    i = skip_abbreviation(toks, i)
    if (
        i + 1 < len(toks)
        and toks[i][2] == ","
        and is_name_token(toks[i + 1][2], blocked, toks[i + 1][0])
    ):
        i += 1
    return i


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

    def is_field_word(k: int) -> bool:
        tok = toks[k][2]
        if tok in office_words() or (tok[:1].isupper() and is_derived_noun(tok)):
            return True
        if "-" in tok and all(part in office_words() for part in tok.split("-")):
            return True  # "Asia-Pasifik" (corpus/train p014)
        # an acronym before more capitalised words is a body ("pemimpin KPNLF Son Sann",
        # "Asisten Sekretaris DFAT Gillian Bird": a019, j019, e003, j014); alone it may be
        # the name ("Presiden SBY mengatakan")
        return bool(ACRONYM.fullmatch(tok)) and k + 1 < len(toks) and toks[k + 1][2][:1].isupper()

    def is_field(k: int) -> bool:
        return k < len(toks) and (is_field_word(k) or toks[k][0] in org_at)

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
        elif is_field_word(j):
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
    toks: list[tuple[int, int, str]],
    i: int,
    pattern: re.Pattern[str],
    by_surface: dict[str, Title],
    after_rank: bool = False,
) -> int:
    """'Mayjen TNI Iwan Setiawan': a rank (and its service) stands before the name;
    `after_rank` when toks follow a rank already ("Irjen [Pol Karyoto]")."""
    j = i
    while j < len(toks):
        rest = " ".join(t[2] for t in toks[j : j + 3])
        m = pattern.match(rest)
        # an honorific between office and name: "Menlu Arab Saudi Pangeran Faisal ..."
        if m and (by_surface[m.group(0)].is_rank or by_surface[m.group(0)].is_honorific):
            width = len(m.group(0).split())
            j += width
        elif toks[j][2] in RANK_SUFFIXES and (j > i or after_rank):
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
