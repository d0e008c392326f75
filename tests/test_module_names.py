"""Each module binds each top-level name once: a second constant or function of the same name
silently replaces the first for every caller (a set of words read as another's, a cached
function losing its cache), which no other test may notice."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((*ROOT.glob("lint/*.py"), *ROOT.glob("rules/*.py")))


def _top_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    bindings = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bindings.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            bindings.extend((target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bindings.append((node.target.id, node.lineno))
    return bindings


@pytest.mark.parametrize("path", MODULES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for name, line in _top_level_bindings(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen[name] = line
    assert not twice, f"{path.name} binds twice: {', '.join(twice)}"


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("WORDS = frozenset()\n\ndef f():\n    pass\n\nWORDS = set()\n")
    names = [name for name, _ in _top_level_bindings(tree)]
    assert names.count("WORDS") == 2
