"""Bad input: a corpus of broken, hand-edited, legacy-encoded and hostile data files, each with
its expected outcome (tests/bad_inputs/expected.yaml), and the big ones generated here.

Every file must give a LoadResult (never an exception), the exact error codes in file order at
the expected line and column, a message that formats in English and Vietnamese, the right exit
code from ``main.py --check``, no traceback and no hang; a hostile file must not run anything.
A case marked ``xfail`` in the manifest is a known loader bug: its expectations are what the
loader should answer, and the mark keeps the bug visible until it is fixed.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from viewer.cli import exit_code
from viewer.i18n import load_translator, translate_with
from viewer.loader import Limits, LoadResult, load_file, load_text
from viewer.messages import CONTEXT, SYNTAX_PHRASES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "bad_inputs"
MANIFEST = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
BY_NAME = {case["file"]: case for case in MANIFEST}
NOT_DATA = {"expected.yaml", "make_corpus.py", ".gitattributes"}

VI = translate_with(load_translator("vi"), CONTEXT)

sys.path.insert(0, str(CORPUS))
import make_corpus  # noqa: E402 (the corpus generator, for its TCVN3 byte table)


def en(text: str) -> str:
    return text


def with_marks(cases, key: str = "xfail"):
    """pytest params, each xfail (strict) when the manifest names a loader bug under ``key``
    ("xfail": the loader's answer is wrong; "xfail_vi": only its Vietnamese is)."""
    out = []
    for case in cases:
        reason = case.get(key)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, id=case["file"], marks=marks))
    return out


def first_error(result: LoadResult):
    return result.errors[0] if result.errors else None


def main_py(*args: str, cwd: Path = ROOT, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


# --------------------------------------------------------------------------- the manifest


def test_the_manifest_lists_every_file_of_the_corpus_and_nothing_else():
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file() and p.name not in NOT_DATA}
    listed = [case["file"] for case in MANIFEST]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert on_disk == set(listed)
    assert len(listed) >= 40
    for case in MANIFEST:
        assert set(case) <= {"file", "what", "ok", "exit", "errors", "warnings", "first", "message",
                             "message_vi", "xfail", "xfail_vi"}, case["file"]
        assert case["ok"] == (not case["errors"]), case["file"]
        assert case["exit"] in (0, 1, 2)
        if not case["ok"]:
            assert "first" in case, case["file"]


def test_the_files_and_manifest_are_what_the_generator_writes():
    """make_corpus.py made them: the committed bytes and expectations are its output, so the
    positions in the manifest come from the markers in the script, not from the loader."""
    make_corpus.CASES.clear()
    make_corpus.build()
    assert [c["entry"] for c in make_corpus.CASES] == MANIFEST
    for c in make_corpus.CASES:
        assert (CORPUS / c["entry"]["file"]).read_bytes() == c["data"], c["entry"]["file"]


def test_the_corpus_covers_each_kind_of_bad_input():
    names = set(BY_NAME)
    for prefix in ("ok-", "syntax-", "duplicate-", "number-", "yaml11-", "utf16", "tag-python-", "alias-"):
        assert any(n.startswith(prefix) for n in names), prefix
    for needed in ("cp1258.yaml", "tcvn3.yaml", "ok-utf8-bom.yaml", "ok-crlf.yaml", "nul-byte.yaml",
                   "alias-bomb.yaml", "alias-recursive.yaml", "number-nan-inf.yaml", "number-2pow64.yaml",
                   "number-5000-digits.yaml", "bad-periods.yaml", "yaml11-no.yaml", "yaml11-on.yaml",
                   "yaml11-octal-code.yaml", "yaml11-sexagesimal.yaml", "yaml11-date.yaml"):
        assert needed in names, needed


# Codes the generated tests below produce (they need a limit, a special file or a big file).
GENERATED_CODES = {"read_failed", "not_a_file", "file_missing", "file_too_large", "too_many_units",
                   "not_regular_file"}


def test_every_message_code_has_a_case():
    """Each error and warning the loader can give is produced by a corpus file or a test here."""
    from viewer.messages import TEMPLATES

    in_corpus = {code for case in MANIFEST if not case.get("xfail") for code in case["errors"] + case["warnings"]}
    assert set(TEMPLATES) - in_corpus - GENERATED_CODES == {"complex_key"} - in_corpus
    # complex_key's case is a known bug (complex-key.yaml); until it is fixed it is checked here
    result = load_file(CORPUS / "complex-key.yaml")
    assert result.errors[0].code == "complex_key"


