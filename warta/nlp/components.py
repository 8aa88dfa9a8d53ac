"""The registered spaCy components of the warta pipeline.

- warta_sentences: rule-based sentence boundaries (sentences.py)
- warta_gazetteer: states, cities, organizations from warta/data (gazetteer.py)
- warta_dates: DATE spans normalized against doc._.published (dates.py)
- warta_numbers: MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL (money.py)

Every rule component writes `span._.norm` / `span._.value` and merges its spans into
`doc.ents`, replacing overlapping entities (the statistical NER's or a less specific rule's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from warta.nlp import dates, money, settings
from warta.nlp.gazetteer import GazetteerEntry, load_gazetteer
from warta.nlp.sentences import set_sentence_boundaries
from warta.numbers import NUMBER_WORDS

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
for _name in ("norm", "value"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

RULE_LABELS = ("DATE", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL")

# Words that make "<word> <state>" the state acting, not an organization within it.
GOVERNMENT_WORDS = frozenset({"pemerintah", "pemerintahan"})

# Keep the existing entity instead of the new span?
KeepExisting = Callable[[Span, Span], bool]


def keep_containers(existing: Span, new: Span, covered: frozenset[int] = frozenset()) -> bool:
    """A statistical ORG/EVENT/... strictly containing the rule match stays when it has
    words of its own ("Kedutaan Besar Rusia"), not when only brackets or dashes are left
    over ("Uni Soviet)" from a sloppy NER span, "ASEAN-Rusia")."""
    if not (
        existing.label_ in settings.CONTAINER_LABELS
        and existing._.norm is None
        and existing.start <= new.start
        and new.end <= existing.end
        and (existing.start, existing.end) != (new.start, new.end)
    ):
        return False
    # `covered`: tokens other rule matches claim, so "ASEAN-Rusia" has no words of its own;
    # "Pemerintah Korea Selatan" is the state itself, not an organization of it
    return any(
        t.is_alpha and t.i not in covered and t.lower_ not in GOVERNMENT_WORDS
        for t in existing
        if not new.start <= t.i < new.end
    )


Resolved = tuple[Span, str | None, dict[str, Any] | None]


def merge_entities(doc: Doc, resolved: Iterable[Resolved], keep_existing: KeepExisting) -> None:
    """Put the new spans into doc.ents; on overlap they win unless `keep_existing` says
    no. `_.norm`/`_.value` are set only on spans that make it (the extension store is
    keyed by character offsets, so a losing span must not write them)."""
    entities = list(doc.ents)
    owner = [-1] * len(doc)  # token index -> index in `entities`
    for index, ent in enumerate(entities):
        for i in range(ent.start, ent.end):
            owner[i] = index
    dropped: set[int] = set()
    added: list[Resolved] = []
    for item in resolved:
        span = item[0]
        overlapping = {owner[i] for i in range(span.start, span.end) if owner[i] >= 0} - dropped
        if any(keep_existing(entities[j], span) for j in overlapping):
            continue
        if any(owner[i] == -2 for i in range(span.start, span.end)):
            continue  # overlaps a span added just now
        dropped |= overlapping
        for i in range(span.start, span.end):
            owner[i] = -2
        added.append(item)
    kept = [ent for index, ent in enumerate(entities) if index not in dropped]
    doc.ents = sorted(kept + [span for span, _, _ in added], key=lambda s: s.start)
    for span, norm, value in added:
        span._.norm = norm
        span._.value = value


@Language.component(settings.ENTITY_FILTER)
def entity_filter_component(doc: Doc) -> Doc:
    """Drop statistical entities with no letter or digit: the NER sometimes tags a lone
    quote mark as ORG, and later stages would take it for an actor."""
    kept = [ent for ent in doc.ents if any(ch.isalnum() for ch in ent.text)]
    if len(kept) != len(doc.ents):
        doc.ents = kept
    return doc


@Language.component(settings.SENTENCES)
def sentences_component(doc: Doc) -> Doc:
    return set_sentence_boundaries(doc)


class GazetteerComponent:
    """PhraseMatcher-based entity ruler: GPE states/cities and ORG names from warta/data."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        gazetteer = load_gazetteer()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, GazetteerEntry] = {}
        exact_texts: dict[str, GazetteerEntry] = {}
        folded_texts: dict[str, GazetteerEntry] = {}
        for alias, entry in gazetteer.entries.items():
            exact_texts.setdefault(alias, entry)
            if any(ch.islower() for ch in alias) and len(alias) > 3:
                exact_texts.setdefault(alias.upper(), entry)  # datelines: "MOSKOW, ..."
            if not entry.exact_case:
                folded_texts.setdefault(alias.lower(), entry)
        for matcher, texts in ((self.exact, exact_texts), (self.folded, folded_texts)):
            for text, entry in texts.items():
                key = f"{entry.label}|{text}"
                self.entries[nlp.vocab.strings.add(key)] = entry
                matcher.add(key, [nlp.make_doc(text)])
        self.organizations = gazetteer.organizations

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Span] = []
        keys: dict[tuple[int, int], GazetteerEntry] = {}
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                entry = self.entries[match_id]
                keys.setdefault((start, end), entry)
                candidates.append(Span(doc, start, end, label=entry.label))
        spans: list[Resolved] = []
        chosen = filter_spans(candidates)
        for index, span in enumerate(chosen):
            entry = keys[(span.start, span.end)]
            following = chosen[index + 1] if index + 1 < len(chosen) else None
            next_entry = keys[(following.start, following.end)] if following else None
            spans.append(self._qualify(doc, span, entry, following, next_entry))
        covered = frozenset(i for span, _, _ in spans for i in range(span.start, span.end))
        merge_entities(doc, spans, lambda old, new: keep_containers(old, new, covered))
        return doc

    def _qualify(
        self,
        doc: Doc,
        span: Span,
        entry: GazetteerEntry,
        following: Span | None,
        next_entry: GazetteerEntry | None,
    ) -> Resolved:
        """ "Kementerian Luar Negeri Rusia" is Russia's ministry, not Kemlu: extend the span
        over the country and keep the generic canonical name in _.value only."""
        org = self.organizations.get(entry.norm or "") if entry.label == "ORG" else None
        if (
            org is not None
            and org.qualifiable
            and following is not None
            and next_entry is not None
            and following.start == span.end
            and next_entry.label == "GPE"
            and next_entry.norm
        ):
            merged = Span(doc, span.start, following.end, label="ORG")
            value = {**entry.value, "country": next_entry.norm, "generic": entry.norm}
            norm = entry.norm if next_entry.norm == org.country else None
            return merged, norm, value
        return span, entry.norm, {**entry.value}


