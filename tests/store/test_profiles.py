"""Profiles: CRUD in profiles.json, the sandbox that is always there, the last used, URL rules."""

import json

import pytest

from desktop.store.profiles import (
    SANDBOX_ID,
    Profile,
    ProfileError,
    Profiles,
    delete_profile_data,
    normalise_base_url,
    profile_db_path,
)


@pytest.fixture
def profiles(tmp_path):
    return Profiles(tmp_path / "config" / "profiles.json")


def test_a_fresh_install_has_only_the_sandbox_and_it_is_the_last_used(profiles):
    assert [(p.id, p.name, p.base_url) for p in profiles.list()] == [(SANDBOX_ID, "Sandbox", None)]
    assert profiles.last_used().is_sandbox
    assert not profiles.path.exists(), "reading never writes"


def test_add_edit_remove_and_list(profiles):
    prod = profiles.add("Northwind  production", "https://app.connexcs.com", "Dana@Northwind-Telecom.example")
    assert prod.name == "Northwind production"
    assert prod.base_url == "https://app.connexcs.com/api/cp/"
    assert prod.email == "Dana@northwind-telecom.example"
    assert prod.id.startswith("northwind-production-")
    lab = profiles.add("Lab", "http://127.0.0.1:8123/api/cp")
    assert [p.name for p in profiles.list()] == ["Sandbox", "Lab", "Northwind production"]
    assert profiles.get(lab.id).base_url == "http://127.0.0.1:8123/api/cp/"

    edited = profiles.edit(prod.id, name="Northwind live", email="noc@northwind-telecom.example")
    assert edited.id == prod.id and edited.base_url == prod.base_url
    assert Profiles(profiles.path).get(prod.id) == edited, "saved to the file"

    profiles.remove(lab.id)
    assert [p.name for p in profiles.list()] == ["Sandbox", "Northwind live"]
    with pytest.raises(KeyError):
        profiles.get(lab.id)
    with pytest.raises(KeyError):
        profiles.remove(lab.id)


def test_ids_are_never_reused(profiles):
    first = profiles.add("Lab", "https://lab.example")
    profiles.remove(first.id)
    assert profiles.add("Lab", "https://lab.example").id != first.id


def test_the_sandbox_cannot_be_removed_renamed_or_pointed_elsewhere(profiles):
    with pytest.raises(ValueError, match="cannot be removed"):
        profiles.remove(SANDBOX_ID)
    with pytest.raises(ProfileError) as error:
        profiles.edit(SANDBOX_ID, name="Play")
    assert error.value.field == "name"
    with pytest.raises(ProfileError) as error:
        profiles.edit(SANDBOX_ID, base_url="https://example.com")
    assert error.value.field == "base_url"
    assert profiles.edit(SANDBOX_ID, email="sandbox@example.com").email == "sandbox@example.com"
    assert profiles.list()[0] == Profile(SANDBOX_ID, "Sandbox", None, "sandbox@example.com")


def test_a_file_without_the_sandbox_gets_it_back(profiles):
    profiles.path.parent.mkdir(parents=True)
    profiles.path.write_text(json.dumps({"profiles": [{"id": "lab-1", "name": "Lab",
                                                       "base_url": "https://lab.example/api/cp/"}]}))
    assert [p.id for p in profiles.list()] == [SANDBOX_ID, "lab-1"]


def test_an_unreadable_file_is_set_aside_not_lost(profiles):
    profiles.path.parent.mkdir(parents=True)
    profiles.path.write_text("{ not json")
    assert [p.id for p in profiles.list()] == [SANDBOX_ID]
    assert profiles.path.with_name("profiles.json.bad").read_text() == "{ not json"


def test_last_used_is_remembered_and_falls_back_to_the_sandbox(profiles):
    lab = profiles.add("Lab", "https://lab.example")
    profiles.set_last_used(lab.id)
    assert Profiles(profiles.path).last_used() == lab
    with pytest.raises(KeyError):
        profiles.set_last_used("nope")
    profiles.remove(lab.id)
    assert profiles.last_used().is_sandbox


def test_recording_the_profile_already_last_used_writes_nothing(profiles):
    profiles.set_last_used(SANDBOX_ID)  # the first start: the sandbox is the last used while none is recorded
    assert not profiles.path.exists()
    lab = profiles.add("Lab", "https://lab.example")
    profiles.set_last_used(lab.id)
    marked = profiles.path.read_text() + "\n\n"  # a mark that a rewrite would drop
    profiles.path.write_text(marked)
    profiles.set_last_used(lab.id)
    assert profiles.path.read_text() == marked, "not written again"
    profiles.set_last_used(SANDBOX_ID)
    assert profiles.last_used().is_sandbox and profiles.path.read_text() != marked


