"""Whether an event happened, is planned, or is negated: modality cues around its trigger."""

from __future__ import annotations

import re

from warta.extract.lexicon import clause_cues, modality_cues

BEFORE_WORDS = 6  # how far back a cue ("akan", "diharapkan") reaches, within the clause
NEGATION_WORDS = 3  # negation sits close: "tidak akan bertemu", "batal berkunjung"
AFTER_WORDS = 8  # "pertemuan ... yang direncanakan akan digelar"
NEGATION_AFTER_WORDS = 16  # "Kunjungan kenegaraan PM ... yang semula dijadwalkan ... ditunda"
WORD = re.compile(r"\S+")


def _clause_before(sentence: str, pos: int) -> str:
    """The words before pos back to the last clause break (comma, semicolon, quote)."""
    head = sentence[:pos]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("“"), head.rfind('"'))
    return head[cut + 1 :]


def _last_words(text: str, n: int) -> str:
    words = WORD.findall(text)
    return " ".join(words[-n:])


def _negated_after(after: str, not_negating: frozenset[str]) -> bool:
    """A negation cue after a nominal trigger, in its clause: "rencana kunjungan ... batal"."""
    clause = re.split(r"[,;“”\"]|(?<![\w])(?:setelah|karena|sehingga|namun)(?![\w])", after)[0]
    words = " ".join(WORD.findall(clause)[:NEGATION_AFTER_WORDS])
    for cue in modality_cues():
        if cue.value == "negated" and cue.extra in ("after", "both"):
            m = cue.pattern.search(words)
            follower = words[m.end() :].split()[:1] if m else []
            if m and not (follower and follower[0] in not_negating):
                return True
    return False


def event_status(sentence: str, start: int, end: int, is_noun: bool, planned_word: bool) -> str:
    """Status for a trigger at sentence[start:end]."""
    before = _clause_before(sentence, start)
    near = _last_words(before, NEGATION_WORDS)
    wider = _last_words(before, BEFORE_WORDS)
    after_words = WORD.findall(sentence[end:])
    after = " ".join(after_words[:AFTER_WORDS])
    not_negating = clause_cues().get("not_negation", frozenset())
    for cue in modality_cues():
        if cue.value != "negated" or cue.extra == "after":
            continue
        for m in cue.pattern.finditer(near):
            follower = near[m.end() :].split()[:1]
            if not (follower and follower[0].lower() in not_negating):
                return "negated"
    if is_noun and _negated_after(sentence[end:], not_negating):
        return "negated"  # "Kunjungan ... yang semula dijadwalkan ... ditunda"
    if planned_word:
        return "planned"
    for cue in modality_cues():
        if cue.value != "planned":
            continue
        if cue.extra in ("before", "both") and cue.pattern.search(wider):
            return "planned"
        if is_noun and cue.extra in ("after", "both") and cue.pattern.search(after):
            return "planned"
    return "realized"
