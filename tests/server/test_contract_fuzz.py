"""Contract fuzzing (issue 14, point 2): schemathesis against the running service, every operation.

Each operation of ``/openapi.json`` gets a bounded number of generated requests (positive and
negative data), sent signed in as the administrator; every answer is checked: no 5xx, a status
code the document declares, a declared content type and headers, and a body matching its schema.

The fuzzer's seed is printed (and named in a failure) so a failing run can be replayed:
``CXDESK_FUZZ_SEED=<seed> pytest tests/server/test_contract_fuzz.py``. ``CXDESK_FUZZ_EXAMPLES``
sets the number of examples per operation and mode (default 40, which keeps the run well under 90 s on two
cores).
"""

from __future__ import annotations

import os
import random
import socket

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks

from desktop.mail import Timeouts
from desktop.mail import connection as mail_connection
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import TIMEOUT, FakeClock, access_token, refresh_token

SEED = int(os.environ.get("CXDESK_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
EXAMPLES = int(os.environ.get("CXDESK_FUZZ_EXAMPLES") or 40)
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_headers_conformance, checks.response_schema_conformance]


def load_schema(service) -> schemathesis.BaseSchema:
    """The OpenAPI document of the running service, as schemathesis reads it."""
    document = requests.get(service.base_url.removesuffix("api/cp/") + "openapi.json", timeout=TIMEOUT).json()
    return schemathesis.openapi.from_dict(document)


def fuzz(operation, mode: GenerationMode, base_url: str, token: str) -> None:
    """Send ``EXAMPLES`` generated requests of ``mode`` to ``operation``; raise on the first broken check."""

    @seed(SEED)
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        case.call_and_validate(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS,
                               timeout=10)

    run()


@pytest.fixture
def offline_smtp(service, monkeypatch):
    """The test e-mail stays on this machine: no name resolves (as offline), attempts time out quickly.

    The fuzzer sends ``settings`` with made-up servers; the engine's look-up is answered "does not
    exist" at once, and an IP address gets a short connection attempt.
    """
    def no_dns(host, port, seconds):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known (contract fuzzing runs offline)")

    monkeypatch.setattr(mail_connection, "getaddrinfo_within", no_dns)
    # Set and put back by hand: monkeypatch would delete the attribute from Starlette's State if it
    # was not there before, and the next test of the shared service would meet a 500.
    state = service.app.state
    before = getattr(state, "smtp_timeouts", None)
    state.smtp_timeouts = Timeouts(resolve=0.3, connect=0.3, greeting=0.5, reply=0.5, total=1.0)
    yield service
    state.smtp_timeouts = before


def fuzz_all(server, only: str = "") -> None:
    """Fuzz every operation of ``server``'s document (those whose path holds ``only``); fail naming all failures."""
    with_seed = f"schemathesis seed: {SEED} (replay with CXDESK_FUZZ_SEED={SEED}), {EXAMPLES} examples per operation"
    print(with_seed)
    loaded = load_schema(server)
    base_url = server.base_url.removesuffix("api/cp/").rstrip("/")
    token = access_token(server.base_url, refresh_token(server.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD))
    failures: list[str] = []
    operations = [result.ok() for result in loaded.get_all_operations()]
    operations = [operation for operation in operations if only in operation.path]
    assert operations
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                fuzz(operation, mode, base_url, token)
            except Unsatisfiable:  # nothing to make invalid: an operation without parameters or body
                assert mode is GenerationMode.NEGATIVE, operation.label
            except (Exception, BaseExceptionGroup) as error:  # every operation is tried; all failures are reported
                failures.append(f"{operation.label} ({mode.value}): {error}")
    assert not failures, with_seed + "\n\n" + "\n\n".join(failures)


def test_every_answer_keeps_the_published_contract(service, offline_smtp):
    assert len(list(load_schema(service).get_all_operations())) >= 15
    fuzz_all(service)


def test_the_sandboxs_own_operations_keep_it_too(db_path):
    with EmbeddedServer(db_path, sandbox=True, clock=FakeClock()) as sandbox:
        fuzz_all(sandbox, only="/sandbox/")
