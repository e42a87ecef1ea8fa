"""make_voice: which voice narrates (ElevenLabs, espeak-ng or none), with fallbacks and their notices."""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from domain.errors import UserError
from video.assets.asset_store import AssetStore
from video.assets.espeak_library import EspeakUnavailable, EspeakVoiceMissing
from video.assets.voice_cache import VoiceResult, narrate_through_cache
from video.assets.voice_elevenlabs import ElevenLabsVoice
from video.assets.voice_errors import VoiceProviderError
from video.assets.voice_espeak import OFFLINE_VOICE_PREFIX, EspeakVoice, espeak_voice_name
from video.assets.work import AssetWork

__all__ = ["VoiceResult", "VoiceSkipped", "elevenlabs_from_env", "make_voice"]

API_KEY_VARIABLES = ("ELEVEN_LABS_API_KEY", "ELEVENLABS_API_KEY")


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


async def _offline(text: str, voice_id: str, store: AssetStore) -> VoiceResult | VoiceSkipped:
    try:
        return await narrate_through_cache(EspeakVoice(), text, voice_id, store)
    except EspeakVoiceMissing as error:
        raise UserError(
            f"voice_id: espeak-ng has no voice {espeak_voice_name(voice_id)!r}; "
            "use 'espeak' or 'espeak:<language>' like 'espeak:en-gb'"
        ) from error
    except (EspeakUnavailable, VoiceProviderError) as error:
        return VoiceSkipped(f"offline voice unavailable: {error}", [AssetWork("voice", "espeak", "skipped")])


async def _offline_instead(
    text: str, store: AssetStore, notice: str, earlier: list[AssetWork]
) -> VoiceResult | VoiceSkipped:
    result = await _offline(text, OFFLINE_VOICE_PREFIX, store)
    if isinstance(result, VoiceSkipped):
        return VoiceSkipped(f"{notice}; {result.notice}", earlier + result.work)
    offline_notice = f"{notice}; narration uses the offline espeak-ng voice"
    return replace(result, notice=offline_notice, work=earlier + result.work)


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
        return await _offline_instead(text, store, notice, [])
    try:
        return await narrate_through_cache(provider, text, voice_id, store)
    except VoiceProviderError as error:
        if required_real:
            raise UserError(f"voice: {error}; try again later") from error
        failed = [AssetWork("voice", provider.name, "failed", detail=str(error))]
        if not offline_fallback:
            return VoiceSkipped(f"ElevenLabs failed ({error}); no narration", failed)
        return await _offline_instead(text, store, f"ElevenLabs failed ({error})", failed)
