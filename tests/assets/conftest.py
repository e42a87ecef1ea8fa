from pathlib import Path

import pytest

from domain.script import ColorPalette
from video.assets.asset_store import LocalAssetStore


@pytest.fixture
def store(tmp_path: Path) -> LocalAssetStore:
    return LocalAssetStore(tmp_path / "assets")


@pytest.fixture
def palette() -> ColorPalette:
    return ColorPalette(primary="#8B5CF6", secondary="#06B6D4", accent="#F472B6", background="#07070D")
