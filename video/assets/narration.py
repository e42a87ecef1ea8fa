"""What a voice provider hands back (audio, word timings, measured duration) and the providers' contract."""

from dataclasses import dataclass
from typing import Protocol

from domain.script import WordTiming


@dataclass(frozen=True)
class Narration:
    audio: bytes
    extension: str
    words: list[WordTiming]
    duration_s: float


class VoiceProvider(Protocol):
    """One voice provider. `cache_inputs` lists all that changes the audio; it keys the asset store."""

    name: str
    extension: str

    def cache_inputs(self, text: str, voice_id: str) -> dict[str, object]: ...

    async def synthesize(self, text: str, voice_id: str) -> Narration: ...
