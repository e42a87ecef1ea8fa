"""`ppr-video doctor`: whether this machine can run the studio, one line a check. The network seal is tried
for real: a process is started in it and must see only loopback and reach nothing."""

import ctypes
import ctypes.util
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.engine import make_url

from cli.app import app
from cli.output import console, print_json
from domain.paths import REMOTION_DIR
from store.config import database_url
from store.db import make_engine
from store.migrate import current_revision, head_revision
from video.engine.media import compositor_tool
from video.seal import current_seal, verify_seal
from video.stills.browser import CHROMIUM

MIN_NODE_MAJOR = 20
_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    # A required check that fails makes `doctor` exit 1; an optional one is a warning.
    required: bool = True


def _run(argv: list[str], env: dict[str, str] | None = None) -> str:
    """The first line the command prints; RuntimeError with what it said when it fails."""
    done = subprocess.run(argv, capture_output=True, text=True, timeout=_TIMEOUT_S, env=env, check=False)
    lines = [line.strip() for line in (done.stdout + "\n" + done.stderr).splitlines() if line.strip()]
    if done.returncode != 0:
        raise RuntimeError(lines[-1] if lines else f"exit code {done.returncode}")
    return next((line for line in lines if not line.startswith("/usr/bin/chromium:")), "")


def check_seal() -> Check:
    checked = verify_seal(current_seal())
    if not checked.ok:
        problems = "; ".join(checked.problems)
        detail = f"{problems}: generated code is not rendered, jobs use their template"
        return Check("network seal", False, detail)
    seal = checked.seal
    assert seal.tool is not None
    version = _run([seal.tool, "--version"]) if seal.method == "bwrap" else seal.method or ""
    return Check(
        "network seal",
        True,
        f"{version}: a network namespace with only loopback; this machine's loopback and the outside are "
        "unreachable from it",
    )


def check_chromium() -> Check:
    if not CHROMIUM.exists():
        return Check("chromium", False, f"{CHROMIUM} is missing: apt-get install chromium")
    return Check("chromium", True, f"{_run([str(CHROMIUM), '--version'])} ({CHROMIUM})")


def check_espeak() -> Check:
    library = ctypes.util.find_library("espeak-ng")
    try:
        ctypes.CDLL(library or "libespeak-ng.so.1")
    except OSError:
        return Check(
            "espeak-ng",
            False,
            "libespeak-ng is missing: apt-get install espeak-ng (without it the offline voice is skipped)",
            required=False,
        )
    binary = shutil.which("espeak-ng")
    version = _run([binary, "--version"]).split("  ")[0] if binary else f"{library}"
    return Check("espeak-ng", True, version, required=False)


def check_ffmpeg() -> Check:
    try:
        ffmpeg, env = compositor_tool("ffmpeg")
    except FileNotFoundError as error:
        return Check("ffmpeg (bundled)", False, str(error))
    version = _run([str(ffmpeg), "-hide_banner", "-version"], env)
    return Check("ffmpeg (bundled)", True, f"{' '.join(version.split()[:3])} ({ffmpeg.parent.name})")


def check_node() -> Check:
    node = shutil.which("node")
    if node is None:
        return Check("node", False, f"node is missing: install Node.js {MIN_NODE_MAJOR} or newer")
    version = _run([node, "--version"])
    found = re.match(r"v(\d+)", version)
    if found is None or int(found.group(1)) < MIN_NODE_MAJOR:
        return Check("node", False, f"node {version} is too old: Node.js {MIN_NODE_MAJOR} or newer")
    if not (REMOTION_DIR / "node_modules" / ".bin" / "esbuild").exists():
        return Check("node", False, f"node {version}, but remotion/node_modules is missing: run `make setup`")
    return Check("node", True, f"node {version}; remotion/node_modules installed")


def check_database() -> Check:
    url = database_url()
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        return Check("database", True, f"{shown}: created on first use")
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
    except Exception as error:  # any driver error means the same thing here: it cannot be used
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return Check("database", False, f"{shown}: {first}")
    finally:
        engine.dispose()
    head = head_revision()
    state = "at the newest schema"
    if revision != head:
        state = f"schema {revision or 'empty'}, migrated on first use"
    return Check("database", True, f"{shown}: {state}")


CHECKS: list[Callable[[], Check]] = [
    check_seal,
    check_chromium,
    check_espeak,
    check_ffmpeg,
    check_node,
    check_database,
]


def run_checks() -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check())
        except (OSError, RuntimeError, subprocess.TimeoutExpired) as error:
            name = check.__name__.removeprefix("check_").replace("_", " ")
            results.append(Check(name, False, str(error)))
    return results


@app.command()
def doctor(
    as_json: Annotated[bool, typer.Option("--json", help="Print the checks as JSON.")] = False,
) -> None:
    """Check this machine: the network seal generated code renders in (tried for real), Chromium, espeak-ng,
    the bundled ffmpeg, Node and the database. Exit code 1 when something required is missing."""
    checks = run_checks()
    ok = all(check.ok for check in checks if check.required)
    if as_json:
        print_json({"ok": ok, "checks": [asdict(check) for check in checks]})
    else:
        width = max(len(check.name) for check in checks)
        for check in checks:
            mark = "[green]ok  [/]" if check.ok else ("[red]FAIL[/]" if check.required else "[yellow]warn[/]")
            console.print(f"{mark} {check.name.ljust(width)}  {check.detail}", highlight=False)
    if not ok:
        raise typer.Exit(1)
