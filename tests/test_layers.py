"""The layer contracts in pyproject.toml hold for the code, and they do catch a violation: the same contracts
run against a small tree where the media layer imports the agent, or the CLI imports the runner, fail."""

import subprocess
import sys
from pathlib import Path

from domain.paths import PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PACKAGES = ("domain", "store", "video", "agent", "service", "web", "cli", "evals", "pydantic_ai")


def contracts_toml() -> str:
    """The [tool.importlinter] tables of the project's pyproject.toml, as they are written there."""
    kept: list[str] = []
    keeping = False
    for line in (PROJECT_ROOT / "pyproject.toml").read_text().splitlines():
        if line.startswith("["):
            keeping = line.strip("[]").startswith("tool.importlinter")
        if keeping:
            kept.append(line)
    return "\n".join(kept) + "\n"


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def make_tree(root: Path, imports: dict[str, str]) -> Path:
    (root / "pyproject.toml").write_text(contracts_toml())
    for package in PACKAGES:
        (root / package).mkdir()
        (root / package / "__init__.py").write_text(imports.get(package, ""))
    return root


def test_the_code_keeps_its_layers() -> None:
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout


def test_a_clean_tree_passes(tmp_path: Path) -> None:
    tree = make_tree(
        tmp_path, {"cli": "import service\nimport store\n", "agent": "import video\nimport pydantic_ai\n"}
    )
    assert lint(tree).returncode == 0, lint(tree).stdout


def test_the_media_layer_importing_the_agent_fails(tmp_path: Path) -> None:
    result = lint(make_tree(tmp_path, {"video": "import agent\n"}))
    assert result.returncode != 0 and "video is not allowed to import agent" in result.stdout


def test_the_cli_reaching_into_the_agent_fails(tmp_path: Path) -> None:
    result = lint(make_tree(tmp_path, {"cli": "import agent\n"}))
    assert result.returncode != 0 and "cli is not allowed to import agent" in result.stdout


def test_the_web_app_reaching_into_the_agent_fails(tmp_path: Path) -> None:
    result = lint(make_tree(tmp_path, {"web": "import agent\n"}))
    assert result.returncode != 0 and "web is not allowed to import agent" in result.stdout


def test_the_service_importing_the_web_app_fails(tmp_path: Path) -> None:
    result = lint(make_tree(tmp_path, {"service": "import web\n"}))
    assert result.returncode != 0


def test_the_store_importing_pydantic_ai_fails(tmp_path: Path) -> None:
    result = lint(make_tree(tmp_path, {"store": "import pydantic_ai\n"}))
    assert result.returncode != 0 and "store is not allowed to import pydantic_ai" in result.stdout
