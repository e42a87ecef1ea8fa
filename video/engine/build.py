"""Builds the engine's TypeScript (remotion/engine/*.ts) into one CommonJS file when its sources change."""

import hashlib
import os
import subprocess
from pathlib import Path

from domain.paths import REMOTION_DIR

ENGINE_SOURCES = REMOTION_DIR / "engine"
ENGINE_BUILD_DIR = REMOTION_DIR / ".cache" / "engine"


def _sources_hash() -> str:
    digest = hashlib.sha256()
    for source in sorted(ENGINE_SOURCES.rglob("*.ts")):
        digest.update(source.relative_to(ENGINE_SOURCES).as_posix().encode())
        digest.update(source.read_bytes())
    # The engine bundles it too (engine/bundle.ts imports it).
    digest.update((REMOTION_DIR / "webpack-override.ts").read_bytes())
    digest.update((REMOTION_DIR / "package-lock.json").read_bytes())
    return digest.hexdigest()[:16]


def ensure_engine_built() -> Path:
    """Path of the built engine, rebuilding it with esbuild (about 0.1 s) if any source changed."""
    built = ENGINE_BUILD_DIR / f"main-{_sources_hash()}.cjs"
    if built.exists():
        return built
    esbuild = REMOTION_DIR / "node_modules" / ".bin" / "esbuild"
    if not esbuild.exists():
        raise FileNotFoundError("remotion/node_modules is missing: run `make setup`")
    ENGINE_BUILD_DIR.mkdir(parents=True, exist_ok=True)
    # Each process writes its own file, then renames it into place: engines starting at once on one machine
    # never read a half-written build.
    partial = built.with_suffix(f".partial-{os.getpid()}.cjs")
    subprocess.run(
        [
            str(esbuild),
            str(ENGINE_SOURCES / "main.ts"),
            "--bundle",
            "--platform=node",
            "--format=cjs",
            "--target=node20",
            "--packages=external",
            "--log-level=warning",
            f"--outfile={partial}",
        ],
        check=True,
        cwd=REMOTION_DIR,
    )
    partial.replace(built)
    return built
