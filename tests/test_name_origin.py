"""The person-name model of actor resolution (warta/actors/name_origin.py)."""

from warta.actors import resolve_actors
from warta.actors.name_origin import indonesian_probability, name_features, shipped_name_model
from warta.nlp import analyze


def test_model_loads_and_tells_names_apart() -> None:
    assert shipped_name_model() is not None
    indonesian = indonesian_probability("Bambang Sutrisno")
    foreign = indonesian_probability("Jean-Pierre Dubois")
    assert indonesian is not None and foreign is not None
    assert indonesian > 0.5 > foreign


def test_bad_input_gives_no_traceback() -> None:
    assert indonesian_probability("") is None
    assert name_features("  ") == ["n0"]


def test_foreign_name_takes_the_article_state() -> None:
    text = (
        "Australia dan Indonesia sepakat memperluas kerja sama pertanian. Australia akan "
        'mengirim tim ahli ke Jakarta bulan depan.\n"Kami siap membantu," kata Robert Miller '
        "kepada wartawan, Senin."
    )
    persons = resolve_actors(text, analyze(text, "2023-05-10")).persons
    assert [(p.name, p.country) for p in persons] == [("Robert Miller", "AUS")]


def test_persons_listed_after_a_plural_office_hold_it() -> None:
    text = (
        "Tiga menteri dari Indonesia yakni Bambang Sutrisno, Dewi Lestari dan Agus Salim "
        "menandatangani nota kesepahaman di Tokyo, Senin."
    )
    persons = resolve_actors(text, analyze(text, "2023-05-10")).persons
    assert persons and all(p.role == "Menteri" for p in persons)