def test_the_unit_limit():
    kids = ", ".join(f"{{id: c{i}, name: x, kind: district}}" for i in range(50))
    result = load_text(HEAD + f"root: {{id: a, name: b, kind: province, children: [{kids}]}}\n", "units.yaml",
                       Limits(max_units=10))
    assert [(d.code, d.line) for d in result.errors] == [("too_many_units", 4)]
    assert "10" in result.errors[0].render()


def test_legacy_files_really_are_in_their_encodings():
    """The Windows-1258 and TCVN3 files decode, in their own encodings, to Vietnamese text."""
    import unicodedata

    cp1258 = (CORPUS / "cp1258.yaml").read_bytes().decode("cp1258")
    assert "Đảng bộ tỉnh Lạng Sơn" in unicodedata.normalize("NFC", cp1258)
    back = {code: ch for ch, code in make_corpus.TCVN3.items()}
    tcvn = "".join(back.get(b, chr(b)) for b in (CORPUS / "tcvn3.yaml").read_bytes())
    assert "đảng bộ huyện đình lập" in tcvn.lower()


# --------------------------------------------------------------------------- each file


@pytest.mark.parametrize("case", with_marks(MANIFEST))
def test_corpus_file(case):
    path = CORPUS / case["file"]
    result = load_file(path)
    assert isinstance(result, LoadResult)
    assert result.ok is case["ok"]
    assert (result.dataset is not None) is case["ok"]
    assert [d.code for d in result.errors] == case["errors"]
    assert [d.code for d in result.warnings] == case["warnings"]
    first = first_error(result)
    if first is not None:
        expected = case["first"]
        assert (first.line, first.column) == ((expected[0], expected[1]) if expected else (0, 0))
    for d in result.diagnostics:  # every message formats, in both languages, with its position
        assert d.line >= 0 and d.column >= 0 and (d.line > 0 or d.column == 0)
        for tr in (en, VI):
            text = d.format(tr)
            assert "{" not in d.render(tr) or "{" in str(d.args), text
            assert text.startswith(f"{path}:{d.line}:{d.column}: " if d.line else f"{path}: ")
    if case.get("message"):
        assert case["message"] in first.render(), first.render()
    if case.get("message_vi"):
        assert case["message_vi"] in first.render(VI), first.render(VI)
    assert exit_code(result) == case["exit"]


SYNTAX_CASES = [c for c in MANIFEST if c["errors"][:1] in (["syntax"], ["syntax_context"])]


@pytest.mark.parametrize("case", with_marks(SYNTAX_CASES, "xfail_vi"))
def test_syntax_errors_are_translated(case):
    """libyaml's English phrase is one of those translated for Vietnamese readers."""
    d = first_error(load_file(CORPUS / case["file"]))
    assert d.code in ("syntax", "syntax_context")
    assert d.args["problem"] in SYNTAX_PHRASES, f"untranslated libyaml phrase: {d.args['problem']!r}"
    if "context" in d.args:
        assert d.args["context"] in SYNTAX_PHRASES, f"untranslated libyaml phrase: {d.args['context']!r}"
    assert d.render(VI).startswith("lỗi cú pháp YAML")


# --------------------------------------------------------------------------- the command line

