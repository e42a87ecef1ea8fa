"""Narration from ElevenLabs text-to-speech: MP3 plus word timings from its character alignment."""

import base64
import binascii
import math
from collections.abc import Sequence
from typing import Any

import httpx
from elevenlabs import AsyncElevenLabs
from elevenlabs.core.api_error import ApiError
from elevenlabs.core.parse_error import ParsingError

from domain.errors import UserError
from domain.script import WordTiming
from video.assets.audio_duration import AudioFormatError, mp3_duration_s
from video.assets.narration import Narration
from video.assets.voice_errors import VoiceAuthError, VoiceProviderError

ELEVENLABS_MODEL = "eleven_multilingual_v2"
OUTPUT_FORMAT = "mp3_44100_128"


def _short(text: object, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def words_from_alignment(
    characters: Sequence[str], starts: Sequence[float], ends: Sequence[float]
) -> list[WordTiming]:
    """Groups per-character times into words at whitespace; times never run backwards."""
    if not len(characters) == len(starts) == len(ends):
        raise VoiceProviderError(
            f"ElevenLabs alignment is inconsistent: {len(characters)} characters, "
            f"{len(starts)} start times, {len(ends)} end times"
        )
    words: list[WordTiming] = []
    text, word_start, word_end = "", 0.0, 0.0
    previous_end = 0.0
    for character, start, end in zip(characters, starts, ends, strict=True):
        if not all(isinstance(value, int | float) and math.isfinite(value) for value in (start, end)):
            raise VoiceProviderError(f"ElevenLabs alignment has a non-numeric time near {text!r}")
        start = max(float(start), previous_end)
        end = max(float(end), start)
        previous_end = end
        if not isinstance(character, str) or character.strip() == "":
            if text:
                words.append(WordTiming(word=text, start=round(word_start, 3), end=round(word_end, 3)))
            text = ""
            continue
        if not text:
            word_start = start
        text += character
        word_end = end
    if text:
        words.append(WordTiming(word=text, start=round(word_start, 3), end=round(word_end, 3)))
    return words


class ElevenLabsVoice:
    """The voice provider when ELEVEN_LABS_API_KEY is set; `base_url` picks a residency region or proxy."""

    name = "elevenlabs"
    extension = "mp3"

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str | None = None,
        model_id: str = ELEVENLABS_MODEL,
        timeout_s: float = 90.0,
        max_retries: int = 2,
    ) -> None:
        self.model_id = model_id
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self._client = AsyncElevenLabs(api_key=api_key, base_url=base_url, timeout=timeout_s)

    def cache_inputs(self, text: str, voice_id: str) -> dict[str, object]:
        return {
            "provider": self.name,
            "model": self.model_id,
            "voice": voice_id,
            "text": text,
            "format": OUTPUT_FORMAT,
        }

    async def synthesize(self, text: str, voice_id: str) -> Narration:
        try:
            response = await self._client.text_to_speech.convert_with_timestamps(
                voice_id,
                text=text,
                model_id=self.model_id,
                output_format=OUTPUT_FORMAT,
                request_options={"max_retries": self.max_retries},
            )
        except ApiError as error:
            raise _api_error(error, voice_id) from error
        except ParsingError as error:
            raise VoiceProviderError(
                f"ElevenLabs answered in an unexpected shape: {_short(error.body)}"
            ) from error
        except httpx.TimeoutException as error:
            raise VoiceProviderError(f"ElevenLabs gave no audio within {self.timeout_s:g} s") from error
        except httpx.HTTPError as error:
            raise VoiceProviderError(f"ElevenLabs request failed: {_short(repr(error))}") from error
        return _narration(response)


def _api_error(error: ApiError, voice_id: str) -> Exception:
    status = error.status_code
    if status in (401, 403):
        return VoiceAuthError(
            f"ELEVEN_LABS_API_KEY: ElevenLabs refused the key (HTTP {status}); "
            "set a valid key, or unset it to use the offline voice"
        )
    if status == 404:
        return UserError(
            f"voice_id: ElevenLabs has no voice {voice_id!r}; use an id from your ElevenLabs voices"
        )
    return VoiceProviderError(f"ElevenLabs answered HTTP {status}: {_short(error.body)}")


def _narration(response: Any) -> Narration:
    encoded = getattr(response, "audio_base_64", None)
    alignment = getattr(response, "alignment", None)
    if not isinstance(encoded, str) or alignment is None:
        raise VoiceProviderError("ElevenLabs answered without audio or without its character alignment")
    try:
        audio = base64.b64decode(encoded, validate=True)
        duration = mp3_duration_s(audio)
    except (binascii.Error, AudioFormatError) as error:
        raise VoiceProviderError(f"ElevenLabs audio is not a readable MP3 ({_short(error)})") from error
    words = words_from_alignment(
        getattr(alignment, "characters", None) or [],
        getattr(alignment, "character_start_times_seconds", None) or [],
        getattr(alignment, "character_end_times_seconds", None) or [],
    )
    if not words:
        raise VoiceProviderError("ElevenLabs alignment has no words")
    clipped = [
        WordTiming(word=word.word, start=min(word.start, duration), end=min(word.end, duration))
        for word in words
    ]
    return Narration(audio=audio, extension="mp3", words=clipped, duration_s=duration)
