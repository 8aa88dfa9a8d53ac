"""PLOVER export: records use only the field names of the PLOVER specification."""

from __future__ import annotations

from warta.extract import extract_text
from warta.extract.plover import event_records

# The PLOVER manual (Open Event Data Alliance, draft 0.7b1), chapter "JSON Data Fields":
# the event record, and the actor, text and citation information objects.
SPEC_EVENT_FIELDS = {
    "id",
    "has_event",
    "date",
    "time",
    "enddate",
    "endtime",
    "source",
    "recipient",
    "event",
    "event_loc",
    "event_text",
    "quad_code",
    "event_scale",
    "mode",
    "context",
    "link",
    "text",
    "text_info",
    "cite_info",
    "coder",
    "coded_date",
    "coded_time",
    "comment",
    "actor",  # the source's name in earlier drafts, kept for tools that read those
}
SPEC_REQUIRED = {"id", "date", "source", "event"}
SPEC_ACTOR_FIELDS = {
    "code",
    "sector",
    "actor_text",
    "identifier_id",
    "identifier_text",
    "actor_loc",
    "religion",
    "ethnicity",
    "office",
    "gender",
    "age",
}
SPEC_TEXT_FIELDS = {
    "sequence",
    "start",
    "end",
    "text_story",
    "connlu_parse",
    "treebank_parse",
    "sentence",
    "date_text",
    "countries",
}
SPEC_CITE_FIELDS = {
    "corpus",
    "citation",
    "url",
    "title",
    "language",
    "publication",
    "license",
    "copyright",
    "coder",
    "codebook",
    "version",
    "published",
}
PLOVER_CATEGORIES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}

ARTICLE = (
    "Menteri Luar Negeri RI Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoshimasa "
    "Hayashi di Tokyo, Senin (3/4/2023). Indonesia juga mendesak Israel menghentikan "
    "serangan ke Gaza."
)


def test_records_use_only_spec_fields_with_required_ones() -> None:
    knowledge = extract_text(ARTICLE, "plover-test", published="2023-04-03")
    records = event_records(knowledge)
    assert records, "no events extracted"
    for record in records:
        assert SPEC_REQUIRED <= record.keys() <= SPEC_EVENT_FIELDS
        assert set(record["event"]) <= PLOVER_CATEGORIES
        assert record["quad_code"] in (1, 2, 3, 4)
        for actor in record["source"] + record["recipient"]:
            assert actor.keys() <= SPEC_ACTOR_FIELDS and actor["actor_text"]
        assert record["text_info"].keys() <= SPEC_TEXT_FIELDS
        assert record["cite_info"].keys() <= SPEC_CITE_FIELDS
        start, end = record["text_info"]["start"], record["text_info"]["end"]
        assert 0 <= start < end and record["event_text"][0] == record["text_info"]["sentence"]


def test_request_is_coded_as_plover_demand() -> None:
    knowledge = extract_text(ARTICLE, "plover-test", published="2023-04-03")
    events = {tuple(r["event"]) for r in event_records(knowledge)}
    assert ("DEMAND",) in events and ("CONSULT",) in events
