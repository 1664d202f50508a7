"""Shared by the benchmarks: run one command as a child and read its wall time and peak RSS.

The child runs under a small wrapper process, so ``RUSAGE_CHILDREN`` of the wrapper is the peak
resident set of that one command (Unix ``getrusage``; on Windows the figure is not available).
"""

from __future__ import annotations

import json
import subprocess
import sys

# Runs one command and reports its wall time and the peak RSS of that one child (Unix rusage).
MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "wall": wall, "peak_mib": peak_kib / 1024}))
"""


def measure(command: list[str], env: dict[str, str]) -> dict:
    """Run ``command`` once under the measuring wrapper: ``{"code", "wall" (s), "peak_mib"}``.

    Raises:
        SystemExit: the command exited non-zero.
    """
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], env=env, capture_output=True, text=True,
                         check=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{command} exited with {result['code']}")
    return result