CLI_SAMPLE = [  # the alias bombs run through main.py in test_alias_bombs_and_recursive_aliases_finish
    "ok-bom-crlf.yaml", "syntax-tab-indent.yaml", "empty.yaml", "bad-kind.yaml", "duplicate-key-top.yaml",
    "number-2pow64.yaml", "yaml11-no.yaml", "cp1258.yaml", "tcvn3.yaml", "utf16le-bom.yaml", "nul-byte.yaml",
    "tag-python-apply-open.yaml", "control-char-esc.yaml",
]


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory):
    """``main.py --check`` on the sample, in English and Vietnamese, run side by side. The
    working folder is an empty temporary one, so a payload that ran would leave a file there."""
    cwd = tmp_path_factory.mktemp("cli-cwd")
    jobs = [(name, lang) for name in CLI_SAMPLE for lang in ("en", "vi")]
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(lambda job: main_py("--check", str(CORPUS / job[0]), "--lang", job[1], cwd=cwd),
                             jobs))
    return cwd, dict(zip(jobs, done))


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("name", CLI_SAMPLE)
def test_check_prints_positions_and_exits_with_the_manifest_code(cli_runs, name, lang):
    case = BY_NAME[name]
    _, runs = cli_runs
    p = runs[(name, lang)]
    path = CORPUS / name
    assert "Traceback" not in p.stdout + p.stderr
    assert p.returncode == case["exit"], p.stderr
    lines = p.stderr.splitlines()
    error_word = "error" if lang == "en" else "lỗi"
    errors = [line for line in lines if re.match(rf"{re.escape(str(path))}(:\d+:\d+)?: {error_word}: ", line)]
    if case["ok"]:
        assert errors == []
        assert p.stdout.startswith("valid: " if lang == "en" else "hợp lệ: ")
        return
    assert len(errors) == len(case["errors"]), p.stderr
    first = case["first"]
    where = f"{path}:{first[0]}:{first[1]}" if first else str(path)
    if not case.get("xfail"):
        assert lines[0].startswith(f"{where}: {error_word}: "), lines[0]
    summary = (f"invalid: errors: {len(case['errors'])}" if lang == "en"
               else f"không hợp lệ: số lỗi: {len(case['errors'])}")
    assert p.stdout.strip() == summary


def test_check_ran_no_payload(cli_runs):
    cwd, _ = cli_runs
    assert list(cwd.iterdir()) == []


def test_check_writes_no_terminal_control_sequences():
    p = main_py("--check", str(CORPUS / "terminal-escape-key.yaml"), "--lang", "en")
    assert p.returncode == 1
    assert "\x1b" not in p.stderr and "\x07" not in p.stderr, repr(p.stderr)


def test_check_control_character_is_one_positioned_line():
    case = BY_NAME["control-char-esc.yaml"]
    p = main_py("--check", str(CORPUS / case["file"]), "--lang", "vi")
    line, col = case["first"]
    assert p.stderr.splitlines()[0].startswith(f"{CORPUS / case['file']}:{line}:{col}: lỗi: ")
    assert len(p.stderr.splitlines()) == 1 and "<byte string>" not in p.stderr


# --------------------------------------------------------------------------- hostile: tags

PAYLOADS = [
    "!!python/object/apply:builtins.open [{path!r}, 'w']",
    "!!python/object/new:builtins.open [{path!r}, 'w']",
    "!!python/object/apply:os.system ['touch {path}']",
    "!!python/object/apply:subprocess.check_call [['touch', {path!r}]]",
    "!<tag:yaml.org,2002:python/object/apply:builtins.open> [{path!r}, 'w']",
    "!py!object/apply:builtins.open [{path!r}, 'w']",
]
PLACES = [
    "root: {payload}\n",
    "root: {{id: a, name: {payload}, kind: province}}\n",
    "root: {{id: a, name: b, kind: province, notes: [{payload}]}}\n",
    "? {payload}\n: 1\nroot: {{id: a, name: b, kind: province}}\n",
    "root:\n  id: a\n  name: b\n  kind: province\n  figures:\n    members:\n      - value: {payload}\n        as_of: '2013'\n",
]


def test_the_payload_is_real(tmp_path):
    """Control: PyYAML's unsafe loader does create the file, so its absence below means something."""
    target = tmp_path / "made-by-unsafe-load"
    made = yaml.unsafe_load(f"x: !!python/object/apply:builtins.open [{str(target)!r}, 'w']\n")
    made["x"].close()
    assert target.exists()


@pytest.mark.parametrize("place", range(len(PLACES)))
@pytest.mark.parametrize("payload", range(len(PAYLOADS)))
def test_python_tags_run_nothing(tmp_path, monkeypatch, payload, place):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "pwned"
    text = ("%TAG !py! tag:yaml.org,2002:python/\n---\n"
            "format: 1\nmetadata: {title: T}\nsources: [{id: S1, title: B}]\n")
    text += PLACES[place].format(payload=PAYLOADS[payload].format(path=str(target)))
    result = load_text(text, "hostile.yaml")
    assert not result.ok
    tags = [d for d in result.errors if d.code == "tag"]
    assert tags and tags[0].line > 0 and "python" in tags[0].render()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", [c["file"] for c in MANIFEST if c["file"].startswith("tag-") and not c.get("xfail")])
