"""Property-based checks over /openapi.json (schemathesis, in-process over ASGI): no input
makes the API fail with a server error, and responses match their declared schemas.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402
from test_api_corpus import copy_of_corpus  # noqa: E402

from warta.api import ApiSettings, create_app  # noqa: E402

ON_POSTGRES_RUN = bool(os.environ.get("WARTA_TEST_PG"))
pytestmark = pytest.mark.skipif(ON_POSTGRES_RUN, reason="schema checks run in the SQLite suite")


FOLDER = Path(tempfile.mkdtemp(prefix="warta-schema-"))


def _schema():  # type: ignore[no-untyped-def]
    # no write token: write endpoints answer 403 without touching the database
    app = create_app(ApiSettings(db_url=copy_of_corpus(FOLDER), token=None))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


OPERATIONS = [] if ON_POSTGRES_RUN else [r.ok() for r in _schema().get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_no_input_makes_a_server_error(operation) -> None:  # type: ignore[no-untyped-def]
    @given(case=operation.as_strategy())
    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    check()
