"""A version as the media layer sees it: what it shows, where its files go, and how it is rendered."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from domain.script import VideoFacts, VideoScript
from store.models import User, VideoJob
from video.assets.asset_store import StoredAsset
from video.assets.voice import VoiceResult

VIDEO_FILE = "video.mp4"


@dataclass(frozen=True)
class RenderSettings:
    """How a version is rendered; an iteration inherits its parent's unless it says otherwise."""

    # Fraction of the full frame size to render at: the layout is laid out at that size, so a small scale is
    # fast (Remotion's own scale option still lays out and paints every frame at full size).
    render_scale: float = 1.0
    x264_preset: str = "veryfast"
    burn_captions: bool = False


@dataclass(frozen=True)
class VersionMedia:
    """Everything a version shows: its script and facts, its assets, and its composition (the validated
    generated code, or the template `fallback`)."""

    script: VideoScript
    voiceover: str
    facts: VideoFacts
    aspect: str
    images: Sequence[StoredAsset | None]
    voice: VoiceResult | None
    tsx: str | None
    compiled_js: str | None
    fallback: str | None


@dataclass(frozen=True)
class VersionTarget:
    """The job a version belongs to and its folder in the data directory (the store of record)."""

    session: Session
    user: User
    job: VideoJob
    folder: Path
