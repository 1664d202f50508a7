"""``python -m desktop.tools.screenshots OUTDIR`` (issue 12): every language, light and dark, 100 % and 150 %."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.tools.screenshots import LANGUAGES, all_shots, take, write_index


def test_every_language_scheme_and_scale_is_one_picture_in_the_index(tmp_path):
    shots = all_shots()
    assert len(shots) == len({shot.file_name for shot in shots}) == 12
    assert {shot.language for shot in shots} == set(LANGUAGES) == {"en", "de", "fr"}
    index = write_index(tmp_path, shots).read_text(encoding="utf-8")
    for shot in shots:
        assert f"({shot.file_name})" in index


def test_a_picture_is_taken_in_the_language_scheme_and_scale_asked_for(qapp, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    normal, large = [s for s in all_shots() if s.language == "fr" and s.scheme == "dark"]
    for shot in (normal, large):
        result = take(shot, tmp_path, home)
        assert result.returncode == 0, result.stderr
    small_image, large_image = (QImage(str(tmp_path / shot.file_name)) for shot in (normal, large))
    assert not small_image.isNull() and not large_image.isNull()
    ratio = large_image.width() / small_image.width()
    assert 1.4 < ratio < 1.6, "150 % draws 1.5 pixels per point"
    background = small_image.pixelColor(small_image.width() // 2, small_image.height() - 3)  # the status bar
    assert background.lightnessF() < 0.35, "the dark scheme"
    assert Path(tmp_path / normal.file_name).stat().st_size > 10_000
