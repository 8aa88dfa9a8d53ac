"""Features the learned extractors read: words with actors masked, rule hits, actor facts.

Each sentence becomes a stream of lower-cased words in which a named actor stands as a
placeholder ("<idn>", "<state>", "<per>", "<org>", "<pair>") and dates, money and numbers as
"<date>", "<money>", "<num>": "Retno bertemu Lavrov di Moskow" reads
"<per> bertemu <per> di <state>", so what is learned about "bertemu <per>" carries over to
every name. Features are strings ("w=bertemu", "trig=CONSULT"); linear.LinearModel weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.actors import Mention
from warta.config import HOME_STATE
from warta.extract.analysis import ArticleAnalysis
from warta.extract.events import find_hits
from warta.extract.sentences import currency_mentions, place_mentions

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
        return "<idn>" if m.key == HOME_STATE else "<state>"
    return PLACEHOLDER.get(m.kind, "<org>")


def _bucket(n: int, top: int = 3) -> str:
    return str(n) if n < top else f"{top}+"


@dataclass
class SentenceEvidence:
    """What the event-type model reads of one sentence, before it is paired with a type."""

    words: list[str]  # word features: "w=bertemu", "b=bertemu_<per>", "p3=ber"
    context: list[str]  # actors and position: "foreign=1", "home=True", "pos=0"
    lexicon: dict[str, set[str]]  # event type -> the trigger words of that type found
    rules: set[str]  # the event types the rule extractor coded in this sentence


def sentence_evidence(
    article: ArticleAnalysis, view: SentenceView, rule_types: set[str]
) -> SentenceEvidence:
    words = view.words
    word_feats = [f"w={w}" for w in words]
    word_feats += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    word_feats += [f"p3={w[:3]}" for w in words if len(w) > 5 and w[0] != "<"]
    foreign = {c for m in view.mentions for c in m.countries if c != HOME_STATE}
    parties = [m for m in view.mentions if m.start not in view.not_parties]
    context = [
        f"foreign={_bucket(len(foreign))}",
        f"home={any(HOME_STATE in m.countries for m in view.mentions)}",
        f"parties={_bucket(len(parties))}",
        f"pos={_bucket(view.index, 4)}",
    ]
    context += [f"kind={k}" for k in sorted({m.kind for m in parties})]
    if article.dates.get(view.index):
        context.append("has_date")
    text = article.sentences[view.index].text
    lexicon: dict[str, set[str]] = {}
    for hit in find_hits(text):  # longest first: "meminta maaf" is no "meminta"
        lexicon.setdefault(hit.type, set()).add(hit.trigger.surface)
    return SentenceEvidence(word_feats, context, lexicon, rule_types)


def type_features(evidence: SentenceEvidence, event_type: str, with_rules: bool) -> list[str]:
    """Features of (sentence, event type). Words count per type ("AID&w=bantuan"); whether
    the lexicon or the rules name this very type is shared by all types ("lex", "rule"), so
    what the frequent types teach about the lexicon carries over to the rare ones."""
    t = event_type
    feats = [t] + [f"{t}&{f}" for f in evidence.words] + [f"{t}&{f}" for f in evidence.context]
    feats += evidence.context
    if with_rules:
        feats += rule_features(evidence, t)
    return feats


def rule_features(evidence: SentenceEvidence, event_type: str) -> list[str]:
    """The part of type_features that reads the lexicon and the rules."""
    t = event_type
    feats: list[str] = []
    if t in evidence.lexicon:
        feats += ["lex"] + [f"lex&{f}" for f in evidence.context]
        feats += [f"{t}&trig={w}" for w in sorted(evidence.lexicon[t])]
    elif evidence.lexicon:
        feats.append("lex_other")
    if t in evidence.rules:
        feats += ["rule"] + [f"rule&{f}" for f in evidence.context]
    elif t in evidence.lexicon:  # the rules saw the trigger and set it aside
        feats += ["lex_not_rule", f"{t}&lex_not_rule"]
    if t not in evidence.rules and evidence.rules:
        feats.append("rule_other")
    return feats
