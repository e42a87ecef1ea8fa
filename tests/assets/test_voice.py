"""make_voice through the real ElevenLabs SDK against a fake API on 127.0.0.1, and its offline fallbacks.

The SDK is pointed at the fake with its own `base_url` option (AsyncElevenLabs(base_url=...)), which
ElevenLabsVoice passes through; ELEVEN_LABS_BASE_URL sets it from the environment.
"""

from collections.abc import Iterator

import pytest

from domain.errors import UserError
from tests.assets.audio_analysis import ffprobe_duration_s
from tests.assets.fake_elevenlabs import GOOD_KEY, FakeElevenLabs
from video.assets.asset_store import LocalAssetStore
from video.assets.narration_fit import narration_fit
from video.assets.voice import VoiceSkipped, elevenlabs_from_env, make_voice
from video.assets.voice_cache import VoiceResult
from video.assets.voice_elevenlabs import ElevenLabsVoice, words_from_alignment
from video.assets.voice_errors import VoiceAuthError, VoiceProviderError

TEXT = "Your mixes sound flat. Saturation fixes that, in twelve short lessons."


@pytest.fixture
def elevenlabs() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs() as fake:
        yield fake


@pytest.fixture(autouse=True)
def no_keys_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ELEVEN_LABS_API_KEY", "ELEVENLABS_API_KEY", "ELEVEN_LABS_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def voice(fake: FakeElevenLabs, key: str = GOOD_KEY, max_retries: int = 0) -> ElevenLabsVoice:
    return ElevenLabsVoice(key, base_url=fake.base_url, timeout_s=0.5, max_retries=max_retries)


