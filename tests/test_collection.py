"""Every test module in the repository is collected by pytest.

A list of test folders in pyproject.toml once left four apps' tests out of every run, and nothing
noticed. pytest now looks everywhere; this test fails if a module is ever skipped again
(a folder added to `norecursedirs`, a misnamed file, a module that fails to import)."""

import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

REPOSITORY = Path(settings.BASE_DIR)
# Names pytest's default rules (and a reader) would take for test modules; only `test_*.py` is
# collected here (pyproject.toml), so the other forms are mistakes this test reports too.
TEST_MODULE_NAME = re.compile(r"^(test_.*|.*_test|tests)\.py$")


def modules_named_as_tests():
    """Tracked and new (not ignored) files, as git sees them: what CI's clean checkout will hold."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    return {path for path in listed if TEST_MODULE_NAME.match(Path(path).name) and (REPOSITORY / path).exists()}


def modules_pytest_collects(*options):
    """The modules of the test ids pytest would run with no arguments, as `make test` runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *options],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"collection failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return {line.split("::", 1)[0] for line in result.stdout.splitlines() if "::" in line}


def test_pytest_collects_every_test_module():
    missing = sorted(modules_named_as_tests() - modules_pytest_collects())
    assert not missing, f"test modules that never run: {missing}"


def test_the_check_sees_modules_left_out_by_a_list_of_folders():
    """The check can fail: with the old list of test folders it reports the apps that list forgot."""
    left_out = modules_named_as_tests() - modules_pytest_collects("-o", "testpaths=tests accounts countries home kits")
    assert "news/tests/test_news.py" in left_out
    assert "editors/tests/test_permission_matrix.py" in left_out
    assert not any(path.startswith("tests/") for path in left_out)


def test_misnamed_modules_count_as_test_modules():
    assert TEST_MODULE_NAME.match("news_test.py")
    assert TEST_MODULE_NAME.match("tests.py")
    assert not TEST_MODULE_NAME.match("helpers.py")
    assert not TEST_MODULE_NAME.match("conftest.py")
