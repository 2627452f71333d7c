"""The interface languages CaseDesk ships, their locales and their names (never translated)."""

from __future__ import annotations

LANGUAGES = ("es", "fr", "pt_BR", "en")
LOCALES = {"es": "es_ES", "fr": "fr_FR", "pt_BR": "pt_BR", "en": "en_GB"}
# Each language's name in itself: the menu lists them so, whatever the current language.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt_BR": "Português (Brasil)"}


def closest_language(locale_name: str) -> str:
    """The shipped language closest to a locale name such as 'pt_PT' or 'fr_CA' (English when none is)."""
    if locale_name.startswith("pt"):
        return "pt_BR"
    return locale_name[:2] if locale_name[:2] in ("es", "fr") else "en"
