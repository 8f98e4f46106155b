"""Writes the bad-input corpus (the files beside this script) and its manifest, expected.yaml.

    python tests/bad_inputs/make_corpus.py

Every file is a small data file that arrived broken, hand-edited, in a legacy encoding or
hostile; the manifest says for each what the loader must answer: ok or not, the exit code of
``main.py --check``, the codes of the errors and warnings in file order, and the line and column
of the first error. tests/test_bad_inputs.py checks the loader and the command line against it.

The expected positions are NOT taken from the loader: each is computed here from the text, as
the position of a marker (the offending token), so a loader that reports the wrong place fails.
Cases where the loader is known to be wrong carry ``xfail`` with the bug; their expectations are
what the loader *should* answer.

Legacy encodings are made here too: Windows-1258 with Python's cp1258 codec (tone marks as
combining characters, as Windows writes them), TCVN3 (ABC) with the byte table below, so the
binary files in the corpus are real encodings of real Vietnamese text.

Edit this script, not the files; run it, review ``git diff``, commit the script, the files and
the manifest together.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- legacy encodings

# TCVN 5712:1993 VN3 ("TCVN3", "ABC"; the .VnTime fonts): ASCII plus the Vietnamese lower-case
# letters and the seven upper-case ones with their own shape. Upper-case letters with tone marks
# have no code (they were typed in the capitals-only .VnTimeH font with the lower-case codes).
TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}


def encode_tcvn3(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out += ch.encode("ascii")
        elif ch in TCVN3:
            out.append(TCVN3[ch])
        elif ch.lower() in TCVN3:  # capitals with a tone mark: the lower-case code
            out.append(TCVN3[ch.lower()])
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return bytes(out)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: a base letter the code page has (â, ơ, đ, …) followed
    by a combining tone mark where the precomposed letter is not in the code page."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out += letter.encode("cp1258") + tones.encode("cp1258")  # raises if the page lacks one
    return bytes(out)


# The five tone marks, which Windows-1258 has as combining characters (0xCC, 0xEC, 0xDE, 0xD2, 0xF2).
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


# --------------------------------------------------------------------------- positions


def pos_of(text: str, needle: str, nth: int = 1, shift: int = 0) -> tuple[int, int]:
    """1-based line and character column of the nth occurrence of ``needle`` after the first
    line (which is the comment saying what the case is), moved ``shift`` characters right.
    Lines end at LF; a CR before the LF ends its line and is never counted in a column."""
    at = text.find("\n") if text.startswith("#") else -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    at += shift
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    return line, col


def byte_pos(data: bytes, needle: bytes | None = None, last: bool = False) -> tuple[int, int]:
    """Line and character column of a byte sequence (default: the first byte that is not ASCII)
    in mostly-UTF-8 data: the characters before it on its line are counted, each undecodable
    byte as one character."""
    if needle is None:
        at = next(i for i, b in enumerate(data) if b >= 0x80)
    else:
        at = data.rindex(needle) if last else data.index(needle)
    start = data.rfind(b"\n", 0, at) + 1
    line = data.count(b"\n", 0, at) + 1
    return line, len(data[start:at].decode("utf-8", "replace")) + 1


# --------------------------------------------------------------------------- the base file

BASE = """\
# {what}
format: 1
metadata:
  title: "Số liệu thử nghiệm (hư cấu)"
  as_of: "2013"
sources:
  - {{id: S1, title: "Báo Lạng Sơn (hư cấu)"}}
  - id: S2
    title: "Báo cáo tổng kết (hư cấu)"
root:
  id: lang-son
  name: "Đảng bộ tỉnh Lạng Sơn"
  kind: province
  source: S1
  figures:
    members:
      - {{value: 53538, as_of: "2013"}}
      - {{value: 45632, as_of: "2010-03-31", source: S2}}
  series:
    - id: villages
      title: "Thôn chưa có chi bộ"
      type: line
      points:
        - {{period: "2010", value: 90}}
        - {{period: "2013", value: 48}}
  children:
    - id: dinh-lap
      name: "Đảng bộ huyện Đình Lập"
      kind: district
      code: "189"
      source: S1
"""


WARNINGS = """\
# Each warning the loader gives, in a file that still loads (the figures are invented)
format: 1
metadata: {title: "Cảnh báo (hư cấu)"}
sources: [{id: S1, title: "Nguồn (hư cấu)"}]
measures: [{id: share, label: "Tỉ lệ"}]
root:
  id: lang-son
  name: "Đảng bộ tỉnh (hư cấu)"
  kind: province
  source: S1
  figures:
    members: [{value: 100, as_of: "2013"}]                # the children add up to more
    subordinate_committees: [{value: 1, as_of: "2013"}]   # three district rows stand for four
    villages_without_cell: [{value: 90, as_of: "2010"}, {value: 48, as_of: "2013"}]
    new_cells_in_villages: [{value: 41, as_of: "2010–2013"}]
    share: [{value: 2.500, as_of: "2013"}]                # 2.5, or 2500 with a dot?
  checks:
    - rule: "villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2010–2013"
    - rule: "members@2020 = members@2013"                  # no members figure for 2020
  series:
    - id: parts
      title: "Các phần"
      type: bar
      total: {value: 10}                                  # 4 + 5 is 9
      points: [{category: "A", value: 4}, {category: "B", value: 5}]
  children:
    - {id: d1, name: "Huyện 1", kind: district, source: S1, figures: {members: [{value: 150, as_of: "2013"}]}}
    - {id: d2, name: "Các huyện khác", kind: district, source: S1, count: 2}
    - id: d3
      name: "Huyện 3"
      kind: district
      figures: {members: [{value: 40, as_of: "2013"}]}    # no source; its communes add up to 30
      children:
        - {id: c1, name: "Xã 1", kind: commune, source: S1, figures: {members: [{value: 10, as_of: "2013"}]}}
        - {id: c2, name: "Xã 2", kind: commune, source: S1, figures: {members: [{value: 20, as_of: "2013"}]}}
