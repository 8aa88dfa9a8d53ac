"""What actor resolution produces: mentions in the text, each tied to a person, state or body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """A stretch of the text that names an actor."""

    start: int
    end: int
    text: str
    kind: str  # "person" | "state" | "org" | "group"
    key: str  # person name, ISO3 code, organization name, or group label
    countries: tuple[str, ...] = ()  # the states this mention stands for


@dataclass
class PersonRecord:
    name: str
    role: str | None = None
    rank: int = 0
    country: str | None = None
    # state_word | office_holder | default_idn | role_mention | context (actors/countries.py)
    country_source: str | None = None
    wikidata: str | None = None
    mentions: list[str] = field(default_factory=list)
    first_offset: int = 0

    def name_tokens(self) -> list[str]:
        return [t.strip(".").lower() for t in self.name.split() if t.strip(".")]


@dataclass
class OrgRecord:
    name: str
    acronym: str | None
    country: str | None
    mentions: list[str] = field(default_factory=list)
    first_offset: int = 0


@dataclass
class ActorIndex:
    """All actors of one article and where the text names them."""

    persons: list[PersonRecord]
    orgs: list[OrgRecord]
    mentions: list[Mention]  # sorted by start offset
    states: list[str]  # every state named, in order of first mention

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def person(self, name: str) -> PersonRecord | None:
        for record in self.persons:
            if record.name == name:
                return record
        return None
