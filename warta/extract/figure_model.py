"""Learned figures: which amount mentions are figures about relations between states, and
what each measures.

The rules (quantities.py) read every MONEY/PERCENT entity and counted noun of an article
as a candidate (`all_mentions`); two linear models trained on the annotated corpus
(training/train_figures.py) then decide:
  - `keep`: the probability that a candidate is a reported figure (trade, investment, aid,
    loans, purchases between states; not exchange rates, prices or domestic numbers), from
    the words around it, its unit and scale, the states of its sentence and the rules' own
    decision;
  - `metric`: one score per metric (data/metrics.tsv values), the rules' metric a feature.
A value told twice in an article is one figure (the annotation gives it once).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.config import HOME_STATE
from warta.extract.analysis import ArticleAnalysis
from warta.extract.event_model import EXTRACT_MODEL_DIR
from warta.extract.linear import LinearModel
from warta.extract.quantities import QuantityDraft, extract_quantities, metric_values
from warta.extract.sentences import currency_mentions

METRICS = (
    "trade_volume", "trade_target", "trade_growth_pct", "investment", "aid", "loan",
    "purchase", "other",
)  # fmt: skip
KINDS = {"trade_volume": "actual", "trade_target": "target", "trade_growth_pct": "growth"}
WORD = re.compile(r"[^\W\d_]+")
WORDS_BEFORE = 8  # words before a figure read as its context
WORDS_AFTER = 4
TOP_STATES = 2  # the parties of a figure whose sentence names none


@dataclass
class FigureModels:
    keep: LinearModel  # binary: the candidate is a reported figure
    metric: LinearModel  # one column per metric
    threshold: float = 0.5
    count_threshold: float = 0.5  # for counts ("14 ton", "36 pesawat")

    def threshold_of(self, unit: str) -> float:
        return self.count_threshold if unit_class(unit) == "count" else self.threshold

    def save(self, directory: Path) -> None:
        self.keep.save(directory / "figures_keep.npz")
        self.metric.save(directory / "figures_metric.npz")
        settings = {"threshold": self.threshold, "count_threshold": self.count_threshold}
        (directory / "figures.json").write_text(json.dumps(settings, indent=1, sort_keys=True))

    @classmethod
    def load(cls, directory: Path) -> FigureModels:
        settings = json.loads((directory / "figures.json").read_text())
        return cls(
            LinearModel.load(directory / "figures_keep.npz"),
            LinearModel.load(directory / "figures_metric.npz"),
            settings["threshold"],
            settings["count_threshold"],
        )


@lru_cache(maxsize=1)
def shipped_figure_models() -> FigureModels | None:
    """The models in warta/nlp/model/extract, or None when they were not trained."""
    if not (EXTRACT_MODEL_DIR / "figures.json").exists():
        return None
    return FigureModels.load(EXTRACT_MODEL_DIR)


def figure_candidates(article: ArticleAnalysis) -> list[QuantityDraft]:
    a = article
    return extract_quantities(a.text, a.amounts, a.sentences, a.actors, a.dates, True)


def article_states(article: ArticleAnalysis) -> list[str]:
    """The states the article names (not as a currency: "dolar AS"), most named first."""
    inside = article.actors.in_span(0, len(article.text))
    currencies = currency_mentions(article.text, inside)
    counts = Counter(c for m in inside if m.start not in currencies for c in m.countries)
    return sorted(counts, key=lambda c: (-counts[c], c))


def unit_class(unit: str) -> str:
    if unit == "percent":
        return "percent"
    if unit.isupper() and len(unit) == 3:
        return "money"
    return "count"


def _magnitude(value: float) -> int:
    return int(math.floor(math.log10(abs(value)))) if value else 0


def candidate_features(
    article: ArticleAnalysis, d: QuantityDraft, states: list[str] | None = None
) -> list[str]:
    """Features of one candidate; "rule" ones say what the rule extractor made of it;
    `states`: article_states(article), when the caller has them."""
    states = article_states(article) if states is None else states
    text = article.text
    cls = unit_class(d.unit)
    end = d.end or d.start
    before = [w.lower() for w in WORD.findall(text[max(0, d.start - 120) : d.start])]
    after = [w.lower() for w in WORD.findall(text[end : end + 60])]
    sentence = {w.lower() for w in WORD.findall(d.sentence.text)}
    foreign = [p for p in d.parties if p != HOME_STATE and p.isupper() and len(p) == 3]
    feats = [
        f"cls={cls}",
        f"unit={d.unit.split()[0].lower()}",
        f"mag={cls}:{min(_magnitude(d.value), 13)}",
        f"rule_metric={d.metric}",
        f"rule_metric={d.metric}&{cls}",
        f"rule_kind={d.kind}",
        f"ruled={d.ruled}",
        f"ruled={d.ruled}&{cls}",
        f"parties={min(len(d.parties), 3)}",
        f"foreign={min(len(foreign), 2)}",
        f"idn={'IDN' in d.parties}",
        f"alt={bool(d.alt_values)}",
        f"period={d.period is not None}",
        f"sent={min(d.sentence.index, 4)}",
        f"neg={d.value < 0}",
        f"article_foreign={min(sum(c != HOME_STATE for c in states), 2)}",
    ]
    if cls == "money":
        feats.append(f"home_currency={d.unit == 'IDR'}")
    feats += [f"scue={m}" for m in metric_values(d.sentence.text)]
    feats += [f"scue={m}&{cls}" for m in metric_values(d.sentence.text)]
    if d.sentence.index > 0:
        previous = article.sentences[d.sentence.index - 1].text
        feats += [f"pcue={m}" for m in metric_values(previous)]
    feats += [f"b:{w}" for w in before[-WORDS_BEFORE:]]
    feats += [f"b2:{w}" for w in before[-2:]]
    feats += [f"a:{w}" for w in after[:WORDS_AFTER]]
    feats += [f"a1:{w}" for w in after[:1]]
    feats += [f"s:{w}" for w in sentence]
    feats += [f"{cls}&b:{w}" for w in before[-3:]]
    return feats


def learned_quantities(
    article: ArticleAnalysis, models: FigureModels, candidates: list[QuantityDraft] | None = None
) -> list[QuantityDraft]:
    """The candidates the keep model accepts, one per value and unit, with the metric
    model's metric (the rules' kind follows a change of metric to or from a target)."""
    drafts = figure_candidates(article) if candidates is None else candidates
    states = article_states(article)
    foreign = any(c != HOME_STATE for c in states)
    scored: list[tuple[float, int, QuantityDraft]] = []
    for i, d in enumerate(drafts):
        if not (d.parties or foreign):
            continue  # no party here and no foreign state in the article: a domestic figure
        feats = candidate_features(article, d, states)
        p = models.keep.probability(feats)
        if p >= models.threshold_of(d.unit):
            d.metric = _metric(models, feats, d)
            if d.value < 0 and d.metric != "trade_growth_pct":
                d.value = -d.value  # "menurunkan 98 persen pajak impor" is no negative growth
            if not d.parties:  # a sentence naming no party: the article's main states
                d.parties = states[:TOP_STATES]
            if d.period is None and article.published:
                # a sentence without a date reports the year of publication (corpus/train:
                # 60 of the 74 dateless figures whose gold has a period)
                d.period = article.published[:4]
            scored.append((p, i, d))
    kept: dict[tuple[float, str], tuple[float, int, QuantityDraft]] = {}
    for p, i, d in scored:
        key = (round(d.value, 6), d.unit)
        if key not in kept or p > kept[key][0]:
            kept[key] = (p, i, d)
    return [d for _, _, d in sorted(kept.values(), key=lambda t: t[1])]


def _metric(models: FigureModels, feats: list[str], d: QuantityDraft) -> str:
    probabilities = models.metric.probabilities(feats)
    best = models.metric.labels[int(probabilities.argmax())]
    # the trade metrics carry their kind; the others keep the rules' (a loan can be a target)
    if best in KINDS:
        d.kind = KINDS[best]
    return best
