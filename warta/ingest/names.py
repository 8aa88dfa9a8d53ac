"""File names as text that is safe to store and to show.

A POSIX file name is bytes. Python hands names that are not valid UTF-8 over with
surrogate escapes, which no database driver can encode; and a name may hold a newline or
terminal escape codes, which would rewrite the terminal when echoed. Ids and sources
made here are valid UTF-8; messages escape every control character.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

# C0 and C1 controls, DEL, lone surrogates (undecodable bytes of a file name), and the
# line and paragraph separators some terminals honour.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def has_unsafe_characters(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def printable(text: str) -> str:
    """`text` with control characters and undecodable bytes escaped (\\n, \\x1b, \\udcff)."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a surrogate escape stands for the raw byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def path_text(path: Path | str) -> str:
    """The path as valid UTF-8 text: bytes that are not UTF-8 become \\xNN."""
    if not has_unsafe_characters(str(path)):
        return str(path)
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def safe_file_id(name: str) -> str:
    """An article id for a file name: the name itself when it is plain text, else its
    printable part plus a hash of the name's bytes, so two names differing only in
    undecodable bytes or control characters never share an id, and a re-run finds the
    same id again."""
    if not has_unsafe_characters(name):
        return name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
    readable = " ".join(_UNSAFE.sub(" ", name).split())
    return f"{readable}-{digest}" if readable else digest
