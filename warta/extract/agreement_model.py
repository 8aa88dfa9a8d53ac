"""Learned agreements: which candidate spans name an agreement of the article.

A linear model trained on the annotated corpus (training/train_agreements.py) gives each
candidate of warta/extract/agreement_candidates.py the probability that it names an agreement
(features: its source and head word, its words and the words around it, the status cues of
its sentence, whether the rule extractor found it, whether it repeats an earlier name).
Candidates are kept best first over the threshold; one that overlaps a kept one, or repeats
its name in a later sentence, is left out. Status, parties and date come from the rules.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.config import HOME_STATE
from warta.extract.agreement_candidates import Candidate, candidates, counted_before
from warta.extract.agreements import (
    AgreementDraft,
    _governing_status,
    _status,
)
from warta.extract.analysis import ArticleAnalysis
from warta.extract.event_model import EXTRACT_MODEL_DIR
from warta.extract.lexicon import agreement_status_cues, sectors_of
from warta.extract.linear import LinearModel, bucket
from warta.extract.sentences import Sentence, party_mentions

STATUSES = ("planned", "negotiating", "finalized", "agreed", "signed", "ratified", "in_force")
WORD = re.compile(r"\w+")
TENSE = frozenset({"akan", "telah", "sudah", "sedang", "belum", "segera", "baru", "pernah"})
# Words that do not tell one agreement from another ("MoU on Cooperation in the Field of X").
GENERIC = frozenset(
    {"mou", "nota", "kesepahaman", "perjanjian", "persetujuan", "kesepakatan", "kerja", "sama",
     "kerjasama", "bidang", "di", "dan", "tentang", "mengenai", "antara", "dalam", "agreement",
     "memorandum", "of", "on", "in", "the", "and", "for", "field", "cooperation", "understanding"}
)  # fmt: skip
NAME_WORDS = True  # the words of the name as features (train CV 0.633 without, 0.645 with)
# of the shorter name's telling words: a later name that shares this many repeats it
REPEAT_SHARE = 0.5
RULE_FEATURE = "rule_emitted"  # the rule extractor reports this very name


@dataclass
class AgreementModels:
    keep: LinearModel  # binary, over candidate features
    threshold: float = 0.5
    # a name the rule extractor reports is kept when the model gives it at least this
    rule_threshold: float = 1.0

    def save(self, directory: Path) -> None:
        self.keep.save(directory / "agreements.npz")
        settings = {"threshold": self.threshold, "rule_threshold": self.rule_threshold}
        (directory / "agreements.json").write_text(json.dumps(settings, indent=1, sort_keys=True))

    @classmethod
    def load(cls, directory: Path) -> AgreementModels:
        settings = json.loads((directory / "agreements.json").read_text())
        return cls(
            LinearModel.load(directory / "agreements.npz"),
            settings["threshold"],
            settings["rule_threshold"],
        )


@lru_cache(maxsize=1)
def shipped_agreement_models() -> AgreementModels | None:
    """The models in warta/nlp/model/extract, or None when they were not trained."""
    if not (EXTRACT_MODEL_DIR / "agreements.json").exists():
        return None
    return AgreementModels.load(EXTRACT_MODEL_DIR)


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in GENERIC}


def candidate_features(
    article: ArticleAnalysis,
    cand: Candidate,
    rule_names: set[tuple[int, str]],
    earlier: list[set[str]],
) -> list[str]:
    """Features of one candidate; `earlier`: the word sets of candidates of earlier sentences."""
    sent = cand.sentence
    text = sent.text
    name = cand.text
    words = name.split()
    kind = cand.kind
    feats = [f"kind={kind}", f"head={cand.head}", f"{kind}&head={cand.head}"]
    feats.append(f"len={bucket(len(words), (1, 2, 3, 5, 8, 12))}")
    feats.append(f"{kind}&len={bucket(len(words), (1, 2, 3, 5, 8, 12))}")
    caps = sum(w[:1].isupper() for w in words)
    feats.append(f"caps={bucket(caps, (0, 1, 2, 4))}")
    if kind == "item":
        feats += [f"split={cand.split}", f"items={bucket(cand.items, (1, 2, 3, 5, 8))}"]
        feats.append("item_first" if cand.item_index == 0 else "item_later")
        feats += [f"open={cand.opener}", f"open={cand.opener}&items={min(cand.items, 4)}"]
        if cand.counted:
            gap = abs(cand.counted - cand.items)
            feats.append(f"count_gap={min(gap, 2)}")
            feats.append(f"{cand.split}&count_gap={min(gap, 2)}")
        if cand.item_index == cand.items - 1:
            feats.append("item_last")
    if counted_before(text, cand.start):
        feats.append(f"counted&{kind}")  # "tiga MoU ...": a count of instruments
    if "(" in name:
        feats.append("gloss")
    if re.search(r"\d", name):
        feats.append("digit")
    if NAME_WORDS:
        feats += [f"w={w}" for w in WORD.findall(name.lower())]
    if words:
        feats += [f"first={words[0].lower()}", f"last={words[-1].lower().strip('.')}"]
    before = text[: cand.start].split()[-2:]
    after = text[cand.end :].split()[:2]
    for k, w in enumerate(reversed(before)):
        feats.append(f"l{k + 1}={w.lower()}")
    for k, w in enumerate(after):
        feats.append(f"r{k + 1}={w.lower()}")
    if not after:
        feats.append("sentence_end")
    for cue in agreement_status_cues():
        if cue.pattern.search(text):
            feats += [f"cue={cue.value}", f"{kind}&cue={cue.value}"]
    governing = _governing_status(text, cand.start)
    if governing:
        feats.append(f"gov={governing}")
    if (sent.index, name.strip()) in rule_names:
        feats.append(RULE_FEATURE)
    feats.append(f"sent={bucket(sent.index, (0, 2, 5, 10))}")
    states = {c for m in article.actors.in_span(sent.start, sent.end) for c in m.countries}
    feats.append(f"states={bucket(len(states), (0, 1, 2))}")
    mine = _words(cand.name)
    if mine and any(mine <= e for e in earlier):
        feats.append("repeat")
    if mine and any(mine & e for e in earlier):
        feats.append("repeat_some")
    if not mine:
        feats.append("generic_only")
    return feats


def state_names(article: ArticleAnalysis) -> dict[int, list[str]]:
    """By sentence, the states it names (as written, first mention each)."""
    out: dict[int, list[str]] = {}
    for sent in article.sentences:
        seen: dict[str, str] = {}
        for m in article.actors.in_span(sent.start, sent.end):
            if m.kind == "state" and m.countries and m.countries[0] not in seen:
                seen[m.countries[0]] = m.text
        out[sent.index] = list(seen.values())
    return out


def rule_names(drafts: list[AgreementDraft]) -> set[tuple[int, str]]:
    """(sentence, name) of the rule extractor's agreements, the name as it stands in the text."""
    out = set()
    for d in drafts:
        out.add((d.sentence.index, d.name))
        out.add((d.sentence.index, d.name[:1].lower() + d.name[1:]))
    return out