async def test_narration_comes_with_word_timings_from_the_alignment(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    result = await make_voice(TEXT, "voice-ok", True, store, elevenlabs=voice(elevenlabs))

    assert isinstance(result, VoiceResult)
    assert result.provider == "elevenlabs" and result.notice is None
    request = elevenlabs.state.requests[0]
    assert request["path"] == "/v1/text-to-speech/voice-ok/with-timestamps"
    assert request["query"] == {"output_format": ["mp3_44100_128"]}
    assert request["body"]["text"] == TEXT and request["body"]["model_id"] == "eleven_multilingual_v2"
    assert request["api_key"] == GOOD_KEY
    spoken = elevenlabs.state.spoken[TEXT]
    assert [word.word for word in result.words] == TEXT.split()
    for word, truth in zip(result.words, spoken, strict=True):
        assert word.start == pytest.approx(truth.start, abs=0.002)
        assert word.end == pytest.approx(truth.end, abs=0.002)
    audio = store.get(result.audio.key)
    assert result.audio.key.endswith(".mp3") and result.audio.content_type == "audio/mpeg"
    assert abs(result.duration_s - ffprobe_duration_s(audio, "mp3")) <= 0.05
    assert result.words[-1].end <= result.duration_s


async def test_the_same_narration_is_not_generated_twice(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    first = await make_voice(TEXT, "voice-ok", False, store, elevenlabs=voice(elevenlabs))
    again = await make_voice(TEXT, "voice-ok", False, store, elevenlabs=voice(elevenlabs))

    assert isinstance(first, VoiceResult) and isinstance(again, VoiceResult)
    assert len(elevenlabs.state.requests) == 1
    assert [work.outcome for work in again.work] == ["cache_hit"]
    assert (again.audio, again.words, again.duration_s) == (first.audio, first.words, first.duration_s)


async def test_the_key_and_base_url_come_from_the_environment(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ELEVEN_LABS_API_KEY", GOOD_KEY)
    monkeypatch.setenv("ELEVEN_LABS_BASE_URL", elevenlabs.base_url)

    result = await make_voice(TEXT, "voice-ok", True, store)

    assert isinstance(result, VoiceResult) and result.provider == "elevenlabs"
    assert len(elevenlabs.state.requests) == 1


def test_no_key_means_no_elevenlabs() -> None:
    assert elevenlabs_from_env({}) is None
    assert elevenlabs_from_env({"ELEVEN_LABS_API_KEY": " "}) is None
    assert isinstance(elevenlabs_from_env({"ELEVENLABS_API_KEY": "k"}), ElevenLabsVoice)


@pytest.mark.parametrize("required_real", [False, True])
async def test_a_refused_key_is_a_clear_error(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore, required_real: bool
) -> None:
    with pytest.raises(VoiceAuthError) as refused:
        await make_voice(TEXT, "voice-ok", required_real, store, elevenlabs=voice(elevenlabs, key="bad"))

    assert str(refused.value) == (
        "ELEVEN_LABS_API_KEY: ElevenLabs refused the key (HTTP 401); "
        "set a valid key, or unset it to use the offline voice"
    )
    assert list(store.root.iterdir()) == []


async def test_an_unknown_voice_names_the_voice_id(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    with pytest.raises(UserError) as unknown:
        await make_voice(TEXT, "missing-voice", False, store, elevenlabs=voice(elevenlabs))

    assert str(unknown.value).startswith("voice_id: ElevenLabs has no voice 'missing-voice'")


@pytest.mark.parametrize(
    ("voice_id", "detail"),
    [
        ("stall-voice", "ElevenLabs gave no audio within 0.5 s"),
        ("server-error", "ElevenLabs answered HTTP 500: {'detail': 'Internal error'}"),
        ("html-voice", "ElevenLabs answered HTTP 200: <html>maintenance</html>"),
        ("broken-audio", "ElevenLabs audio is not a readable MP3 (no MPEG Layer III frames found)"),
        ("bad-base64", "ElevenLabs audio is not a readable MP3"),
        ("no-alignment", "ElevenLabs answered without audio or without its character alignment"),
        ("mismatched-alignment", "ElevenLabs alignment is inconsistent"),
    ],
)
async def test_a_failing_service_falls_back_to_the_offline_voice_with_a_notice(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore, voice_id: str, detail: str
) -> None:
    result = await make_voice(TEXT, voice_id, False, store, elevenlabs=voice(elevenlabs))

    assert isinstance(result, VoiceResult) and result.provider == "espeak"
    assert [(work.provider, work.outcome) for work in result.work] == [
        ("elevenlabs", "failed"),
        ("espeak", "generated"),
    ]
    assert result.work[0].detail is not None and result.work[0].detail.startswith(detail)
    assert result.notice is not None and result.notice.startswith(f"ElevenLabs failed ({detail}")
    assert result.notice.endswith("narration uses the offline espeak-ng voice")
    assert [word.word for word in result.words] == TEXT.split()


async def test_a_failing_service_is_an_error_when_the_real_voice_is_required(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    with pytest.raises(UserError) as failed:
        await make_voice(TEXT, "stall-voice", True, store, elevenlabs=voice(elevenlabs))

    assert str(failed.value) == "voice: ElevenLabs gave no audio within 0.5 s; try again later"


async def test_the_sdk_retries_server_errors_as_configured(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    await make_voice(TEXT, "server-error", False, store, elevenlabs=voice(elevenlabs, max_retries=1))

    assert len(elevenlabs.state.requests) == 2


async def test_without_fallback_a_failure_skips_the_voice(
    elevenlabs: FakeElevenLabs, store: LocalAssetStore
) -> None:
    result = await make_voice(
        TEXT, "server-error", False, store, elevenlabs=voice(elevenlabs), offline_fallback=False
    )

    assert isinstance(result, VoiceSkipped)
    assert result.notice.startswith("ElevenLabs failed (ElevenLabs answered HTTP 500")


async def test_without_a_key_the_offline_voice_stands_in(store: LocalAssetStore) -> None:
    result = await make_voice(TEXT, "21m00Tcm4TlvDq8ikWAM", False, store)

    assert isinstance(result, VoiceResult) and result.provider == "espeak"
    assert result.notice == "ELEVEN_LABS_API_KEY is not set; narration uses the offline espeak-ng voice"


async def test_without_a_key_and_without_fallback_the_voice_is_skipped(store: LocalAssetStore) -> None:
    result = await make_voice(TEXT, "21m00Tcm4TlvDq8ikWAM", False, store, offline_fallback=False)

    assert result == VoiceSkipped("ELEVEN_LABS_API_KEY is not set; no narration", result.work)
    assert [work.outcome for work in result.work] == ["skipped"]


async def test_without_a_key_a_required_real_voice_is_an_error(store: LocalAssetStore) -> None:
    with pytest.raises(UserError) as missing:
        await make_voice(TEXT, "21m00Tcm4TlvDq8ikWAM", True, store)

    assert str(missing.value).startswith(
        "ELEVEN_LABS_API_KEY: not set, but this request needs the ElevenLabs voice"
    )


async def test_the_offline_voice_cannot_satisfy_a_required_real_voice(store: LocalAssetStore) -> None:
    with pytest.raises(UserError) as offline:
        await make_voice(TEXT, "espeak", True, store)

    assert str(offline.value).startswith(
        "voice_id: 'espeak' is the offline voice but a real voice is required"
    )


@pytest.mark.parametrize(
    ("text", "voice_id", "notice"),
    [
        (TEXT, None, "voice is off (no voice id)"),
        (TEXT, "", "voice is off (no voice id)"),
        ("  ", "espeak", "no narration text"),
    ],
)
async def test_voice_off_or_no_text_skips(
    store: LocalAssetStore, text: str, voice_id: str | None, notice: str
) -> None:
    result = await make_voice(text, voice_id, True, store)

    assert isinstance(result, VoiceSkipped) and result.notice == notice
    assert list(store.root.iterdir()) == []


async def test_text_without_speech_skips_the_offline_voice(store: LocalAssetStore) -> None:
    result = await make_voice("...", "espeak", False, store)

    assert isinstance(result, VoiceSkipped)
    assert result.notice == "offline voice unavailable: espeak produced no speech for the text"


def test_words_from_alignment_group_at_whitespace_and_never_run_backwards() -> None:
    characters = list("Hi  there\nyou")
    starts = [0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.38, 0.6, 0.7, 0.75, 0.8]
    ends = [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.7, 0.75, 0.8, 0.9]

    words = words_from_alignment(characters, starts, ends)

    assert [(w.word, w.start, w.end) for w in words] == [
        ("Hi", 0.0, 0.2),
        ("there", 0.3, 0.55),
        ("you", 0.7, 0.9),
    ]


def test_words_from_alignment_refuses_non_numbers() -> None:
    with pytest.raises(VoiceProviderError, match="non-numeric time"):
        words_from_alignment(["a"], [float("nan")], [0.1])


def test_narration_fit_tells_how_much_to_cut() -> None:
    fits = narration_fit(14.2, 40, 15.0)
    too_long = narration_fit(20.0, 50, 15.0)

    assert fits.fits and fits.message == "narration 14.2 s fits the 15.0 s video (0.8 s spare)"
    assert not too_long.fits
    assert too_long.message == (
        "narration runs 20.0 s but the video is 15.0 s (5.0 s too long); cut about 13 of its 50 words, "
        "or lengthen the scenes"
    )
