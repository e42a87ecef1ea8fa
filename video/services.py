"""The long-lived pieces a runner shares across jobs: the engine, the asset store and its server,
providers, and the network seal that generated code runs in."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from video.assets.asset_store import LocalAssetStore
from video.assets.image_types import ImageGenerator
from video.assets.images import choose_image_generator
from video.assets.server import AssetServer
from video.engine import EngineClient
from video.seal import Seal, current_seal
from video.stills_service import StillsService


@dataclass
class Services:
    engine: EngineClient
    asset_store: LocalAssetStore
    asset_server: AssetServer
    image_generator: ImageGenerator
    # Whether generated code can run here: the engine and the still checker's browser live in a network of
    # their own (video/seal.py). Without it (`seal.ok` False, `seal.missing` says why) only templates render.
    seal: Seal = field(default_factory=current_seal)
    stills: StillsService = field(init=False)

    def __post_init__(self) -> None:
        self.stills = StillsService()

    @property
    def allowed_origins(self) -> list[str]:
        """The only origins a render browser may reach besides Remotion's own page server: the asset
        server's, which the sealed engine serves again inside its network and the sealed still checker gets by
        routing."""
        return [self.asset_server.origin]

    @classmethod
    @asynccontextmanager
    async def start(
        cls, *, image_generator: ImageGenerator | None = None, asset_root: Path | None = None
    ) -> AsyncIterator["Services"]:
        asset_store = LocalAssetStore(asset_root)
        seal = await asyncio.to_thread(current_seal)
        services = cls(
            engine=EngineClient(seal=seal),
            asset_store=asset_store,
            asset_server=AssetServer(asset_store.root).start(),
            image_generator=image_generator or choose_image_generator(),
            seal=seal,
        )
        try:
            yield services
        finally:
            await services.stills.close()
            await services.engine.close()
            services.asset_server.stop()
