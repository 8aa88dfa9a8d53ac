"""Database failures in one line a user can act on.

SQLAlchemy's own message carries the whole statement and its parameters: the INSERT
with an article's text, pages long. Users get the driver's reason and what to do;
the statement is for the server log at most.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from warta.store import db

MAX_REASON_CHARS = 200


def driver_reason(exc: BaseException) -> str:
    """The database driver's own message, first line only, without the statement."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(original).strip().splitlines()
    first = lines[0] if lines else type(original).__name__
    return first[:MAX_REASON_CHARS]


def describe_database_error(exc: BaseException) -> str:
    """What went wrong with the database and what to do, in one line."""
    reason = driver_reason(exc)
    lowered = reason.lower()
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return (
            f"the database is read-only ({reason}): check the file's and its folder's "
            "permissions, or the --db URL"
        )
    if "locked" in lowered or "busy" in lowered:
        seconds = db.BUSY_TIMEOUT_MS // 1000
        return (
            f"another process held the database's write lock for more than {seconds} s "
            f"({reason}): wait until it finishes (another `warta ingest`, a rebuild or the "
            "API's ingest job) and run this again"
        )
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return f"the disk failed or is full ({reason})"
    if not isinstance(exc, SQLAlchemyError):
        return f"{type(exc).__name__}: {reason}"
    return reason