@pytest.mark.parametrize("name, words", [
    ("", "Enter a name"),
    ("   ", "Enter a name"),
    ("x" * 61, "at most 60"),
    ("sandbox", "already exists"),
    ("LAB", "already exists"),
])
def test_names_are_required_short_and_unique(profiles, name, words):
    profiles.add("Lab", "https://lab.example")
    with pytest.raises(ProfileError, match=words) as error:
        profiles.add(name, "https://other.example")
    assert error.value.field == "name"


def test_renaming_to_its_own_name_in_another_case_is_fine(profiles):
    lab = profiles.add("Lab", "https://lab.example")
    assert profiles.edit(lab.id, name="LAB").name == "LAB"


def test_a_bad_email_is_refused(profiles):
    with pytest.raises(ProfileError) as error:
        profiles.add("Lab", "https://lab.example", "not an address")
    assert error.value.field == "email"


@pytest.mark.parametrize("typed, normal", [
    ("https://app.connexcs.com/api/cp/", "https://app.connexcs.com/api/cp/"),
    ("https://app.connexcs.com/api/cp", "https://app.connexcs.com/api/cp/"),
    ("https://app.connexcs.com", "https://app.connexcs.com/api/cp/"),
    ("https://app.connexcs.com/", "https://app.connexcs.com/api/cp/"),
    ("  HTTPS://App.ConnexCS.com/api/cp/  ", "https://app.connexcs.com/api/cp/"),
    ("app.connexcs.com", "https://app.connexcs.com/api/cp/"),
    ("http://127.0.0.1:8123", "http://127.0.0.1:8123/api/cp/"),
    ("http://[::1]:8123/api/cp/", "http://[::1]:8123/api/cp/"),
    ("https://accounts.example.com:8443/custom/path", "https://accounts.example.com:8443/custom/path/"),
])
def test_base_urls_are_normalised(typed, normal):
    assert normalise_base_url(typed) == normal


@pytest.mark.parametrize("typed, words", [
    ("", "Enter the server's address"),
    ("ftp://app.connexcs.com", "starts with https://"),
    ("https://", "host name"),
    ("https://user:pw@app.connexcs.com", "user name"),
    ("https://app.connexcs.com/api/cp/?x=1", "the part after"),
    ("https://app.connexcs.com/#top", "or '#'"),
    ("https://app.connexcs.com:99999", "port"),
    ("https://app.connexcs .com", "host name"),
])
def test_bad_base_urls_are_refused_in_plain_words(typed, words):
    with pytest.raises(ProfileError, match=words) as error:
        normalise_base_url(typed)
    assert error.value.field == "base_url"


def test_plain_http_to_a_remote_host_is_flagged_insecure(profiles):
    assert profiles.add("A", "http://accounts.example.com").insecure
    assert not profiles.add("B", "http://127.0.0.1:9000").insecure
    assert not profiles.add("C", "http://localhost:9000").insecure
    assert not profiles.add("E", "http://127.1:9000").insecure  # the client's loopback rule, one implementation
    assert not profiles.add("F", "http://[::1]:9000").insecure
    assert not profiles.add("D", "https://accounts.example.com").insecure
    assert not profiles.get(SANDBOX_ID).insecure


def test_no_secret_and_nothing_but_profiles_in_the_file(profiles):
    profiles.add("Lab", "https://lab.example", "dana@example.com")
    data = json.loads(profiles.path.read_text())
    assert set(data) == {"version", "last_used", "profiles"}
    for item in data["profiles"]:
        assert set(item) == {"id", "name", "base_url", "email"}


def test_each_profile_has_its_own_database_in_the_data_folder(profiles, monkeypatch, tmp_path):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path / "home"))
    lab = profiles.add("Lab", "https://lab.example")
    path = profile_db_path(lab)
    assert path == tmp_path / "home" / "data" / "offline" / f"{lab.id}.sqlite3"
    assert profile_db_path(SANDBOX_ID).name == "sandbox.sqlite3"
    assert profile_db_path(SANDBOX_ID).parent.name == "offline", "apart from the embedded service's database"
    with pytest.raises(ValueError):
        profile_db_path("../escape")
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).write_bytes(b"x")
    delete_profile_data(lab)
    assert list(path.parent.iterdir()) == []
    delete_profile_data(lab)  # missing files are fine
