"""The apps import each other in one direction only (docs/architecture.md): the layers contract of
pyproject.toml, checked by import-linter, and no import cycle between any two modules."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(root):
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"], cwd=root, capture_output=True, text=True, timeout=120, check=False
    )


def root_packages():
    return sorted(path.parent.name for path in ROOT.glob("*/__init__.py") if path.parent.name != "tests")


def test_imports_follow_the_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_app_is_in_a_layer():
    """A new app left out of the contract would be allowed to import anything."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    assert sorted(config["root_packages"]) == root_packages()


def test_an_import_against_the_layers_breaks_the_contract(tmp_path):
    """The check is not vacuous: the base importing a domain app is reported."""
    for package in root_packages():
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("locale", "static", "fonts"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "core" / "listing.py").open("a") as module:
        module.write("\nimport kits.models  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "core is not allowed to import kits" in result.stdout


def import_cycles(packages):
    """Groups of modules that import each other, directly or through others (Tarjan's algorithm);
    tests and migrations left out."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    modules = {name for name in graph.modules if ".tests" not in name and ".migrations" not in name}
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_two_modules_import_each_other():
    assert import_cycles(root_packages()) == []


def test_a_cycle_through_a_third_module_is_found(tmp_path, monkeypatch):
    package = tmp_path / "circle"
    package.mkdir()
    for name, imported in (("__init__", None), ("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")):
        (package / f"{name}.py").write_text(f"import circle.{imported}\n" if imported else "")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles(["circle"]) == [["circle.a", "circle.b", "circle.c"]]
