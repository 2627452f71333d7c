"""Errors a user can understand (UserError and kin) as opposed to bugs.

Messages are English templates with `{named}` fields; the views translate the
template (context "errors") before formatting, the command line prints it as is.
"""

from __future__ import annotations

# Exit codes of `casedesk` and its subcommands (DESIGN §4).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for translation without importing Qt (lupdate reads the name)."""
    return text


class AppError(Exception):
    """Base of every error that is the user's or the environment's, not a bug."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class UserError(AppError):
    """Bad input: a file, a field, an argument."""


class NotFound(UserError):
    """Something named by the user does not exist (or is not visible to them)."""


class PermissionDenied(UserError):
    """The acting user may not do this."""


class StaleEdit(UserError):
    """Someone else changed the record since it was read; nothing was overwritten."""


class StorageError(AppError):
    """The database or the document store cannot be used as it is."""


class ValidationError(UserError):
    """Several fields of one form are wrong; nothing was saved.

    `fields` maps each bad field's code to its own error (a UserError whose template names
    the field's label and the reason), so a form can show each message under its field.
    The summary message lists them all, for the command line and logs.
    """

    def __init__(self, fields: dict[str, UserError]) -> None:
        self.fields = dict(fields)
        super().__init__(QT_TRANSLATE_NOOP("errors", "Nothing was saved: {problems}"),
                         problems=" ".join(error.message for error in self.fields.values()))

    @property
    def messages(self) -> dict[str, str]:
        """Each bad field's message (untranslated), by field code."""
        return {code: error.message for code, error in self.fields.items()}


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, else its type's name (for one-line reports)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe(exc: BaseException) -> str:
    """'TypeName: first line of the message' (the type alone when there is no message)."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__
