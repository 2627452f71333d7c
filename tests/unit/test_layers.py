"""DESIGN §1: models/, storage/ and services/ never import Qt; views sit on top."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    lint_imports = shutil.which("lint-imports")
    if lint_imports is None:
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    result = subprocess.run([lint_imports, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_import_without_qt_in_a_fresh_interpreter():
    code = (
        "import sys, importlib, pkgutil\n"
        "import desktop_app.services as s, desktop_app.models, desktop_app.storage\n"
        "for m in pkgutil.walk_packages(s.__path__, 'desktop_app.services.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_ruff_is_clean():
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    result = subprocess.run([ruff, "check", "desktop_app", "tests", "tools"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- no import cycles, no private names across modules ------------------------------------------

PACKAGE = ROOT / "desktop_app"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree) -> set[int]:
    """Ids of the nodes under `if TYPE_CHECKING:` (imports for annotations only: exempt)."""
    import ast

    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            exempt.update(id(inner) for inner in ast.walk(node))
    return exempt


def import_graph() -> tuple[dict[str, set[str]], list[str]]:
    """Module → the package modules it imports (inside functions too), and the private imports found."""
    import ast

    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    private: list[str] = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        exempt = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in exempt:
                continue
            if isinstance(node, ast.Import):
                targets = [owner(alias.name) for alias in node.names if alias.name.startswith("desktop_app")]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("desktop_app"):
                targets = []
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.append(full if full in modules else owner(node.module))
                    if alias.name.startswith("_") and not alias.name.startswith("__") and full not in modules:
                        private.append(f"{name} imports {alias.name} from {node.module} (line {node.lineno})")
            else:
                continue
            graph[name].update(t for t in targets if t and t != name and not name.startswith(f"{t}."))
    return graph, private


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_counting_imports_inside_functions():
    graph, _private = import_graph()
    assert len(graph) > 100 and "desktop_app.services.cases.case_editing" in graph["desktop_app.services.cases.status_moves"]
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_private_name_is_imported_from_another_module():
    _graph, private = import_graph()
    assert private == []
