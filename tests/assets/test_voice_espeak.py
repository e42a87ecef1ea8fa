"""Offline narration through the real libespeak-ng, checked against the decoded audio."""

import itertools

import pytest

from domain.errors import UserError
from tests.assets.audio_analysis import ffprobe_duration_s, pauses, wav_samples
from video.assets.asset_store import LocalAssetStore
from video.assets.voice import make_voice
from video.assets.voice_cache import VoiceResult
from video.assets.voice_espeak import espeak_voice_name, synthesize_offline

TOLERANCE_S = 0.05
TEXTS = [
    "Stop guessing. Your mixes sound flat, muddy and small? Learn saturation in 12 lessons for $49.99 today.",
    "Red, green, blue, yellow, purple, orange.",
    "Tape. Tubes. Transformers. Three flavours of warmth, one course.",
    "Enroll now; the early price ends Friday! Join 1,200 producers, rated 4.9 out of 5.",
    "Café naïve — déjà vu, e.g. 3.5k fans & https://pauseplayrepeat.com/courses/saturation!",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_audio_decodes_and_lasts_until_the_last_word(text: str) -> None:
    narration = synthesize_offline(text)

    samples, rate = wav_samples(narration.audio)
    assert rate == 22050 and len(samples) > rate
    assert narration.duration_s == pytest.approx(len(samples) / rate)
    assert ffprobe_duration_s(narration.audio, "wav") == pytest.approx(narration.duration_s, abs=0.001)
    assert abs(narration.duration_s - narration.words[-1].end) <= TOLERANCE_S
    assert narration.words[0].start <= TOLERANCE_S


@pytest.mark.parametrize("text", TEXTS)
def test_timings_are_monotonic_and_keep_every_word(text: str) -> None:
    words = synthesize_offline(text).words

    assert " ".join(word.word for word in words) == " ".join(text.split())
    for word in words:
        assert word.start < word.end
    for previous, following in itertools.pairwise(words):
        assert previous.end <= following.start


@pytest.mark.parametrize("text", TEXTS)
def test_word_boundaries_sit_on_the_pauses_in_the_audio(text: str) -> None:
    narration = synthesize_offline(text)
    samples, rate = wav_samples(narration.audio)
    measured = pauses(samples, rate)

    assert len(measured) >= 2
    words = narration.words
    for pause_start, pause_end in measured:
        before = max((word for word in words if word.end <= pause_start + TOLERANCE_S), key=lambda w: w.end)
        after = min((word for word in words if word.start >= pause_end - TOLERANCE_S), key=lambda w: w.start)
        assert abs(before.end - pause_start) <= TOLERANCE_S, (before, pause_start)
        assert abs(after.start - pause_end) <= TOLERANCE_S, (after, pause_end)
        assert words.index(after) == words.index(before) + 1


def test_no_speakable_text_gives_no_words() -> None:
    narration = synthesize_offline("...")

    assert narration.words == [] and narration.duration_s == 0


@pytest.mark.parametrize(
    ("voice_id", "voice"),
    [("espeak", "en-us"), ("espeak:en-gb", "en-gb"), ("espeak:", "en-us"), ("21m00Tcm", "en-us")],
)
def test_offline_voice_names(voice_id: str, voice: str) -> None:
    assert espeak_voice_name(voice_id) == voice


async def test_make_voice_offline_stores_audio_and_timings_once(store: LocalAssetStore) -> None:
    text = "Warm it up. Saturation in twelve lessons."

    first = await make_voice(text, "espeak:en-gb", False, store)
    again = await make_voice(text, "espeak:en-gb", False, store)

    assert isinstance(first, VoiceResult) and isinstance(again, VoiceResult)
    assert first.provider == "espeak" and first.notice is None
    assert first.audio.key.endswith(".wav") and first.audio.content_type == "audio/wav"
    assert [work.outcome for work in first.work] == ["generated"]
    assert [work.outcome for work in again.work] == ["cache_hit"]
    assert (again.audio, again.words, again.duration_s) == (first.audio, first.words, first.duration_s)
    assert sorted(path.suffixes[-1] for path in store.root.iterdir()) == [".json", ".wav"]


async def test_an_unknown_offline_voice_names_the_voice_id(store: LocalAssetStore) -> None:
    with pytest.raises(UserError) as unknown:
        await make_voice("Hello there.", "espeak:zz-unknown", False, store)

    assert str(unknown.value) == (
        "voice_id: espeak-ng has no voice 'zz-unknown'; "
        "use 'espeak' or 'espeak:<language>' like 'espeak:en-gb'"
    )


async def test_another_offline_voice_is_another_asset(store: LocalAssetStore) -> None:
    british = await make_voice("Hello there.", "espeak:en-gb", False, store)
    american = await make_voice("Hello there.", "espeak:en-us", False, store)

    assert isinstance(british, VoiceResult) and isinstance(american, VoiceResult)
    assert british.audio.key != american.audio.key
