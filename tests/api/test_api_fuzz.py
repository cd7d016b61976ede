"""Property-based fuzzing of every endpoint from the OpenAPI description (schemathesis): no server
errors, and every answer has the documented content type and schema."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

EXAMPLES_PER_OPERATION = 60

OPERATIONS = ["/api/search", "/api/announcements/{rid}", "/api/stats", "/api/export", "/api/feed",
              "/api/sources", "/healthz"]


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema):
    paths = {result.ok().path for result in api_schema.get_all_operations()}
    assert paths == set(OPERATIONS)


@pytest.mark.parametrize("path", OPERATIONS)
def test_no_server_errors(api_schema, path):
    operation = api_schema[path]["GET"]

    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case):
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance, content_type_conformance])

    check()
