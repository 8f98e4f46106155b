"""The command line: exit codes, messages with positions, the summary, both languages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VALID = """\
format: 1
metadata: {title: "Thử", as_of: "2013"}
sources: [{id: S1, title: "Bài báo"}]
root:
  id: ls
  name: "Đảng bộ tỉnh Lạng Sơn"
  kind: province
  figures:
    members: [{value: 53538, as_of: "2013", source: S1}]
  children:
    - {id: d, name: "Đảng bộ huyện Đình Lập", kind: district,
       figures: {members: [{value: 60000, as_of: "2013", source: S1}]}}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def test_check_valid_file_with_a_warning_exits_0_and_summarises(tmp_path):
    f = tmp_path / "ok.yaml"
    f.write_text(VALID, encoding="utf-8")
    p = run("--check", str(f), "--lang", "en")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == ("valid: 2 units (1 provincial organisations, 1 district-level organisations); "
                                "figures: 2, series: 0, warnings: 1")
    line = VALID.splitlines()[8]  # the province's own members figure
    assert f"{f}:9:{line.index('{') + 1}: warning: the children's members add up to 60,000" in p.stderr


def test_numbers_follow_the_message_language(tmp_path):
    f = tmp_path / "ok.yaml"
    f.write_text(VALID, encoding="utf-8")
    p = run("--check", str(f), "--lang", "vi")
    assert "60.000" in p.stderr and "53.538" in p.stderr
    assert p.stdout.strip() == ("hợp lệ: 2 đơn vị (1 đảng bộ tỉnh, 1 đảng bộ cấp huyện); "
                                "số liệu: 2, chuỗi số liệu: 0, cảnh báo: 1")


def test_check_invalid_file_exits_1_with_every_error(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text(VALID.replace("kind: district", "kind: distrct").replace("53538", "-1"), encoding="utf-8")
    p = run("--check", str(f), "--lang", "en")
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert lines[0].startswith(f"{f}:9:23: error: the count -1 is negative")
    col = VALID.splitlines()[10].index("district") + 1  # where the misspelt kind stands
    assert lines[1].startswith(f'{f}:11:{col}: error: "distrct" is not allowed here (did you mean "district"?)')
    assert p.stdout.strip() == "invalid: errors: 2"


def test_unreadable_file_and_bad_arguments_exit_2(tmp_path):
    p = run("--check", str(tmp_path / "missing.yaml"), "--lang", "en")
    assert p.returncode == 2 and "the file does not exist" in p.stderr
    p = run("--check", str(tmp_path), "--lang", "en")
    assert p.returncode == 2 and "folder" in p.stderr
    p = run("--check", "--lang", "fr")
    assert p.returncode == 2
    p = run("--no-such-option")
    assert p.returncode == 2


def test_version():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("main.py 0.")
