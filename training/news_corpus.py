"""Real news for the NER: ../shared/corpus articles labelled by projecting their gold.

The corpus gold (../shared/eval/FORMAT.md) lists, per article, the persons (name and the
strings that mention them), organizations and countries (ISO codes), not their positions,
and it is not exhaustive (minor people, places and bodies are left out). So every string
is searched in the cleaned article text, tokenized and split into sentences by warta's own
pipeline, and labelled where found; what the gold cannot speak for is *missing* (ignored
by the loss), not O:

* PERSON: the gold name and each mention without its title ("Menlu RI Retno Marsudi" ->
  "Retno Marsudi", "Presiden Jokowi" -> "Jokowi"); titles are what stands in a mention
  before the name, and where the whole mention is found they are O, as in idner-news-2k.
* ORG: the gold organization strings as written.
* GPE: the gazetteer names and aliases of the gold countries (warta/data/states.tsv,
  state_aliases.tsv), only after a locative word ("di Rusia"): idner-news-2k tags a country
  only where it is a place, and the two sources must not teach opposite things.
* A span whose capitalised run goes on past it ("Kementerian Luar Negeri" in "Kementerian
  Luar Negeri Malaysia") has an unknown extent: the whole run is missing.
* O only where it is safe: see `safe_outside` (measured on idner-news-2k, figures in
  training/README.md). Every other token is missing.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from training.corpus_io import REPO, HeldOut, make_doc, norm_key, read_idner
from training.silver import LOCATIVE
from warta.clean import clean_document
from warta.evaluate.conll import Span
from warta.ingest import RawDocument, iter_documents
from warta.nlp import settings as nlp_settings

NEWS = Path((REPO / ".." / "shared" / "corpus").resolve())
STATES = REPO / "warta" / "data" / "states.tsv"
STATE_ALIASES = REPO / "warta" / "data" / "state_aliases.tsv"
HELD_OUT_SHARE = 5  # every 5th train article (by number) is held out in experiments
MAX_TITLE_WORDS = 4  # longer "titles" in mentions hold bodies ("Direktur ... Kemlu RI")
SENTENCE_PUNCTUATION = frozenset(',.:;!?"“”‘’')
# Lower-case words that join capitalised words into one name (Indonesian, Arabic, European).
NAME_CONNECTORS = frozenset(
    "dan bin binti untuk de da van von der den la le du of and for the on al el ibn".split()
)

# Label priority when projected spans overlap and are equally long.
PRIORITY = {"ORG": 0, "PERSON": 1, "GPE": 2}


def is_held_out(article_id: str) -> bool:
    """The fixed 20% of corpus/train kept out of experiments' training (ids a002, b007 ...:
    number mod 5 == 2)."""
    digits = re.sub(r"\D", "", article_id)
    return bool(digits) and int(digits) % HELD_OUT_SHARE == 2


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str  # cleaned text (warta.clean), what the NLP stage sees at run time
    gold: dict


def read_articles(split: str) -> list[Article]:
    """The articles of a corpus split with their gold, cleaned like `warta extract` does."""
    folder = NEWS / split
    gold = {}
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                gold[record["id"]] = record
    articles = []
    for raw in iter_documents([folder / "articles"]):
        if isinstance(raw, RawDocument) and raw.doc_id in gold:
            articles.append(Article(raw.doc_id, clean_document(raw).text, gold[raw.doc_id]))
    return sorted(articles, key=lambda a: a.doc_id)


@lru_cache(maxsize=1)
def sentence_pipeline() -> Language:
    """warta's run-time tokenizer and sentence splitter, nothing else."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": nlp_settings.TOKENIZER}}})
    nlp.add_pipe(nlp_settings.SENTENCES)
    return nlp


@lru_cache(maxsize=1)
def state_names() -> dict[str, set[str]]:
    """ISO code -> the names warta's gazetteer knows it by (Indonesian, English, aliases)."""
    names: dict[str, set[str]] = {}
    with STATES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            names.setdefault(row["iso3"], set()).update({row["name_id"], row["name_en"]})
    with STATE_ALIASES.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            names.setdefault(row["iso3"], set()).add(row["alias"])
    return {iso: {n for n in group if n} for iso, group in names.items()}


