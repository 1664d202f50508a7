"""The API trusts what the OS trusts, and names a certificate problem as one (issue 8, point 4).

The hostile peer serves TLS with a certificate from a trustme CA. "Installed in the OS trust store"
is, on Linux, OpenSSL's default verify paths: ``SSL_CERT_FILE`` points at a file holding that CA
(truststore reads the paths at each handshake). certifi never knows these CAs, so a working call
proves the OS store is the one used.
"""

from __future__ import annotations

import datetime
import sys

import pytest
import trustme

from desktop.api import AccountClient, CertificateProblem
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.hostile_peer import HostilePeer, tls_server_context

COMPANY = "Example Corp Inspection"


@pytest.fixture
def company_ca():
    return trustme.CA(organization_name=COMPANY)


@pytest.fixture
def os_trusts(tmp_path, monkeypatch):
    """``os_trusts(ca)``: make ``ca`` the only authority of the OS trust store (SSL_CERT_FILE)."""
    if sys.platform != "linux":
        pytest.skip("the test trust store is set through OpenSSL's SSL_CERT_FILE, which truststore reads on Linux "
                    "only; on Windows and macOS adding a root asks for the user's consent")

    def install(ca: trustme.CA) -> None:
        path = tmp_path / "os-trust-store.pem"
        ca.cert_pem.write_to_path(str(path))
        monkeypatch.setenv("SSL_CERT_FILE", str(path))
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    return install


def client_of(peer: HostilePeer) -> AccountClient:
    return AccountClient(peer.base_url, timeout=(2.0, 5.0), deadline=5.0)


def test_a_company_root_in_the_os_trust_store_is_trusted(server, company_ca, os_trusts, monkeypatch):
    os_trusts(company_ca)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/certifi.pem")  # never consulted
    with HostilePeer(server.base_url, tls=tls_server_context(company_ca, "127.0.0.1")) as peer:
        api = client_of(peer)
        api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert api.get_account().value.id
        pools = api._session.get_adapter(peer.base_url).poolmanager.pools
        assert pools.keys() and all(pools[key].ca_certs is None for key in pools.keys()), "certifi was loaded"


@pytest.mark.parametrize(("case", "kind"), [
    ("unknown authority", "untrusted"),
    ("expired", "expired"),
    ("other host name", "hostname"),
])
def test_a_refused_certificate_is_named_by_kind_with_its_issuer(server, company_ca, os_trusts, case, kind):
    if case == "unknown authority":
        os_trusts(trustme.CA())  # the OS trusts some other authority only
        context = tls_server_context(company_ca, "127.0.0.1")
    elif case == "expired":
        os_trusts(company_ca)
        context = tls_server_context(company_ca, "127.0.0.1", not_after=datetime.datetime(2024, 1, 1))
    else:
        os_trusts(company_ca)
        context = tls_server_context(company_ca, "api.example.org")
    with HostilePeer(server.base_url, tls=context) as peer:
        api = client_of(peer)
        with pytest.raises(CertificateProblem) as caught:
            api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert not [r for r in peer.received if r.method == "POST"], "the password went over a refused connection"
    problem = caught.value
    assert problem.kind == kind
    assert problem.issuer == COMPANY
    assert problem.host == "127.0.0.1"
    assert COMPANY in problem.message and "network connection failed" not in problem.message


@pytest.mark.parametrize("decoder", ["cryptography", "ssl module (Windows and macOS builds)"])
def test_the_issuer_is_read_with_or_without_cryptography(company_ca, monkeypatch, decoder):
    import ssl
    import sys

    from desktop.api.failures import issuer_name

    if decoder != "cryptography":
        monkeypatch.setitem(sys.modules, "cryptography", None)  # as in a build without it: ImportError
    leaf = company_ca.issue_cert("api.example.org")
    der = ssl.PEM_cert_to_DER_cert(leaf.cert_chain_pems[0].bytes().decode())
    assert issuer_name(der) == COMPANY
    assert issuer_name(b"not a certificate") is None
