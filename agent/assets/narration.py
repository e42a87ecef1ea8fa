"""What a voice provider hands back: the encoded audio, its word timings and its measured duration."""

from dataclasses import dataclass

from store.script import WordTiming


@dataclass(frozen=True)
class Narration:
    audio: bytes
    extension: str
    words: list[WordTiming]
    duration_s: float
