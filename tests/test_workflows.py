"""The GitHub workflows: tests.yml runs the README's test command on the three systems on every push;
installers.yml builds the installers on every push to main.

They cannot run here (no GitHub runner); this reads them as GitHub would (YAML) and checks what they promise.
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def readme_test_commands() -> tuple[str, str]:
    """The README's test command: the POSIX form (its code block) and the Windows form (the line after)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**Run the whole test suite**"):]
    posix = re.search(r"```sh\n(.+?)\n```", section).group(1)
    windows = re.search(r"\(Windows: `(.+?)`\.\)", section).group(1)
    return posix, windows


def steps(job: dict) -> list[dict]:
    return [step for step in job["steps"] if "run" in step]


def test_the_readme_test_command_is_what_the_tests_workflow_runs():
    posix, windows = readme_test_commands()
    assert "pytest" in posix and "pytest" in windows
    job = load("tests.yml")["jobs"]["tests"]
    runs = {step["run"].strip(): step for step in steps(job)}
    assert posix in runs and runs[posix]["if"] == "runner.os != 'Windows'"
    assert windows in runs and runs[windows]["if"] == "runner.os == 'Windows'" and runs[windows]["shell"] == "cmd"
    assert runs[windows]["env"]["PY_PYTHON"] == "3.11"  # the launcher's `py` is setup-python's 3.11
    assert list(runs)[-2:] == [posix, windows]  # the last steps: nothing runs after the tests


def test_the_tests_workflow_runs_on_three_systems_on_every_push_and_pull_request():
    workflow = load("tests.yml")
    assert workflow["on"]["push"] is None and workflow["on"]["pull_request"] is None  # no branch or path filter
    job = workflow["jobs"]["tests"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert job["runs-on"] == "${{ matrix.os }}" and job["strategy"]["fail-fast"] is False
    setup = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "3.11"
    assert workflow["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_linux_runner_gets_the_real_secret_service():
    job = load("tests.yml")["jobs"]["tests"]
    linux = [step["run"] for step in steps(job) if step.get("if") == "runner.os == 'Linux'"]
    assert len(linux) == 1 and "gnome-keyring" in linux[0] and "dbus-daemon" in linux[0]


def test_the_installers_workflow_runs_on_every_push_to_main_and_on_tags():
    triggers = load("installers.yml")["on"]
    assert triggers["push"]["branches"] == ["main"]
    assert triggers["push"]["tags"] == ["v*"]
    assert "pull_request" in triggers and "workflow_dispatch" in triggers
    assert {"windows", "macos"} <= set(load("installers.yml")["jobs"])
