"""Probes of the self-test (``cxdesk --self-test``): Qt plugins, compiled forms and the trust store.

Each function looks at one part of this installation, from source or frozen, and either returns
what it found or raises :class:`CheckFailed` with what is missing.
"""

from __future__ import annotations

import importlib
import os
import ssl
import sys
from pathlib import Path

#: The file, inside a frozen bundle, that lists the forms the build compiled (written by build.spec).
EXPECTED_FORMS_FILE = "expected_forms.txt"


class CheckFailed(Exception):
    """A check found a part missing or broken; the message says which."""


def plugins(kind: str) -> set[str]:
    """Names of the Qt plugins of one kind (``platforms``, ``iconengines``…) in Qt's plugin folders.

    ``libqxcb.so``, ``libqcocoa.dylib`` and ``qwindows.dll`` are named ``xcb``, ``cocoa``, ``windows``.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [*QCoreApplication.libraryPaths(), QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    names = set()
    for folder in dict.fromkeys(folders):
        directory = Path(folder) / kind
        if not directory.is_dir():
            continue
        for entry in directory.iterdir():
            if entry.suffix.lower() not in {".so", ".dylib", ".dll"} or entry.stem.endswith("d.debug"):
                continue
            stem = entry.stem.split(".")[0]
            stem = stem[3:] if stem.startswith("lib") else stem
            names.add(stem[1:] if stem.startswith("q") else stem)
    return names


def expected_forms() -> set[str]:
    """The forms this build must have: ``ui/*.ui`` beside the source, or the list the build bundled.

    Raises:
        CheckFailed: neither is there.
    """
    import desktop

    package = Path(desktop.__file__).resolve().parent
    sources = package.parent / "ui"
    if sources.is_dir() and any(sources.glob("*.ui")):
        return {path.stem for path in sources.glob("*.ui")}
    listed = package / EXPECTED_FORMS_FILE
    if listed.is_file():
        return {line.strip() for line in listed.read_text(encoding="utf-8").splitlines() if line.strip()}
    raise CheckFailed(f"no list of expected forms (neither {sources} nor {listed})")


def build_form(name: str) -> None:
    """Import ``desktop.forms.ui_<name>`` and run its ``Ui_*.setupUi`` on the widget class it needs.

    A form whose code calls ``setCentralWidget`` is a QMainWindow; one that connects ``accept``
    or ``reject`` is a QDialog; any other is a QWidget.

    Raises:
        ImportError: the compiled form is missing.
        CheckFailed: the module has no ``Ui_*`` class, or setupUi built nothing.
    """
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    module = importlib.import_module(f"desktop.forms.ui_{name}")
    classes = [value for key, value in vars(module).items() if key.startswith("Ui_") and isinstance(value, type)]
    if not classes:
        raise CheckFailed("no Ui_ class")
    form = classes[0]()
    code_names = set(form.setupUi.__code__.co_names)
    if "setCentralWidget" in code_names:
        host: QWidget = QMainWindow()
    elif code_names & {"accept", "reject"}:
        host = QDialog()
    else:
        host = QWidget()
    try:
        form.setupUi(host)
        if not host.children():
            raise CheckFailed("setupUi built no widgets")
    finally:
        host.deleteLater()


def trust_store_summary() -> str:
    """Where truststore finds the certificate authorities on this OS (Keychain, CryptoAPI, a CA bundle).

    Raises:
        CheckFailed: on Linux, no CA file or folder with certificates was found.
    """
    if sys.platform == "darwin":
        import truststore._macos  # noqa: F401  (loads the Security framework)

        return "macOS Keychain (Security framework)"
    if sys.platform == "win32":
        import truststore._windows  # noqa: F401  (loads crypt32)

        return "Windows certificate store (CryptoAPI)"
    from truststore._openssl import _CA_FILE_CANDIDATES

    defaults = ssl.get_default_verify_paths()
    candidates = [p for p in (os.environ.get("SSL_CERT_FILE"), defaults.cafile, *_CA_FILE_CANDIDATES) if p]
    for cafile in dict.fromkeys(candidates):
        if os.path.isfile(cafile):
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.load_verify_locations(cafile=cafile)
            count = context.cert_store_stats()["x509_ca"]
            if count:
                return f"{cafile} ({count} certificate authorities)"
    if defaults.capath and os.path.isdir(defaults.capath) and os.listdir(defaults.capath):
        return f"{defaults.capath} (hashed certificate folder)"
    raise CheckFailed("no system CA bundle found (install ca-certificates)")
