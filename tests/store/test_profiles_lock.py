"""profiles.json changed by two processes at once: a lock held across processes, so no change is lost."""

import subprocess
import sys
import textwrap

import pytest
from filelock import FileLock

from desktop.store import FileBusy
from desktop.store.profiles import SANDBOX_ID, Profiles

#: Each writer process adds this many profiles, marking each one the last used as it goes.
PER_PROCESS = 25

WRITER = textwrap.dedent("""
    import sys
    from desktop.store.profiles import Profiles

    path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    profiles = Profiles(__import__("pathlib").Path(path), lock_timeout=120)
    sys.stdin.readline()  # start together
    for number in range(count):
        added = profiles.add(f"{tag} {number}", f"https://{tag}.example/api/cp/")
        profiles.set_last_used(added.id)
""")


def test_two_processes_changing_profiles_at_once_lose_no_change(tmp_path):
    path = tmp_path / "config" / "profiles.json"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(PER_PROCESS)],
                                stdin=subprocess.PIPE, text=True) for tag in ("alpha", "beta")]
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        writer.stdin.close()
        assert writer.wait(timeout=300) == 0
    names = {p.name for p in Profiles(path).list()}
    expected = {f"{tag} {n}" for tag in ("alpha", "beta") for n in range(PER_PROCESS)}
    assert names == expected | {"Sandbox"}
    assert Profiles(path).last_used().name in {f"alpha {PER_PROCESS - 1}", f"beta {PER_PROCESS - 1}"}


HOLDER = textwrap.dedent("""
    import sys
    from filelock import FileLock

    with FileLock(sys.argv[1]):
        print("held", flush=True)
        sys.stdin.readline()
""")


def test_a_change_waits_for_the_lock_then_says_which_file_is_busy(tmp_path):
    path = tmp_path / "profiles.json"
    profiles = Profiles(path, lock_timeout=0.2)
    kept = profiles.add("Kept", "https://kept.example")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path) + ".lock"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(FileBusy) as caught:
            profiles.add("Blocked", "https://blocked.example")
        assert str(path) in str(caught.value) and "another copy of the app" in str(caught.value)
        assert isinstance(caught.value, OSError)  # the views' "could not be saved" handling applies
        with pytest.raises(FileBusy):
            profiles.set_last_used(kept.id)
        assert [p.name for p in profiles.list()] == ["Sandbox", "Kept"], "reads never wait for the lock"
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    profiles.set_last_used(kept.id)
    assert profiles.last_used().id == kept.id
    assert profiles.add("Blocked", "https://blocked.example").name == "Blocked"


def test_threads_of_one_process_share_the_lock(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    profiles = Profiles(tmp_path / "profiles.json")
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: profiles.add(f"Thread {n}", f"https://t{n}.example"), range(20)))
    assert len(profiles.list()) == 21
    assert profiles.get(SANDBOX_ID).is_sandbox
    with FileLock(str(profiles.path) + ".lock", timeout=0):  # released after each change
        pass
