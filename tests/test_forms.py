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
