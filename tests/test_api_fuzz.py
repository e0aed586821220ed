"""G6/G15: generated requests from the OpenAPI document (schemathesis): never a 5xx, every response
conforms to the document, and invalid data is rejected with a 4xx."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)
from tactful.app import create_app

# Not "schema-valid data is accepted": a string the schema allows can still name a time zone that
# does not exist, and that is rightly a 400 naming the field.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, negative_data_rejection]

# The playground page (GET /) is a static file with no input; the WSGI transport used here does not
# close file responses, which a real server does.
schema = schemathesis.openapi.from_wsgi("/openapi.json", create_app({"TESTING": True})).exclude(path="/")


@schema.parametrize()
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
def test_generated_requests_keep_the_contract(case):
    case.call_and_validate(checks=CHECKS)
