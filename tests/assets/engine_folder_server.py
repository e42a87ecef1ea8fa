"""The engine's own folder server (remotion/engine/assetServer.ts), which serves the asset folder inside the
network seal, started alone outside any sandbox so tests can ask it what the Python server is asked."""

import json
import subprocess
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from domain.paths import REMOTION_DIR
from video.assets.asset_store import StoredAsset
from video.engine.build import ensure_engine_built


class EngineFolderServer:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.origin = ""
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "EngineFolderServer":
        self._process = subprocess.Popen(
            ["node", str(ensure_engine_built())],
            cwd=REMOTION_DIR,
            env={"PATH": "/usr/local/bin:/usr/bin:/bin", "PPR_SERVE_FOLDER": str(self.root)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._process.stdout is not None
        self.origin = json.loads(self._process.stdout.readline())["origin"]
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def url_for(self, asset: StoredAsset | str) -> str:
        name = asset.key if isinstance(asset, StoredAsset) else asset
        return f"{self.origin}/{quote(name)}"
