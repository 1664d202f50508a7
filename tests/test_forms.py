"""Every compiled form and resource file in desktop/forms/ matches its source."""

from desktop.tools import build_forms


def test_compiled_forms_are_up_to_date():
    assert build_forms.targets(), "no forms or resources found"
    assert build_forms.stale() == [], "run: python -m desktop.tools.build_forms"


def test_a_changed_form_is_detected(tmp_path, monkeypatch):
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "probe.ui").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ui version="4.0"><class>Probe</class>'
        '<widget class="QWidget" name="Probe"/></ui>', encoding="utf-8")
    out = tmp_path / "forms"
    out.mkdir()
    monkeypatch.setattr(build_forms, "UI_DIR", ui)
    monkeypatch.setattr(build_forms, "QRC_DIR", tmp_path)
    monkeypatch.setattr(build_forms, "OUT_DIR", out)
    assert build_forms.stale() == [out / "ui_probe.py"]
    assert build_forms.main([]) == 0
    assert build_forms.stale() == []
    (out / "ui_probe.py").write_text("# edited by hand\n", encoding="utf-8")
    assert build_forms.stale() == [out / "ui_probe.py"]


def test_a_form_imports_only_the_qt_classes_it_uses():
    """uic's long import list would create the Python enums of every class in it (issue 11)."""
    import ast
    import importlib

    for _source, target, _command in build_forms.targets():
        if not target.name.startswith("ui_"):
            continue
        tree = ast.parse(target.read_text(encoding="utf-8"))
        imported = {alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                    and (node.module or "").startswith("PySide6") for alias in node.names}
        classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
        used = {node.id for cls in classes for node in ast.walk(cls) if isinstance(node, ast.Name)}
        assert imported - used == set(), f"{target.name} imports classes it never uses"
        module = importlib.import_module(f"desktop.forms.{target.stem}")
        qt_names = {name for name in used if name.startswith("Q") or name == "Qt"}
        assert qt_names <= set(vars(module)), f"{target.name} uses Qt classes it does not import"