def test_corpus_tag_files_create_nothing(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    result = load_file(CORPUS / name)
    assert not result.ok and "tag" in [d.code for d in result.errors]
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- hostile: aliases


def test_alias_bombs_and_recursive_aliases_finish(tmp_path):
    """Each in its own process with a timeout: a hang fails, however fast the machine."""
    bigger = ["format: 1", "metadata: {title: T}"]
    bigger.append('b0: &b0 ["' + "lol" * 100 + '"]')
    for i in range(1, 30):  # 30 levels of 30 aliases: 30^29 strings if expanded
        bigger.append(f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 30) + "]")
    (tmp_path / "bomb30.yaml").write_text("\n".join(bigger) + "\n", encoding="utf-8")
    (tmp_path / "self.yaml").write_text("format: 1\nmetadata: &m {title: T, notes: [*m]}\n"
                                        "root: &r {id: a, name: b, kind: province, children: [*r, *r]}\n",
                                        encoding="utf-8")
    files = [CORPUS / "alias-bomb.yaml", CORPUS / "alias-recursive.yaml", tmp_path / "bomb30.yaml",
             tmp_path / "self.yaml"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(lambda f: main_py("--check", str(f), "--lang", "en", timeout=30), files))
    for f, p in zip(files, runs):
        assert p.returncode == 1, (f, p.stderr)
        assert "Traceback" not in p.stderr + p.stdout
        assert f"{f}:" in p.stderr and "anchors and aliases" in p.stderr


# --------------------------------------------------------------------------- generated: big and deep

HEAD = 'format: 1\nmetadata: {title: "Thử"}\nsources: [{id: S1, title: "Nguồn"}]\n'


def test_a_50_mb_file(tmp_path):
    """50 MB of a valid file loads; the same with a Windows-1258 byte at its very end is refused
    at that byte's line and column, by the loader and by main.py --check."""
    note = '    - "' + "Đảng bộ xã Tân Tiến, huyện Đình Lập. " * 220 + '"\n'
    count = 50_000_000 // len(note.encode()) + 1
    head = HEAD + 'root:\n  id: p\n  name: "Tỉnh"\n  kind: province\n  notes:\n'
    data = (head + note * count).encode()
    assert len(data) >= 50_000_000
    big = tmp_path / "big.yaml"
    big.write_bytes(data)
    result = load_file(big)
    assert result.ok, result.diagnostics[:3]
    assert len(result.dataset.root.notes) == count
    assert load_file(big, Limits(max_bytes=10_000_000)).errors[0].code == "file_too_large"

    tail = '    - "Đảng bộ huyện Đình Lập"\n'.encode("utf-8").replace("Đình".encode(), b"\xd0\xecnh")
    bad = tmp_path / "big-cp1258-tail.yaml"
    bad.write_bytes(data + tail)
    line = head.count("\n") + count + 1
    column = len('    - "Đảng bộ huyện ') + 1
    result = load_file(bad)
    assert [(d.code, d.line, d.column) for d in result.diagnostics] == [("not_utf8", line, column)]
    p = main_py("--check", str(bad), "--lang", "en", timeout=60)
    assert p.returncode == 1
    assert p.stderr.startswith(f"{bad}:{line}:{column}: error: the file is not UTF-8 text (byte 0xD0")
    assert "Traceback" not in p.stderr


def test_a_600_mb_sparse_file_is_refused_by_its_size(tmp_path):
    f = tmp_path / "huge.yaml"
    with open(f, "wb") as fh:
        fh.truncate(600 * 1024 * 1024)  # sparse: costs no disk and no time
    result = load_file(f)
    assert [d.code for d in result.errors] == ["file_too_large"]
    assert result.errors[0].args["size"] == 600 * 1024 * 1024


NESTINGS = {
    "flow lists": lambda n: "root: {id: a, name: b, kind: province, notes: " + "[" * n + "]" * n + "}\n",
    "flow mappings": lambda n: "extra: " + "{a: " * n + "1" + "}" * n + "\n",
    "block lists on one line": lambda n: "root:\n  id: a\n  name: b\n  kind: province\n  notes:\n    "
                                         + "- " * n + "x\n",
    "units": lambda n: "root: " + "{id: u, name: n, kind: province, children: [" * n + "]}" * n + "\n",
}