"""


def base(what: str, *edits: tuple[str, str]) -> str:
    """The base file with its first line saying what the case is, and each (old, new) edit
    applied exactly once (an edit that does not match exactly once is a mistake here)."""
    text = BASE.format(what=what)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit(f"edit {old!r} matches {text.count(old)} times")
        text = text.replace(old, new)
    return text


CASES: list[dict] = []
UNTRANSLATED = ("loader bug (translation): libyaml's '{}' is not among the phrases translated "
                "(viewer.messages.SYNTAX_PHRASES), so a Vietnamese reader gets it in English")


def case(name: str, what: str, data: str | bytes, *, errors: list[str] | None = None,
         warnings: list[str] | None = None, first: tuple[int, int] | None = None,
         exit: int | None = None, message: str | None = None, message_vi: str | None = None,
         xfail: str | None = None, xfail_vi: str | None = None) -> None:
    errors = errors or []
    ok = not errors
    entry: dict = {"file": name, "what": what, "ok": ok,
                   "exit": exit if exit is not None else (0 if ok else 1),
                   "errors": errors, "warnings": warnings or []}
    if not ok:
        entry["first"] = list(first) if first else None
    if message:
        entry["message"] = message
    if message_vi:
        entry["message_vi"] = message_vi
    if xfail:
        entry["xfail"] = xfail
    if xfail_vi:
        entry["xfail_vi"] = xfail_vi
    raw = data.encode("utf-8") if isinstance(data, str) else data
    CASES.append({"entry": entry, "data": raw})


def build() -> None:  # noqa: C901 (a long list, read top to bottom)
    # ------------------------------------------------------------------ accepted files
    t = base("A valid file: the reference the other cases break.")
    case("ok-reference.yaml", "the reference file every other case breaks; valid", t)
    case("ok-utf8-bom.yaml", "UTF-8 with a byte-order mark (Notepad's 'UTF-8 with BOM'): accepted",
         b"\xef\xbb\xbf" + base("UTF-8 with a BOM: accepted").encode())
    case("ok-crlf.yaml", "Windows line ends (CRLF): accepted",
         base("CRLF line ends: accepted").replace("\n", "\r\n"))
    case("ok-bom-crlf.yaml", "BOM and CRLF together, as Notepad saves: accepted",
         b"\xef\xbb\xbf" + base("BOM + CRLF: accepted").replace("\n", "\r\n").encode())
    mixed = base("Mixed LF and CRLF line ends: accepted").splitlines(keepends=True)
    case("ok-mixed-line-ends.yaml", "some lines end in CRLF, some in LF (a file edited on two systems)",
         "".join(line.replace("\n", "\r\n") if i % 2 else line for i, line in enumerate(mixed)))
    case("ok-no-final-newline.yaml", "the last line has no line end",
         base("No newline at the end of the file").rstrip("\n"))
    case("ok-yaml11-words-quoted.yaml",
         "the YAML 1.1 traps written the right way (in quotes) load as text",
         base("YAML 1.1 words in quotes are text",
              ('name: "Đảng bộ huyện Đình Lập"', 'name: "no"'),
              ('code: "189"', 'code: "010"'),
              ('title: "Báo cáo tổng kết (hư cấu)"', 'title: "2013-12-31"'),
              ('title: "Thôn chưa có chi bộ"', 'title: "1:20"')))
    case("ok-numeric-code.yaml", "an official code written as a plain number (no leading zero) is fine",
         base("A numeric code without quotes", ('code: "189"', "code: 189")))
    case("ok-largest-number.yaml", "2^53 - 1, the largest whole number a chart draws exactly",
         base("The largest exact number", ("value: 53538", "value: 9007199254740991")))
    nfd = unicodedata.normalize("NFD", "Đảng bộ tỉnh Lạng Sơn")
    case("ok-nfd-name.yaml", "a name typed with combining accents (NFD) loads, stored composed (NFC)",
         base("Decomposed (NFD) Vietnamese", ('name: "Đảng bộ tỉnh Lạng Sơn"', f'name: "{nfd}"')))
    case("ok-cr-only.yaml", "old Mac line ends (CR only): YAML reads them as line ends",
         base("CR-only line ends").replace("\n", "\r"))

    # ------------------------------------------------------------------ YAML syntax
    t = base("A tab indents a key", ("  name: \"Đảng bộ tỉnh Lạng Sơn\"", "\tname: \"Đảng bộ tỉnh Lạng Sơn\""))
    case("syntax-tab-indent.yaml", "a tab instead of spaces before a key inside a mapping", t,
         errors=["tab_char"], first=pos_of(t, "\tname"), message="tab")
    t = base("A tab indents the first key of a mapping", ("  id: lang-son", "\tid: lang-son"))
    case("syntax-tab-first-key.yaml", "a tab instead of spaces before the first key of a mapping", t,
         errors=["tab_char"], first=pos_of(t, "\tid"), message="tab")
    t = base("A quote is never closed", ('title: "Số liệu thử nghiệm (hư cấu)"', 'title: "Số liệu thử nghiệm (hư cấu)'))
    case("syntax-unclosed-quote.yaml",
         "a double-quoted title without its closing quote: the text runs on to the next quote "
         "(the opening one of the next line's value) and the error shows just after it, naming "
         "the mapping at line 4", t,
         errors=["syntax_context"], first=pos_of(t, '2013"\nsources'), message="line 4")
    t = base("A flow mapping is never closed", ('      - {value: 53538, as_of: "2013"}', '      - {value: 53538, as_of: "2013"'))
    case("syntax-unclosed-flow.yaml", "a { … } value without its closing brace", t,
         errors=["syntax_context"], first=pos_of(t, "- {value: 45632"), message="while parsing a flow mapping")
    t = base("A key without its colon", ("metadata:\n", "metadata\n"))
    case("syntax-missing-colon.yaml", "'metadata' written without its colon", t,
         errors=["syntax_context"], first=pos_of(t, "title:", shift=len("title")), message="could not find expected ':'")
    t = base("A colon inside unquoted text", ('title: "Số liệu thử nghiệm (hư cấu)"', "title: Số liệu: thử nghiệm"))
    case("syntax-colon-in-text.yaml", "unquoted text containing ': '", t,
         errors=["syntax"], first=pos_of(t, ": thử"), message="mapping values are not allowed")
    t = base("A key indented one space too far", ('  as_of: "2013"', '   as_of: "2013"'))
    case("syntax-bad-indent.yaml", "one key indented deeper than its siblings", t,
         errors=["syntax_context"], first=pos_of(t, "as_of: \"2013\"\nsources"), message="did not find expected key")
    t = base("A list item indented less than its siblings", ("  - id: S2\n    title", " - id: S2\n    title"))
    case("syntax-list-dedent.yaml", "a list item indented one space less than the one before", t,
         errors=["syntax_context"], first=pos_of(t, "- id: S2"), message="did not find expected key")
    t = base("A Windows path in double quotes", ('  - {id: S1, title: "Báo Lạng Sơn (hư cấu)"}',
                                                 '  - {id: S1, title: "Báo Lạng Sơn", file: "C:\\Users\\ban-to-chuc\\bao-cao.docx"}'))
    case("syntax-windows-path-escape.yaml",
         "a Windows path in double quotes: \\U starts an escape of 8 hex digits, and 's' is not one", t,
         errors=["syntax_context"], first=pos_of(t, "\\Users", shift=2), message="hexdecimal")
    t = base("A surrogate written as an escape", ('name: "Đảng bộ huyện Đình Lập"', 'name: "Đảng bộ \\uD800 huyện"'))
    case("syntax-escape-surrogate.yaml", "\\uD800, half of a UTF-16 surrogate pair, as an escape", t,
         errors=["syntax_context"], first=pos_of(t, "\\uD800", shift=2), message="Unicode character escape")
    t = "%YAML 1.1\n%YAML 1.1\n---\n" + base("Two %YAML directives")
    case("syntax-duplicate-directive.yaml", "the %YAML directive twice", t,
         errors=["syntax"], first=(2, 1), message="duplicate %YAML directive")
    t = base("Two files joined, the second with its BOM", ("root:\n", "\ufeffroot:\n"))
    case("bom-in-the-middle.yaml",
         "a byte-order mark at the start of line 10 (two files saved as 'UTF-8 with BOM' joined into one)", t,
         errors=["bom_inside"], first=pos_of(t, "\ufeff"), message="byte-order mark")
    t = base("Two documents in one file") + "---\nformat: 1\n"
    case("syntax-two-documents.yaml", "a second YAML document after ---", t,
         errors=["multiple_documents"], first=pos_of(t, "---"), message="second YAML document")
    t = "%YAML 2.0\n---\n" + base("A YAML version the reader does not know")
    case("syntax-yaml-2-directive.yaml", "a %YAML 2.0 directive", t,
         errors=["syntax"], first=(1, 1), message="incompatible YAML document")
    t = base("A bracket closed twice", ('      - {value: 53538, as_of: "2013"}', '      - {value: 53538, as_of: "2013"}}'))
    case("syntax-extra-brace.yaml", "a } too many after a flow mapping", t,
         errors=["syntax_context"], first=pos_of(t, '"2013"}}', shift=7))

    # ------------------------------------------------------------------ structure and schema
    case("empty.yaml", "a file of zero bytes", b"", errors=["empty"], first=None, message="empty")
    case("only-comments.yaml", "only comments and blank lines", "# Số liệu sẽ bổ sung sau.\n\n#\n",
         errors=["empty"], first=None, message="empty")
    case("only-bom.yaml", "a UTF-8 byte-order mark and nothing else", b"\xef\xbb\xbf",
         errors=["empty"], first=None)
    t = "# The top level is a list\n- format: 1\n- metadata: {title: T}\n"
    case("top-level-list.yaml", "the top level is a list, not a mapping", t,
         errors=["wrong_type"], first=pos_of(t, "- format"), message="found a list")
    t = "# The top level is plain text\nĐây là báo cáo, không phải tệp dữ liệu.\n"
    case("top-level-text.yaml", "the top level is a line of text", t,
         errors=["wrong_type"], first=pos_of(t, "Đây"), message="found text")
    t = base("No format and no root", ("format: 1\n", ""))
    t = t[:t.index("root:")]
    case("missing-format-and-root.yaml", "'format' and 'root' are both missing", t,
         errors=["missing_key", "missing_key"], first=pos_of(t, "metadata:"), message='"format" is missing')
    t = base("Format version 2", ("format: 1", "format: 2"))
    case("format-2.yaml", "format: 2, a version this program does not read", t,
         errors=["bad_format_version"], first=pos_of(t, "2\nmetadata"), message="format 2 is not supported")
    t = base("Format version in quotes", ("format: 1", 'format: "1"'))
    case("format-quoted.yaml", "format: \"1\" (the version in quotes)", t,
         errors=["bad_format_version"], first=pos_of(t, '"1"'), message='"1"')
    t = base("Metadata without a title", ('  title: "Số liệu thử nghiệm (hư cấu)"\n', ""))
    case("metadata-no-title.yaml", "metadata has no title", t,
         errors=["missing_key"], first=pos_of(t, "as_of: \"2013\""), message='"title" is missing')
    t = base("A misspelt key", ("  source: S1\n  figures", "  sourse: S1\n  figures"))
    case("unknown-key-misspelt.yaml",
         "'sourse' for 'source': the error, and the unit's figures and points (which took the "
         "unit's source) now have none", t,
         errors=["unknown_key_suggest"], warnings=["no_source"] * 3, first=pos_of(t, "sourse"),
         message='did you mean "source"')
    t = base("An unknown key", ("  kind: district\n", "  kind: district\n      colour: red\n"))
    case("unknown-key.yaml", "a key the format does not have", t,
         errors=["unknown_key"], first=pos_of(t, "colour"), message='unknown key "colour"')
    t = base("A unit without a name", ('      name: "Đảng bộ huyện Đình Lập"\n', ""))
    case("unit-missing-name.yaml", "a child unit without a name", t,
         errors=["missing_key"], first=pos_of(t, "id: dinh-lap"), message='"name" is missing')
    t = base("Figures written as a list", ("  figures:\n    members:\n      - {value: 53538, as_of: \"2013\"}\n"
                                           "      - {value: 45632, as_of: \"2010-03-31\", source: S2}\n",
                                           "  figures:\n    - {value: 53538, as_of: \"2013\"}\n"))
    case("figures-as-list.yaml", "figures written as a list instead of measure: values", t,
         errors=["wrong_type"], first=pos_of(t, "- {value: 53538"), message="found a list")
    t = base("A misspelt kind", ("kind: province", "kind: provinse"))
    case("bad-kind.yaml", "kind: provinse", t,
         errors=["bad_enum_suggest"], first=pos_of(t, "provinse"), message='did you mean "province"')
    t = base("A district under a commune", ("kind: province", "kind: commune"))
    case("kind-order.yaml", "a district stands under a commune", t,
         errors=["kind_order"], first=pos_of(t, "district\n"), message='cannot stand under')
    t = base("An id with spaces and accents", ("id: dinh-lap", 'id: "Đình Lập"'))
    case("bad-id.yaml", "an id with a space and accents", t,
         errors=["bad_id"], first=pos_of(t, '"Đình Lập"'), message="not a valid id")
    t = base("A figure names a source that is not listed", ("source: S2}", "source: S9}"))
    case("unknown-source.yaml", "a figure names source S9, which is not listed", t,
         errors=["unknown_source"], first=pos_of(t, "S9"), message='no source has the id "S9"')
    t = base("A misspelt measure", ("    members:\n", "    member:\n"))
    case("unknown-measure.yaml", "'member' for 'members'", t,
         errors=["unknown_measure_suggest"], first=pos_of(t, "member:"), message='did you mean "members"')
    t = base("A key twice in a flow mapping", ('{value: 53538, as_of: "2013"}', '{value: 53538, value: 53583, as_of: "2013"}'))
    case("duplicate-key-flow.yaml", "'value' twice in one { … }", t,
         errors=["duplicate_key"], first=pos_of(t, "value: 53583"), message='"value" appears twice')
    t = base("A key twice in a block mapping", ("  kind: province\n", "  kind: province\n  name: \"Tỉnh Lạng Sơn\"\n"))
    case("duplicate-key-block.yaml", "'name' twice in the root unit", t,
         errors=["duplicate_key"], first=pos_of(t, "name: \"Tỉnh"), message="first at line 12")
    t = base("The top-level key root twice") + "root:\n  id: x\n  name: \"X\"\n  kind: province\n"
    case("duplicate-key-top.yaml", "a second 'root:' at the end of the file (the first must not be silently replaced)", t,
         errors=["duplicate_key"], first=pos_of(t, "root:", 2), message='"root" appears twice')
    t = base("Two units with one id", ("id: dinh-lap", "id: lang-son"))
    case("duplicate-unit-id.yaml", "a child unit has its parent's id", t,
         errors=["duplicate_id"], first=pos_of(t, "lang-son", 2), message="first at line 11")
    t = base("Two sources with one id", ("  - id: S2\n", "  - id: S1\n"))
    t = t.replace("source: S2}", "source: S1}")
    case("duplicate-source-id.yaml", "two sources with the id S1", t,
         errors=["duplicate_id"], first=pos_of(t, "id: S1", 2, shift=4),
         message='source id "S1" is used twice')
    t = base("Two measures with one id", ("sources:\n", "measures:\n  - {id: trainees, label: \"Học viên\"}\n"
                                          "  - {id: trainees, label: \"Học viên (2)\"}\nsources:\n"))
    case("duplicate-measure-id.yaml", "two declared measures with one id", t,
         errors=["duplicate_id"], first=pos_of(t, "trainees", 2), message='measure id "trainees"')
    t = base("Two series with one id", ("  children:\n", "    - {id: villages, title: \"Lại\", type: bar, points: [{category: A, value: 1}]}\n  children:\n"))
    case("duplicate-series-id.yaml", "two series of one unit with the id 'villages'", t,
         errors=["duplicate_id"], first=pos_of(t, "{id: villages"), message='series id "villages"')
    t = base("One period twice in a series, spelt two ways",
             ('        - {period: "2013", value: 48}', '        - {period: "2010–2013", value: 48}\n'
                                                       '        - {period: "2010-2013", value: 47}'))
    case("duplicate-point.yaml", "'2010–2013' and '2010-2013' are the same period", t,
         errors=["duplicate_point"], first=pos_of(t, '{period: "2010-2013"'), message="already has a point for 2010–2013")
    t = base("One figure twice for one date", ('as_of: "2010-03-31"', 'as_of: "2013"'))
    case("duplicate-figure-period.yaml", "two members figures for 2013", t,
         errors=["duplicate_point"], first=pos_of(t, "{value: 45632"), message="2013")
    t = base("A line series point without a period", ('{period: "2013", value: 48}', "{value: 48}"))
    case("point-needs-period.yaml", "a point of a line series has no period", t,
         errors=["point_needs_period"], first=pos_of(t, "{value: 48}"), message='needs "period"')
    t = base("A bar series point without a category", ("type: line", "type: bar"))
    case("point-needs-category.yaml", "the points of a bar series have periods, not categories", t,
         errors=["point_needs_category", "point_needs_category"], first=pos_of(t, '{period: "2010"'),
         message='needs "category"')
    t = base("A misspelt qualifier", ('{value: 53538, as_of: "2013"}', '{value: 53538, as_of: "2013", qualifier: more-than}'))
    case("bad-qualifier.yaml", "qualifier: more-than (a hyphen for the underscore)", t,
         errors=["bad_enum_suggest"], first=pos_of(t, "more-than"), message='did you mean "more_than"')
    t = base("A rate per decade", ('{value: 53538, as_of: "2013"}', '{value: 53538, as_of: "2010–2013", per: decade}'))
    case("bad-per.yaml", "per: decade (only year, quarter, month)", t,
         errors=["bad_enum"], first=pos_of(t, "per: decade", shift=5), message="year, quarter, month")
    t = base("A series type that does not exist", ("type: line", "type: pie"))
    case("bad-series-type.yaml", "type: pie", t,
         errors=["bad_enum"], first=pos_of(t, "pie"), message="line, bar, stacked")
    t = base("count zero", ("      source: S1\n", "      source: S1\n      count: 0\n      notes: \"none\"\n"))
    case("count-zero.yaml", "count: 0 (a row standing for no units)", t,
         errors=["count_too_small"], first=pos_of(t, "0\n      notes"), message="expected 1 or more")
    t = base("A rule that cannot be read", ("  series:\n", "  checks:\n    - rule: \"members@2013 == members@2010\"\n  series:\n"))
    case("bad-check.yaml", "a rule with '=='", t,
         errors=["bad_check"], first=pos_of(t, '"members@2013'), message="cannot be read")
    t = base("An empty name", ('name: "Đảng bộ huyện Đình Lập"', 'name: ""'))
    case("empty-name.yaml", "name: \"\"", t,
         errors=["empty_text"], first=pos_of(t, '""'), message="expected a name")
    t = base("A list used as a key", ("  source: S1\n  figures", "  source: S1\n  [a, b]: 1\n  figures"))
    case("complex-key.yaml", "a list [a, b] used as a key", t,
         errors=["complex_key"], first=pos_of(t, "[a, b]"), message="a key must be plain text")

    t = base("A measure neither known nor declared", ("    members:\n", "    trainees:\n"))
    case("unknown-measure-undeclared.yaml", "a measure of the file's own used without declaring it", t,
         errors=["unknown_measure"], first=pos_of(t, "trainees"), message='declared under "measures"')
    t = WARNINGS
    case("warnings-every-kind.yaml", "a file that loads, with one of each warning: the data disagrees with itself", t,
         warnings=["rollup_exceeds", "listed_exceeds", "maybe_thousands_separator", "check_failed",
                   "check_unknown_value", "total_mismatch", "count_without_note", "no_source", "rollup_differs"])

    # ------------------------------------------------------------------ numbers
    def fig(value: str) -> str:
        return base(f"members: {value}", ("value: 53538", f"value: {value}"))

    for name, value, code, msg in [
        ("number-in-quotes.yaml", '"53538"', "number_text", "without quotes"),
        ("number-negative.yaml", "-53538", "negative", "negative"),
        ("number-thousands-dot.yaml", "53.538", "thousands_separator", "53538"),
        ("number-thousands-space.yaml", "53 538", "bad_number", "no separators"),
        ("number-decimal-count.yaml", "2.5", "not_integer", "whole number"),
        ("number-leading-zero.yaml", "053538", "leading_zero", "octal"),
        ("number-exponent.yaml", "5.3538e4", "bad_number", "not a number"),
        ("number-underscore.yaml", "53_538", "bad_number", "not a number"),
        ("number-hex.yaml", "0xD122", "bad_number", "not a number"),
        ("number-plus-sign.yaml", "+53538", "bad_number", "not a number"),
        ("number-2pow53.yaml", "9007199254740992", "number_too_large", "9007199254740991"),
        ("number-2pow64.yaml", "18446744073709551616", "number_too_large", "too large"),
        ("number-2pow64-minus-1.yaml", "18446744073709551615", "number_too_large", "too large"),
        ("number-5000-digits.yaml", "7" * 5000, "number_too_large", "too large"),
        ("number-boolean.yaml", "yes", "yaml11_surprise", "yes/no"),
        ("number-date.yaml", "2013-12-31", "yaml11_surprise", "a date"),
        ("number-sexagesimal.yaml", "1:20", "bad_number", "not a number"),
    ]:
        t = fig(value)
        case(name, f"members value {value[:40]}", t, errors=[code], first=pos_of(t, f"value: {value}", shift=7),
             message=msg)
    t = base("members: 53,538 written out", ('      - {value: 53538, as_of: "2013"}\n',
                                             '      - value: 53,538\n        as_of: "2013"\n'))
    case("number-thousands-comma.yaml", "value: 53,538 (a comma for the thousands) in block style", t,
         errors=["bad_number"], first=pos_of(t, "53,538"), message="no separators")
    t = base("members: 53,538 in braces", ("value: 53538", "value: 53,538"))
    case("number-thousands-comma-flow.yaml",
         "{value: 53,538, …}: in braces the comma splits the number, so 538 becomes a key", t,
         errors=["bad_number"], first=pos_of(t, "53,538"), message="separator")
    t = base("NaN and infinities", ('      - {value: 53538, as_of: "2013"}\n',
                                    '      - {value: .nan, as_of: "2013"}\n      - {value: .inf, as_of: "2014"}\n'
                                    '      - {value: -.Inf, as_of: "2015"}\n      - {value: NaN, as_of: "2016"}\n'))
    case("number-nan-inf.yaml", ".nan, .inf, -.Inf and NaN as figures", t,
         errors=["not_finite"] * 4, first=pos_of(t, ".nan"), message="not a finite number")
    t = base("A decimal measure past 2^53", ("sources:\n", "measures: [{id: share}]\nsources:\n"),
             ('      - {value: 53538, as_of: "2013"}\n', '      - {value: 53538, as_of: "2013"}\n    share:\n'
                                                       '      - {value: 12345678901234567890.5, as_of: "2013"}\n'))
    case("number-large-decimal.yaml", "a decimal of a measure of the file's own, past 2^53", t,
         errors=["number_too_large"], first=pos_of(t, "12345678901234567890.5"), message="too large")

    # ------------------------------------------------------------------ YAML 1.1 traps
    for name, field, old, value, read_as in [
        ("yaml11-no.yaml", "name", 'name: "Đảng bộ huyện Đình Lập"', "no", "yes/no"),
        ("yaml11-on.yaml", "name", 'name: "Đảng bộ huyện Đình Lập"', "On", "yes/no"),
        ("yaml11-octal-code.yaml", "code", 'code: "189"', "010", "a number"),
        ("yaml11-octal-code-2.yaml", "code", 'code: "189"', "06001", "a number"),
        ("yaml11-sexagesimal.yaml", "name", 'name: "Đảng bộ huyện Đình Lập"', "1:20", "a number"),
        ("yaml11-date.yaml", "name", 'name: "Đảng bộ huyện Đình Lập"', "2013-12-31", "a date"),
        ("yaml11-decimal.yaml", "code", 'code: "189"', "1.10", "a decimal number"),
        ("yaml11-null.yaml", "name", 'name: "Đảng bộ huyện Đình Lập"', "~", None),
    ]:
        t = base(f"{field}: {value} unquoted", (old, f"{field}: {value}"))
        at = pos_of(t, f"{field}: {value}", shift=len(field) + 2)
        if read_as is None:
            case(name, f"{field}: {value} (YAML reads it as nothing)", t, errors=["empty_text"], first=at)
        else:
            case(name, f"{field}: {value} unquoted: YAML 1.1 reads it as {read_as}", t,
                 errors=["yaml11_surprise"], first=at, message=f'put it in quotes ("{value}")')
    t = base("A commune code with a leading zero that is not octal", ('code: "189"', "code: 06019"))
    case("ok-code-06019-unquoted.yaml",
         "code: 06019 unquoted: not an octal number in YAML 1.1 (it has a 9), so it is the text "
         "06019 (a YAML 1.2 reader would make it 6019; the doc asks for quotes)", t)
    t = base("language: no (Norwegian, or false?)", ('  as_of: "2013"\n', '  as_of: "2013"\n  language: no\n'))
    case("yaml11-language-no.yaml", "language: no — YAML 1.1 makes it false", t,
         errors=["yaml11_surprise"], first=pos_of(t, "language: no", shift=10), message="yes/no")
    t = base("name: N unquoted", ('name: "Đảng bộ huyện Đình Lập"', "name: N"))
    case("yaml11-single-letter-n.yaml", "name: N — a YAML 1.1 boolean (y|Y|n|N), which docs/data-format.md says is refused", t,
         errors=["yaml11_surprise"], first=pos_of(t, "name: N", shift=6))
    t = base("Invalid dates and periods", ('as_of: "2010-03-31"', 'as_of: 2023-02-30'),
             ('{period: "2010", value: 90}', '{period: 2013-13, value: 90}'),
             ('{period: "2013", value: 48}', '{period: "2013–2010", value: 48}'))
    case("bad-periods.yaml", "30 February 2023, month 13, a span that runs backwards", t,
         errors=["bad_period"] * 3, first=pos_of(t, "2023-02-30"), message="is not a date or period")

    # ------------------------------------------------------------------ encodings
    text = base("UTF-16 little-endian with a BOM")
    case("utf16le-bom.yaml", "UTF-16 LE with a BOM (Notepad's 'Unicode')", text.encode("utf-16"),
         errors=["utf16"], first=(1, 1), message="UTF-16")
    case("utf16be-bom.yaml", "UTF-16 BE with a BOM", b"\xfe\xff" + base("UTF-16 BE").encode("utf-16-be"),
         errors=["utf16"], first=(1, 1), message="UTF-16")
    case("utf16le-nobom.yaml", "UTF-16 LE without a BOM", base("UTF-16 LE, no BOM").encode("utf-16-le"),
         errors=["utf16"], first=(1, 1), message="UTF-16")
    case("utf32le-bom.yaml", "UTF-32 LE with a BOM: refused as UTF-32",
         base("UTF-32").encode("utf-32"), errors=["utf32"], first=(1, 1))
    raw = encode_cp1258(base("Windows-1258 (Vietnamese ANSI code page)"))
    case("cp1258.yaml", "the reference file saved as Windows-1258 (Notepad 'ANSI' on Vietnamese Windows)",
         raw, errors=["not_utf8"], first=byte_pos(raw), message="not UTF-8",
         message_vi="UTF-8")
    raw = encode_tcvn3(base("TCVN3 (ABC), the old .VnTime fonts' encoding"))
    case("tcvn3.yaml", "the reference file in TCVN3 (ABC), as written with the .VnTime fonts",
         raw, errors=["not_utf8"], first=byte_pos(raw), message="not UTF-8")
    raw = base("Only the names in TCVN3; the rest ASCII").encode()
    raw = raw.replace("Đảng bộ huyện Đình Lập".encode(), encode_tcvn3("Đảng bộ huyện Đình Lập"))
    raw = raw.replace("(hư cấu)".encode(), b"(hu cau)").replace("Số liệu thử nghiệm".encode(), b"So lieu thu nghiem")
    raw = raw.replace("Báo Lạng Sơn".encode(), b"Bao Lang Son").replace("Báo cáo tổng kết".encode(), b"Bao cao tong ket")
    raw = raw.replace("Đảng bộ tỉnh Lạng Sơn".encode(), b"Dang bo tinh Lang Son").replace("Thôn chưa có chi bộ".encode(), b"Thon chua co chi bo")
    case("tcvn3-name-late.yaml", "a mostly ASCII file whose first legacy byte is on line 28 (a name pasted from an old document)",
         raw, errors=["not_utf8"], first=byte_pos(raw, bytes([TCVN3["Đ"]])), message="0xA7")
    raw = ("# Ghi chú: " + "số liệu").encode() + b" \xe9 \n" + base("A stray byte in a comment").encode()
    case("bad-byte-in-comment.yaml", "a Latin-1 byte inside a comment on line 1", raw,
         errors=["not_utf8"], first=byte_pos(raw, b"\xe9 "), message="0xE9")
    raw = base("A UTF-16 surrogate encoded in UTF-8").encode().replace(b"(h\xc6\xb0 c\xe1\xba\xa5u)\"\n  as_of", b"\xed\xa0\x80\"\n  as_of")
    case("utf8-surrogate.yaml", "CESU-8: a surrogate half (ED A0 80) is not UTF-8", raw,
         errors=["not_utf8"], first=byte_pos(raw, b"\xed\xa0\x80"), message="0xED")
    raw = base("An overlong UTF-8 sequence").encode().replace(b"lang-son\n", b"lang\xc0\xafson\n")
    case("utf8-overlong.yaml", "an overlong encoding of '/' (C0 AF)", raw,
         errors=["not_utf8"], first=byte_pos(raw, b"\xc0\xaf"), message="0xC0")
    raw = base("The file ends inside a character").encode() + "      notes: \"Lạ".encode()[:-1]
    case("utf8-truncated.yaml", "the file was cut off in the middle of a three-byte character", raw,
         errors=["not_utf8"], first=byte_pos(raw, "ạ".encode()[:2], last=True))
    raw = base("A NUL byte").encode().replace(b"kind: district", b"kind: dis\x00trict")
    case("nul-byte.yaml", "a NUL byte in the middle of a word", raw,
         errors=["nul_byte"], first=byte_pos(raw, b"\x00"), message="NUL")
    raw = base("The file ends with NUL padding (a copy cut short on a USB stick)").encode() + b"\x00" * 64
    case("nul-padding.yaml", "the file ends with 64 NUL bytes (an interrupted copy)", raw,
         errors=["nul_byte"], first=byte_pos(raw, b"\x00"), message="NUL")
    t = base("A raw ESC control character in a name", ('name: "Đảng bộ huyện Đình Lập"', 'name: "Đảng bộ huyện\x1b Đình Lập"'))
    case("control-char-esc.yaml", "a raw ESC (0x1B) inside a quoted name", t,
         errors=["control_char"], first=pos_of(t, "\x1b"), message="U+001B")
    # Windows-1258's curly quotes and dash are 0x93, 0x94, 0x96: C1 controls once read as Latin-1.
    mojibake = encode_cp1258("“Đảng bộ huyện Đình Lập” – 2013").decode("latin-1")
    t = base("A Windows-1258 name read as Latin-1 and saved as UTF-8", ('name: "Đảng bộ huyện Đình Lập"', f'name: "{mojibake}"'))
    c1 = next(ch for ch in mojibake if 0x80 <= ord(ch) <= 0x9F)
    case("latin1-mojibake-c1.yaml", "a Windows-1258 name (with curly quotes) converted to UTF-8 as if it were Latin-1: it holds C1 control characters", t,
         errors=["control_char"], first=pos_of(t, c1), message="control character")
    t = base("A NEL (U+0085) inside a comment", ("# A NEL (U+0085) inside a comment", "# Ghi chú\u0085 (NEL) trong dòng chú thích"),
             ("kind: province", "kind: provinse"))
    case("nel-in-comment.yaml",
         "U+0085 (NEL, what cp1252's '…' becomes when mis-read as Latin-1) inside a comment: refused "
         "where it stands (YAML 1.1 would end the line there and shift every later position)", t,
         errors=["control_char"], first=(1, t.index("\u0085") + 1), message="U+0085")
    t = base("A line separator (U+2028) inside a quoted name", ('name: "Đảng bộ tỉnh Lạng Sơn"', 'name: "Đảng bộ tỉnh\u2028Lạng Sơn"'),
             ("kind: district", "kind: distrct"))
    case("line-separator-in-name.yaml",
         "U+2028 inside a quoted name (pasted from a web page): refused where it stands (YAML 1.1 "
         "counts it as a line end, which would shift every later position)", t,
         errors=["control_char"], first=pos_of(t, "\u2028"), message="U+2028")
    raw = base("CR-only line ends and a Windows-1258 byte").replace("\n", "\r").encode()
    raw = raw.replace("Đảng bộ huyện Đình Lập".encode(), encode_cp1258("Đảng bộ huyện Đình Lập"))
    at = raw.index(encode_cp1258("Đ"))
    line = raw.count(b"\r", 0, at) + 1
    col = len(raw[raw.rfind(b"\r", 0, at) + 1:at].decode("utf-8", "replace")) + 1
    case("cr-only-bad-byte.yaml", "old Mac line ends (CR only) and a legacy byte on line 28", raw,
         errors=["not_utf8"], first=(line, col))

    # ------------------------------------------------------------------ hostile
    t = base("A Python tag that would create a file",
             ('  - {id: S1, title: "Báo Lạng Sơn (hư cấu)"}',
              '  - {id: S1, title: !!python/object/apply:builtins.open ["pwned-by-bad-input.txt", "w"]}'))
    case("tag-python-apply-open.yaml",
         "!!python/object/apply:builtins.open — would create pwned-by-bad-input.txt in the current folder", t,
         errors=["tag", "wrong_type"], first=pos_of(t, "!!python"), message="!!python/object/apply:builtins.open")
    t = base("A Python tag that would run a shell command",
             ("  kind: province\n", "  kind: province\n  notes: !!python/object/apply:os.system [\"echo pwned > pwned-by-bad-input-2.txt\"]\n"))
    case("tag-python-os-system.yaml",
         "!!python/object/apply:os.system — would run a shell command creating pwned-by-bad-input-2.txt", t,
         errors=["tag"], first=pos_of(t, "!!python"), message="not allowed")
    t = base("python/object/new", ('name: "Đảng bộ huyện Đình Lập"',
                                   'name: !!python/object/new:subprocess.Popen [["touch", "pwned-by-bad-input-3.txt"]]'))
    case("tag-python-new-popen.yaml", "!!python/object/new:subprocess.Popen — would run touch", t,
         errors=["tag", "wrong_type"], first=pos_of(t, "!!python"))
    t = base("python/name", ('name: "Đảng bộ huyện Đình Lập"', "name: !!python/name:os.system ''"))
    case("tag-python-name.yaml", "!!python/name:os.system (with an empty value: the name is empty too)", t,
         errors=["tag", "empty_text"], first=pos_of(t, "!!python"), message="!!python/name:os.system")
    t = "%TAG !py! tag:yaml.org,2002:python/\n---\n" + base(
        "A %TAG directive that hides the python tag",
        ('  - {id: S1, title: "Báo Lạng Sơn (hư cấu)"}',
         '  - {id: S1, title: !py!object/apply:builtins.open ["pwned-by-bad-input-4.txt", "w"]}'))
    case("tag-directive-alias.yaml", "a %TAG handle spelling !!python/object/apply without writing it", t,
         errors=["tag", "wrong_type"], first=pos_of(t, "!py!object"), message="!!python/object/apply")
    t = base("A verbatim tag", ('  - {id: S1, title: "Báo Lạng Sơn (hư cấu)"}',
                                '  - {id: S1, title: !<tag:yaml.org,2002:python/object/apply:builtins.open> ["pwned-by-bad-input-5.txt", "w"]}'))
    case("tag-verbatim.yaml", "the python tag written verbatim !<tag:yaml.org,2002:python/…>", t,
         errors=["tag", "wrong_type"], first=pos_of(t, "!<tag"), message="not allowed")
    t = base("A local tag", ('name: "Đảng bộ huyện Đình Lập"', 'name: !vn "Đảng bộ huyện Đình Lập"'))
    case("tag-local.yaml", "a local tag !vn", t, errors=["tag"], first=pos_of(t, "!vn"), message="!vn")
    t = base("A !!str tag", ('name: "Đảng bộ huyện Đình Lập"', 'name: !!str "Đảng bộ huyện Đình Lập"'))
    case("tag-str.yaml", "!!str, which docs/data-format.md lists among the refused tags", t,
         errors=["tag"], first=pos_of(t, "!!str"))
    lines = ['  bomb0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"  bomb{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    # Each top-level bombK key is unknown; every anchor and alias is refused where it stands.
    t = base("Billion laughs: nine levels of nine aliases (10^9 strings if expanded)",
             ("sources:\n", "\n".join(lines).replace("  bomb", "bomb") + "\nsources:\n"))
    errs = []
    for i in range(10):
        errs += ["unknown_key", "alias"] + ([] if i == 0 else ["alias"] * 9)
    case("alias-bomb.yaml", "billion laughs: 10 anchors, 81 aliases; each refused where it stands, nothing expanded", t,
         errors=errs, first=pos_of(t, "bomb0"), message='unknown key "bomb0"')
    t = base("A recursive alias", ("root:\n  id: lang-son", "root: &r\n  id: lang-son"),
             ("    - id: dinh-lap\n      name: \"Đảng bộ huyện Đình Lập\"\n      kind: district\n      code: \"189\"\n      source: S1\n",
              "    - *r\n"))
    case("alias-recursive.yaml", "a unit whose child is itself (&r … *r)", t,
         errors=["alias", "alias"], first=pos_of(t, "&r"), message="anchors and aliases")
    t = base("A merge key", ("sources:\n", "defaults: &d {kind: district, source: S1}\nsources:\n"),
             ("      kind: district\n      code", "      <<: *d\n      code"))
    case("alias-merge-key.yaml", "a YAML merge key <<: *d (the unit then lacks the kind the merge would give)", t,
         errors=["unknown_key", "alias", "missing_key", "unknown_key", "alias"], first=pos_of(t, "defaults"),
         message='unknown key "defaults"')
    t = base("An alias to an anchor that does not exist", ("source: S2}", "source: *S2}"))
    case("alias-undefined.yaml", "*S2, an alias with no anchor", t,
         errors=["alias"], first=pos_of(t, "*S2"))
    t = base("A key with terminal escape sequences", ("  kind: province\n", '  kind: province\n  "\\e]0;pwned\\a\\e[2J\\e[31mnote": 1\n'))
    case("terminal-escape-key.yaml",
         "an unknown key written with YAML escapes for ESC ]0;…BEL (set the terminal's title) and ESC [2J (clear the screen)", t,
         errors=["control_char", "unknown_key"], first=pos_of(t, '"\\e]0'), message="U+001B")
    t = base("A NUL written as an escape", ('name: "Đảng bộ huyện Đình Lập"', 'name: "Đảng bộ huyện\\0 Đình Lập"'))
    case("escape-nul-in-name.yaml", "a NUL written as the YAML escape \\0 inside a quoted name", t,
         errors=["nul_byte"], first=pos_of(t, '"Đảng bộ huyện\\0'),
     )
    t = base("300 levels of nesting", ("  kind: province\n", "  kind: province\n  notes: " + "[" * 300 + "]" * 300 + "\n"))
    # The top mapping and the root unit are levels 1 and 2, so the 199th "[" opens level 201.
    case("deep-300.yaml", "300 nested lists (the limit is 200 levels)", t,
         errors=["too_deep"], first=pos_of(t, "[[", shift=198), message="200")
    t = base("A 20,000-character name", ('name: "Đảng bộ huyện Đình Lập"', 'name: "' + "Đình Lập " * 2222 + 'x"'))
    case("long-name-20k.yaml", "a name of 20,000 characters (the limit is 10,000)", t,
         errors=["string_too_long"], first=pos_of(t, '"Đình Lập Đình'), message="10000")
    t = base("Too many keys in a flow mapping", ("  kind: province\n", "  kind: province\n  figures2: {" +
                                                  ", ".join(f"k{i}: {i}" for i in range(2000)) + "}\n"))
    case("wide-unknown-mapping.yaml", "an unknown key holding a flow mapping of 2,000 keys", t,
         errors=["unknown_key"], first=pos_of(t, "figures2"))


def main() -> int:
    build()
    names = [c["entry"]["file"] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate file names: {sorted(dup)}")
    keep = set(names) | {"expected.yaml", "make_corpus.py", ".gitattributes"}
    for old in HERE.iterdir():
        if old.is_file() and old.name not in keep:
            old.unlink()
    for c in CASES:
        (HERE / c["entry"]["file"]).write_bytes(c["data"])
    header = ("# The expected outcome of each file in this folder (written by make_corpus.py; edit\n"
              "# the script, not this file). For each file: ok, the exit code of main.py --check,\n"
              "# the codes of all errors and all warnings in file order, the line:column of the\n"
              "# first error (null: the message has no position), a phrase of the English (and\n"
              "# Vietnamese) message, and, for a known loader bug, xfail with the bug; the\n"
              "# expectations of such a case are what the loader should answer.\n")
    body = yaml.safe_dump([c["entry"] for c in CASES], allow_unicode=True, sort_keys=False, width=100,
                          default_flow_style=None)
    (HERE / "expected.yaml").write_text(header + body, encoding="utf-8")
    print(f"{len(CASES)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
