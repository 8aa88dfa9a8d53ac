"""Features the learned extractors read: words with actors masked, rule hits, actor facts.

Each sentence becomes a stream of lower-cased words in which a named actor stands as a
placeholder ("<idn>", "<state>", "<per>", "<org>", "<pair>") and dates, money and numbers as
"<date>", "<money>", "<num>": "Retno bertemu Lavrov di Moskow" reads
"<per> bertemu <per> di <state>", so what is learned about "bertemu <per>" carries over to
every name. Features are strings ("w=bertemu", "trig=CONSULT"); linear.LinearModel weighs them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from warta.actors import Mention
from warta.extract.analysis import ArticleAnalysis
from warta.extract.lexicon import triggers_in
from warta.extract.sentences import currency_mentions, place_mentions

HOME = "IDN"
ENTITY_WORDS = {"DATE": "<date>", "MONEY": "<money>", "PERCENT": "<pct>", "CARDINAL": "<num>"}
PLACEHOLDER = {"person": "<per>", "org": "<org>", "group": "<pair>"}


@dataclass
class SentenceView:
    """One sentence as the models see it."""

    index: int
    words: list[str]  # the masked word stream
    mentions: list[Mention]  # actor mentions inside the sentence
    not_parties: set[int]  # start offsets of mentions that name a place or a currency


def sentence_views(article: ArticleAnalysis) -> list[SentenceView]:
    """Every sentence of the article as a masked word stream, in one pass over the Doc."""
    doc = article.doc
    entity_at: dict[int, str] = {}
    for ent in doc.ents:
        word = ENTITY_WORDS.get(ent.label_)
        if word:
            for i in range(ent.start, ent.end):
                entity_at[i] = word
    mentions = article.actors.mentions
    views: list[SentenceView] = []
    token_i = 0
    mention_i = 0
    for sent in article.sentences:
        words: list[str] = []
        inside: list[Mention] = []
        while mention_i < len(mentions) and mentions[mention_i].start < sent.start:
            mention_i += 1
        m_i = mention_i
        while token_i < len(doc) and doc[token_i].idx < sent.start:
            token_i += 1
        t_i = token_i
        last_mention: Mention | None = None
        while t_i < len(doc) and doc[t_i].idx < sent.end:
            token = doc[t_i]
            pos = token.idx
            while m_i < len(mentions) and mentions[m_i].end <= pos:
                m_i += 1
            mention = mentions[m_i] if m_i < len(mentions) and mentions[m_i].start <= pos else None
            if mention is not None:
                if mention is not last_mention:
                    words.append(_placeholder(mention))
                    inside.append(mention)
                    last_mention = mention
            elif t_i in entity_at:
                if not words or words[-1] != entity_at[t_i]:
                    words.append(entity_at[t_i])
            elif not token.is_punct and not token.is_space:
                words.append("<num>" if token.like_num else token.lower_)
            elif token.text in ",;:":
                words.append(",")
            t_i += 1
        not_parties = place_mentions(article.text, inside) | currency_mentions(article.text, inside)
        views.append(SentenceView(sent.index, words, inside, not_parties))
    return views


def _placeholder(m: Mention) -> str:
    if m.kind == "state":
        return "<idn>" if m.key == HOME else "<state>"
    return PLACEHOLDER.get(m.kind, "<org>")


def _bucket(n: int, top: int = 3) -> str:
    return str(n) if n < top else f"{top}+"


def sentence_features(
    article: ArticleAnalysis,
    view: SentenceView,
    rule_types: set[str],
    with_rules: bool = True,
) -> list[str]:
    """Features of one sentence for the event-type classifier."""
    words = view.words
    feats = [f"w={w}" for w in words]
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += [f"p3={w[:3]}" for w in words if len(w) > 5 and w[0] != "<"]
    foreign = {c for m in view.mentions for c in m.countries if c != HOME}
    parties = [m for m in view.mentions if m.start not in view.not_parties]
    feats.append(f"foreign={_bucket(len(foreign))}")
    feats.append(f"home={any(HOME in m.countries for m in view.mentions)}")
    feats.append(f"parties={_bucket(len(parties))}")
    kinds = Counter(m.kind for m in parties)
    feats += [f"kind={k}" for k in kinds]
    feats.append(f"pos={_bucket(view.index, 4)}")
    if article.dates.get(view.index):
        feats.append("has_date")
    if with_rules:
        sentence = article.sentences[view.index]
        for trig in triggers_in(sentence.text):
            if trig.pattern.search(sentence.text):
                feats.append(f"trig={trig.type}")
                feats.append(f"trig_word={trig.surface}")
        feats += [f"rule={t}" for t in rule_types]
    return feats