def _fold(word: str) -> str:
    """Lower-case without accents, for comparing a mention's words with the name's."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip("().,\"'")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def person_surfaces(person: dict, titles: set[str]) -> set[str]:
    """The strings that name this person in the text, titles left out."""
    return {surface for _, surface in mention_parts(person, titles)}


def mention_parts(person: dict, titles: set[str]) -> list[tuple[str, str]]:
    """(mention, name part) for the person's name and each mention: "Menlu RI Retno
    Marsudi" -> "Retno Marsudi", "Presiden Jokowi" -> "Jokowi"."""
    name = person.get("name") or ""
    parts = [(name, name)] if name else []
    for mention in person.get("mentions") or []:
        words = mention.split()
        hits = _name_words_at(words, name)
        if hits:  # from the first to the last word of the name: "Retno LP Marsudi"
            parts.append((mention, " ".join(words[hits[0] : hits[-1] + 1])))
            continue
        # A nickname or a variant ("Presiden Jokowi", "Khruschev"): drop the title words.
        while words and (words[0] in titles or _is_state_name(words[0])):
            words = words[1:]
        if words and all(is_capitalised(w) for w in words):
            parts.append((mention, " ".join(words)))
    return [(mention, surface) for mention, surface in parts if surface in mention]


def mention_titles(records: Iterable[dict]) -> set[str]:
    """Words that stand before the name in the gold mentions ("Menlu", "RI", "Presiden"):
    the titles of this corpus, learned from its own train gold."""
    titles: set[str] = set()
    for record in records:
        for person in record.get("persons") or []:
            for mention in person.get("mentions") or []:
                words = mention.split()
                hits = _name_words_at(words, person.get("name") or "")
                if hits:
                    titles.update(w for w in words[: hits[0]] if is_capitalised(w))
    return titles


def _name_words_at(words: Sequence[str], name: str) -> list[int]:
    """Positions of the words that belong to `name` (accents and case aside)."""
    name_words = {_fold(w) for w in name.split()}
    return [i for i, word in enumerate(words) if _fold(word) in name_words]


@lru_cache(maxsize=1)
def _state_name_set() -> frozenset[str]:
    return frozenset(name for names in state_names().values() for name in names)


def _is_state_name(word: str) -> bool:
    return word in _state_name_set()


def organization_surfaces(record: dict) -> set[str]:
    surfaces = set()
    for item in record.get("organizations") or []:
        name = item.get("name") if isinstance(item, dict) else item
        if name:
            surfaces.add(name)
    return surfaces


