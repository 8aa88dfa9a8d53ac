"""CoNLL reading, span scoring and `warta eval ner` on tiny hand-made data (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from warta.cli import app
from warta.evaluate import bio_spans, map_spans, parse_conll, read_mapping_file, score_spans
from warta.evaluate import run as run_module

# Gold: Retno Marsudi (PER), Moskow (LOC), Kemlu (ORG) / Joko Widodo (PER), Rusia (LOC).
CONLL = (
    "Retno PROPN B-PER\r\nMarsudi PROPN I-PER\r\ntiba PROPN O\r\ndi ADP O\r\n"
    "Moskow PROPN B-LOC\r\nkata VERB O\r\nKemlu PROPN B-ORG\r\n. PUNCT O\r\n\r\n"
    "Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\n"
    "Rusia PROPN B-LOC\r\n. PUNCT O\r\n"
)


def test_bio_spans_repairs_orphan_inside_tags() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "LOC"),
    ]


def test_parse_conll_crlf_and_tab_tokens_with_spaces() -> None:
    spaced = parse_conll(CONLL.split("\n"))
    assert [len(s.words) for s in spaced] == [8, 6]
    assert spaced[0].spans() == [(0, 2, "PER"), (4, 5, "LOC"), (6, 7, "ORG")]
    tabbed = parse_conll(["rumah sakit\tO", "jakarta pusat\tB-PLC", ""])
    assert tabbed[0].words == ["rumah sakit", "jakarta pusat"]
    assert tabbed[0].spans() == [(1, 2, "PLC")]


def test_score_spans_counts_exact_matches_only() -> None:
    gold = [[(0, 2, "PERSON"), (4, 5, "GPE")], [(1, 3, "PERSON")]]
    predicted = [[(0, 2, "PERSON"), (4, 5, "ORG")], [(1, 2, "PERSON"), (5, 6, "DATE")]]
    score = score_spans(gold, predicted, {"PERSON", "GPE"})
    person, gpe = score.per_label["PERSON"], score.per_label["GPE"]
    assert (person.tp, person.fp, person.fn) == (1, 1, 1)
    assert (gpe.tp, gpe.fp, gpe.fn) == (0, 0, 1)
    result = score.as_dict()
    assert result["precision"] == 0.5  # DATE and ORG are not scored labels
    assert result["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["f1"] == pytest.approx(0.4)


def test_map_spans_renames_and_drops() -> None:
    spans = [(0, 1, "PER"), (1, 2, "IND"), (2, 3, "X")]
    assert map_spans(spans, {"PER": "PERSON", "IND": "O"}) == [(0, 1, "PERSON"), (2, 3, "X")]


def test_read_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "map.tsv"
    path.write_text("# gold -> model\nPER\tPERSON\nLOC=GPE\n\nIND\tO\n")
    assert read_mapping_file(path) == {"PER": "PERSON", "LOC": "GPE", "IND": "O"}


def _fake_pipeline() -> Language:
    """Deterministic predictions: right on Retno Marsudi, Moskow and Rusia; wrong label on
    Kemlu; misses Joko Widodo (predicts only "Widodo")."""
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PERSON", "pattern": [{"ORTH": "Retno"}, {"ORTH": "Marsudi"}]},
            {"label": "GPE", "pattern": "Moskow"},
            {"label": "GPE", "pattern": "Rusia"},
            {"label": "PERSON", "pattern": "Kemlu"},
            {"label": "PERSON", "pattern": "Widodo"},
            {"label": "DATE", "pattern": "Presiden"},
        ]
    )
    return nlp


@pytest.mark.slow
def test_cli_eval_ner_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        run_module, "load_ner_pipeline", lambda model=None: (_fake_pipeline(), "fake")
    )
    conll = tmp_path / "tiny.conll"
    conll.write_bytes(CONLL.encode())
    mapping = tmp_path / "map.tsv"
    mapping.write_text("PER\tPERSON\nORG\tORG\n")
    result = CliRunner().invoke(
        app, ["eval", "ner", str(conll), "--labels", str(mapping), "--map", "LOC=GPE", "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    # tp: Retno Marsudi, Moskow, Rusia; fp: Kemlu/PERSON, Widodo; fn: Kemlu/ORG, Joko Widodo
    assert scores["precision"] == 0.6
    assert scores["recall"] == 0.6
    assert scores["per_label"]["GPE"]["f1"] == 1.0
    assert scores["per_label"]["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert scores["per_label"]["PERSON"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert "DATE" not in scores["per_label"]

    table = CliRunner().invoke(app, ["eval", "ner", str(conll), "--map", "PER=PERSON"])
    assert table.exit_code == 0, table.output
    assert "overall" in table.output and "LOC" in table.output
