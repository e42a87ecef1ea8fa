"""What a chunk of video is: a hash of its frames' fingerprints and of all else that decides its pixels."""

import hashlib
import json
from dataclasses import asdict, dataclass

# The unit of reuse, and the keyframe interval of every render that can be reused: one second at 30 fps.
CHUNK_FRAMES = 30
# Raise when remotion/preview/fingerprint.ts or the way chunks are encoded changes meaning.
FINGERPRINT_VERSION = 1


@dataclass(frozen=True)
class RenderIdentity:
    """Everything besides the frames' DOM that decides what a rendered chunk looks like."""

    bundle: str
    preview: str
    browser: str
    composition: str
    width: int
    height: int
    fps: int
    crf: int
    x264_preset: str
    chunk_frames: int = CHUNK_FRAMES
    fingerprint_version: int = FINGERPRINT_VERSION

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:32]


def chunk_ranges(frames: int, chunk_frames: int = CHUNK_FRAMES) -> list[tuple[int, int]]:
    """First and last frame of each chunk of a video of `frames` frames (the last chunk may be shorter)."""
    return [(first, min(first + chunk_frames, frames) - 1) for first in range(0, frames, chunk_frames)]


def chunk_keys(hashes: list[str], identity: str, chunk_frames: int = CHUNK_FRAMES) -> list[str]:
    """One key per chunk: equal keys mean equal pixels, wherever in a video the chunk stands."""
    keys = []
    for first, last in chunk_ranges(len(hashes), chunk_frames):
        digest = hashlib.sha256(identity.encode())
        for frame_hash in hashes[first : last + 1]:
            digest.update(b"\0" + frame_hash.encode())
        keys.append(digest.hexdigest()[:32])
    return keys