@pytest.mark.parametrize("shape", NESTINGS)
def test_10000_levels_of_nesting(shape):
    text = HEAD + NESTINGS[shape](10_000)
    result = load_text(text, "deep.yaml")
    assert [d.code for d in result.diagnostics] == ["too_deep"]
    d = result.diagnostics[0]
    assert d.line == 4 or shape == "block lists on one line"
    assert "200" in d.render() and d.render(VI)


def test_nesting_at_the_limit_loads():
    """199 lists inside the root unit's notes (201 levels with the top mapping and the unit) is
    refused, 198 (200 levels) is within the limit: the limit is exact."""
    inner = lambda n: "root: {id: a, name: b, kind: province, notes: " + "[" * n + '"x"' + "]" * n + "}\n"  # noqa: E731
    assert [d.code for d in load_text(HEAD + inner(199), "d.yaml").diagnostics] == ["too_deep"]
    assert [d.code for d in load_text(HEAD + inner(198), "d.yaml").diagnostics if d.is_error] == ["wrong_type"]


def test_libyaml_depth_limit_is_reported_as_it_is():
    text = HEAD + NESTINGS["flow lists"](2000)
    result = load_text(text, "deep.yaml", Limits(max_depth=5000))
    d = result.diagnostics[0]
    if d.code == "too_deep":
        depth = d.column - text.splitlines()[3].index("[") + 3  # the level the error stands at
        assert d.args["limit"] <= depth, (d.args["limit"], depth)


@pytest.mark.parametrize("where", ["name", "plain name", "id", "note", "key", "comment"])
def test_a_1_mb_text(where):
    big = "Lạng Sơn " * 116_509  # 1,048,581 characters
    assert len(big) >= 1_048_576
    bodies = {
        "name": f'root: {{id: a, name: "{big}", kind: province}}\n',
        "plain name": f"root: {{id: a, name: {big.replace(' ', '-')}, kind: province}}\n",
        "id": f'root: {{id: "{big}", name: b, kind: province}}\n',
        "note": f'root: {{id: a, name: b, kind: province, notes: ["ok", "{big}"]}}\n',
        "key": f'root: {{id: a, name: b, kind: province, "{big}": 1}}\n',
        "comment": f"# {big}\nroot: {{id: a, name: b, kind: province}}\n",
    }
    result = load_text(HEAD + bodies[where], "long.yaml")
    if where == "comment":
        assert result.ok
        return
    assert not result.ok
    d = result.errors[0]
    assert d.line == 4 and d.column > 0
    assert d.code in ("string_too_long", "syntax_context")  # a 1 MB key is past YAML's 1024 for a key
    assert len(d.render()) < 300 and len(d.render(VI)) < 300


FIVE_THOUSAND = "7" * 5000


@pytest.mark.parametrize("where", ["figure", "point", "total", "count", "decimal", "negative"])
def test_a_5000_digit_number(where):
    code = "number_too_large"
    bodies = {
        "figure": f"figures: {{members: [{{value: {FIVE_THOUSAND}, as_of: 2013, source: S1}}]}}",
        "point": f"series: [{{id: s, title: S, type: line, source: S1, points: [{{period: 2013, value: {FIVE_THOUSAND}}}]}}]",
        "total": f"series: [{{id: s, title: S, type: bar, source: S1, total: {{value: {FIVE_THOUSAND}}}, points: [{{category: a, value: 1}}]}}]",
        "count": f"children: [{{id: c, name: d, kind: district, notes: x, count: {FIVE_THOUSAND}}}]",
        "decimal": f"figures: {{share: [{{value: 0.{FIVE_THOUSAND}, as_of: 2013, source: S1}}]}}",
        "negative": f"figures: {{members: [{{value: -{FIVE_THOUSAND}, as_of: 2013, source: S1}}]}}",
    }
    text = HEAD + "measures: [{id: share}]\nroot: {id: a, name: b, kind: province, " + bodies[where] + "}\n"
    result = load_text(text, "digits.yaml")
    assert [d.code for d in result.errors] == [code]
    d = result.errors[0]
    line = text.splitlines()[4]
    start = line.index(FIVE_THOUSAND[:10])
    start -= {"decimal": 2, "negative": 1}.get(where, 0)  # the number begins with "0." or "-"
    assert (d.line, d.column) == (5, start + 1)
    assert len(d.render()) < 300


