"""Check on any OS that a shell recipe (make_dmg.sh) calls only commands and options that exist on macOS.

Each simple command of the script (also inside ``$( … )``) is read with :mod:`shlex`; its name must
be a shell builtin or keyword, a POSIX utility, or one of the macOS tools below, whose subcommands
and options come from their manual pages (hdiutil(1), codesign(1), ditto(1), spctl(8), stapler(1),
``xcrun notarytool --help``). This is a reading of the text, not a shell: commands built at run
time (``eval``, a command in a variable) are not followed. ``bash -n`` checks the syntax (on Linux and macOS).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

#: Shell builtins and keywords (bash(1)) and the POSIX utilities (IEEE Std 1003.1) the recipe may use.
BUILTINS = {"[", "[[", "]]", "cd", "echo", "exit", "trap", "set", "export", "test", "true", "false", "printf", "read",
            "local", "return", "shift", "source", ".", "eval", "exec", "command", "type", "wait", ":", "unset"}
KEYWORDS = {"if", "then", "else", "elif", "fi", "for", "in", "do", "done", "while", "until", "case", "esac", "!",
            "{", "}", "time"}
POSIX = {"basename", "dirname", "rm", "ln", "mkdir", "cp", "mv", "grep", "sed", "tr", "head", "tail", "cat", "ls",
         "find", "sort", "uniq", "wc", "cut", "awk", "chmod", "touch", "date", "env", "xargs", "tee", "sleep",
         "mktemp"}  # mktemp is not POSIX but is in macOS's /usr/bin
#: Programs the recipe needs from the build, not from macOS: the project's Python (setup-python on the runner).
BUILD_TOOLS = {"python3"}
#: macOS tools: subcommand (``None``: the tool has none) -> option -> allowed values (``None``: any value or none).
MACOS: dict[str, dict[str | None, dict[str, set[str] | None]]] = {
    "hdiutil": {
        "create": {"-volname": None, "-srcfolder": None, "-fs": {"HFS+", "APFS", "JHFS+"}, "-ov": None,
                   "-format": {"UDZO", "UDBZ", "ULFO", "ULMO", "UDRO", "UDRW", "UDSP"}, "-size": None},
        "attach": {"-nobrowse": None, "-readonly": None, "-mountpoint": None, "-noverify": None},
        "detach": {"-force": None}, "verify": {},
    },
    "codesign": {None: {"--verify": None, "--deep": None, "--strict": None, "--verbose": None, "--display": None,
                        "--force": None, "--timestamp": None, "--sign": None, "--options": {"runtime"},
                        "--entitlements": None, "-s": None, "-f": None, "-v": None, "-d": None}},
    "ditto": {None: {"-c": None, "-k": None, "-x": None, "--keepParent": None, "--sequesterRsrc": None,
                     "--norsrc": None, "--noextattr": None, "-V": None}},
    "spctl": {None: {"--assess": None, "-a": None, "--type": {"execute", "install", "open"}, "-t": None,
                     "--context": {"context:primary-signature"}, "--verbose": None, "-v": None}},
    "notarytool": {
        "submit": {"--keychain-profile": None, "--wait": None, "--apple-id": None, "--team-id": None,
                   "--password": None, "--keychain": None, "--timeout": None, "--output-format": None},
        "store-credentials": {"--apple-id": None, "--team-id": None, "--password": None, "--keychain": None},
        "log": {"--keychain-profile": None}, "info": {"--keychain-profile": None},
    },
    "stapler": {"staple": {"-v": None, "-q": None}, "validate": {"-v": None, "-q": None}},
}
#: ``xcrun <tool>`` runs a developer tool; only these are checked through it.
XCRUN_TOOLS = {"notarytool", "stapler"}
OPERATORS = {";", "&&", "||", "|", "&", "(", ")", ";;"}
REDIRECTIONS = re.compile(r"^\d*(>|>>|<|<<|>&|<&|&>)$")


def _substitutions(line: str) -> tuple[str, list[str]]:
    """Cut each ``$( … )`` out of ``line`` (balanced parentheses); return the rest and the inner texts."""
    inner, rest, index = [], "", 0
    while (start := line.find("$(", index)) >= 0:
        depth, end = 0, start + 1
        while end < len(line):
            depth += {"(": 1, ")": -1}.get(line[end], 0)
            if depth == 0:
                break
            end += 1
        rest += line[index:start] + "SUBSTITUTION"
        inner.append(line[start + 2:end])
        index = end + 1
    return rest + line[index:], inner


def commands(script: str) -> list[tuple[int, list[str]]]:
    """The simple commands of a shell script, as ``(line number, words)``; assignments and keywords left out."""
    found = []
    pending: list[tuple[int, str]] = []
    for number, line in enumerate(script.replace("\r\n", "\n").split("\n"), 1):
        if pending and pending[-1][1].endswith("\\"):  # a continued line: numbered by its first line
            pending[-1] = (pending[-1][0], pending[-1][1][:-1] + " " + line)
        else:
            pending.append((number, line))
    while pending:
        number, line = pending.pop(0)
        line, inner = _substitutions(line)
        pending[:0] = [(number, text) for text in inner]
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|()<>")
        lexer.whitespace_split, lexer.commenters = True, "#"
        words: list[str] = []
        for token in [*lexer, ";"]:
            if token in OPERATORS:
                while words and (words[0] in KEYWORDS or re.match(r"^\w+=", words[0])):
                    words.pop(0)
                if words:
                    found.append((number, words))
                    if words[0] == "trap" and len(words) > 1:
                        pending.append((number, words[1]))  # the command the trap runs
                words = []
            else:
                words.append(token)
    return [(number, _without_redirections(words)) for number, words in found]


def _without_redirections(words: list[str]) -> list[str]:
    """Drop redirections (``> file``, ``2>&1``: shlex gives ``2``, ``>&``, ``1``) from a command's words."""
    out, index = [], 0
    while index < len(words):
        if REDIRECTIONS.match(words[index]):
            if out and out[-1].isdigit():
                out.pop()  # the file descriptor before the operator
            index += 2
            continue
        out.append(words[index])
        index += 1
    return out


