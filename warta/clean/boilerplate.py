"""Remove boilerplate lines (related links, bylines, copyright, agency codes, outlet
signatures) from an Indonesian news text, keeping each removed piece aside.

Works on LineSpan lists so every removal is a raw-offset span. Rules are about the
shape of lines common to Indonesian outlets, never about particular articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.calendar import MONTHS, WEEKDAYS
from warta.clean.lines import LineSpan, drop_lines
from warta.clean.types import Removed

_QUOTES = "\"'“”‘’«»„"
_SENTENCE_END = ".!?" + _QUOTES

# "Baca juga: ...", "BACA JUGA :", "Lihat Juga - ...", "Simak juga video ...",
# Tempo's "Pilihan Editor: ...", "Berita terkait: ...".
_RELATED = re.compile(
    r"""^[\[(]?\s*(?:
        (?:baca|lihat|simak|cek|tonton|saksikan)\s+(?:juga|pula)\b
      | (?:artikel|berita)\s+(?:terkait|lainnya|menarik|pilihan)\b\s*[:\-–—]
      | pilihan\s+editor\s*:
      | baca\s+(?:selengkapnya|berita\s+lainnya)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The marker alone with nothing after it: the link headline, if any, is on the next line.
_BARE_RELATED = re.compile(
    r"^[\[(]?\s*(?:baca|lihat|simak)\s+(?:juga|pula)\s*[:：\-–—]?\s*[\])]?$", re.IGNORECASE
)

# Page furniture that trafilatura sometimes keeps.
_PROMO = re.compile(
    r"""^(?:
        advertisement | scroll\s+to\s+continue\s+with\s+content
      | \[gambas:[^\]]*\]
      | (?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b.*
      | (?:dapatkan|ikuti|follow)\s+(?:update|informasi|berita|kami|kabar|\w+)\b.*
            \b(?:google\s+news|telegram|whatsapp|instagram|twitter|facebook|channel)\b.*
      | download\s+aplikasi\b.*
      | klik\s+(?:di\s+)?sini\b.*
      | (?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya) | halaman\s*:?\s*\d+(?:\s+\d+)*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_BYLINE_LABELS = (
    r"pewarta|editor|reporter|penulis|redaktur|penyunting|editing|kontributor"
    r"|fotografer|alih\s*bahasa|penerjemah|produser|editor\s+bahasa|oleh"
)
# "Pewarta: X", "Reporter : X | Editor : Y", "(Editor: X)".
_BYLINE = re.compile(rf"^\(?\s*(?:{_BYLINE_LABELS})\s*:\s*\S", re.IGNORECASE)
# "Laporan wartawan Tribunnews.com, Nama" opening or closing an article.
_REPORT_BY = re.compile(r"^laporan\s+(?:wartawan|reporter|koresponden)\b", re.IGNORECASE)
# "Sumber: ..." is boilerplate only among the closing lines; mid-text it can caption
# a table or a quotation.
_SOURCE_LABEL = re.compile(r"^\(?\s*sumber\s*:\s*\S", re.IGNORECASE)

_COPYRIGHT = re.compile(r"^(?:copyright\b|hak\s+cipta\b|\(c\)\s|©)|©", re.IGNORECASE)
# ANTARA and others close with a no-reuse notice; it belongs with the copyright line.
_REUSE_NOTICE = re.compile(
    r"^dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak|menggunakan)\b",
    re.IGNORECASE,
)
# "Artikel ini telah tayang di X dengan judul ..." marks a syndicated copy.
_SYNDICATION = re.compile(
    r"^(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan)"
    r"\s+(?:di|pada|oleh)\b",
    re.IGNORECASE,
)
_COPYRIGHT_NOISE = re.compile(
    r"copyright|hak\s+cipta(?:\s+dilindungi(?:\s+undang-undang)?)?|all\s+rights?\s+reserved"
    r"|©|\(c\)|\b(?:19|20)\d{2}\b|[-–—|,.:;]+\s*$|^\s*[-–—|,.:;]+",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

# "(T/RA-1/P2)", "(rah/dnu)", "(ant)", "(*)": a parenthesis of short code tokens.
_SLASH_CODE = r"[A-Za-z0-9]{1,8}(?:\s*[/\-]\s*[A-Za-z0-9]{1,8}){1,6}"
_CODE_AFTER_SENTENCE = re.compile(
    rf"(?<=[{re.escape(_SENTENCE_END)}])\s*\((?:\*|{_SLASH_CODE}|[A-Za-z]{{2,8}})\)\s*$"
)
# Without sentence punctuation before it we accept only unmistakable codes:
# "(*)" or lowercase initials with a slash ("(rah/dnu)").
_CODE_ANYWHERE = re.compile(r"\s*\((?:\*|[a-z]{1,6}(?:\s*/\s*[a-z0-9]{1,6}){1,5})\)\s*$")
_CODE_ALONE = re.compile(rf"^(?:\((?:\*|{_SLASH_CODE}|[A-Za-z]{{2,8}})\)|\*{{2,}}|-{{3,}})$")

# "Miraj News Agency (MINA)", "Kantor Berita Politik RMOL", "Republika.co.id".
_SIGNATURE_ACRONYM = re.compile(
    r"^(?P<name>[A-Z][\w.&'’\- ]{2,60}?)\s*\((?P<acronym>[A-Z][A-Za-z0-9.]{1,12})\)$"
)
_SIGNATURE_WORDS = re.compile(
    r"\b(?:news|agency|kantor\s+berita|online|media|pers)\b|\.(?:com|co\.id|id|net)\b",
    re.IGNORECASE,
)

_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
# A line holding only a publication timestamp: "Selasa, 8 September 2015 - 14:53 WIB",
# "Diterbitkan: 03/07/2022, 10:15 WIB".
_TIMESTAMP = re.compile(
    rf"""^(?:[^\W_][\w\-]*(?:\.[A-Za-z]{{2,}})+\s*[-–—|]\s*)?  # "Kompas.com - "
        (?:(?:diterbitkan|dipublikasikan|terbit|diunggah|diperbarui|published|updated
              |posted)\s*:?\s*)?
        (?:(?:{_WD})\s*,?\s*)?
        (?:\d{{1,2}}\s+(?:{_MON})\.?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})
        (?:\s*[-–—|,]?\s*(?:pukul\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:WIB|WITA|WIT)?)?$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class OutletEvidence:
    outlet: str
    kind: str  # "copyright" | "signature"
    text: str


@dataclass(frozen=True)
class BoilerplateResult:
    kept: tuple[LineSpan, ...]
    removed: tuple[Removed, ...]
    outlets: tuple[OutletEvidence, ...] = ()
    copyright_years: tuple[int, ...] = ()


def _word_count(text: str) -> int:
    return len(text.split())


def classify_line(text: str) -> str | None:
    """The boilerplate kind of a whole line wherever it appears, or None for content."""
    if _RELATED.match(text) and (":" in text[:30] or _word_count(text) <= 25):
        return "related_link"
    if _word_count(text) <= 30 and _PROMO.match(text):
        return "promo"
    if len(text) <= 150 and (_BYLINE.match(text) or _REPORT_BY.match(text)):
        return "byline"
    if _word_count(text) <= 15 and _COPYRIGHT.search(text):
        return "copyright"
    if _word_count(text) <= 40 and _REUSE_NOTICE.match(text):
        return "copyright"
    if _word_count(text) <= 60 and _SYNDICATION.match(text):
        return "syndication"
    if _TIMESTAMP.match(text):
        return "timestamp"
    if _CODE_ALONE.match(text):
        return "agency_code"
    return None


def signature_outlet(text: str) -> str | None:
    """The outlet named by a closing signature line, or None if the line is not one."""
    if _word_count(text) > 6 or text[-1] in _SENTENCE_END:
        return None
    if not _SIGNATURE_WORDS.search(text):
        return None  # "Perserikatan Bangsa-Bangsa (PBB)" is not an outlet
    match = _SIGNATURE_ACRONYM.match(text)
    return match.group("acronym") if match else text.strip()


def copyright_outlet(text: str) -> str | None:
    """'Copyright © ANTARA 2019' -> 'ANTARA'; None when no name is left."""
    name = _COPYRIGHT_NOISE.sub(" ", text)
    name = _COPYRIGHT_NOISE.sub(" ", name)  # a second pass for punctuation left at the ends
    name = " ".join(name.split())
    if not name or _word_count(name) > 6 or not any(ch.isalpha() for ch in name):
        return None
    return name


def looks_like_link_headline(text: str) -> bool:
    """A related-article headline: short, no closing punctuation, not a quotation."""
    if text.startswith(("http://", "https://", "www.")):
        return True
    if text[0] in _QUOTES or text[-1] in _SENTENCE_END:
        return False
    return len(text) <= 150 and 2 <= _word_count(text) <= 20


def _is_bullet(text: str) -> bool:
    return text[:1] in "-•*–·" and len(text) > 2


def strip_agency_code(raw: str, line: LineSpan) -> tuple[LineSpan, Removed | None]:
    """Trim an agency code such as '(T/RA-1/P2)' from the end of a paragraph."""
    text = line.text(raw)
    match = _CODE_AFTER_SENTENCE.search(text) or _CODE_ANYWHERE.search(text)
    if not match or match.start() == 0:
        return line, None
    code_start = line.start + match.start()
    trimmed = line.trimmed(raw, end=code_start)
    code = raw[code_start : line.end].strip()
    start = line.end - len(code)
    return trimmed, Removed("agency_code", code, start, line.end)


class _Stripper:
    """Holds the lines and what has been removed so far while rules run over them."""

    def __init__(self, raw: str, lines: list[LineSpan]) -> None:
        self.raw = raw
        self.lines = lines
        self.removed: dict[int, Removed] = {}
        self.outlets: list[OutletEvidence] = []
        self.years: list[int] = []

    def text(self, index: int) -> str:
        return self.lines[index].text(self.raw)

    def drop(self, index: int, kind: str) -> None:
        line = self.lines[index]
        self.removed[index] = Removed(kind, line.text(self.raw), line.start, line.end)

    def drop_classified_lines(self) -> None:
        index = 0
        while index < len(self.lines):
            text = self.text(index)
            kind = classify_line(text)
            if kind:
                self.drop(index, kind)
                if kind == "copyright":
                    # "© 2008-2024": only the last year says anything about the article.
                    found = [int(y) for y in _YEAR.findall(text)]
                    self.years.extend(found[-1:])
                    outlet = copyright_outlet(text)
                    if outlet:
                        self.outlets.append(OutletEvidence(outlet, "copyright", text))
                if _BARE_RELATED.match(text):
                    index = self.drop_headlines_after_marker(index)
            index += 1

    def drop_headlines_after_marker(self, marker_index: int) -> int:
        """After a bare 'BACA JUGA:' drop the headline line(s) it introduces.

        One headline-shaped line, or a run of bullet lines. A quotation or a sentence
        ending in a full stop is article text and stays. Returns the last index used.
        """
        index = marker_index + 1
        if index < len(self.lines) and _is_bullet(self.text(index)):
            while index < len(self.lines) and _is_bullet(self.text(index)):
                self.drop(index, "related_link")
                index += 1
            return index - 1
        if index < len(self.lines) and looks_like_link_headline(self.text(index)):
            self.drop(index, "related_link")
            return index
        return marker_index

    def drop_closing_lines(self) -> None:
        """Walk back from the end dropping source labels and outlet signatures.

        Only the closing block is searched: there a short 'Sumber: ...' or an outlet
        name is page furniture, while mid-article it could be content.
        """
        index = len(self.lines) - 1
        while index > 0:  # the first line is the article, whatever it looks like
            if index in self.removed:
                index -= 1
                continue
            text = self.text(index)
            if _SOURCE_LABEL.match(text) and len(text) <= 150:
                self.drop(index, "byline")
            else:
                outlet = signature_outlet(text)
                if outlet is None:
                    break
                self.drop(index, "signature")
                self.outlets.append(OutletEvidence(outlet, "signature", text))
            index -= 1

    def result(self) -> BoilerplateResult:
        kept_lines: list[LineSpan] = []
        codes: list[Removed] = []
        for index, line in enumerate(self.lines):
            if index in self.removed:
                continue
            trimmed, code = strip_agency_code(self.raw, line)
            if code:
                codes.append(code)
            kept_lines.append(trimmed)
        empty = {i for i, line in enumerate(kept_lines) if line.empty}
        kept = drop_lines(kept_lines, empty)
        removed = sorted([*self.removed.values(), *codes], key=lambda r: r.raw_start)
        return BoilerplateResult(
            tuple(kept), tuple(removed), tuple(self.outlets), tuple(self.years)
        )


def strip_boilerplate(raw: str, lines: list[LineSpan]) -> BoilerplateResult:
    """Remove boilerplate lines and trailing codes; return kept lines and what went."""
    stripper = _Stripper(raw, lines)
    stripper.drop_classified_lines()
    stripper.drop_closing_lines()
    return stripper.result()
