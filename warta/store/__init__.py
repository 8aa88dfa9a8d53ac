"""The store: articles (and, later, the knowledge extracted from them) in SQL.

SQLite by default; the models are portable to PostgreSQL. The schema is migrated with
Alembic on open (migrations ship inside this package).
"""

from warta.store.models import Article, Base, article_to_dict
from warta.store.repository import Fingerprint, Store, open_store, pack_signature, unpack_signature

__all__ = [
    "Article",
    "Base",
    "article_to_dict",
    "Fingerprint",
    "Store",
    "open_store",
    "pack_signature",
    "unpack_signature",
]
