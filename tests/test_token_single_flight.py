"""One access-token request at start, not three in parallel (issue 11, point 2).

Right after start the window loads its three parts at once, on three workers, with a client that
holds only the stored refresh token. The client renews the access token single-flight: one
``GET auth/jwt`` reaches the server and the other two calls wait for it and use its token. The
peer is the real account service on loopback; a middleware added before it starts counts what it
receives and holds the first ``GET auth/jwt`` back until the others had every chance to race it.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

from desktop.api import AccountClient
from desktop.server import EmbeddedServer, create_app
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

#: How long the server holds the first ``GET auth/jwt`` unless all three calls' requests arrive first (s).
HOLD_S = 1.5
#: Generous bound for "did not hang".
DONE_WITHIN_S = 60


def counting_service(tmp_path, clock):
    """The real service, with a middleware that counts requests by path and holds back the first auth/jwt."""
    app = create_app(tmp_path / "account.sqlite3", clock=clock)
    seen: list[str] = []
    three_asked = asyncio.Event()

    @app.middleware("http")
    async def count_and_hold(request, call_next):
        path = request.url.path
        seen.append(path)
        if path.endswith("/auth/jwt") and request.method == "GET":
            if sum(p.endswith("/auth/jwt") for p in seen) >= 3:
                three_asked.set()
            try:
                await asyncio.wait_for(three_asked.wait(), HOLD_S)
            except TimeoutError:
                pass
        return await call_next(request)

    return EmbeddedServer(tmp_path / "account.sqlite3", app=app), seen


def test_three_calls_at_start_with_only_a_refresh_token_ask_for_one_access_token(tmp_path, clock):
    server, seen = counting_service(tmp_path, clock)
    with server:
        refresh = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        fresh = AccountClient(server.base_url, timeout=(3.05, DONE_WITHIN_S))
        fresh.use_refresh_token(refresh)  # as at start: the keychain's refresh token, no access token
        seen.clear()
        start = threading.Barrier(3)

        def load(call):
            start.wait(DONE_WITHIN_S)
            return call()

        with ThreadPoolExecutor(3) as workers:
            parts = [workers.submit(load, call) for call in (fresh.get_account, fresh.get_smtp, fresh.get_packages)]
            account, smtp, packages = (part.result(DONE_WITHIN_S) for part in parts)
        fresh.close()

    assert account.value.id and smtp.etag is not None and isinstance(packages, list)
    assert sum(path.endswith("/auth/jwt") for path in seen) == 1, seen
    assert len(seen) == 4, seen  # the token, then the three parts


def test_calls_refused_together_fetch_one_new_access_token(tmp_path, clock):
    server, seen = counting_service(tmp_path, clock)
    with server:
        api = AccountClient(server.base_url, timeout=(3.05, DONE_WITHIN_S))  # its own clock: the token looks fine
        api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        api.get_account()
        held = api._access.token  # noqa: SLF001
        clock.advance(hours=2)  # the service now refuses that access token (401)
        seen.clear()
        start = threading.Barrier(3)

        def load(call):
            start.wait(DONE_WITHIN_S)
            return call()

        with ThreadPoolExecutor(3) as workers:
            parts = [workers.submit(load, call) for call in (api.get_account, api.get_smtp, api.get_packages)]
            results = [part.result(DONE_WITHIN_S) for part in parts]
        renewed = api._access.token  # noqa: SLF001
        api.close()

    assert all(result is not None for result in results)
    assert renewed != held
    assert sum(path.endswith("/auth/jwt") for path in seen) == 1, seen


def test_calls_waiting_for_a_renewal_that_hangs_end_at_their_own_deadline():
    from desktop.api import Unreachable
    from tests.test_quit import a_refresh_token
    from tests.trickle_peer import TricklePeer

    with TricklePeer(length=600, interval=1.0) as peer:  # GET auth/jwt trickles for 600 s
        api = AccountClient(peer.base_url, deadline=2.0)
        api.use_refresh_token(a_refresh_token())
        start = threading.Barrier(3)

        def load(call):
            start.wait(DONE_WITHIN_S)
            try:
                call()
            except Unreachable as error:  # DeadlineExceeded, for the renewing call and for those waiting
                return error
            return None

        with ThreadPoolExecutor(3) as workers:
            parts = [workers.submit(load, call) for call in (api.get_account, api.get_smtp, api.get_packages)]
            errors = [part.result(DONE_WITHIN_S) for part in parts]  # long before the trickle ends
        api.close()
    assert all(type(error).__name__ == "DeadlineExceeded" for error in errors), errors
