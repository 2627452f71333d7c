"""`casedesk --screenshot` as a user or a script runs it: a real process, offscreen."""

from __future__ import annotations

import os
import struct
import subprocess
import sys

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def casedesk(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True,
                          text=True, env=ENV, timeout=120)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_screenshot_writes_a_1600x900_png_and_exits_0(office, tmp_path):
    out = tmp_path / "shot.png"
    done = casedesk("--data-dir", office.data_dir, "--lang", "fr", "--screenshot", out)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert len(data) > 20_000
    assert png_size(data) == (1600, 900)
    assert done.stderr == ""


def test_screenshot_of_a_missing_data_dir_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "shot.png"
    done = casedesk("--data-dir", tmp_path / "nowhere", "--screenshot", out)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0], done.stderr
    assert not out.exists()
