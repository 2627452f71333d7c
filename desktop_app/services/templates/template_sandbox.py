"""Renders a user-editable .docx template safely: Jinja sandboxed, time and size bounded.

docxtpl renders with a plain Jinja environment, in which `{{ ''.__class__.__mro__ }}`
reaches every Python class (DESIGN §7). Templates here render in an
`ImmutableSandboxedEnvironment` (no underscored attributes, no unsafe callables, no
list.append/dict.update) with `StrictUndefined`, so an unsafe attribute or a misspelt
name stops the render with its reason instead of printing nothing. XML is autoescaped.

Bounds, so a hostile or mistaken template cannot hang or swamp the clerk's PC:
- time: a trace function on the template's compiled code checks a deadline on every line
  it runs (a loop bomb stops after `MAX_SECONDS`); other code is not traced;
- size: every output and every `~` concatenation is measured (`MAX_OUTPUT` characters);
  `*`, `**` and `%` are checked before they compute, integer arguments of calls and filters
  are capped (`MAX_INT`), and results of calls and filters are measured;
- input: the template file itself is pre-flighted as a zip (size, entry count, expansion).
"""

from __future__ import annotations

import functools
import re
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError

MAX_SECONDS = 10.0
MAX_OUTPUT = 20_000_000  # characters of rendered XML per part
MAX_INT = 1_000_000
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
MAX_TEMPLATE_EXPANDED = 60 * 1024 * 1024
MAX_TEMPLATE_ENTRIES = 500
_TEMPLATE_FILE = "<template>"  # the file name Jinja gives code compiled from a string
_FORMAT_WIDTH = re.compile(r"%[-+ #0]*(\d+)?(?:\.(\d+))?")


class TemplateLimit(Exception):
    """A bound was exceeded; `kind` is "time" or "size"."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind


def _measure(value: Any) -> Any:
    if isinstance(value, str | bytes | list | tuple | dict) and len(value) > MAX_OUTPUT:
        raise TemplateLimit("size", f"a text or list of {len(value)} elements")
    return value


def _check_ints(args: tuple, kwargs: dict) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            raise TemplateLimit("size", f"the number {value} (at most {MAX_INT})")


def _check_replace(text: object, args: tuple) -> None:
    if isinstance(text, str) and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        count = text.count(args[0]) if args[0] else len(text) + 1
        if len(text) + count * len(args[1]) > MAX_OUTPUT:
            raise TemplateLimit("size", "a replace that grows the text too much")


class _Generator(CodeGenerator):
    """Compiles `a ~ b` so that the joined text is measured."""

    def visit_Concat(self, node, frame) -> None:
        self.write("environment.measure(")
        super().visit_Concat(node, frame)
        self.write(")")


def _bounded_join(parts) -> str:
    out: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > MAX_OUTPUT:
            raise TemplateLimit("size", f"more than {MAX_OUTPUT} characters of output")
        out.append(part)
    return "".join(out)


def _guard_filter(function):
    @functools.wraps(function)
    def guarded(*args, **kwargs):
        _check_ints(args, kwargs)
        if function.__name__ == "do_replace" and len(args) >= 4:  # (eval_ctx, text, old, new)
            _check_replace(args[1], args[2:])
        return _measure(function(*args, **kwargs))
    return guarded


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the bounds above. One per render (it holds no deadline itself)."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"*", "**", "%", "+"})
    concat = staticmethod(_bounded_join)

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined)
        self.filters = {name: _guard_filter(f) for name, f in self.filters.items()}
        self.globals.pop("lipsum", None)
        self.measure = _measure

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int) and len(seq) * times > MAX_OUTPUT:
                    raise TemplateLimit("size", "a repetition that is too long")
        elif operator == "**":
            if isinstance(right, int | float) and isinstance(left, int | float) and (abs(right) > 64 or abs(left) > MAX_INT):
                raise TemplateLimit("size", "a power that is too large")
        elif operator == "%" and isinstance(left, str):
            for width, precision in _FORMAT_WIDTH.findall(left):
                if (width and int(width) > 1000) or (precision and int(precision) > 1000):
                    raise TemplateLimit("size", "a format width that is too large")
        return _measure(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # Jinja's own signature
        _check_ints(args, kwargs)
        if getattr(__obj, "__name__", "") == "replace":
            _check_replace(getattr(__obj, "__self__", None), args)
        return _measure(super().call(__context, __obj, *args, **kwargs))


def _deadline_tracer(deadline: float):
    """A trace function that lines-traces only template code and stops it at the deadline."""
    def local(frame, event, _arg):
        if event == "line" and time.monotonic() > deadline:
            raise TemplateLimit("time")
        return local

    def on_call(frame, _event, _arg):
        if frame.f_code.co_filename == _TEMPLATE_FILE:
            if time.monotonic() > deadline:
                raise TemplateLimit("time")
            return local
        return None
    return on_call


def _refused(name: str, reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "Template {name}: {reason}"), name=name, reason=reason)


def preflight(path: Path, name: str) -> None:
    """Refuses a template file that is not a sane .docx before docxtpl opens it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refused(name, f"cannot be read ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise _refused(name, "not a regular file")
    if size > MAX_TEMPLATE_BYTES:
        raise _refused(name, f"the file is too large ({size // (1024 * 1024)} MB)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refused(name, "not a .docx file (not a readable zip archive)") from exc
    if len(entries) > MAX_TEMPLATE_ENTRIES or sum(e.file_size for e in entries) > MAX_TEMPLATE_EXPANDED:
        raise _refused(name, "the .docx expands to too much data (a zip bomb?)")
    if not any(e.filename == "word/document.xml" for e in entries):
        raise _refused(name, "not a Word document (no word/document.xml)")
    if any(e.flag_bits & 0x1 for e in entries):
        raise _refused(name, "the .docx is encrypted")


def render_docx(path: Path, name: str, context: dict[str, Any], out: Path, *,
                max_seconds: float | None = None) -> None:
    """Renders template `path` with `context` into `out` (.docx). UserError names `name` and why."""
    from docxtpl import DocxTemplate

    max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
    preflight(path, name)
    try:
        template = DocxTemplate(str(path))
        template.init_docx()
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise _refused(name, f"not a readable .docx ({type(exc).__name__})") from exc
    previous = sys.gettrace()
    sys.settrace(_deadline_tracer(time.monotonic() + max_seconds))
    try:
        template.render(context, jinja_env=BoundedEnvironment(), autoescape=True)
    except TemplateLimit as exc:
        if exc.kind == "time":
            raise _refused(name, f"refused: rendering took more than {max_seconds:g} s "
                                 "(a loop that never ends?)") from None
        raise _refused(name, f"refused: the result would be too large ({exc})") from None
    except SecurityError as exc:
        raise _refused(name, f"refused: it tries something unsafe ({exc})") from None
    except UndefinedError as exc:
        raise _refused(name, f"unknown name or field ({exc})") from None
    except TemplateSyntaxError as exc:
        raise _refused(name, f"template syntax error ({exc.message})") from None
    except TemplateError as exc:
        raise _refused(name, f"cannot be filled in ({exc})") from None
    except (RecursionError, MemoryError) as exc:
        raise _refused(name, f"refused: too much work ({type(exc).__name__})") from None
    except Exception as exc:  # a tag that breaks the document's XML, a docxtpl limitation
        raise _refused(name, f"cannot be filled in ({type(exc).__name__}: {exc})") from exc
    finally:
        sys.settrace(previous)
    try:
        template.save(str(out))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be written ({reason})."),
                        file=str(out), reason=exc.strerror or str(exc)) from exc
