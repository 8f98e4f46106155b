"""Diagnostics: what the loader says about a data file, as codes with arguments.

The loader knows nothing of Qt, so it cannot translate. Each message is a code with named
arguments; the English template for each code lives here, marked with ``QT_TRANSLATE_NOOP`` so
that ``pyside6-lupdate`` collects it into the translation files, and whoever shows a message
(the window, the command line) passes the template through Qt's translator and then formats it
with :func:`render`.

Arguments that are themselves words to translate (a type such as "a number") are given as
codes too (:data:`WORDS`) and are translated in the same way before formatting.
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Callable, Mapping

from .records import Record, _set, record

CONTEXT = "Diagnostics"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


# The templates. Placeholders are Python ``str.format`` names; a translation must keep them.
TEMPLATES: dict[str, str] = {
    # reading the file
    "read_failed": QT_TRANSLATE_NOOP("Diagnostics", "cannot read the file: {reason}"),
    "not_a_file": QT_TRANSLATE_NOOP("Diagnostics", "this is a folder, not a data file"),
    "not_regular_file": QT_TRANSLATE_NOOP(
        "Diagnostics", "this is not a regular file (a pipe or a device); expected a data file"),
    "file_missing": QT_TRANSLATE_NOOP("Diagnostics", "the file does not exist"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file is {size} bytes; expected at most {limit} bytes"),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the file is not UTF-8 text (byte 0x{byte} cannot start or continue a character); "
        "expected UTF-8: save the file as \"UTF-8\" (a legacy Vietnamese encoding such as "
        "TCVN3 or Windows-1258 is not accepted)"),
    "utf16": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file is UTF-16 text; expected UTF-8: save the file as \"UTF-8\""),
    "nul_byte": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file contains a NUL byte; expected text"),
    "utf32": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file is UTF-32 text; expected UTF-8: save the file as \"UTF-8\""),
    "control_char": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the invisible control character {char} stands here; expected ordinary text: delete it "
        "(it often comes from a copy and paste or a wrong conversion of the file)"),
    "bom_inside": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "an invisible byte-order mark (U+FEFF) stands here, as when two files are joined; "
        "expected ordinary text: delete it"),
    "tab_char": QT_TRANSLATE_NOOP(
        "Diagnostics", "a tab character indents this line; expected spaces for indentation"),
    "empty": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file is empty; expected a data file starting with \"format: 1\""),
    # YAML syntax and structure
    "syntax": QT_TRANSLATE_NOOP("Diagnostics", "YAML syntax error: {problem}"),
    "syntax_context": QT_TRANSLATE_NOOP(
        "Diagnostics", "YAML syntax error: {problem} ({context} at line {context_line})"),
    "multiple_documents": QT_TRANSLATE_NOOP(
        "Diagnostics", "a second YAML document starts here; expected one document per file"),
    "alias": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "YAML anchors and aliases (&name, *name) are not allowed; expected each value written out"),
    "tag": QT_TRANSLATE_NOOP(
        "Diagnostics", "the YAML tag {tag} is not allowed; expected plain values without tags"),
    "too_deep": QT_TRANSLATE_NOOP(
        "Diagnostics", "the data is nested more than {limit} levels deep; expected at most {limit}"),
    "string_too_long": QT_TRANSLATE_NOOP(
        "Diagnostics", "this text is {length} characters long; expected at most {limit}"),
    "too_many_units": QT_TRANSLATE_NOOP(
        "Diagnostics", "the file has more than {limit} units; expected at most {limit}"),
    "complex_key": QT_TRANSLATE_NOOP(
        "Diagnostics", "a key must be plain text; expected a name such as \"title\""),
    # schema
    "duplicate_key": QT_TRANSLATE_NOOP(
        "Diagnostics", "the key \"{key}\" appears twice (first at line {first_line}); expected each key once"),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Diagnostics", "unknown key \"{key}\"; expected one of: {expected}"),
    "unknown_key_suggest": QT_TRANSLATE_NOOP(
        "Diagnostics", "unknown key \"{key}\" (did you mean \"{suggestion}\"?); expected one of: {expected}"),
    "missing_key": QT_TRANSLATE_NOOP(
        "Diagnostics", "\"{key}\" is missing; expected {what}"),
    "wrong_type": QT_TRANSLATE_NOOP("Diagnostics", "found {found}; expected {expected}"),
    "yaml11_surprise": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "YAML reads {text} here as {read_as}; expected {expected}: put it in quotes (\"{text}\") "
        "if text is meant"),
    "leading_zero": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the number {text} has a leading zero, which YAML may read as octal; expected a number "
        "without leading zeros, or text in quotes"),
    "bad_number": QT_TRANSLATE_NOOP(
        "Diagnostics", "{text} is not a number; expected digits such as 53538 (no separators)"),
    "number_text": QT_TRANSLATE_NOOP(
        "Diagnostics", "found the text \"{text}\"; expected a number without quotes"),
    "not_finite": QT_TRANSLATE_NOOP(
        "Diagnostics", "{text} is not a finite number; expected a count or an amount"),
    "number_too_large": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the number {text} is too large to draw exactly; expected at most 9007199254740991 (2^53 − 1)"),
    "negative": QT_TRANSLATE_NOOP(
        "Diagnostics", "the count {value} is negative; expected zero or more"),
    "thousands_separator": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{text} is written with a thousands separator; expected a whole number in digits only: "
        "{digits}"),
    "maybe_thousands_separator": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{text} is read as a decimal number; if {digits} is meant, write it without the dot"),
    "not_integer": QT_TRANSLATE_NOOP(
        "Diagnostics", "{text} is not a whole number; expected a whole number"),
    "count_too_small": QT_TRANSLATE_NOOP(
        "Diagnostics", "count is {value}; expected 1 or more"),
    "bad_period": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "\"{text}\" is not a date or period; expected a year (2013), a date (2010-03-31), "
        "a month (2013-06), a quarter (2010-Q1) or a span of years (2010–2013)"),
    "bad_enum": QT_TRANSLATE_NOOP(
        "Diagnostics", "\"{text}\" is not allowed here; expected one of: {expected}"),
    "bad_enum_suggest": QT_TRANSLATE_NOOP(
        "Diagnostics", "\"{text}\" is not allowed here (did you mean \"{suggestion}\"?); expected one of: {expected}"),
    "bad_format_version": QT_TRANSLATE_NOOP(
        "Diagnostics", "format {text} is not supported; expected format: 1"),
    "bad_id": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "\"{text}\" is not a valid id; expected letters, digits, \"-\", \"_\", \".\" or \":\", "
        "starting with a letter or digit"),
    "empty_text": QT_TRANSLATE_NOOP("Diagnostics", "this text is empty; expected {what}"),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "Diagnostics", "the {what} id \"{id}\" is used twice (first at line {first_line}); expected unique ids"),
    "unknown_source": QT_TRANSLATE_NOOP(
        "Diagnostics", "no source has the id \"{id}\"; expected one of: {expected}"),
    "unknown_measure": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "unknown measure \"{id}\"; expected a measure declared under \"measures\" or one of: {expected}"),
    "unknown_measure_suggest": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "unknown measure \"{id}\" (did you mean \"{suggestion}\"?); expected a measure declared "
        "under \"measures\" or one of: {expected}"),
    "kind_order": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "a unit of kind \"{child}\" cannot stand under a unit of kind \"{parent}\"; expected a "
        "lower level ({expected})"),
    "point_needs_period": QT_TRANSLATE_NOOP(
        "Diagnostics", "a point of a line series needs \"period\"; expected a year or a date"),
    "point_needs_category": QT_TRANSLATE_NOOP(
        "Diagnostics", "a point of a {type} series needs \"category\"; expected the name of a bar"),
    "duplicate_point": QT_TRANSLATE_NOOP(
        "Diagnostics", "this series already has a point for {where} (line {first_line}); expected one point each"),
    "bad_check": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the rule \"{text}\" cannot be read; expected a rule such as "
        "\"villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2013\""),
    "check_unknown_value": QT_TRANSLATE_NOOP(
        "Diagnostics", "the rule names {term}, which this unit does not report; expected a reported figure"),
    # warnings: data that loads but disagrees with itself
    "no_source": QT_TRANSLATE_NOOP(
        "Diagnostics", "this figure names no source; expected \"source\" with a source id"),
    "rollup_exceeds": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the children's {measure} add up to {total}, more than this unit's own figure {own}"),
    "rollup_differs": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the children's {measure} add up to {total}, but this unit's own figure is {own}"),
    "listed_exceeds": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "the data lists {listed} units counted by {measure}, more than this unit's figure {own}"),
    "check_failed": QT_TRANSLATE_NOOP(
        "Diagnostics", "the rule \"{rule}\" does not hold: {left} ≠ {right}"),
    "total_mismatch": QT_TRANSLATE_NOOP(
        "Diagnostics", "the parts of series \"{series}\" add up to {sum}, but its total is {total}"),
    "count_without_note": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "this unit stands for {count} unnamed units but has no note; expected a note saying how "
        "the number follows from the sources"),
}

# Words used as arguments (what was found, what was expected); translated before formatting.
WORDS: dict[str, str] = {
    "a_mapping": QT_TRANSLATE_NOOP("Diagnostics", "a mapping (key: value lines)"),
    "a_list": QT_TRANSLATE_NOOP("Diagnostics", "a list (lines starting with \"- \")"),
    "text": QT_TRANSLATE_NOOP("Diagnostics", "text"),
    "a_number": QT_TRANSLATE_NOOP("Diagnostics", "a number"),
    "a_whole_number": QT_TRANSLATE_NOOP("Diagnostics", "a whole number"),
    "a_period": QT_TRANSLATE_NOOP("Diagnostics", "a year or a date"),
    "nothing": QT_TRANSLATE_NOOP("Diagnostics", "nothing (an empty value)"),
    "a_boolean": QT_TRANSLATE_NOOP("Diagnostics", "a yes/no value"),
    "an_octal_number": QT_TRANSLATE_NOOP("Diagnostics", "an octal number"),
    "a_date": QT_TRANSLATE_NOOP("Diagnostics", "a date"),
    "a_sexagesimal_number": QT_TRANSLATE_NOOP("Diagnostics", "a base-60 number"),
    "a_decimal_number": QT_TRANSLATE_NOOP("Diagnostics", "a decimal number"),
    "a_source_id": QT_TRANSLATE_NOOP("Diagnostics", "the id of a source"),
    "a_name": QT_TRANSLATE_NOOP("Diagnostics", "a name"),
    "a_title": QT_TRANSLATE_NOOP("Diagnostics", "a title"),
    "an_id": QT_TRANSLATE_NOOP("Diagnostics", "an id"),
    "a_kind": QT_TRANSLATE_NOOP("Diagnostics", "a kind of unit"),
    "the_format_version": QT_TRANSLATE_NOOP("Diagnostics", "the format version (format: 1)"),
    "the_metadata": QT_TRANSLATE_NOOP("Diagnostics", "the data's title and date (metadata)"),
    "the_root_unit": QT_TRANSLATE_NOOP("Diagnostics", "the top unit of the tree (root)"),
    "a_value": QT_TRANSLATE_NOOP("Diagnostics", "the figure's value (or null if not reported)"),
    "the_points": QT_TRANSLATE_NOOP("Diagnostics", "the points of the series"),
    "a_series_type": QT_TRANSLATE_NOOP("Diagnostics", "the series type"),
    "a_document_number": QT_TRANSLATE_NOOP("Diagnostics", "the document's number"),
    "a_rule": QT_TRANSLATE_NOOP("Diagnostics", "a rule"),
    "a_category": QT_TRANSLATE_NOOP("Diagnostics", "the name of a bar (category)"),
    "unit": QT_TRANSLATE_NOOP("Diagnostics", "unit"),
    "source": QT_TRANSLATE_NOOP("Diagnostics", "source"),
    "series": QT_TRANSLATE_NOOP("Diagnostics", "series"),
    "measure": QT_TRANSLATE_NOOP("Diagnostics", "measure"),
}


# libyaml's own words for syntax errors (the arguments "problem" and "context"), so that
# a Vietnamese user reads them in Vietnamese too; any other wording is shown as libyaml gives it.
SYNTAX_PHRASES: dict[str, str] = {
    'found character that cannot start any token': QT_TRANSLATE_NOOP("Diagnostics", 'found character that cannot start any token'),
    "could not find expected ':'": QT_TRANSLATE_NOOP("Diagnostics", "could not find expected ':'"),
    'found unexpected end of stream': QT_TRANSLATE_NOOP("Diagnostics", 'found unexpected end of stream'),
    'found unknown escape character': QT_TRANSLATE_NOOP("Diagnostics", 'found unknown escape character'),
    'did not find expected alphabetic or numeric character': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected alphabetic or numeric character'),
    'mapping values are not allowed in this context': QT_TRANSLATE_NOOP("Diagnostics", 'mapping values are not allowed in this context'),
    'mapping values are not allowed here': QT_TRANSLATE_NOOP("Diagnostics", 'mapping values are not allowed here'),
    'block sequence entries are not allowed in this context': QT_TRANSLATE_NOOP("Diagnostics", 'block sequence entries are not allowed in this context'),
    'found a tab character that violates indentation': QT_TRANSLATE_NOOP("Diagnostics", 'found a tab character that violates indentation'),
    'found a tab character where an indentation space is expected': QT_TRANSLATE_NOOP("Diagnostics", 'found a tab character where an indentation space is expected'),
    'did not find expected comment or line break': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected comment or line break'),
    'did not find expected key': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected key'),
    "did not find expected '-' indicator": QT_TRANSLATE_NOOP("Diagnostics", "did not find expected '-' indicator"),
    "did not find expected ',' or ']'": QT_TRANSLATE_NOOP("Diagnostics", "did not find expected ',' or ']'"),
    "did not find expected ',' or '}'": QT_TRANSLATE_NOOP("Diagnostics", "did not find expected ',' or '}'"),
    'did not find expected node content': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected node content'),
    'found undefined tag handle': QT_TRANSLATE_NOOP("Diagnostics", 'found undefined tag handle'),
    'did not find expected <document start>': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected <document start>'),
    'found incompatible YAML document': QT_TRANSLATE_NOOP("Diagnostics", 'found incompatible YAML document'),
    'found unexpected document indicator': QT_TRANSLATE_NOOP("Diagnostics", 'found unexpected document indicator'),
    'while parsing a block mapping': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a block mapping'),
    'while parsing a block collection': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a block collection'),
    'while parsing a flow sequence': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a flow sequence'),
    'while parsing a flow mapping': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a flow mapping'),
    'while scanning a simple key': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a simple key'),
    'while scanning a quoted scalar': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a quoted scalar'),
    'while scanning a plain scalar': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a plain scalar'),
    'while scanning a block scalar': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a block scalar'),
    'while parsing a block node': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a block node'),
    'while parsing a flow node': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a flow node'),
    'while scanning an anchor': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning an anchor'),
    'while scanning an alias': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning an alias'),
    'while scanning a tag': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a tag'),
    'while scanning a directive': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning a directive'),
    'while increasing flow level': QT_TRANSLATE_NOOP("Diagnostics", 'while increasing flow level'),
    'while parsing a node': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a node'),
    'did not find expected hexdecimal number': QT_TRANSLATE_NOOP("Diagnostics", 'did not find expected hexdecimal number'),
    'found invalid Unicode character escape code': QT_TRANSLATE_NOOP("Diagnostics", 'found invalid Unicode character escape code'),
    'while parsing a quoted scalar': QT_TRANSLATE_NOOP("Diagnostics", 'while parsing a quoted scalar'),
    'found duplicate %YAML directive': QT_TRANSLATE_NOOP("Diagnostics", 'found duplicate %YAML directive'),
    'while scanning for the next token': QT_TRANSLATE_NOOP("Diagnostics", 'while scanning for the next token'),
}

SEVERITY_WORDS: dict[Severity, str] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Diagnostics", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Diagnostics", "warning"),
}


@record()
class Diagnostic(Record):
    """One problem: where (1-based line and column; 0 when there is no position) and what."""

    __slots__ = ("severity", "code", "args", "file", "line", "column")
    severity: Severity
    code: str
    args: Mapping[str, object]  # a new empty dict when not given
    file: str
    line: int
    column: int

    def __init__(self, severity: Severity, code: str, args: Mapping[str, object] | None = None,
                 file: str = "", line: int = 0, column: int = 0) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.severity = severity
        self.code = code
        self.args = {} if args is None else args
        self.file = file
        self.line = line
        self.column = column
        self.__class__ = Diagnostic

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file

    def render(self, translate: Callable[[str], str] = lambda s: s,
               number: Callable[[int | float], str] = str) -> str:
        """The message alone, translated by ``translate`` (English when it is the identity)."""
        return render(self.code, self.args, translate, number)

    def format(self, translate: Callable[[str], str] = lambda s: s,
               number: Callable[[int | float], str] = str) -> str:
        """``FILE:LINE:COLUMN: error: message`` (or ``FILE: error: …`` without a position)."""
        sev = translate(SEVERITY_WORDS[self.severity])
        return f"{self.location()}: {sev}: {self.render(translate, number)}"


def render(code: str, args: Mapping[str, object], translate: Callable[[str], str] = lambda s: s,
           number: Callable[[int | float], str] = str) -> str:
    """Format a message code with its arguments. Arguments named in ``WORDS`` are translated;
    whole numbers that are figures (not line numbers) go through ``number``."""
    template = translate(TEMPLATES[code])
    shown: dict[str, object] = {}
    for key, value in args.items():
        if isinstance(value, Word):
            shown[key] = translate(WORDS[value.code])
        elif key in ("problem", "context") and isinstance(value, str) and value in SYNTAX_PHRASES:
            shown[key] = translate(SYNTAX_PHRASES[value])
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and key not in _PLAIN:
            shown[key] = number(value)
        elif isinstance(value, str):
            # Lists the program makes ("expected one of: …") are shown whole; values from the
            # file are made visible and cut short.
            shown[key] = visible(value, shorten=key != "expected")
        else:
            shown[key] = value
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or broke a placeholder must not hide the message.
        return TEMPLATES[code].format(**shown)


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]")
MAX_SHOWN = 80  # characters of a value quoted in a message


def visible(text: str, shorten: bool = True) -> str:
    """A value as a message may quote it: control and direction characters written as \\xNN /
    \\uNNNN (so a data file cannot drive the terminal that prints the message), and a long
    value cut short with "…"."""
    if shorten and len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN - 20] + "…"
    return _INVISIBLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                          else f"\\u{ord(m.group()):04x}", text)


# Arguments that are positions or sizes in the file, shown without grouping.
_PLAIN = frozenset({"first_line", "context_line", "limit", "size", "length"})


@record()
class Word(Record):
    """An argument that is a translatable word (see WORDS)."""

    __slots__ = ("code",)
    code: str

    def __init__(self, code: str) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.code = code
        self.__class__ = Word

    def __str__(self) -> str:
        return WORDS[self.code]
