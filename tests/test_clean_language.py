from __future__ import annotations

import pytest

from warta.clean.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Menteri Luar Negeri mengatakan bahwa kerja sama kedua negara akan diperkuat.", "id"),
        ("The foreign minister said that the two countries will strengthen ties.", "en"),
        ("Министр иностранных дел заявил, что страны укрепят связи.", "ru"),
        ("قال وزير الخارجية إن البلدين سيعززان العلاقات", "ar"),
        ("", "und"),
        ("12345 !!!", "und"),
        ("ok", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
