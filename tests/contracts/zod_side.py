"""The TypeScript side of the props contracts: remotion/scripts/contracts.ts, bundled with the repo's esbuild
(as video/engine/build.py bundles the engine) and run by node."""

import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from domain.paths import REMOTION_DIR

SCRIPT = REMOTION_DIR / "scripts" / "contracts.ts"


def build(out_dir: Path) -> Path:
    """The script as one CommonJS file in `out_dir`; its packages stay outside (remotion/node_modules)."""
    bundle = out_dir / "contracts.cjs"
    subprocess.run(
        [
            str(REMOTION_DIR / "node_modules" / ".bin" / "esbuild"),
            str(SCRIPT),
            "--bundle",
            "--platform=node",
            "--format=cjs",
            "--target=node20",
            "--packages=external",
            "--log-level=warning",
            f"--outfile={bundle}",
        ],
        check=True,
        cwd=REMOTION_DIR,
    )
    return bundle


def ask(
    bundle: Path, *, props: Sequence[tuple[str, Any]] = (), colours: Sequence[str] = ()
) -> dict[str, Any]:
    """{"schemas": {composition: JSON Schema}, "problems": [one line or None per props],
    "colours": [zColor's verdict per colour], "colourNames": [Remotion's CSS colour names]}."""
    request = {"props": [list(item) for item in props], "colours": list(colours)}
    done = subprocess.run(
        ["node", str(bundle)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NODE_PATH": str(REMOTION_DIR / "node_modules")},
    )
    reply: dict[str, Any] = json.loads(done.stdout)
    return reply
