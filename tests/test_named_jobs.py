"""Background jobs are named functions, never lambdas, so a reader and a tracer can follow them (issue 10, point 4).

Every ``<...>ops.run(work, ...)`` in ``desktop/`` (and every ``_start(work, ...)`` of the test dialogs, which hands
``work`` to ``Ops.run``) must pass a named function or a bound method as ``work``: not a lambda, and not a
``functools.partial`` (neither has a name of its own). The callbacks may stay lambdas: they run on the GUI thread.
"""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
#: Methods that take the job's work as their first argument.
RUNNERS = {"run", "_start"}


def _receiver(node: ast.expr) -> str:
    return ast.unparse(node).rsplit(".", 1)[-1]


def _anonymous_jobs(source: str, name: str) -> list[str]:
    """``name:line`` of each job in ``source`` whose work is a lambda or a partial."""
    tree = ast.parse(source, name)
    lambdas = {target.id for node in ast.walk(tree)
               if isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda)
               for target in node.targets if isinstance(target, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNNERS
                and node.args):
            continue
        if node.func.attr == "run" and not _receiver(node.func.value).endswith("ops"):
            continue
        work = node.args[0]
        anonymous = (isinstance(work, ast.Lambda) or (isinstance(work, ast.Name) and work.id in lambdas)
                     or (isinstance(work, ast.Call) and ast.unparse(work.func).endswith("partial")))
        if anonymous:
            found.append(f"{name}:{node.lineno}")
    return found


def _returned_lambdas(source: str, name: str) -> list[str]:
    """``name:line`` of each method that builds a job (``_request``, ``fetcher``) and returns a lambda."""
    tree = ast.parse(source, name)
    return [f"{name}:{inner.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name in {"_request", "fetcher"}
            for inner in ast.walk(node) if isinstance(inner, ast.Return) and isinstance(inner.value, ast.Lambda)]


def test_every_background_job_is_a_named_function():
    found = []
    for path in sorted(DESKTOP.rglob("*.py")):
        source, name = path.read_text(encoding="utf-8"), path.relative_to(DESKTOP.parent).as_posix()
        found += _anonymous_jobs(source, name) + _returned_lambdas(source, name)
    assert found == [], "give the job a name: a nested def or a method"


def test_the_check_finds_lambdas_and_partials_but_not_named_jobs():
    source = ("def f(self, client, to):\n"
              "    self._ops.run(lambda: client.test_sms(to))\n"
              "    work = lambda: None\n"
              "    ops.run(work, on_success=lambda result: None)\n"
              "    self.ops.run(functools.partial(client.test_sms, to))\n"
              "    self._ops.run(client.get_packages, on_success=lambda rows: None)\n"
              "    subprocess.run(lambda: None)\n"
              "def _request(self, to):\n"
              "    return lambda: None\n")
    assert _anonymous_jobs(source, "sample.py") == ["sample.py:2", "sample.py:4", "sample.py:5"]
    assert _returned_lambdas(source, "sample.py") == ["sample.py:9"]