def _find(text: str, surface: str) -> Iterator[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    for match in pattern.finditer(text):
        yield match.start(), match.end()


@dataclass(frozen=True)
class Projected:
    """The gold of one article on its tokens."""

    spans: list[Span]  # entities (token start, end, label)
    unknown: set[int]  # tokens whose label cannot be told
    title_tokens: set[int]  # the title before a person's name in a gold mention: O


def project(doc: Doc, record: dict, titles: set[str]) -> Projected:
    """The gold of `record` on `doc` (the article's text, tokenized)."""
    candidates: list[Span] = []
    unaligned: set[int] = set()  # where the tokenizer cuts inside a gold string
    actors: set[int] = set()  # a gold country not after a locative word
    parts = [
        part for person in record.get("persons") or [] for part in mention_parts(person, titles)
    ]
    wanted = [(surface, "PERSON") for _, surface in parts]
    wanted += [(surface, "ORG") for surface in organization_surfaces(record)]
    for iso in record.get("countries") or []:
        wanted += [(name, "GPE") for name in state_names().get(iso, ())]
    for surface, label in wanted:
        for start, end in _find(doc.text, surface):
            span = doc.char_span(start, end)
            if span is None:  # the tokenizer cuts elsewhere: the region is unknown
                loose = doc.char_span(start, end, alignment_mode="expand")
                if loose is not None:
                    unaligned.update(range(loose.start, loose.end))
                continue
            if label == "GPE" and (span.start == 0 or doc[span.start - 1].text not in LOCATIVE):
                actors.update(range(span.start, span.end))
                continue
            candidates.append((span.start, span.end, label))
    # Longest first, then ORG > PERSON > GPE; a span overlapping a chosen one is dropped.
    candidates.sort(key=lambda s: (s[0] - s[1], PRIORITY[s[2]], s[0]))
    taken: set[int] = set()
    chosen: list[Span] = []
    for start, end, label in candidates:
        if taken.isdisjoint(range(start, end)):
            chosen.append((start, end, label))
            taken.update(range(start, end))
    spans, runs = _bounded(doc, chosen, titles)
    covered = {i for s, e, _ in spans for i in range(s, e)}
    title_tokens = _title_tokens(doc, parts) - covered - runs - unaligned
    unknown = (unaligned | runs | (actors - title_tokens)) - covered
    return Projected(spans, unknown, title_tokens)


def _title_tokens(doc: Doc, parts: list[tuple[str, str]]) -> set[int]:
    """Tokens of the words before the name in a mention found in the text ("Menlu RI" of
    "Menlu RI Retno Marsudi"). idner-news-2k leaves titles, and a state named in them
    ("Perdana Menteri Israel Ehud Olmert"), outside the entities."""
    found: set[int] = set()
    for mention, surface in parts:
        prefix = mention[: mention.index(surface)].rstrip(" ,")
        if not prefix or len(prefix.split()) > MAX_TITLE_WORDS:
            continue
        for start, _ in _find(doc.text, mention):
            span = doc.char_span(start, start + len(prefix), alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
    return found


def _bounded(doc: Doc, spans: list[Span], titles: set[str]) -> tuple[list[Span], set[int]]:
    """Spans whose capitalised run continues past them become unknown with that run."""
    unknown: set[int] = set()
    covered = {i for s, e, _ in spans for i in range(s, e)}
    kept: list[Span] = []
    for start, end, label in spans:
        if label == "ORG" and _bracketed_acronym(doc, end, covered):
            end += 3  # idner-news-2k spans take it in: "Komisi Pemberantasan Korupsi (KPK)"
            covered.update(range(end - 3, end))
        right = end
        while right < len(doc) and _open_capital(doc[right], covered):
            right += 1
        left = start  # before a span, titles and state names are expected: "Presiden Rusia"
        while left > 0 and _open_capital(doc[left - 1], covered, titles):
            left -= 1
        if right == end and left == start:
            kept.append((start, end, label))
        else:
            unknown.update(range(left, right))
    return kept, unknown


def _bracketed_acronym(doc: Doc, end: int, covered: set[int]) -> bool:
    """Whether "( WORD )" follows, with a capitalised WORD outside every projected span."""
    if end + 3 > len(doc) or end + 1 in covered:
        return False
    return doc[end].text == "(" and is_capitalised(doc[end + 1].text) and doc[end + 2].text == ")"


def _open_capital(token: Token, covered: set[int], titles: Set[str] = frozenset()) -> bool:
    """A capitalised word outside every projected span, not one of `titles` or a state name,
    and not the sentence's first word (capitalised for that reason alone)."""
    word = token.text
    return (
        token.i not in covered
        and is_capitalised(word)
        and not token.is_sent_start
        and not (titles and (word in titles or _is_state_name(word)))
    )


def safe_outside(words: Sequence[str], index: int, common: Set[str]) -> bool:
    """Whether a token not covered by the gold can be trusted to be O.

    * a lower-case word (no capital anywhere: "al-Assad" is not), unless it stands between
      two capitalised words and may join them into one name: a connector ("Kementerian
      Kelautan dan Perikanan", "Mohamad bin Hasan") or a word not `common`;
    * the sentence's first word, capitalised, when its lower-case form is `common` (seen
      lower-case inside sentences) and the next word is not capitalised ("Kedua negara",
      not "Kementerian Pertahanan");
    * sentence punctuation (`,` `.` `"` ...); other punctuation and digits only when not
      touching a capitalised word ("(BKPM)", "G20").

    `python -m training.news_corpus` measures these rules on idner-news-2k.
    """
    word = words[index]
    before = index > 0 and is_capitalised(words[index - 1])
    after = index + 1 < len(words) and is_capitalised(words[index + 1])
    if word in SENTENCE_PUNCTUATION:
        return True
    if is_capitalised(word):
        first = next(i for i, w in enumerate(words) if w[:1].isalpha())
        return index == first and word.lower() in common and not after
    if word[:1].isalpha():
        if any(ch.isupper() for ch in word):
            return False
        return not (before and after) or (word in common and word not in NAME_CONNECTORS)
    return not (before or after)


def common_lower_words(sentences: Iterable[Sequence[str]], at_least: int = 3) -> set[str]:
    """Words written lower-case at least `at_least` times after a sentence's first word."""
    counts = Counter(w for words in sentences for w in words[1:] if w[:1].islower())
    return {w for w, n in counts.items() if n >= at_least}


@dataclass(frozen=True)
class LabelledSentence:
    article_id: str
    words: list[str]
    spans: list[Span]  # projected entities (token start, end, label)
    missing: list[int]  # tokens whose label is unknown; every other token is O


@dataclass(frozen=True)
class Projection:
    """What the projection learns from the train gold and applies to any split."""

    titles: set[str]  # mention_titles of the train gold
    common: set[str]  # common_lower_words of the train texts


def tokenized(articles: Sequence[Article]) -> list[Doc]:
    return list(sentence_pipeline().pipe(a.text for a in articles))


def sentence_tokens(doc: Doc) -> Iterator[list[Token]]:
    """Each sentence's tokens without the whitespace ones (line breaks, double spaces)."""
    for sentence in doc.sents:
        yield [t for t in sentence if t.text.strip()]


def train_projection(articles: Sequence[Article], docs: Sequence[Doc]) -> Projection:
    words = ([t.text for t in tokens] for doc in docs for tokens in sentence_tokens(doc))
    return Projection(mention_titles(a.gold for a in articles), common_lower_words(words))


def labelled_sentences(
    article: Article, doc: Doc, projection: Projection
) -> Iterator[LabelledSentence]:
    """The article's sentences (3 words or more) with the gold projected onto them."""
    projected = project(doc, article.gold, projection.titles)
    spans, unknown = projected.spans, set(projected.unknown)
    for tokens in sentence_tokens(doc):
        if len(tokens) < 3:
            continue
        words = [t.text for t in tokens]
        position = {t.i: n for n, t in enumerate(tokens)}
        inside: list[Span] = []
        for start, end, label in spans:
            if start in position and end - 1 in position:
                inside.append((position[start], position[end - 1] + 1, label))
            else:  # cut by a sentence boundary: unknown
                unknown.update(range(start, end))
        covered = {i for s, e, _ in inside for i in range(s, e)}
        outside = [
            token.i not in unknown
            and (token.i in projected.title_tokens or safe_outside(words, n, projection.common))
            for n, token in enumerate(tokens)
        ]
        missing = [n for n in range(len(tokens)) if n not in covered and not outside[n]]
        yield LabelledSentence(article.doc_id, words, inside, missing)


def news_sentences(split: str, part: str = "all") -> list[LabelledSentence]:
    """Labelled sentences of a corpus split; for train, `part` is "all", "fit" (without the
    held-out fifth) or "held-out" (only it). The projection is always learned on train."""
    train_articles = read_articles("train")
    train_docs = tokenized(train_articles)
    projection = train_projection(train_articles, train_docs)
    if split == "train":
        pairs = list(zip(train_articles, train_docs, strict=True))
    else:
        articles = read_articles(split)
        pairs = list(zip(articles, tokenized(articles), strict=True))
    if part != "all":
        pairs = [(a, d) for a, d in pairs if is_held_out(a.doc_id) == (part == "held-out")]
    return [s for article, doc in pairs for s in labelled_sentences(article, doc, projection)]


def sentence_keys(split: str) -> set[str]:
    """The normalized keys (corpus_io.norm_key) of a corpus split's sentences."""
    docs = tokenized(read_articles(split))
    return {norm_key(t.text for t in tokens) for doc in docs for tokens in sentence_tokens(doc)}


def news_docs(vocab: Vocab, blocked: HeldOut, seen: set[str], part: str) -> list[Doc]:
    """Training Docs from corpus/train; sentences seen before or blocked are left out."""
    docs: list[Doc] = []
    for sentence in news_sentences("train", part):
        key = norm_key(sentence.words)
        if key in seen or blocked.blocks(key):
            continue
        seen.add(key)
        missing = [(n, n + 1) for n in sentence.missing]
        docs.append(make_doc(vocab, sentence.words, sentence.spans, missing))
    return docs


def measure_outside_rule() -> dict[str, float]:
    """How `safe_outside` does on idner-news-2k train+dev, where every token is labelled:
    the share of the tokens it calls O that are inside an entity, and the share of O
    tokens it finds."""
    sentences = read_idner("train") + read_idner("dev")
    common = common_lower_words(s.words for s in sentences)
    called = wrong = outside = found = 0
    for sentence in sentences:
        for index, tag in enumerate(sentence.tags):
            safe = safe_outside(sentence.words, index, common)
            called += safe
            wrong += safe and tag != "O"
            outside += tag == "O"
            found += safe and tag == "O"
    return {"called_O": called, "error_rate": wrong / called, "O_recall": found / outside}


if __name__ == "__main__":
    print(measure_outside_rule())
