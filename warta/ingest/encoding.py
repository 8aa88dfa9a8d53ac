"""Decode the bytes of a text file, or refuse with a reason: never a silent wrong guess.

Order of trust: a byte-order mark, then strict UTF-8, then a Latin single-byte
encoding (Windows-1252 and friends) when charset-normalizer agrees and the result
reads like Latin-script text. Anything else is refused, because a wrong guess would
put mojibake into the knowledge base with nothing to show that it is wrong.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
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
    latin = [match for match in results if match.encoding in LATIN_SINGLE_BYTE]
    if not latin:
        hint = f" (charset-normalizer suggests {suggestions[0]})" if suggestions else ""
        raise UndecodableError(
            f"invalid UTF-8 at byte {utf8_error.start} and no Latin-script encoding fits{hint}"
        )
    # Prefer Windows-1252 whenever it reads the bytes the same way as the best Latin guess:
    # it is by far the most common non-UTF-8 encoding for Indonesian text.
    text = str(latin[0])
    encoding = latin[0].encoding
    try:
        if data.decode("cp1252") == text:
            encoding = "cp1252"
    except UnicodeDecodeError:
        pass
    if _C1_CONTROLS.search(text) or _NON_ASCII_RUN.search(text):
        raise UndecodableError(
            f"invalid UTF-8 at byte {utf8_error.start}, and as {encoding} it does not read "
            "as text (control characters or runs of unusual letters)"
        )
    return DecodedText(text, encoding)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets do not depend on the platform a file came from."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