@pytest.mark.parametrize("where", ["name", "as_of", "format", "rule"])
def test_a_5000_digit_value_where_text_belongs_gives_a_short_message(where):
    bodies = {
        "name": f"root: {{id: a, name: {FIVE_THOUSAND}, kind: province}}\n",
        "as_of": f"root: {{id: a, name: b, kind: province, figures: {{members: [{{value: 1, as_of: {FIVE_THOUSAND}, source: S1}}]}}}}\n",
        "format": "root: {id: a, name: b, kind: province}\n",
        "rule": f"root: {{id: a, name: b, kind: province, checks: [{{rule: 'members@{FIVE_THOUSAND} = members@2013'}}]}}\n",
    }
    head = HEAD.replace("format: 1", f"format: {FIVE_THOUSAND}") if where == "format" else HEAD
    result = load_text(head + bodies[where], "digits.yaml")
    assert not result.ok
    assert all(len(d.render()) < 1000 for d in result.diagnostics), [len(d.render()) for d in result.diagnostics]


def test_a_5000_digit_id_is_just_an_id():
    result = load_text(HEAD + f"root: {{id: {FIVE_THOUSAND}, name: b, kind: province}}\n", "id.yaml")
    assert result.ok and result.dataset.root.id == FIVE_THOUSAND


@pytest.mark.parametrize("text, code", [
    (".nan", "not_finite"), (".NaN", "not_finite"), ("NaN", "not_finite"), (".inf", "not_finite"),
    ("-.inf", "not_finite"), ("+.inf", "not_finite"), (".Inf", "not_finite"), ("inf", "not_finite"),
    ("Infinity", "not_finite"), ("1e400", "bad_number"), ("-1e400", "bad_number"),
    (str(2**64), "number_too_large"), (str(2**64 - 1), "number_too_large"), (str(2**63), "number_too_large"),
    (str(2**128), "number_too_large"), (str(2**53), "number_too_large"), (str(-(2**64)), "number_too_large"),
    ("18446744073709551616.5", "number_too_large"), ("1" * 41, "number_too_large"),
])
@pytest.mark.parametrize("measure", ["members", "share"])
def test_nan_infinity_and_huge_values(text, code, measure):
    body = (f"measures: [{{id: share}}]\nroot: {{id: a, name: b, kind: province, figures: {{{measure}: "
            f"[{{value: {text}, as_of: 2013, source: S1}}]}}}}\n")
    result = load_text(HEAD + body, "n.yaml")
    expected = code
    if measure == "members" and text == "18446744073709551616.5":
        expected = "not_integer"  # a count is refused as a fraction before its size
    assert [d.code for d in result.errors] == [expected]
    d = result.errors[0]
    assert (d.line, d.column) == (5, body.splitlines()[1].index(text) + 1)


# --------------------------------------------------------------------------- small files, big costs


