"""assets.json in a job's folder: which stored images and narration the job uses, so an iteration or a resumed
job reuses them without generating anything."""

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from domain.script import WordTiming
from video.assets.asset_store import AssetStore, StoredAsset
from video.assets.voice import VoiceResult

SNAPSHOT_FILE = "assets.json"


class VoiceSnapshot(BaseModel):
    audio_key: str
    words: list[WordTiming]
    duration_s: float
    provider: str


class AssetSnapshot(BaseModel):
    images: list[str | None]
    voice: VoiceSnapshot | None


def save_snapshot(images: Sequence[StoredAsset | None], voice: VoiceResult | None, folder: Path) -> None:
    snapshot = AssetSnapshot(
        images=[asset.key if asset else None for asset in images],
        voice=VoiceSnapshot(
            audio_key=voice.audio.key, words=voice.words, duration_s=voice.duration_s, provider=voice.provider
        )
        if voice
        else None,
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SNAPSHOT_FILE).write_text(snapshot.model_dump_json(indent=1))


def load_snapshot(
    folder: Path, store: AssetStore
) -> tuple[list[StoredAsset | None], VoiceResult | None] | None:
    """The images and voice of `folder`'s snapshot; None when there is none or an asset is gone."""
    path = folder / SNAPSHOT_FILE
    if not path.exists():
        return None
    snapshot = AssetSnapshot.model_validate(json.loads(path.read_text()))
    images = [store.find(key) if key else None for key in snapshot.images]
    if any(key and asset is None for key, asset in zip(snapshot.images, images, strict=True)):
        return None
    if snapshot.voice is None:
        return images, None
    audio = store.find(snapshot.voice.audio_key)
    if audio is None:
        return None
    voice = VoiceResult(
        audio=StoredAsset(key=audio.key, size=audio.size),
        words=snapshot.voice.words,
        duration_s=snapshot.voice.duration_s,
        provider=snapshot.voice.provider,
    )
    return images, voice
