"""One entity per real person, state and organization across all articles.

Merging is conservative and explainable: two person spellings merge only when they share
a Wikidata ID, or share a surname with compatible given names and no conflicting state.
Each merge stores its reason. User corrections (`Overrides`) are applied last, so they
survive any rebuild.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from warta.extract.types import ArticleKnowledge, Organization, Person
from warta.kb.groups import UnionFind
from warta.kb.types import Entity, RoleClaim
from warta.nlp.gazetteer import state_code, state_name

TITLE_WORDS = re.compile(
    r"^(bung|pak|bu|bapak|ibu|dr|prof|h|hj|ir|drs|mr|mrs|ms|sir)\.?\s+", re.IGNORECASE
)


def name_key(name: str) -> str:
    """Lower-case, accent-free, title-free form of a person's name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    while True:
        stripped = TITLE_WORDS.sub("", text)
        if stripped == text:
            break
        text = stripped
    return re.sub(r"\s+", " ", text.replace(".", ". ")).strip()


def _given_names_compatible(a: list[str], b: list[str]) -> str | None:
    """Why the given names (all tokens but the surname) can be one person, or None."""
    if not a or not b:
        return "one spelling gives the surname only"
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        if first_a[0] == first_b[0]:
            return f"initial '{first_a[0]}.' matches '{max(first_a, first_b, key=len)}'"
        return None
    ratio = difflib.SequenceMatcher(None, first_a, first_b).ratio()
    if ratio >= 0.8:
        return f"given names '{first_a}' ~ '{first_b}' (similarity {ratio:.2f})"
    return None


def person_merge_reason(a: Entity, b: Entity) -> str | None:
    """Why two person entities are one, or None when they must stay apart."""
    if a.wikidata and b.wikidata:
        return f"same Wikidata ID {a.wikidata}" if a.wikidata == b.wikidata else None
    if a.country and b.country and a.country != b.country:
        return None
    ta, tb = name_key(a.name).split(), name_key(b.name).split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return None
    given = _given_names_compatible(ta[:-1], tb[:-1])
    if given is None:
        return None
    return f"same surname '{ta[-1]}', {given}"


@dataclass
class Overrides:
    """User corrections: forced merges and forced splits of spellings."""

    merges: list[tuple[str, str]] = field(default_factory=list)  # (entity key, entity key)
    splits: list[tuple[str, str]] = field(default_factory=list)  # (entity key, spelling)

    @classmethod
    def from_actions(cls, actions: Iterable[tuple[str, str, str]]) -> Overrides:
        """Corrections in the order a user made them: ("merge", key, key) or ("split", key,
        spelling). A split undoes any earlier merge that brought the spelling in."""
        result = cls()
        for action, entity, other in actions:
            if action == "merge":
                result.merges.append((entity, other))
            elif action == "split":
                result.splits.append((entity, other))
                own_key = f"person:{name_key(other)}"
                result.merges = [m for m in result.merges if own_key not in m]
        return result


def _state_name(code: str) -> str:
    return state_name(code) or code


@dataclass
class EntityIndex:
    """The resolved entities and how each article's names map onto them."""

    entities: dict[str, Entity]
    by_article_name: dict[tuple[str, str], str]  # (article id, name as written) -> entity key
    # every key an article gave a name ("person:m. hatta") -> its entity's key after merging
    roots: dict[str, str] = field(default_factory=dict)

    def resolve(self, article_id: str, name: str) -> str | None:
        """The entity a name in an article stands for: as the article's extraction linked
        it, else a state by its name or epithet ("RI", "Negeri Sakura"); None for words
        such as "kedua negara", whose states the event's countries already give."""
        key = self.by_article_name.get((article_id, name))
        if key is None and (code := state_code(name)):
            key = f"state:{code}"
        return key


def state_key(code: str) -> str:
    return f"state:{code}"


def org_key(org: Organization) -> str:
    return f"org:{(org.acronym or org.name).lower()}"


def person_key(person: Person) -> str:
    return f"person:{name_key(person.name)}"


def article_names(art: ArticleKnowledge) -> dict[str, str]:
    """How one article's names map onto entity keys before any merging: what
    `resolve_entities` notes for it (a later kind's spelling wins, as there)."""
    names: dict[str, str] = {}
    for code in art.countries:
        for spelling in (code, _state_name(code)):
            names[spelling] = state_key(code)
    for org in art.organizations:
        for spelling in (org.name, org.acronym or org.name, *org.mentions):
            names[spelling] = org_key(org)
    for person in art.persons:
        for spelling in (person.name, *person.mentions):
            names[spelling] = person_key(person)
    return names


