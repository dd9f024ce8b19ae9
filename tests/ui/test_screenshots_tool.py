"""tools/screenshots.py shoots the present window: the README shows only shots that exist, and a
run in the dark scheme writes the shots asked for, named as the README links them, in the app's
own dark palette."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_every_screen_in_the_readme_is_in_the_folder() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    screens = readme.split("## Screens", 1)[1].split("\n## ", 1)[0]
    linked = re.findall(r"!\[\]\((docs/screenshots/[^)]+\.png)\)", screens)
    assert "docs/screenshots/fi-participant-view.png" in linked
    assert "docs/screenshots/dark-participants.png" in linked
    assert [link for link in linked if not (ROOT / link).is_file()] == []
    shots = sorted(p.name for p in (ROOT / "docs" / "screenshots").glob("*.png"))
    assert sorted(Path(link).name for link in linked) == shots


def test_a_dark_run_writes_the_chosen_shots_in_the_dark_palette(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(tmp_path),
         "--theme", "dark", "--only", "participants", "knowledge"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["dark-knowledge.png", "dark-participants.png"]
    image = QImage(str(tmp_path / "dark-participants.png"))
    assert (image.width(), image.height()) == (1200, 720)
    # The window's background below the list: the dark scheme's, not the light default.
    background = image.pixelColor(image.width() - 4, image.height() - 4)
    assert background.lightness() < 60, background.name()
