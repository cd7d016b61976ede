"""What a fresh install gets: every import declared, every declared package pinned with
hashes, and these tests running on the pinned versions."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("spiders", "pipeline", "nlp", "index", "api")
RUN_LOCK = REPO / "requirements" / "run.txt"
TEST_LOCK = REPO / "requirements" / "test.txt"
BUILD_TOOLS = {"pip", "setuptools", "wheel"}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.M)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(spec: str) -> str:
    return normalise(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", spec).group(0))


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def pins(lock: Path) -> dict[str, str]:
    return {normalise(name): version for name, version in _PIN.findall(lock.read_text(encoding="utf-8"))}


def third_party_imports() -> dict[str, set[str]]:
    """Top-level modules the package code imports (at any depth), with the files importing them."""
    local = set(PACKAGES)
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in local and top not in sys.stdlib_module_names and top != "__future__":
                        found.setdefault(top, set()).add(str(path.relative_to(REPO)))
    return found


def test_every_imported_distribution_is_a_declared_dependency():
    declared = {requirement_name(spec) for spec in project()["dependencies"]}
    declared |= {requirement_name(spec) for spec in project()["optional-dependencies"]["opensearch"]}
    providers = metadata.packages_distributions()
    undeclared = {}
    for module, files in third_party_imports().items():
        distributions = {normalise(d) for d in providers.get(module, [])}
        if not distributions & declared:
            undeclared[module] = (sorted(distributions) or ["not installed"], sorted(files)[:3])
    assert undeclared == {}, "imported but not declared in pyproject.toml dependencies"


@pytest.mark.parametrize("lock, extras", [(RUN_LOCK, ()), (TEST_LOCK, ("test",))], ids=["run", "test"])
def test_the_locks_pin_every_declared_dependency_with_hashes(lock, extras):
    specs = list(project()["dependencies"])
    for extra in extras:
        specs += project()["optional-dependencies"][extra]
    pinned = pins(lock)
    assert sorted({requirement_name(s) for s in specs} - set(pinned)) == [], f"run `make lock`: {lock.name} is stale"
    text = lock.read_text(encoding="utf-8")
    for name in pinned:
        block = re.search(rf"^{re.escape(name)}==\S+((?:\s*\\\n\s+--hash=\S+)+)", text, re.M | re.I)
        assert block is not None, f"{name} has no hash in {lock.name}"


def test_the_program_and_its_tests_pin_the_same_versions():
    run, test = pins(RUN_LOCK), pins(TEST_LOCK)
    assert {name: (version, test.get(name)) for name, version in run.items() if test.get(name) != version} == {}


def test_these_tests_run_on_the_pinned_versions():
    installed = {normalise(d.metadata["Name"]): d.version for d in metadata.distributions()}
    differing = {name: (version, installed.get(name)) for name, version in pins(TEST_LOCK).items()
                 if name not in BUILD_TOOLS and installed.get(name) != version}
    assert differing == {}, "the environment is not the locked one: install it with `make test`"