def resolve_entities(
    articles: Iterable[ArticleKnowledge], overrides: Overrides | None = None
) -> EntityIndex:
    overrides = overrides or Overrides()
    split_spellings = {(key, spelling) for key, spelling in overrides.splits}
    entities: dict[str, Entity] = {}
    names: dict[tuple[str, str], str] = {}

    def entity(key: str, kind: str, name: str) -> Entity:
        if key not in entities:
            entities[key] = Entity(key=key, kind=kind, name=name)
        return entities[key]

    def note(ent: Entity, article_id: str, spellings: Iterable[str]) -> None:
        for spelling in spellings:
            if spelling and spelling not in ent.spellings:
                ent.spellings.append(spelling)
            names[(article_id, spelling)] = ent.key
        # Articles come in id order, so a repeat can only be the last one noted: checking it
        # keeps this O(1) (a state named in 100k articles made `in ent.articles` quadratic).
        if not ent.articles or ent.articles[-1] != article_id:
            ent.articles.append(article_id)

    for art in sorted(articles, key=lambda a: a.id):
        for code in art.countries:
            state = entity(state_key(code), "state", _state_name(code))
            state.country = code
            note(state, art.id, [code, state.name])
        for org in art.organizations:
            canonical = org.acronym or org.name
            ent = entity(org_key(org), "org", canonical)
            ent.country = ent.country or org.country
            note(ent, art.id, [org.name, canonical, *org.mentions])
        for person in art.persons:
            ent = entity(person_key(person), "person", person.name)
            ent.country = ent.country or person.country
            ent.wikidata = ent.wikidata or person.wikidata
            if person.role:
                ent.roles.append(RoleClaim(person.role, person.country, art.published, art.id))
            note(ent, art.id, [person.name, *person.mentions])

    people = sorted(
        (e for e in entities.values() if e.kind == "person"),
        key=lambda e: (-len(e.name.split()), e.key),
    )
    uf: UnionFind[str] = UnionFind()
    reasons: dict[str, list[str]] = {}
    for i, j in _candidate_pairs(people):
        a, b = people[i], people[j]
        if (a.key, b.name) in split_spellings or (b.key, a.name) in split_spellings:
            continue
        reason = person_merge_reason(a, b)
        if reason:
            uf.union(a.key, b.key)
            reasons.setdefault(a.key, []).append(f"{a.name} = {b.name}: {reason}")
    for a_key, b_key in sorted(overrides.merges):
        if a_key in entities and b_key in entities:
            uf.union(a_key, b_key)
            reasons.setdefault(a_key, []).append(f"{a_key} = {b_key}: merged by a user")

    merged: dict[str, Entity] = {}
    for key in sorted(entities):
        ent = entities[key]
        root = uf.find(key) if ent.kind == "person" else key
        target = merged.get(root)
        if target is None:
            target = merged[root] = entities[root]
        if target is not ent:
            _absorb(target, ent)
        target.merge_reasons.extend(reasons.get(key, []))
    remap = {key: (uf.find(key) if e.kind == "person" else key) for key, e in entities.items()}
    by_name = {k: remap[v] for k, v in names.items()}
    for ent in merged.values():
        ent.spellings.sort()
        ent.articles.sort()
        ent.roles.sort(key=lambda r: (r.date or "", r.article_id, r.role))
        ent.merge_reasons = sorted(set(ent.merge_reasons))
    return EntityIndex(merged, by_name, remap)


def _match_keys(person: Entity) -> list[str]:
    """What two persons must share for person_merge_reason to merge them: the surname, or
    (when both have one) the Wikidata ID."""
    tokens = name_key(person.name).split()
    keys = [f"surname:{tokens[-1]}"] if tokens else []
    return keys + ([f"wikidata:{person.wikidata}"] if person.wikidata else [])


def _candidate_pairs(people: list[Entity]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) person_merge_reason may merge, in the order of comparing every
    pair, without comparing every pair (quadratic in the persons of a whole archive)."""
    keys = [_match_keys(person) for person in people]
    sharing: defaultdict[str, list[int]] = defaultdict(list)
    for index, person_keys in enumerate(keys):
        for key in person_keys:
            sharing[key].append(index)
    for i, person_keys in enumerate(keys):
        for j in sorted({j for key in person_keys for j in sharing[key] if j > i}):
            yield i, j


def _absorb(target: Entity, other: Entity) -> None:
    # the fuller name is the better display name ("Mohammad Hatta" over "M. Hatta")
    if len(other.name) > len(target.name):
        target.name = other.name
    target.spellings.extend(s for s in other.spellings if s not in target.spellings)
    target.articles.extend(a for a in other.articles if a not in target.articles)
    target.roles.extend(other.roles)
    target.country = target.country or other.country
    target.wikidata = target.wikidata or other.wikidata
