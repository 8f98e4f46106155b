"""The Vietnamese of the core areas: the loader's diagnostics (with the command line's
"CommandLine" strings) and the shared vocabulary.

Every message is translated; a translation keeps every ``{placeholder}`` (Python
``str.format``, filled by ``viewer.messages.render``) and every ``%N`` (Qt style, filled by
``viewer.vocab``), and the quoted keys, file-format tokens and example values of its source;
the compiled ``viewer_vi.qm`` holds exactly these translations; and the ``.ts`` files list
exactly the strings that ``pyside6-lupdate`` finds in the code today.
"""
from __future__ import annotations

import re
import string
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402  (tools/i18n.py)
from viewer.messages import SYNTAX_PHRASES  # noqa: E402

AREAS = ("diagnostics", "vocabulary")
CONTEXTS = {"diagnostics": {"Diagnostics", "CommandLine"}, "vocabulary": {"Vocabulary"}}

_PERCENT = re.compile(r"%\d+")
_QUOTED = re.compile(r'"([^"]*)"')
# Tokens that are not English words: numbers, dates, codes, encodings, YAML syntax.
_TOKEN = re.compile(r"[A-Za-z0-9_.:\-–^@&*]+")


def _fields(text: str) -> set[str]:
    """The ``str.format`` field names of ``text``; raises ValueError on a stray brace."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _technical(text: str) -> set[str]:
    plain = _PERCENT.sub(" ", re.sub(r"\{[^}]*\}", " ", text))
    out = set()
    for tok in _TOKEN.findall(plain):
        tok = tok.strip(".:-")
        word = re.fullmatch(r"[a-z]+-(.+)", tok)  # "base-60": an English word with a number
        if word:
            tok = word.group(1)
        if not tok:
            continue
        if any(c.isdigit() for c in tok) or any(c in tok for c in "@&*^") or (
                len(tok) >= 2 and tok.isupper()):
            out.add(tok)
    return out


def _messages(area: str) -> list[tuple[str, str, str | None, str]]:
    return i18n.messages(i18n.ts_path(area))


ALL = [(area, *m) for area in AREAS for m in _messages(area)]
IDS = [f"{ctx}:{src[:40]}" for _, ctx, src, _, _ in ALL]


def test_the_files_exist_and_hold_their_contexts():
    for area in AREAS:
        msgs = _messages(area)
        assert msgs, f"{area}: no messages"
        assert {ctx for ctx, *_ in msgs} == CONTEXTS[area]


@pytest.mark.parametrize("area,ctx,src,text,comment", ALL, ids=IDS)
def test_every_message_is_translated(area, ctx, src, text, comment):
    assert text and text.strip(), f"{area}: [{ctx}] {src!r} has no finished translation"
    assert text == text.strip()
    assert unicodedata.normalize("NFC", text) == text, "translation is not NFC"


@pytest.mark.parametrize("area,ctx,src,text,comment", ALL, ids=IDS)
def test_placeholders_are_kept(area, ctx, src, text, comment):
    assert text
    if src in SYNTAX_PHRASES:
        # libyaml's words are arguments, not templates: no fields, but the quoted characters stay.
        assert re.findall(r"'[^']*'", src) == re.findall(r"'[^']*'", text)
        return
    assert _fields(text) == _fields(src)
    # A translation may use an extra argument that the disambiguation comment offers
    # ("quarter (%1 digits, %3 Roman numerals)": Vietnamese writes "quý I/2010").
    src_args, text_args = set(_PERCENT.findall(src)), set(_PERCENT.findall(text))
    extra = set(_PERCENT.findall(comment)) - src_args
    if extra:
        assert text_args <= src_args | extra and len(text_args) == len(src_args)
    else:
        assert text_args == src_args
    # The translation formats with the source's arguments.
    text.format(**{name: "X" for name in _fields(src)})


@pytest.mark.parametrize("area,ctx,src,text,comment", ALL, ids=IDS)
def test_technical_tokens_are_kept(area, ctx, src, text, comment):
    assert text
    for quoted in _QUOTED.findall(src):
        assert f'"{quoted}"' in text, f"lost the quoted {quoted!r}"
    for token in _technical(src):
        assert token in text, f"lost the token {token!r}"


def test_vocabulary_terms():
    tr = {src: text for _, src, text, _ in _messages("vocabulary")}
    assert tr["not reported"] == "chưa có số liệu"
    assert tr["more than %1"] == "trên %1"
    assert tr["at least %1"] == "ít nhất %1"
    assert tr["less than %1"] == "dưới %1"
    assert tr["about %1"] == "khoảng %1"
    assert tr["as of %1"] == "tính đến %1"
    assert tr["Q%1 %2"] == "quý %3/%2"
    assert tr["dd/MM/yyyy"] == "dd/MM/yyyy"
    assert tr["MM/yyyy"] == "MM/yyyy"
    assert tr["Party cell"] == "Chi bộ"
    assert tr["Commune Party organisation"] == "Đảng bộ xã"
    assert tr["Villages without a Party cell"] == "Thôn chưa có chi bộ"
    diag = {src: text for _, src, text, _ in _messages("diagnostics")}
    assert diag["error"] == "lỗi"
    assert diag["warning"] == "cảnh báo"


@pytest.fixture(scope="module")
def translator() -> QTranslator:
    tr = QTranslator()
    assert tr.load(str(i18n.qm_path())), "viewer_vi.qm does not load"
    return tr


def test_qm_translates_samples(translator):
    assert translator.translate("Vocabulary", "not reported") == "chưa có số liệu"
    assert translator.translate("Vocabulary", "Q%1 %2",
                                "quarter (%1 digits, %3 Roman numerals), year %2") == "quý %3/%2"
    assert translator.translate("Diagnostics", "error") == "lỗi"
    assert translator.translate("CommandLine", "invalid: errors: {errors}").startswith("không hợp lệ")


@pytest.mark.parametrize("area", AREAS)
def test_qm_is_compiled_from_the_ts(translator, area):
    """The committed .qm holds each current translation (run `tools/i18n.py release`)."""
    stale = []
    for ctx, src, text, comment in _messages(area):
        got = translator.translate(ctx, src, comment or None)
        if got != text:
            stale.append((ctx, src, got, text))
    assert not stale


@pytest.mark.parametrize("area", AREAS)
def test_ts_is_up_to_date(area, tmp_path):
    """The .ts lists exactly what lupdate finds in the code now (refresh with i18n.lupdate)."""
    fresh = i18n.lupdate(area, tmp_path / f"{area}_{i18n.LANG}.ts")
    found = {(ctx, src) for ctx, src, _, _ in i18n.messages(fresh)}
    committed = {(ctx, src) for ctx, src, _, _ in _messages(area)}
    assert found - committed == set(), "strings in the code missing from the .ts"
    assert committed - found == set(), "strings in the .ts no longer in the code"


def _check(path: Path, lang: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--check", str(path),
                           "--lang", lang], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, cwd=ROOT)


def test_check_prints_vietnamese(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmetadata:\n  titel: Lạng Sơn\n", encoding="utf-8")
    vi = _check(bad, "vi")
    assert vi.returncode == 1, vi.stderr
    assert ": lỗi: " in vi.stderr
    assert 'khóa "titel" không xác định (có phải ý bạn là "title"?)' in vi.stderr
    assert 'thiếu "root"; cần có' in vi.stderr
    assert "không hợp lệ:" in vi.stdout
    en = _check(bad, "en")
    assert ": error: " in en.stderr
    assert "lỗi" not in en.stderr
