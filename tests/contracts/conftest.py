"""An asset server with a scene image and a voice-over for the contract render tests (the warm engine is
tests/conftest.py's)."""

import math
import struct
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from video.stills.static_server import StaticServer

IMAGE_RGB = (20, 220, 60)


def write_tone(path: Path, seconds: float = 5.0, rate: int = 22_050) -> None:
    """A quiet 440 Hz tone standing in for the narration."""
    samples = (int(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", sample) for sample in samples))


@pytest.fixture(scope="session")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    """Serves scene.png (flat green) and voice.wav on 127.0.0.1, as the asset server would."""
    root = tmp_path_factory.mktemp("contract-assets")
    Image.new("RGB", (96, 160), IMAGE_RGB).save(root / "scene.png")
    write_tone(root / "voice.wav")
    with StaticServer(root) as server:
        yield server