def loader_in_subprocess(path: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """The loader alone in a fresh process (no Qt: it starts in a fraction of a second)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from viewer.loader import load_file; "
            "r = load_file(sys.argv[2]); print(len(r.diagnostics), r.diagnostics[0].code)")
    return subprocess.run([sys.executable, "-c", code, str(ROOT / "src"), str(path)], capture_output=True,
                          text=True, timeout=timeout)


def test_many_misspelt_measures_do_not_hang(tmp_path):
    n = 4000
    text = HEAD + "measures:\n" + "".join(f"  - {{id: measure_{i:05d}}}\n" for i in range(n))
    text += "root:\n  id: a\n  name: b\n  kind: province\n  figures:\n"
    text += "".join(f"    measure_{i:05d}x: [{{value: 1, as_of: 2013, source: S1}}]\n" for i in range(n))
    f = tmp_path / "measures.yaml"
    f.write_text(text, encoding="utf-8")
    try:
        p = loader_in_subprocess(f, timeout=6)
    except subprocess.TimeoutExpired:
        pytest.fail("loading a 330 KB file with 4,000 misspelt measures takes more than 6 s")
    assert p.stdout.split() == [str(n), "unknown_measure_suggest"]


def test_an_unknown_source_message_stays_short():
    text = HEAD.replace('sources: [{id: S1, title: "Nguồn"}]\n', "sources:\n" + "".join(
        f"  - {{id: source-{i:04d}, title: B}}\n" for i in range(2000)))
    text += "root: {id: a, name: b, kind: province, figures: {members: [{value: 1, as_of: 2013, source: sourse-0001}]}}\n"
    result = load_text(text, "sources.yaml")
    assert [d.code for d in result.errors] == ["unknown_source"]
    assert len(result.errors[0].render()) < 1000, len(result.errors[0].render())


# --------------------------------------------------------------------------- files that cannot be read


def test_unreadable_file_exits_2_without_permission_bits():
    """As root no permission bit stops a read; /proc/self/mem opens but every read fails (EIO)."""
    mem = Path("/proc/self/mem")
    if not mem.exists():
        pytest.skip("needs Linux's /proc/self/mem, a file that opens but cannot be read")
    result = load_file(mem)
    assert [d.code for d in result.errors] == ["read_failed"]
    assert exit_code(result) == 2
    p = main_py("--check", str(mem), "--lang", "en", timeout=30)
    assert p.returncode == 2 and p.stderr.startswith(f"{mem}: error: cannot read the file: ")
    assert "Traceback" not in p.stderr


def test_folder_missing_file_and_symlink_loop_exit_2(tmp_path):
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for path, code in [(tmp_path, "not_a_file"), (tmp_path / "missing.yaml", "file_missing"),
                       (tmp_path / "loop-a", "file_missing"), (tmp_path / "file" / "below.yaml", "file_missing")]:
        result = load_file(path)
        assert [d.code for d in result.errors] == [code], path
        assert exit_code(result) == 2


def _load_in_thread(path: Path, seconds: float) -> LoadResult | None:
    """load_file in a thread; None when it still runs after ``seconds`` (a blocked open() of a
    named pipe is then released by a writer that comes and goes)."""
    results: list[LoadResult] = []
    reader = threading.Thread(target=lambda: results.append(load_file(path)), daemon=True)
    reader.start()
    reader.join(timeout=seconds)
    if reader.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
        return None
    return results[0]


@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "data.yaml"
    os.mkfifo(path)
    return path


def test_a_named_pipe_does_not_hang(fifo):
    """A FIFO (possible on a USB stick formatted ext4) must not block the reader."""
    result = _load_in_thread(fifo, 3)
    assert result is not None, "load_file on a named pipe still waits after 3 s"
    assert [d.code for d in result.errors] in (["not_regular_file"], ["read_failed"])
    assert exit_code(result) == 2


def test_a_named_pipe_is_not_called_a_folder(fifo):
    result = _load_in_thread(fifo, 3)
    assert result is not None
    assert "folder" not in result.errors[0].render()


# --------------------------------------------------------------------------- the window keeps its data

GUI_SAMPLE = ["cp1258.yaml", "tcvn3.yaml", "utf16le-bom.yaml", "nul-byte.yaml", "syntax-tab-indent.yaml",
              "alias-bomb.yaml", "tag-python-apply-open.yaml", "deep-300.yaml", "empty.yaml",
              "control-char-esc.yaml", "number-nan-inf.yaml", "duplicate-key-top.yaml"]


def test_a_bad_file_leaves_the_data_on_screen(window, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dataset, unit, text = window.dataset, window.current_unit(), window.ui.detail_pane.toPlainText()
    for name in GUI_SAMPLE:
        assert window.open_file(str(CORPUS / name), show_errors=False) is False, name
        assert window.dataset is dataset and window.model.dataset is dataset, name
        assert window.current_unit() is unit, name
        assert window.ui.detail_pane.toPlainText() == text, name
    assert list(tmp_path.iterdir()) == []
    assert window.open_file(str(CORPUS / "ok-bom-crlf.yaml"), show_errors=False) is True
    assert window.dataset is not dataset and window.dataset.root.name == "Đảng bộ tỉnh Lạng Sơn"


@pytest.mark.parametrize("name", ["cp1258.yaml", "tcvn3.yaml", "alias-recursive.yaml", "bad-periods.yaml"])
def test_a_bad_file_lists_its_problems_in_the_window(window, qtbot, name):
    case = BY_NAME[name]
    assert window.open_file(str(CORPUS / name)) is False
    dialog = window.problems_dialog
    qtbot.waitUntil(dialog.isVisible)
    lines = dialog.text().splitlines()
    assert len(lines) == len(case["errors"])
    line, col = case["first"]
    assert lines[0].startswith(f"Dòng {line}, cột {col}: lỗi: ")
    assert "không thay đổi" in dialog.ui.label_summary.text()
    dialog.close()
