import pytest

from warta.nlp.api import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(ner_dir=None)


def sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_run_together_sentences_split(nlp):
    text = "kerja sama jangka pendek dan dalam jangka panjang.Dalam jangka pendek, vaksin."
    assert sents(nlp, text) == [
        "kerja sama jangka pendek dan dalam jangka panjang.",
        "Dalam jangka pendek, vaksin.",
    ]


@pytest.mark.parametrize(
    "abbr", ["Dr.", "Prof.", "M.", "No.", "Jl.", "a.n.", "H.", "Hj.", "S.H.", "Ir.", "dkk."]
)
def test_abbreviations_do_not_end_sentences(nlp, abbr):
    text = f"Surat dikirim {abbr} Hatta kepada pemerintah. Lalu dibalas."
    if abbr == "dkk.":
        text = f"Surat dikirim Ahmad {abbr} kepada pemerintah. Lalu dibalas."
    assert len(sents(nlp, text)) == 2


def test_quotes_close_with_their_sentence(nlp):
    text = '“Ini prioritas kami.” Lavrov juga menolak. "Kami siap," kata Retno. "Ya." Dia pergi.'
    assert sents(nlp, text) == [
        "“Ini prioritas kami.”",
        "Lavrov juga menolak.",
        '"Kami siap," kata Retno.',
        '"Ya."',
        "Dia pergi.",
    ]


def test_quote_opening_after_period_starts_sentence(nlp):
    text = 'Dia tiba di Bangkok. "Kami senang," ujarnya.'
    assert sents(nlp, text) == ["Dia tiba di Bangkok.", '"Kami senang," ujarnya.']


def test_datelines_stay_in_first_sentence(nlp):
    for text in (
        "JAKARTA, iNews.id - Hubungan bilateral terjalin lama. Rusia menyambut baik.",
        "Jakarta (ANTARA) - Kemitraan ASEAN dan Rusia baik. Retno memimpin.",
        "Moskow, MINA – Menteri Luar Negeri Rusia berbicara. Dia menegaskan.",
    ):
        assert len(sents(nlp, text)) == 2


def test_paragraph_breaks_always_end_sentences(nlp):
    assert sents(nlp, "BACA JUGA:\n\"Mengenai Myanmar, saya tegaskan\"") == [
        "BACA JUGA:", "\"Mengenai Myanmar, saya tegaskan\""]  # fmt: skip
    assert sents(nlp, "judul tanpa titik\n\nparagraf kedua huruf kecil") == [
        "judul tanpa titik", "paragraf kedua huruf kecil"]  # fmt: skip


def test_lowercase_after_period_does_not_split(nlp):
    assert len(sents(nlp, "Nilainya Rp. 200 juta. dan seterusnya")) == 1


def test_urls_and_domains_do_not_split(nlp):
    assert len(sents(nlp, "Dikutip dari Kompas.com dan iNews.id pada Senin.")) == 1
