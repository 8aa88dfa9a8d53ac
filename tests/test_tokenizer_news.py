import pytest

from warta.nlp.api import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(ner_dir=None)


def tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text",
    ["iNews.id", "M.", "ke-17", "5PC", "COVID-19", "Su-35", "Mi-17", "A330-900", "Kompas.com",
     "https://www.kompas.com/read/2021/07/06/abc.html", "humas@kemlu.go.id", "19,8", "6.1",
     "1.500.000", "1950-an", "Dr.", "Prof.", "dkk.", "No.", "Jl.", "a.n.", "H.", "Hj.", "S.H."],
)  # fmt: skip
def test_kept_whole(nlp, text):
    assert tokens(nlp, f"kata {text} lagi") == ["kata", text, "lagi"]


def test_initial_is_one_token(nlp):
    assert tokens(nlp, "Wakil Presiden M. Hatta mengirim") == [
        "Wakil", "Presiden", "M.", "Hatta", "mengirim"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp267", ["Rp", "267"]),
        ("US$5", ["US$", "5"]),
        ("Rp 267", ["Rp", "267"]),
        ("US$ 33,03", ["US$", "33,03"]),
        ("$ 2,7", ["$", "2,7"]),
        ("Rp.1.500", ["Rp.", "1.500"]),
        ("(31/7)", ["(", "31/7", ")"]),
        ("3/7/2022", ["3/7/2022"]),
        ("2021–2023", ["2021", "–", "2023"]),
        ("2016-2020", ["2016", "-", "2020"]),
        ("18%", ["18", "%"]),
        ("panjang.Dalam", ["panjang", ".", "Dalam"]),
        ("2019.Dia", ["2019", ".", "Dia"]),
        ("ASEAN-Rusia", ["ASEAN", "-", "Rusia"]),
        ("Januari-3", ["Januari", "-", "3"]),  # "31 Januari-3 Februari": two days
        ("Oktober–1", ["Oktober", "–", "1"]),
        ("Minggu(17.07)", ["Minggu", "(", "17.07", ")"]),
    ],
)
def test_split(nlp, text, expected):
    assert tokens(nlp, text) == expected


def test_blank_id_exceptions_kept(nlp):
    # reduplication stays one token as in spacy.blank("id")
    assert tokens(nlp, "negara-negara Bangsa-Bangsa") == ["negara-negara", "Bangsa-Bangsa"]