def scored_candidates(
    article: ArticleAnalysis, drafts: list[AgreementDraft]
) -> list[tuple[Candidate, list[str]]]:
    """Every candidate of the article with its keep features."""
    ruled = rule_names(drafts)
    out: list[tuple[Candidate, list[str]]] = []
    earlier: list[set[str]] = []
    current: list[set[str]] = []
    index = -1
    for cand in candidates(article.sentences, state_names(article)):
        if cand.sentence.index != index:
            earlier += current
            current, index = [], cand.sentence.index
        out.append((cand, candidate_features(article, cand, ruled, earlier)))
        current.append(_words(cand.name))
    return out


def select(
    scored: list[tuple[Candidate, float, bool]], threshold: float, rule_threshold: float = 1.0
) -> list[Candidate]:
    """Best first over the threshold (over `rule_threshold` for a name the rules found too);
    no overlap in a sentence, no repeated name later."""
    kept: list[Candidate] = []
    for cand, p, ruled in sorted(scored, key=lambda x: (-x[1], x[0].sentence.index, x[0].start)):
        if p < (min(threshold, rule_threshold) if ruled else threshold):
            continue
        if any(_overlaps(cand, k) or _repeats(cand, k) for k in kept):
            continue
        kept.append(cand)
    return sorted(kept, key=lambda c: (c.sentence.index, c.start))


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.sentence.index == b.sentence.index and a.start < b.end and b.start < a.end


def _repeats(a: Candidate, b: Candidate) -> bool:
    if a.sentence.index == b.sentence.index:
        return False
    wa, wb = _words(a.name), _words(b.name)
    if not wa or not wb:
        return False
    return len(wa & wb) >= REPEAT_SHARE * min(len(wa), len(wb))


def _status_of(cand: Candidate, following: str | None) -> str:
    """The rules' cue: the status noun governing the name, else the strongest in the sentence.
    (A learned status classifier over the same cues did worse in cross-validation: 0.60
    against 0.65 for these rules on the matched agreements.)"""
    text = cand.sentence.text
    return _governing_status(text, cand.start) or _status(text, following) or "signed"


def agreement_parties(article: ArticleAnalysis, sent: Sentence) -> list[str]:
    """The states the sentence names as parties; with fewer than two, Indonesia and then the
    article's most named states fill in (an agreement has two sides; the news is Indonesian).
    Measured on train CV against the gold parties (Jaccard): 0.54 for the rules' parties
    (states and organizations of the sentence), 0.92 for these."""
    out = list(
        dict.fromkeys(
            c for m in party_mentions(article.actors, article.text, sent.start, sent.end)
            for c in m.countries
        )
    )  # fmt: skip
    if len(out) < 2:
        counts = Counter(c for m in article.actors.mentions for c in m.countries)
        for c in [HOME_STATE, *sorted(counts, key=lambda k: (-counts[k], k))]:
            if len(out) >= 2:
                break
            if c not in out:
                out.append(c)
    return out


def agreement_date(article: ArticleAnalysis, index: int) -> str | None:
    """The first date of the sentence, else the article's main date. (The rules date only
    signings; dating every status matched the gold better in train CV: 0.69 against 0.67.)"""
    points = [d.value for d in article.dates.get(index, []) if not d.is_period]
    return points[0] if points else article.main_date


def learned_agreements(
    article: ArticleAnalysis, drafts: list[AgreementDraft], models: AgreementModels
) -> list[AgreementDraft]:
    scored = [
        (c, models.keep.probability(f), RULE_FEATURE in f)
        for c, f in scored_candidates(article, drafts)
    ]
    out: list[AgreementDraft] = []
    sentences = article.sentences
    for cand in select(scored, models.threshold, models.rule_threshold):
        i = cand.sentence.index
        following = sentences[i + 1].text if i + 1 < len(sentences) else None
        status = _status_of(cand, following)
        date = agreement_date(article, i)
        parties = agreement_parties(article, cand.sentence)
        name = cand.name
        out.append(AgreementDraft(name, status, parties, date, sectors_of(name), cand.sentence))
    return out
