"""make_voice: narration from ElevenLabs or espeak-ng, cached in the asset store with its word timings."""

import asyncio
import json
import math
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

from agent.assets.asset_store import AssetStore, StoredAsset, content_key
from agent.assets.espeak_library import EspeakUnavailable, EspeakVoiceMissing
from agent.assets.narration import Narration
from agent.assets.voice_elevenlabs import ElevenLabsVoice
from agent.assets.voice_errors import VoiceProviderError
from agent.assets.voice_espeak import (
    OFFLINE_VOICE_PREFIX,
    WORDS_PER_MINUTE,
    espeak_voice_name,
    synthesize_offline,
)
from agent.assets.work import AssetWork
from store.errors import UserError
from store.script import WordTiming

ESPEAK_RENDER_VERSION = 1
API_KEY_VARIABLES = ("ELEVEN_LABS_API_KEY", "ELEVENLABS_API_KEY")


@dataclass(frozen=True)
class VoiceResult:
    audio: StoredAsset
    words: list[WordTiming]
    duration_s: float
    provider: str
    notice: str | None = None
    work: list[AssetWork] = field(default_factory=list)

    def fit(self, video_s: float) -> "NarrationFit":
        return narration_fit(self.duration_s, len(self.words), video_s)


@dataclass(frozen=True)
class VoiceSkipped:
    """No narration; `notice` says why, for the job log and the agent."""

    notice: str
    work: list[AssetWork] = field(default_factory=list)


def elevenlabs_from_env(environ: Mapping[str, str] = os.environ) -> ElevenLabsVoice | None:
    """ElevenLabs when a key is set (ELEVEN_LABS_BASE_URL optionally picks a region), else None."""
    key = next((environ[name].strip() for name in API_KEY_VARIABLES if environ.get(name, "").strip()), None)
    if key is None:
        return None
    return ElevenLabsVoice(key, base_url=environ.get("ELEVEN_LABS_BASE_URL") or None)


def _words_json(narration: Narration) -> bytes:
    words = [word.model_dump() for word in narration.words]
    return json.dumps({"durationS": narration.duration_s, "words": words}).encode()


def _cached(
    store: AssetStore, audio_key: str, words_key: str
) -> tuple[StoredAsset, list[WordTiming], float] | None:
    audio = store.find(audio_key)
    if audio is None or not store.exists(words_key):
        return None
    stored = json.loads(store.get(words_key))
    return audio, [WordTiming.model_validate(word) for word in stored["words"]], float(stored["durationS"])


async def _through_cache(
    store: AssetStore,
    provider: str,
    inputs: dict[str, object],
    extension: str,
    make: Callable[[], Awaitable[Narration]],
) -> VoiceResult:
    audio_key, words_key = content_key(inputs, extension), content_key(inputs, "words.json")
    cached = _cached(store, audio_key, words_key)
    if cached is not None:
        audio, words, duration = cached
        work = AssetWork("voice", provider, "cache_hit", key=audio_key)
        return VoiceResult(audio, words, duration, provider, work=[work])
    started = time.perf_counter()
    narration = await make()
    if not narration.words:
        raise VoiceProviderError(f"{provider} produced no speech for the text")
    audio = store.put(audio_key, narration.audio)
    store.put(words_key, _words_json(narration))
    work = AssetWork("voice", provider, "generated", key=audio_key, seconds=time.perf_counter() - started)
    return VoiceResult(audio, narration.words, narration.duration_s, provider, work=[work])


async def _offline(text: str, voice_id: str | None, store: AssetStore) -> VoiceResult | VoiceSkipped:
    voice = espeak_voice_name(voice_id)
    inputs: dict[str, object] = {
        "provider": "espeak",
        "version": ESPEAK_RENDER_VERSION,
        "voice": voice,
        "wpm": WORDS_PER_MINUTE,
        "text": text,
    }
    try:
        return await _through_cache(
            store, "espeak", inputs, "wav", lambda: asyncio.to_thread(synthesize_offline, text, voice)
        )
    except EspeakVoiceMissing as error:
        raise UserError(
            f"voice_id: espeak-ng has no voice {voice!r}; "
            "use 'espeak' or 'espeak:<language>' like 'espeak:en-gb'"
        ) from error
    except (EspeakUnavailable, VoiceProviderError) as error:
        return VoiceSkipped(f"offline voice unavailable: {error}", [AssetWork("voice", "espeak", "skipped")])


