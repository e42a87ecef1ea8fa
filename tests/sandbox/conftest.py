"""The network seal (wall 1 of the render sandbox) under test: a canary listener on this machine's loopback, a
sealed engine, and an engine outside the seal (templates only) for the controls that show a test can fail."""

import asyncio
import io
import math
import struct
import wave
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from PIL import Image

from video.assets.asset_store import LocalAssetStore, StoredAsset, content_key
from video.assets.server import AssetServer
from video.engine import EngineClient
from video.seal import UNSEALED, Seal, current_seal

IMAGE_RGB = (20, 220, 60)


class Canary:
    """A listener on another loopback port that records every connection and the request line it got."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.port = 0
        self._server: asyncio.Server | None = None

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.requests.append("(connected)")
        try:
            line = await asyncio.wait_for(reader.readline(), 5)
            self.requests[-1] = line.decode(errors="replace").strip() or "(nothing sent)"
            writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()

    async def settled(self, seconds: float = 1.0) -> list[str]:
        """What it received, after giving late requests `seconds` to arrive."""
        await asyncio.sleep(seconds)
        return list(self.requests)

    async def __aenter__(self) -> "Canary":
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server
        self._server.close()
        await self._server.wait_closed()


@pytest_asyncio.fixture
async def canary() -> AsyncIterator[Canary]:
    async with Canary() as listener:
        yield listener


@pytest.fixture(scope="session")
def seal() -> Seal:
    found = current_seal()
    if not found.ok:
        pytest.fail(f"the sandbox tests need the network seal: {found.missing}", pytrace=False)
    return found


@pytest_asyncio.fixture(scope="session")
async def sealed_engine(seal: Seal) -> AsyncIterator[EngineClient]:
    async with EngineClient(seal=seal) as client:
        await client.bundle()
        yield client


@pytest_asyncio.fixture(scope="session")
async def unsealed_engine() -> AsyncIterator[EngineClient]:
    """Outside the seal: it renders templates only, for the controls."""
    async with EngineClient(seal=UNSEALED) as client:
        yield client


def tone_wav(seconds: float = 3.0, rate: int = 22_050) -> bytes:
    """A quiet 440 Hz tone standing in for the narration."""
    samples = (int(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", sample) for sample in samples))
    return buffer.getvalue()


def green_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (96, 160), IMAGE_RGB).save(buffer, format="PNG")
    return buffer.getvalue()


class JobAssets:
    def __init__(self, server: AssetServer, image: StoredAsset, audio: StoredAsset) -> None:
        self.server = server
        self.image_url = server.url_for(image)
        self.audio_url = server.url_for(audio)


@pytest.fixture(scope="session")
def job_assets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JobAssets]:
    """A real asset store and asset server with a flat green image and a tone, as a job has them."""
    store = LocalAssetStore(tmp_path_factory.mktemp("sandbox-assets"))
    image = store.put(content_key({"sandbox": "image"}, "png"), green_png())
    audio = store.put(content_key({"sandbox": "tone"}, "wav"), tone_wav())
    with AssetServer(store.root) as server:
        yield JobAssets(server, image, audio)
