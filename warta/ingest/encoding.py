"""Decode the bytes of a text file, or refuse with a reason: never a silent wrong guess.

Order of trust: a byte-order mark, then strict UTF-8 (or UTF-16 without a BOM), then
a Latin single-byte code page when charset-normalizer finds the bytes Latin-script at
all: Windows-1252 first, a Central-European code page (Windows-1250, ISO-8859-2) only
when the Western reading shows mojibake (symbols inside words) and that one does not.
Anything else is refused, because a wrong guess would
put mojibake into the knowledge base with nothing to show that it is wrong.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from unicodedata import category

from charset_normalizer import from_bytes

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Encodings that can plausibly hold Indonesian (Latin-script) text. charset-normalizer
# often cannot tell these apart on short texts; they agree on the bytes that matter.
LATIN_SINGLE_BYTE = frozenset(
    {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "iso8859_9", "cp1254"}
)

# A well-formed multi-byte UTF-8 sequence: its presence next to invalid bytes means the
# file is broken UTF-8, not text in another encoding.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SYMBOL_RUN = re.compile(r"[^\x00-\x7f\s\w]{3,}")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_C1_CONTROLS = re.compile(r"[\x80-\x9f]")


class UndecodableError(ValueError):
    """The bytes are not text we can decode with confidence; the message says why."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "utf-8-sig", "cp1252"


def strip_bom(data: bytes) -> tuple[str | None, bytes]:
    """The codec named by a byte-order mark and the bytes after it (codec None if no BOM)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def decode_text(data: bytes) -> DecodedText:
    """Decode a whole text file. Raises UndecodableError with a human reason."""
    if not data.strip():
        raise UndecodableError("empty file")
    codec, body = strip_bom(data)
    if codec is not None:
        try:
            return DecodedText(body.decode(codec.removesuffix("-sig")), codec)
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                f"starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})"
            ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    # Before trying UTF-8: control bytes are valid UTF-8, yet no article contains them.
    if b"\x00" in data or len(_CONTROL_BYTES.findall(data)) > max(2, len(data) // 100):
        raise UndecodableError("binary file, not text (control or NUL bytes)")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _UTF8_MULTIBYTE.search(data):
        raise UndecodableError(
            f"invalid UTF-8 at byte {utf8_error.start}: the file mixes valid UTF-8 with "
            "other bytes, so no single encoding fits"
        )
    return _decode_single_byte(data, utf8_error)


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 saved without a byte-order mark (some Windows exports): Latin-script text
    then has a NUL in every other byte, the high half of each character."""
    if len(data) < 8 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) < 0.6 * len(high) or low.count(0) > 0.01 * len(low):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHARS.search(text):
            return DecodedText(text, codec)
    return None


def _decode_single_byte(data: bytes, utf8_error: UnicodeDecodeError) -> DecodedText:
    results = from_bytes(data)
    suggestions = [match.encoding for match in results]
    if not any(match.encoding in LATIN_SINGLE_BYTE for match in results):
        hint = f" (charset-normalizer suggests {suggestions[0]})" if suggestions else ""
        raise UndecodableError(
            f"invalid UTF-8 at byte {utf8_error.start} and no Latin-script encoding fits{hint}"
        )
    # charset-normalizer cannot tell the Latin code pages apart on short texts (it read
    # Latin-1 "ñ" as cp1250 "ń"): choose among them ourselves, Western first, and take a
    # Central-European one only when the bytes say so (see mojibake_signs).
    decoded = _best_latin_decoding(data)
    if decoded is None:
        raise UndecodableError(f"invalid UTF-8 at byte {utf8_error.start} and no Latin-script "
                               "encoding fits")  # fmt: skip
    text, encoding = decoded
    if _C1_CONTROLS.search(text) or _SYMBOL_RUN.search(text):
        raise UndecodableError(
            f"invalid UTF-8 at byte {utf8_error.start}, and as {encoding} it does not read "
            "as text (control characters or runs of symbols)"
        )
    return DecodedText(text, encoding)


# Single-byte code pages in order of preference: Windows-1252 is by far the most common
# non-UTF-8 encoding for Indonesian text; Latin-1 reads the same bytes the same way
# except 0x80-0x9F (control characters there), so it is never preferred over it.
LATIN_PREFERENCE = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "cp1254")
# Non-letters that do stand next to letters in Western text: quotes, dashes, degree...
_WORD_NEIGHBOURS = frozenset("«»‹›“”‘’„‚–—…•·¿¡°©®™€§\xa0")


def mojibake_signs(text: str) -> int:
    """How many non-ASCII symbols stand against a letter (³ in "Wa³êsa", £ in "£ód¼"),
    plus non-ASCII capitals inside a lower-case word (Ľ in "ŁódĽ").

    Text decoded with the wrong Latin code page shows its letters as such symbols; in
    text decoded right, symbols next to letters are quotes, dashes, ° or ™ (allowed).
    """
    signs = 0
    for index, char in enumerate(text):
        if char < "\x80" or char.isspace() or category(char) == "Nd":
            continue
        if char.isalpha():
            # A capital inside a lower-case word ("ŁódĽ"): a letter from another code page.
            if char.isupper() and index and text[index - 1].islower():
                signs += 1
            continue
        if char in _WORD_NEIGHBOURS:
            continue
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if before.isalpha() or after.isalpha():
            signs += 1
    return signs


def _best_latin_decoding(data: bytes) -> tuple[str, str] | None:
    """(text, codec) of the preferred code page with the fewest mojibake signs."""
    best: tuple[int, str, str] | None = None
    for codec in LATIN_PREFERENCE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # a byte this code page leaves undefined
            continue
        signs = mojibake_signs(text) + 1000 * len(_C1_CONTROLS.findall(text))
        if best is None or signs < best[0]:
            best = (signs, text, codec)
        if signs == 0:
            break  # the most preferred reading with nothing odd in it
    if best is None:
        return None
    return best[1], best[2]


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets do not depend on the platform a file came from."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
