"""Languages: loading the compiled translations, and the locale that numbers and dates follow.

The interface is in Vietnamese by default, English as a switch. Numbers and dates follow the
*interface* language, never the system locale (53.538 in Vietnamese, 53,538 in English, also
when the system locale is C). Source strings in the code are English; ``viewer_vi.qm`` holds
the Vietnamese translation of the app's strings and of the texts of Qt's own dialogs.

Only QtCore is imported here, so the command line can translate without QtWidgets.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
I18N_DIR = Path(__file__).resolve().parent

_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"viewer_{lang}.qm"


def locale_for(lang: str) -> QLocale:
    language, country = _LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE])
    loc = QLocale(language, country)
    # Figures are never abbreviated or padded; grouping is kept (53.538).
    return loc


def load_translator(lang: str) -> QTranslator | None:
    """A translator for ``lang`` (None for English, the source language)."""
    if lang == "en":
        return None
    tr = QTranslator()
    if not tr.load(str(qm_path(lang))):
        raise FileNotFoundError(f"missing translation file {qm_path(lang)}")
    return tr


class Language:
    """The current interface language of a running app: installs the translator and sets the
    default QLocale so that every view formats numbers alike."""

    def __init__(self) -> None:
        self.code = "en"
        self._translator: QTranslator | None = None

    def set(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = load_translator(lang)
        if self._translator is not None and app is not None:
            app.installTranslator(self._translator)
        QLocale.setDefault(locale_for(lang))
        self.code = lang


def translate_with(translator: QTranslator | None, context: str):
    """A ``str -> str`` translating in ``context`` with a given translator (for the CLI)."""
    if translator is None:
        return lambda text: text

    def tr(text: str) -> str:
        out = translator.translate(context, text)
        return out or text

    return tr
