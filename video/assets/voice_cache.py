"""Narration through the asset store: the audio and its word timings are stored together, made only once."""

import json
import time
from dataclasses import dataclass, field

from domain.script import WordTiming
from video.assets.asset_store import AssetStore, StoredAsset, content_key
from video.assets.narration import Narration, VoiceProvider
from video.assets.narration_fit import NarrationFit, narration_fit
from video.assets.voice_errors import VoiceProviderError
from video.assets.work import AssetWork


@dataclass(frozen=True)
class VoiceResult:
    audio: StoredAsset
    words: list[WordTiming]
    duration_s: float
    provider: str
    notice: str | None = None
    work: list[AssetWork] = field(default_factory=list)

    def fit(self, video_s: float) -> NarrationFit:
        return narration_fit(self.duration_s, len(self.words), video_s)


def _timings_json(narration: Narration) -> bytes:
    words = [word.model_dump() for word in narration.words]
    return json.dumps({"durationS": narration.duration_s, "words": words}).encode()


def _cached(
    store: AssetStore, audio_key: str, timings_key: str
) -> tuple[StoredAsset, list[WordTiming], float] | None:
    audio = store.find(audio_key)
    if audio is None or not store.exists(timings_key):
        return None
    stored = json.loads(store.get(timings_key))
    words = [WordTiming.model_validate(word) for word in stored["words"]]
    return audio, words, float(stored["durationS"])


async def narrate_through_cache(
    provider: VoiceProvider, text: str, voice_id: str, store: AssetStore
) -> VoiceResult:
    """The stored narration for these inputs, or a new one from `provider`, stored for next time."""
    inputs = provider.cache_inputs(text, voice_id)
    audio_key, timings_key = content_key(inputs, provider.extension), content_key(inputs, "words.json")
    cached = _cached(store, audio_key, timings_key)
    if cached is not None:
        audio, words, duration = cached
        work = AssetWork("voice", provider.name, "cache_hit", key=audio_key)
        return VoiceResult(audio, words, duration, provider.name, work=[work])
    started = time.perf_counter()
    narration = await provider.synthesize(text, voice_id)
    if not narration.words:
        raise VoiceProviderError(f"{provider.name} produced no speech for the text")
    audio = store.put(audio_key, narration.audio)
    store.put(timings_key, _timings_json(narration))
    seconds = time.perf_counter() - started
    work = AssetWork("voice", provider.name, "generated", key=audio_key, seconds=seconds)
    return VoiceResult(audio, narration.words, narration.duration_s, provider.name, work=[work])
