import pytest

from warta.nlp import analyze, analyze_many, load_pipeline
from warta.nlp.settings import NER_PIPELINE_DIR

TEXT = (
    "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia "
    "Sergey Lavrov di Moskow, Selasa 6 Juli. Kedua negara menargetkan perdagangan "
    "5 miliar dolar AS."
)


def test_pipeline_component_order():
    names = load_pipeline().pipe_names
    rule = [n for n in names if n.startswith("warta_")]
    assert rule == [
        "warta_sentences",
        "warta_entity_filter",
        "warta_gazetteer",
        "warta_dates",
        "warta_numbers",
    ]
    if "ner" in names:
        assert names.index("ner") < names.index("warta_entity_filter")


def test_analyze_sets_published_and_normalizes():
    doc = analyze(TEXT, published="2021-07-07")
    assert doc._.published == "2021-07-07"
    found = {(e.label_, e._.norm) for e in doc.ents}
    assert ("DATE", "2021-07-06") in found
    assert ("MONEY", "5000000000 USD") in found
    assert ("GPE", "RUS") in found
    assert len(list(doc.sents)) == 2


def test_analyze_many_keeps_order_and_dates():
    items = [(TEXT, "2021-07-07"), ("Rabu (31/7) di Bangkok.", "2019-08-01")] * 3
    docs = list(analyze_many(iter(items), batch_size=2))
    assert [d._.published for d in docs] == [p for _, p in items]
    assert docs[1].ents[0]._.norm == "2019-07-31"


def test_analyze_many_in_two_processes():
    items = [("Rabu (31/7) di Bangkok.", "2019-08-01"), (TEXT, "2021-07-07")]
    docs = list(analyze_many(items, batch_size=1, n_process=2))
    assert docs[0].ents[0]._.norm == "2019-07-31"
    assert docs[1]._.published == "2021-07-07"


@pytest.mark.skipif(not NER_PIPELINE_DIR.exists(), reason="trained NER not present")
def test_person_and_gpe_with_trained_ner():
    doc = analyze("Menlu Retno Marsudi bertemu rekannya dari Rusia di Jakarta.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Retno Marsudi", "PERSON") in ents
    assert ("Rusia", "GPE") in ents


def test_no_entity_is_only_punctuation() -> None:
    from warta.nlp import analyze

    text = '"Kedua draft perjanjian ini diharapkan segera ditandatangani," ungkap Menlu Retno.'
    assert all(any(c.isalnum() for c in e.text) for e in analyze(text).ents)