async def _offline_with_notice(
    text: str, store: AssetStore, notice: str, earlier: list[AssetWork]
) -> VoiceResult | VoiceSkipped:
    result = await _offline(text, None, store)
    if isinstance(result, VoiceSkipped):
        return VoiceSkipped(f"{notice}; {result.notice}", earlier + result.work)
    return replace(
        result, notice=f"{notice}; narration uses the offline espeak-ng voice", work=earlier + result.work
    )


async def make_voice(
    text: str,
    voice_id: str | None,
    required_real: bool,
    store: AssetStore,
    *,
    elevenlabs: ElevenLabsVoice | None = None,
    offline_fallback: bool = True,
) -> VoiceResult | VoiceSkipped:
    """Narrates `text` with word timings.

    `voice_id` None or empty: voice is off. `espeak` or `espeak:<voice>`: the offline voice. Anything else
    is an ElevenLabs voice id, used when a key is set (or `elevenlabs` is given). Without a key, or when
    ElevenLabs fails, the offline voice stands in with a notice (nothing if `offline_fallback` is False);
    with `required_real` either is an error instead.
    """
    if not text.strip():
        return VoiceSkipped("no narration text", [AssetWork("voice", "none", "skipped")])
    if not voice_id:
        return VoiceSkipped("voice is off (no voice id)", [AssetWork("voice", "none", "skipped")])
    if voice_id.split(":", 1)[0] == OFFLINE_VOICE_PREFIX:
        if required_real:
            raise UserError(
                f"voice_id: {voice_id!r} is the offline voice but a real voice is required; "
                "pass an ElevenLabs voice id"
            )
        return await _offline(text, voice_id, store)
    provider = elevenlabs or elevenlabs_from_env()
    if provider is None:
        if required_real:
            raise UserError(
                "ELEVEN_LABS_API_KEY: not set, but this request needs the ElevenLabs voice; set the key"
            )
        notice = "ELEVEN_LABS_API_KEY is not set"
        if not offline_fallback:
            return VoiceSkipped(f"{notice}; no narration", [AssetWork("voice", "elevenlabs", "skipped")])
        return await _offline_with_notice(text, store, notice, [])
    try:
        return await _through_cache(
            store,
            provider.name,
            provider.cache_inputs(text, voice_id),
            provider.extension,
            lambda: provider.synthesize(text, voice_id),
        )
    except VoiceProviderError as error:
        if required_real:
            raise UserError(f"voice: {error}; try again later") from error
        failed = [AssetWork("voice", provider.name, "failed", detail=str(error))]
        if not offline_fallback:
            return VoiceSkipped(f"ElevenLabs failed ({error}); no narration", failed)
        return await _offline_with_notice(text, store, f"ElevenLabs failed ({error})", failed)


@dataclass(frozen=True)
class NarrationFit:
    fits: bool
    narration_s: float
    video_s: float
    message: str


def narration_fit(narration_s: float, word_count: int, video_s: float) -> NarrationFit:
    """Whether the voice-over ends within the video; if not, by how many words the copy should shrink."""
    if narration_s <= video_s:
        spare = video_s - narration_s
        return NarrationFit(
            True,
            narration_s,
            video_s,
            f"narration {narration_s:.1f} s fits the {video_s:.1f} s video ({spare:.1f} s spare)",
        )
    over = narration_s - video_s
    words_to_cut = max(1, math.ceil(word_count * over / narration_s))
    message = (
        f"narration runs {narration_s:.1f} s but the video is {video_s:.1f} s ({over:.1f} s too long); "
        f"cut about {words_to_cut} of its {word_count} words, or lengthen the scenes"
    )
    return NarrationFit(False, narration_s, video_s, message)
