"""The local asset server: the asset folder, read-only, on 127.0.0.1.

Python's view of the job's assets and the one source of their URLs (`url_for`, `origin`). The processes that
run generated code never reach it over the network: the sealed engine serves the same folder at the same
origin inside its own namespace (remotion/engine/assetServer.ts), and a sealed still-check browser is answered
from the folder by request routing (video/stills/browser.py). Both find the folder with
video.loopback_server.serving.
"""

from http.server import BaseHTTPRequestHandler
from urllib.parse import quote

from video.assets.asset_store import StoredAsset
from video.loopback_server import LoopbackServer


class AssetServer(LoopbackServer):
    """Serves the asset folder (content-addressed files, cached for good); the only asset origin of a job."""

    thread_name = "asset server"
    cache_control = "public, max-age=31536000, immutable"

    def make_handler(self) -> type[BaseHTTPRequestHandler]:
        if not self.root.is_dir():
            raise FileNotFoundError(f"asset folder {self.root} does not exist")
        return super().make_handler()

    def url_for(self, asset: StoredAsset | str) -> str:
        name = asset.key if isinstance(asset, StoredAsset) else asset
        return f"{self.origin}/{quote(name)}"
