"""Builds the still-check page (remotion/preview) with esbuild, once per content hash of its sources."""

import hashlib
import os
import shutil
import subprocess
import time
from pathlib import Path

from domain.paths import REMOTION_DIR

PREVIEW_SOURCES = REMOTION_DIR / "preview"
PREVIEW_BUILD_DIR = REMOTION_DIR / ".cache" / "preview"
_HASHED_FOLDERS = (REMOTION_DIR / "src", PREVIEW_SOURCES)
# Builds of older sources are removed once this old; a process started before may still be serving one.
_STALE_BUILD_S = 24 * 3600


def preview_hash() -> str:
    """Hash of everything that goes into the page: remotion/src, remotion/preview and the locked packages."""
    digest = hashlib.sha256()
    files = sorted(path for folder in _HASHED_FOLDERS for path in folder.rglob("*") if path.is_file())
    for path in [*files, REMOTION_DIR / "package-lock.json"]:
        digest.update(str(path.relative_to(REMOTION_DIR)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_preview_built() -> Path:
    """The folder with index.html and preview.js, built with esbuild (about 0.2 s) if sources changed."""
    built = PREVIEW_BUILD_DIR / preview_hash()
    if (built / "preview.js").exists():
        return built
    esbuild = REMOTION_DIR / "node_modules" / ".bin" / "esbuild"
    if not esbuild.exists():
        raise FileNotFoundError("remotion/node_modules is missing: run `make setup` (it runs npm ci)")
    building = built.with_name(f"{built.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    subprocess.run(
        [
            str(esbuild),
            str(PREVIEW_SOURCES / "main.tsx"),
            "--bundle",
            "--format=iife",
            "--platform=browser",
            "--target=chrome120",
            "--minify",
            "--alias:@ppr/components=./src/library.ts",
            '--define:process.env.NODE_ENV="production"',
            "--log-level=warning",
            f"--outfile={building / 'preview.js'}",
        ],
        check=True,
        cwd=REMOTION_DIR,
    )
    shutil.copyfile(PREVIEW_SOURCES / "index.html", building / "index.html")
    try:
        building.rename(built)
    except OSError:
        # Another process finished the same build first: use theirs.
        shutil.rmtree(building, ignore_errors=True)
        if not (built / "preview.js").exists():
            raise
    _remove_stale_builds(keep=built)
    return built


def _remove_stale_builds(keep: Path) -> None:
    cutoff = time.time() - _STALE_BUILD_S
    for folder in PREVIEW_BUILD_DIR.iterdir():
        if folder != keep and folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
