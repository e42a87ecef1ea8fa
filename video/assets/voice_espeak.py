"""Offline narration with espeak-ng: WAV plus word timings from espeak's WORD events, fitted to the audio."""

import asyncio
import bisect
import io
import re
import wave
from dataclasses import dataclass

import numpy as np

from domain.script import WordTiming
from video.assets.espeak_library import Synthesis, WordEvent, espeak
from video.assets.narration import Narration

RENDER_VERSION = 1
OFFLINE_VOICE_PREFIX = "espeak"
DEFAULT_ESPEAK_VOICE = "en-us"
WORDS_PER_MINUTE = 165
_WINDOW_S = 0.005
# A 5 ms window counts as silent below this RMS (int16 scale); espeak speech peaks near 25000.
_SILENCE_RMS = 120.0
_TAIL_S = 0.02


def espeak_voice_name(voice_id: str | None) -> str:
    """`espeak:en-gb` -> `en-gb`; plain `espeak` or any other id -> the default voice."""
    if voice_id and voice_id.startswith(OFFLINE_VOICE_PREFIX + ":"):
        return voice_id.split(":", 1)[1] or DEFAULT_ESPEAK_VOICE
    return DEFAULT_ESPEAK_VOICE


@dataclass
class _Word:
    text: str
    start: int | None


def _tokens_with_starts(text: str, events: list[WordEvent]) -> list[_Word]:
    """The text's words with the first sample espeak reported for each; words without events get None."""
    matches = list(re.finditer(r"\S+", text))
    token_starts = [match.start() for match in matches]
    words = [_Word(match.group(), None) for match in matches]
    for event in events:
        character = event.text_position - 1
        index = bisect.bisect_right(token_starts, character) - 1
        if index < 0 or character >= matches[index].end():
            index += 1
        if 0 <= index < len(words):
            current = words[index].start
            words[index].start = event.sample if current is None else min(current, event.sample)
    return words


def _merge_untimed(words: list[_Word]) -> list[tuple[str, int]]:
    """Joins words espeak did not time, or timed out of order, to their neighbour, so starts only increase."""
    merged: list[tuple[str, int]] = []
    pending: list[str] = []
    for word in words:
        if word.start is None or (merged and word.start <= merged[-1][1]):
            if merged:
                merged[-1] = (f"{merged[-1][0]} {word.text}", merged[-1][1])
            else:
                pending.append(word.text)
            continue
        merged.append((" ".join([*pending, word.text]), word.start))
        pending = []
    if pending and merged:
        merged[-1] = (f"{merged[-1][0]} {' '.join(pending)}", merged[-1][1])
    return merged


def _voiced_windows(samples: np.ndarray, window: int) -> np.ndarray:
    count = len(samples) // window
    frames = samples[: count * window].astype(np.float32).reshape(count, window)
    return np.sqrt((frames**2).mean(axis=1)) >= _SILENCE_RMS


def _timings(synthesis: Synthesis, text: str) -> tuple[np.ndarray, list[WordTiming]]:
    rate = synthesis.sample_rate
    window = round(rate * _WINDOW_S)
    voiced = _voiced_windows(synthesis.samples, window)
    voiced_indices = np.flatnonzero(voiced)
    words = _merge_untimed(_tokens_with_starts(text, synthesis.words))
    if not len(voiced_indices) or not words:
        return np.zeros(0, np.int16), []
    audio_start = int(voiced_indices[0])
    spans: list[tuple[str, int, int]] = []
    for index, (word, start_sample) in enumerate(words):
        first = max(start_sample // window, audio_start, spans[-1][2] if spans else 0)
        limit = words[index + 1][1] // window if index + 1 < len(words) else len(voiced)
        inside = np.flatnonzero(voiced[first:limit])
        if not len(inside):
            spans.append((word, first, first + 1))
            continue
        # A word starts at its first sound: espeak puts a pause, or a stop consonant's closure, before it.
        spans.append((word, first + int(inside[0]), first + int(inside[-1]) + 1))
    trimmed = synthesis.samples[audio_start * window : spans[-1][2] * window + round(_TAIL_S * rate)]
    timings = [
        WordTiming(
            word=word,
            start=round((first - audio_start) * window / rate, 3),
            end=round((last - audio_start) * window / rate, 3),
        )
        for word, first, last in spans
    ]
    return trimmed, timings


def _wav_bytes(samples: np.ndarray, sample_rate: int) -> bytes:
    output = io.BytesIO()
    with wave.open(output, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(sample_rate)
        file.writeframes(samples.astype("<i2").tobytes())
    return output.getvalue()


def synthesize_offline(
    text: str, voice: str = DEFAULT_ESPEAK_VOICE, words_per_minute: int = WORDS_PER_MINUTE
) -> Narration:
    """Speaks `text` with espeak-ng. Blocking (about 5 ms per second of speech); run it in a thread."""
    synthesis = espeak().synthesize(text, voice, words_per_minute)
    samples, words = _timings(synthesis, text)
    return Narration(
        audio=_wav_bytes(samples, synthesis.sample_rate),
        extension="wav",
        words=words,
        duration_s=len(samples) / synthesis.sample_rate,
    )


class EspeakVoice:
    """The offline voice provider; voice ids `espeak` or `espeak:<language>`."""

    name = "espeak"
    extension = "wav"

    def cache_inputs(self, text: str, voice_id: str) -> dict[str, object]:
        return {
            "provider": self.name,
            "version": RENDER_VERSION,
            "voice": espeak_voice_name(voice_id),
            "wpm": WORDS_PER_MINUTE,
            "text": text,
        }

    async def synthesize(self, text: str, voice_id: str) -> Narration:
        return await asyncio.to_thread(synthesize_offline, text, espeak_voice_name(voice_id))