@Language.factory(settings.GAZETTEER)
def make_gazetteer(nlp: Language, name: str) -> GazetteerComponent:
    return GazetteerComponent(nlp, name)


def mark_number_words(nlp: Language) -> None:
    """spaCy's Indonesian LIKE_NUM misses "setengah", "seribu", "seratus" ...: flag them
    on the lexemes so the compiled token patterns see them as numbers."""
    for word in NUMBER_WORDS:
        for variant in (word, word.title(), word.upper()):
            nlp.vocab[variant].like_num = True


class PatternNormalizer:
    """Matcher over compiled token patterns + a resolver per pattern key."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        patterns: dict[str, list[list[dict[str, Any]]]],
        label_of: Callable[[str], str],
        keep_existing: KeepExisting,
    ) -> None:
        self.name = name
        mark_number_words(nlp)
        self.matcher = Matcher(nlp.vocab)
        for key, pattern_list in patterns.items():
            self.matcher.add(key, pattern_list, greedy="LONGEST")
        self.label_of = label_of
        self.keep_existing = keep_existing
        self.priority = {key: rank for rank, key in enumerate(patterns)}
        self.poisoning_keys: frozenset[str] = frozenset()

    def resolve(self, key: str, span: Span) -> tuple[str | None, dict[str, object]] | None:
        raise NotImplementedError

    def trim(self, span: Span) -> Span:
        return span

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if not matches:
            return doc
        strings = doc.vocab.strings
        # Longest first, then the earlier-listed (more specific) pattern key.
        ordered = sorted(
            matches, key=lambda m: (-(m[2] - m[1]), self.priority[strings[m[0]]], m[1])
        )
        taken = [False] * len(doc)
        spans: list[Resolved] = []
        for match_id, start, end in ordered:
            if any(taken[start:end]):
                continue
            key = strings[match_id]
            resolved = self.resolve(key, Span(doc, start, end))
            if resolved is None:
                if key in self.poisoning_keys:  # "31 Februari 2021" is no date, nor a part of it
                    taken[start:end] = [True] * (end - start)
                continue
            span = self.trim(Span(doc, start, end, label=self.label_of(key)))
            for i in range(start, end):
                taken[i] = True
            spans.append((span, *resolved))
        merge_entities(doc, spans, self.keep_existing)
        return doc


class DateComponent(PatternNormalizer):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name, dates.date_patterns(), lambda _key: "DATE", keep_containers)
        self.poisoning_keys = frozenset({"DMY", "SLASH"})

    def resolve(self, key: str, span: Span) -> tuple[str | None, dict[str, object]] | None:
        words = [t.text for t in self.trim(span)]
        return dates.resolve(key, words, span.doc._.published)

    def trim(self, span: Span) -> Span:
        """Leave prepositions and an opening bracket outside: "pada 2018" -> "2018"."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end - 1 and doc[start].lower_ in dates.LEADING_TRIGGERS:
            start += 1
        if doc[start].text == "(" and doc[end - 1].text == ")":  # "(3/7/2022)" -> "3/7/2022"
            start, end = start + 1, end - 1
        return Span(doc, start, end, label=span.label)


@Language.factory(settings.DATES)
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent(nlp, name)


def _keep_for_numbers(existing: Span, new: Span) -> bool:
    """Numbers never split a rule DATE ("pada 2018"), except a bare year inside money."""
    if existing.label_ == "DATE" and existing._.value is not None:
        bare = existing._.value.get("bare")
        return not (bare and new.label_ in ("MONEY", "QUANTITY", "PERCENT"))
    if new.label_ == "CARDINAL" and existing._.norm is None and existing.label_ != "CARDINAL":
        return True  # a bare number never overrides a statistical entity
    return keep_containers(existing, new)


class NumberComponent(PatternNormalizer):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name, money.money_patterns(), lambda key: key, _keep_for_numbers)

    def resolve(self, key: str, span: Span) -> tuple[str | None, dict[str, object]] | None:
        if key == "CARDINAL" and span.start > 0 and span.doc[span.start - 1].lower_ == "salah":
            return None  # "salah satu" = "one of", not a count
        return money.resolve(key, [t.text for t in self.trim(span)])

    def trim(self, span: Span) -> Span:
        end = span.start + money.amount_length([t.text for t in span])
        return Span(span.doc, span.start, end, label=span.label)


@Language.factory(settings.NUMBERS)
def make_numbers(nlp: Language, name: str) -> NumberComponent:
    return NumberComponent(nlp, name)
