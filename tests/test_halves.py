"""A large file read in two halves (a helper process reads the second half of the root's
children) gives exactly what one reader gives: the same tree, the same diagnostics at the same
lines and columns, and where the split cannot be trusted, no split at all."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from viewer import halves, loader
from viewer.results import LoadCancelled

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402


@pytest.fixture
def split_small(monkeypatch):
    """Any file may be split (the size threshold off), and each helper made is recorded."""
    monkeypatch.setattr(halves, "MIN_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    made: list[halves.Helper] = []
    start = halves.start

    def recording(*args, **kwargs):
        helper = start(*args, **kwargs)
        if helper is not None:
            made.append(helper)
        return helper

    monkeypatch.setattr(halves, "start", recording)
    return made


def serial(data: bytes, **kwargs) -> loader.LoadResult:
    saved = halves.MIN_BYTES
    halves.MIN_BYTES = 1 << 62
    try:
        return loader.load_bytes(data, "data.yaml", **kwargs)
    finally:
        halves.MIN_BYTES = saved


def same(a: loader.LoadResult, b: loader.LoadResult) -> None:
    assert a.diagnostics == b.diagnostics
    assert (a.dataset is None) == (b.dataset is None)
    if a.dataset is not None:
        assert repr(a.dataset) == repr(b.dataset)
        assert len(a.dataset) == len(b.dataset)


def synthetic(units: int = 1500) -> bytes:
    return generate.to_yaml(generate.tree(units)).encode("utf-8")


def test_the_split_point_is_a_line_starting_an_item_of_the_roots_children():
    data = synthetic()
    saved = halves.MIN_BYTES
    halves.MIN_BYTES = 0
    try:
        at, breaks = halves.split_point(data)
    finally:
        halves.MIN_BYTES = saved
    assert data[at - 1:at] == b"\n"
    assert data[at:].startswith(b'    - id: "district-')
    assert breaks == data[:at].count(b"\n")
    assert 0.3 < at / len(data) < 0.8


def test_only_files_between_the_two_sizes_are_split(monkeypatch):
    data = synthetic()
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(halves, "MIN_BYTES", len(data))
    monkeypatch.setattr(halves, "MAX_BYTES", len(data))
    assert halves.split_point(data) is not None
    monkeypatch.setattr(halves, "MAX_BYTES", len(data) - 1)  # a national file: memory first
    assert halves.split_point(data) is None
    monkeypatch.setattr(halves, "MAX_BYTES", len(data))
    monkeypatch.setattr(halves, "MIN_BYTES", len(data) + 1)  # small: a process costs more
    assert halves.split_point(data) is None
    monkeypatch.setattr(halves, "MIN_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # one core: nothing to gain
    assert halves.split_point(data) is None


def test_a_clean_file_read_in_two_halves_is_the_file_read_at_once(split_small):
    data = synthetic()
    split = loader.load_bytes(data, "data.yaml")
    assert len(split_small) == 1 and split_small[0].grafted  # the helper's units are in the tree
    assert split.ok
    same(split, serial(data))
    # The root's children come in the file's order, the helper's last.
    names = [child.id for child in split.dataset.root.children]
    assert names == [f"district-{d}" for d in range(len(names))]


def test_progress_counts_both_halves_read_at_once(split_small):
    """Until the split the reader's share of its own half is the file's share read (the helper
    reads the other half meanwhile): the bar goes on to the end, not to the middle."""
    data = synthetic(8000)
    shares: list[float] = []
    result = loader.load_bytes(data, "data.yaml", progress=shares.append)
    assert result.ok and split_small[0].grafted
    assert len(shares) >= 3 and shares == sorted(shares)
    assert shares[-1] > 0.75  # one reader's count of bytes would stop near 0.5


def test_warnings_from_both_halves_keep_their_lines_and_order(split_small):
    text = synthetic().decode()
    lines = text.splitlines(keepends=True)
    # A count without a note is a warning: put one in each half.
    cells = [i for i, line in enumerate(lines) if line.lstrip().startswith('kind: "cell"')]
    for i in (cells[3], cells[-3]):
        indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
        lines[i] += f"{indent}count: 4\n"
    data = "".join(lines).encode()
    split = loader.load_bytes(data, "data.yaml")
    assert split_small and split_small[0].grafted
    warned = [d for d in split.warnings if d.code == "count_without_note"]
    assert len(warned) == 2 and warned[0].line < split_small[0].first_line < warned[1].line
    same(split, serial(data))


def test_crlf_lines_are_counted_as_one_reader_counts_them(split_small):
    text = synthetic().decode().replace("\n", "\r\n")
    at = text.rfind('kind: "cell"')
    data = (text[:at] + 'kind: "cel"' + text[at + len('kind: "cell"'):]).encode()
    split = loader.load_bytes(data, "data.yaml")
    assert split_small and split_small[0].first_line < data[:at].count(b"\n") + 1
    assert not split.ok
    same(split, serial(data))
    line = text[:at].count("\n") + 1
    assert [d.line for d in split.errors] == [line]


@pytest.mark.parametrize("change", [
    # an error in the second half: the reader reads on by itself
    ("last", 'kind: "cell"', 'kind: "cel"', "serial"),
    # problems across the halves, found once they are joined: the whole file is read again
    # a unit id of the first half again in the second
    ("last", 'id: "cell-9-', 'id: "cell-0-', "graft"),
    # a source that is not listed, used only in the second half
    ("last", 'source: "SYN"', 'source: "NOPE"', "graft"),
    # a measure that is not known, only in the second half
    ("last", "members:", "memberz:", "graft"),
    # a syntax error in the second half
    ("last", 'name: "Chi bộ thôn 1"', 'name: "Chi bộ thôn 1" x', "serial"),
    ("last", '{value:', '{value: [1,', "serial"),
    # a tab in the second half's indentation
    ("last", '        - id: "cell', '\t- id: "cell', "serial"),
    # an error in the first half
    ("first", 'kind: "cell"', 'kind: "cel"', "serial"),
    ("first", 'name: "Chi bộ thôn 1"', 'name: "Chi bộ thôn 1" x', None),
])
def test_a_file_with_problems_gives_what_one_reader_gives(split_small, change):
    where, old, new, outcome = change
    text = synthetic().decode()
    at = text.rfind(old) if where == "last" else text.find(old, text.find("children:"))
    assert at > 0
    data = (text[:at] + new + text[at + len(old):]).encode()
    split = loader.load_bytes(data, "data.yaml")
    expected = serial(data)
    assert not expected.ok
    same(split, expected)
    # The file was split, and the result is still one reader's: the reader read on past the
    # split by itself ("serial": the helper found an error, or the reader's own half had one),
    # stopped at a syntax error before it (None), or joined the halves and found a problem
    # across them ("graft"), then read the whole file again.
    assert split_small and split_small[0].outcome == outcome


def test_a_quoted_text_open_across_the_split_is_not_split_wrongly(split_small):
    data = synthetic()
    at, _ = halves.split_point(data)
    # Open a quoted note on the line before the split point and close it after: one reader
    # reads one long text (and then an error); the two halves must not read anything else.
    before = data.rfind(b"\n", 0, at - 1) + 1
    line = data[before:at]
    indent = line[:len(line) - len(line.lstrip())]
    data = data[:before] + indent + b'notes: ["open\n' + data[at:at + 40] + b'"]\n' + data[at:]
    split = loader.load_bytes(data, "data.yaml")
    same(split, serial(data))


def test_content_after_the_roots_children_is_never_split(split_small):
    text = synthetic().decode()
    # A key of the root after its children, and a top-level key after the root.
    for tail in ('  notes: ["ghi chú"]\n', 'checks: []\n'):
        data = (text + tail).encode()
        assert halves.split_point(data) is None
        same(loader.load_bytes(data, "data.yaml"), serial(data))
    assert not split_small


def test_a_comment_under_the_root_line_is_skipped_and_a_quoted_root_key_is_not_split(split_small):
    text = synthetic().decode()
    data = text.replace("\nroot:\n", "\nroot:  \n# the province\n").encode()
    same(loader.load_bytes(data, "data.yaml"), serial(data))
    assert len(split_small) == 1 and split_small[0].grafted
    data = text.replace("\nroot:\n", '\n"root":\n').encode()
    same(loader.load_bytes(data, "data.yaml"), serial(data))
    assert len(split_small) == 1  # no second helper: the root line was not found


def test_cancelling_a_split_load_stops_the_helper(split_small):
    data = synthetic(4000)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(LoadCancelled):
        loader.load_bytes(data, "data.yaml", cancelled=cancelled)
    assert split_small
    assert split_small[0]._process.poll() is not None  # ended (killed), not left running


def test_a_helper_that_dies_leaves_the_file_read_at_once(split_small, monkeypatch):
    data = synthetic()
    real = halves.Helper.receive

    def dead(self, cancelled=None):
        self._process.kill()
        self._process.wait(5)
        return real(self, cancelled)

    monkeypatch.setattr(halves.Helper, "receive", dead)
    result = loader.load_bytes(data, "data.yaml")
    assert result.ok and not split_small[0].grafted
    same(result, serial(data))


def test_cancelling_while_waiting_for_the_helper_stops_it(split_small, monkeypatch):
    """The reader reached the split; the helper (here one that never answers) is waited for
    with the cancel button still working, and is stopped."""
    monkeypatch.setattr(halves, "_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"])
    data = synthetic()
    waiting = []

    def cancelled() -> bool:
        waiting.append(split_small[0].outcome if split_small else None)
        return len(waiting) > 3

    with pytest.raises(LoadCancelled):
        loader.load_bytes(data, "data.yaml", cancelled=cancelled)
    assert split_small[0].outcome == "cancelled"
    assert split_small[0]._process.poll() is not None


def test_a_helper_that_answers_nonsense_leaves_the_reader_reading_on(split_small, monkeypatch):
    code = "import sys; sys.stdin.buffer.read(); sys.stdout.buffer.write(b'not a pickle')"
    monkeypatch.setattr(halves, "_command", lambda: [sys.executable, "-c", code])
    data = synthetic()
    result = loader.load_bytes(data, "data.yaml")
    assert split_small[0].outcome == "serial" and not split_small[0].grafted
    assert result.ok
    same(result, serial(data))


def test_an_answer_of_the_wrong_shape_leaves_the_reader_reading_on(split_small, monkeypatch):
    import pickle

    data = synthetic()
    for answer in (pickle.dumps(((1,), 0)), pickle.dumps((("ok",), 0)), pickle.dumps((("ok", 1, 2, 3, 4, 5), 0))):
        code = f"import sys; sys.stdin.buffer.read(); sys.stdout.buffer.write({answer!r})"
        monkeypatch.setattr(halves, "_command", lambda code=code: [sys.executable, "-c", code])
        result = loader.load_bytes(data, "data.yaml")
        assert split_small[-1].outcome == "serial" and result.ok
        same(result, serial(data))


def test_a_helper_running_other_code_than_the_loader_gives_no_units(split_small, monkeypatch):
    """The helper compares the loader's code with its own (an update installed while the
    program runs): it answers that it failed, and the reader reads on."""
    monkeypatch.setattr(halves, "_code_fingerprint", lambda: "some other version")
    data = synthetic()
    result = loader.load_bytes(data, "data.yaml")
    assert split_small[0].outcome == "serial" and not split_small[0].grafted
    same(result, serial(data))


def test_the_helper_never_imports_from_the_folder_the_viewer_was_started_in(split_small, monkeypatch, tmp_path):
    marker = tmp_path / "ran"
    (tmp_path / "json.py").write_text(f"open({str(marker)!r}, 'w').close()\nfrom _json import *\n")
    monkeypatch.chdir(tmp_path)
    result = loader.load_bytes(synthetic(), "data.yaml")
    assert split_small[0].grafted and result.ok
    assert not marker.exists()


def test_the_helper_is_stopped_once_the_reader_reads_on_by_itself(split_small, monkeypatch):
    """An error in the loader's own half: its reader reads the rest itself, and the helper
    (here one that would run a minute) is stopped at once, its answer never waited for."""
    monkeypatch.setattr(halves, "_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"])
    text = synthetic().decode()
    at = text.find('kind: "cell"', text.find("children:"))
    data = (text[:at] + 'kind: "cel"' + text[at + len('kind: "cell"'):]).encode()
    result = loader.load_bytes(data, "data.yaml")
    assert split_small[0].outcome == "serial" and not result.ok
    assert split_small[0]._process.returncode not in (None, 0)  # killed, not ended by itself
    same(result, serial(data))


def test_a_helper_given_nonsense_ends_quietly(tmp_path):
    """No traceback (a packaged windowed program would show it in a box of its own)."""
    import subprocess

    proc = subprocess.run(halves._command(), input=b"not json\n", capture_output=True, timeout=60,
                          cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == b"" and proc.stderr == b""


# Mutations near the split (where a wrong split would show) and anywhere in the second half:
# characters that open or close something in YAML, line breaks, tabs, indentation.
SNIPPETS = ['"', "'", "{", "}", "[", "]", "\n", ": ", "- ", "#", "|", ">", "\t", " ", "x", "&a ",
            "*a", "!!str ", "---\n", "...\n", "\r", "\r\n", "\n  ", "\n    - ", "\n\n", ", ",
            '"\n', '\n"', "? "]
BASE = synthetic()


@settings(deadline=None, derandomize=True, database=None, max_examples=60,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.floats(-1.0, 1.0), st.sampled_from(SNIPPETS + [""] * 4),
                                st.integers(0, 4)), min_size=1, max_size=3),
       near=st.booleans())
def test_a_mutated_file_gives_the_same_result_split_or_not(split_small, edits, near):
    data = BASE
    at, _ = halves.split_point(data)
    for where, insert, delete in edits:
        # near: within 300 bytes of the split; else anywhere after the first third
        pos = at + int(where * 300) if near else int(len(data) * (0.66 + 0.34 * where))
        pos = max(0, min(len(data), pos))
        data = data[:pos] + insert.encode() + data[pos + delete:]
    note(repr(data[max(0, at - 400):at + 400]))
    same(loader.load_bytes(data, "data.yaml"), serial(data))
