import json

from typer.testing import CliRunner

from warta.cli import app


def test_nlp_command_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Menlu Rusia tiba di Bangkok, Rabu (31/7), membawa US$ 33,03 miliar.", "utf-8")
    result = CliRunner().invoke(app, ["nlp", str(path), "--published", "2019-08-01", "--json"])
    assert result.exit_code == 0, result.output
    ents = {(e["label"], e["norm"]) for e in json.loads(result.output)["entities"]}
    assert {("GPE", "RUS"), ("DATE", "2019-07-31"), ("MONEY", "33030000000 USD")} <= ents


def test_nlp_command_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Negeri Sakura dan ASEAN.", "utf-8")
    result = CliRunner().invoke(app, ["nlp", str(path)])
    assert result.exit_code == 0 and "JPN" in result.output and "ASEAN" in result.output
