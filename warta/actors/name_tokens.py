"""Name tokens: what a word of a person's name looks like, and taking a run of them.

Shared by the title-driven person finder (persons.py) and the office-field reader
(office_fields.py); kept apart so each of those stays about one pattern.
"""

from __future__ import annotations

import re

from warta.actors.common_words import is_derived_word
from warta.actors.data import name_stopwords

# an apostrophe between letters is part of the word: "Ma'ruf Amin", "O'Brien"
TOKEN = re.compile(r"(?:[^\s,;:()\"“”‘’'!?]|(?<=\w)['’](?=\w))+|[,;:()\"“”‘’'!?]")
# Latin letters with diacritics count too: "Talip Küçükcan", "Mevlüt Çavuşoğlu".
UPPER = "A-Z\u00c0-\u00de\u0100-\u017f"
LOWER = "a-z\u00df-\u00ff\u0100-\u017f"
LETTER = f"{UPPER}{LOWER}'’\\-"
NAME_TOKEN = re.compile(
    rf"^(?:[{UPPER}][{LETTER}]*[{LOWER}][{LETTER}]*|[A-Z]{{1,2}}\.?|[A-Z][a-z]?\.)$"
)
INITIAL = re.compile(r"^[A-Z]\.?$")
NAME_PARTICLES = frozenset(
    {"bin", "binti", "ibn", "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della",
     "al", "el", "von", "la", "le", "ter", "ten"}
)  # fmt: skip
MAX_NAME_TOKENS = 5


def tokens(text: str, pos: int, limit: int = 24) -> list[tuple[int, int, str]]:
    """(start, end, text) tokens from pos to the end of the sentence or line."""
    out: list[tuple[int, int, str]] = []
    for m in TOKEN.finditer(text, pos):
        if out and "\n" in text[out[-1][1] : m.start()]:
            break  # a name or a title's field never runs on across a line break
        out.append((m.start(), m.end(), m.group(0)))
        if len(out) >= limit or m.group(0) in ".\n":
            break
    return out


def is_name_token(tok: str, blocked: set[int], start: int) -> bool:
    bare = tok.rstrip(".") if not INITIAL.match(tok) else tok
    if start in blocked or not bare:
        return False
    if not (NAME_TOKEN.match(tok) or NAME_TOKEN.match(bare)) or bare in name_stopwords():
        return False
    return not is_derived_word(bare)


QUOTES = "\"“”‘’'"
NICKNAME = re.compile(r"\s*[\"“‘'][^\"“”‘’'\s]{2,20}[\"”’']")


def _quoted_word(toks: list[tuple[int, int, str]], j: int, blocked: set[int]) -> bool:
    """A quoted word inside a name, a name word after it (corpus/train c007: 'Joko "Jokowi"
    Widodo'; issue 13: 'Susilo Bambang “SBY” Yudhoyono')."""
    return (
        j + 3 < len(toks)
        and toks[j][2] in QUOTES
        and toks[j + 2][2] in QUOTES
        and toks[j + 1][2][:1].isupper()
        and is_name_token(toks[j + 3][2], blocked, toks[j + 3][0])
    )


def without_nickname(name: str) -> str:
    """'Joko "Jokowi" Widodo' -> 'Joko Widodo'."""
    return NICKNAME.sub("", name)


def _abbreviation(tok: str) -> bool:
    """'Jr.', 'Sr.', 'M.S.': a dot that ends no sentence inside a name ('Xi. Baik ...' does)."""
    return tok in ("Jr.", "Sr.") or bool(re.fullmatch(r"(?:[A-Z]\.){2,}", tok))


def take_name(
    text: str, toks: list[tuple[int, int, str]], i: int, blocked: set[int]
) -> tuple[int, int, int]:
    """Consume a run of name tokens from toks[i]; returns (start, end, next index)."""
    start = end = -1
    j, skipped = i, 0
    while j < len(toks) and j - i - skipped < MAX_NAME_TOKENS:
        s, e, tok = toks[j]
        if tok.lower() in NAME_PARTICLES and tok[:1].islower() and start >= 0:
            k = j  # "von der Leyen", "dos Santos": particles, then a name word
            while k < len(toks) and toks[k][2].lower() in NAME_PARTICLES:
                k += 1
            if k < len(toks) and is_name_token(toks[k][2], blocked, toks[k][0]):
                j = k
                continue
        if start >= 0 and _quoted_word(toks, j, blocked):
            j, skipped = j + 3, skipped + 3  # 'Joko "Jokowi" Widodo': a nickname
            continue
        if not is_name_token(tok, blocked, s):
            break
        if start < 0:
            start = s
        sentence_end = tok.endswith(".") and not INITIAL.match(tok) and not _abbreviation(tok)
        end = e - 1 if sentence_end else e
        j += 1
        if sentence_end:
            break
    # A name never ends in an initial ("Sidharto R." is cut text, "R." alone is not a name).
    while start >= 0 and INITIAL.match(text[start:end].split()[-1]):
        parts = text[start:end].rsplit(None, 1)
        if len(parts) == 1:
            return -1, -1, i
        end = start + len(parts[0])
    return start, end, j


# "Igor Morgulov, Wakil Menteri ...", "Thanat Khoman selaku Menteri ..." (corpus/train a015,
# f010, k027, o013)
# on one line, in one sentence: "Uni Soviet.\nKhrushchev, pemimpin ..." is two
_WORD = rf"(?:[{UPPER}][\w'’\-]*|[A-Z]\.)"
POST_APPOSITION = re.compile(
    rf"({_WORD}(?:[ \t]+(?:{_WORD}|bin|binti|van|de|al)){{1,4}})"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:selaku|sebagai)[ \t]+)$"
)


def name_before(text: str, title_start: int, blocked: set[int]) -> tuple[int, int] | None:
    """'Igor Morgulov, Wakil Menteri ...': the name just before a comma before the title."""
    m = POST_APPOSITION.search(text[max(0, title_start - 80) : title_start])
    if not m:
        return None
    offset = max(0, title_start - 80)
    start, end = offset + m.start(1), offset + m.end(1)
    words = [(w.start() + start, w.group(0)) for w in re.finditer(r"\S+", text[start:end])]
    # drop leading words that are not part of a name ("Rusia, Igor" -> keep only the name)
    while words and not is_name_token(words[0][1], blocked, words[0][0]):
        words.pop(0)
    if len(words) < 2 or any(not is_name_token(w, blocked, s) for s, w in words):
        return None
    return words[0][0], end