def _check_tool(tool: str, args: list[str]) -> str | None:
    """Why ``tool args`` is not a known macOS command line, or ``None`` when it is."""
    table = MACOS[tool]
    sub = None
    if None not in table:
        sub = next((arg for arg in args if not arg.startswith("-")), None)
        if sub not in table:
            return f"{tool} has no subcommand {sub!r} here (known: {', '.join(sorted(table))})"
        args = args[args.index(sub) + 1:]
    options = table[sub]
    for index, arg in enumerate(args):
        if not arg.startswith("-"):
            continue
        name = arg.split("=", 1)[0]
        if name not in options:
            return f"{tool}{' ' + sub if sub else ''} has no option {name}"
        allowed = options[name]
        value = arg.split("=", 1)[1] if "=" in arg else args[index + 1] if index + 1 < len(args) else None
        if allowed is not None and value not in allowed:
            return f"{tool} {name} {value!r} is not one of {', '.join(sorted(allowed))}"
    return None


def check_script(path: Path) -> list[str]:
    """Problems with the commands of the shell script at ``path`` (empty: every command exists on macOS)."""
    problems = []
    bash = shutil.which("bash") if os.name == "posix" else None  # Windows' bash may be WSL's, without a Linux
    if bash:
        syntax = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True)
        if syntax.returncode:
            problems.append(f"bash -n: {syntax.stderr.strip()}")
    for number, words in commands(path.read_text(encoding="utf-8")):
        name, args = words[0], words[1:]
        if name == "xcrun":
            name, args = (args[0], args[1:]) if args and args[0] in XCRUN_TOOLS else (" ".join(words[:2]), [])
        if name in MACOS:
            problem = _check_tool(name, args)
        elif name in BUILTINS | POSIX | BUILD_TOOLS:
            problem = None
        else:
            problem = f"{name} is neither a shell builtin, a POSIX utility nor a known macOS tool"
        if problem:
            problems.append(f"line {number}: {problem}")
    return problems
