"""The Qt parts CX Account Desk ships, shared by build.spec, the PySide6 hook overrides and benchmarks/bundle.py.

PyInstaller's own hooks collect every plugin of each type a Qt module names (every platform,
theme, input context, image format…) and then every library those plugins link to (GTK, Wayland,
EGL…). The hook overrides in this folder keep only :data:`KEEP_PLUGINS` *before*
dependency analysis, so nothing a dropped plugin needs is collected either; :func:`keep_entry`
filters the analysed result once more (a safety net) and drops Qt's translations except
:data:`KEEP_TRANSLATIONS` (the base translations of the languages the app speaks besides English).
"""

import re
from pathlib import Path

#: Qt's own translations kept: the buttons and menus of Qt itself in German and French (desktop.translation).
KEEP_TRANSLATIONS = {"qtbase_de.qm", "qtbase_fr.qm"}

#: Plugin folder -> plugin names kept (``None``: all of that folder). Any other folder is dropped.
KEEP_PLUGINS = {
    "platforms": {"offscreen", "xcb", "cocoa", "windows"},
    "imageformats": {"svg"},
    "iconengines": {"svgicon"},
    # The native look: modernwindows/windowsvista on Windows, mac on macOS (none on Linux wheels).
    "styles": None,
}

#: Python modules never bundled: other Qt bindings and the Qt modules the app does not use.
#: (QtNetwork stays: its QLocalServer/QLocalSocket bring a running window to the front, desktop.shell.instance.)
QT_EXCLUDES = [
    "PyQt5", "PyQt6", "PySide2", "shiboken2", "tkinter", "_tkinter",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtPrintSupport", "PySide6.QtDBus", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtTest",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtBluetooth", "PySide6.QtSerialPort", "PySide6.QtTextToSpeech",
]

#: Qt libraries (Linux/Windows ``Qt6Name``, macOS ``QtName.framework``) no kept part needs.
DROP_QT_LIBS = re.compile(
    r"^(lib)?Qt6?(Qml|Quick|WebEngine|WebChannel|WebSockets|WebView|3D|Multimedia|Pdf|VirtualKeyboard|Wayland"
    r"|Positioning|Location|Sql|Test|Designer|Charts|DataVisualization|Graphs|Lottie|ShaderTools"
    r"|SpatialAudio|TextToSpeech|Sensors|SerialPort|SerialBus|Bluetooth|Nfc|RemoteObjects|Scxml|StateMachine"
    r"|Help|Concurrent|OpenGL|EglFS|PrintSupport|Protobuf|Grpc|HttpServer|Labs|SvgWidgets|UiTools)",
    re.IGNORECASE)


def plugin_name(filename: str) -> str:
    """``libqxcb.so``, ``qwindows.dll``, ``libqcocoa.dylib`` -> ``xcb``, ``windows``, ``cocoa``."""
    stem = filename.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem[1:] if stem.startswith("q") else stem


def is_kept(dest: str) -> bool:
    """Whether a collected file (by its destination path in the bundle) is kept, judged by the plugin rules."""
    parts = Path(dest).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if index + 2 > len(parts):
        return True
    kind = parts[index + 1]
    if kind not in KEEP_PLUGINS:
        return False
    allowed = KEEP_PLUGINS[kind]
    return True if allowed is None or len(parts) == index + 2 else plugin_name(parts[-1]) in allowed


def select(binaries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(source, destination folder)`` pairs of a hook that are kept."""
    return [(src, dest) for src, dest in binaries if is_kept(str(Path(dest) / Path(src).name))]


def keep_entry(entry: tuple) -> bool:
    """Filter for an Analysis' ``binaries``/``datas`` (TOC entries: destination first).

    Drops the unused Qt libraries, dropped plugins and Qt's translations other than :data:`KEEP_TRANSLATIONS`.
    """
    parts = Path(entry[0]).parts
    if any(DROP_QT_LIBS.match(part) for part in parts):
        return False
    if parts and parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] in KEEP_TRANSLATIONS
    return is_kept(entry[0])
