import pytest

from domain.script import VideoScript, WordTiming
from tests.assets.subtitle_files import ParsedCue, assert_cue_rules, parse_srt, parse_vtt
from video.assets.subtitles import SubtitleCue, cues_from_script, cues_from_words, to_srt, to_vtt
from video.assets.voice_espeak import synthesize_offline

LONG_WORD = "Supercalifragilisticexpialidocious-saturation-masterclass-bundle-2024"
URL = "https://pauseplayrepeat.com/courses/saturation-masterclass/lesson-12?ref=video"


def spoken(
    text: str, seconds_per_word: float = 0.35, gap: float = 0.05, start: float = 0.0
) -> list[WordTiming]:
    words, time = [], start
    for word in text.split():
        words.append(WordTiming(word=word, start=round(time, 3), end=round(time + seconds_per_word, 3)))
        time += seconds_per_word + gap
    return words


def written(cues: list[SubtitleCue]) -> tuple[list[ParsedCue], list[ParsedCue]]:
    """Both files, read back strictly and checked against the cue rules; they must agree."""
    srt, vtt = parse_srt(to_srt(cues)), parse_vtt(to_vtt(cues))
    assert_cue_rules(srt)
    assert srt == vtt
    assert [(cue.start_ms, cue.end_ms, list(cue.lines)) for cue in cues] == [
        (cue.start_ms, cue.end_ms, cue.lines) for cue in srt
    ]
    return srt, vtt


def letters(text: str) -> str:
    return "".join(text.split())


EDGE_CASES = {
    "one short word": [WordTiming(word="Hi", start=0.0, end=0.3)],
    "two sentences": spoken("Your mixes sound flat. Saturation is the fix that pros use every day."),
    "a long word": spoken(f"Get the {LONG_WORD} now", seconds_per_word=0.6),
    "a url": spoken(f"Enroll at {URL} today."),
    "numbers and prices": spoken("Join 1,200 producers for $49.99, rated 4.9/5 by 312 students, since 2019."),
    "fast speech": spoken(" ".join(["quick"] * 200), seconds_per_word=0.05, gap=0.01),
    "one held word": [WordTiming(word="Ooooh", start=0.5, end=12.0)],
    "all at one instant": [
        WordTiming(word=w, start=1.0, end=1.0) for w in ["all", "at", "the", "same", "time"]
    ],
    "overlapping words": [WordTiming(word=f"w{n}", start=n * 0.1, end=n * 0.1 + 0.5) for n in range(30)],
    "markup and arrows": spoken("Use <b>bold</b> & x --> y, said the 'producer'."),
    "whitespace inside words": [
        WordTiming(word="new\nline", start=0, end=0.4),
        WordTiming(word=" ", start=0.4, end=0.5),
    ],
    "past an hour": spoken("Still going after an hour.", start=3725.5),
    "long pause mid sentence": spoken("Wait for it", start=0) + spoken("the drop hits hard", start=4.0),
}


@pytest.mark.parametrize("words", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_cues_from_words_keep_the_rules_and_every_letter(words: list[WordTiming]) -> None:
    srt, _ = written(cues_from_words(words))

    assert letters(" ".join(" ".join(cue.lines) for cue in srt)) == letters(
        " ".join(w.word for w in words).replace("-->", "→")
    )


def test_no_words_no_cues() -> None:
    assert cues_from_words([]) == []
    assert to_srt([]) == ""
    assert to_vtt([]) == "WEBVTT\n"


def test_a_full_stop_ends_a_cue() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["two sentences"]))

    assert [" ".join(cue.lines) for cue in srt] == [
        "Your mixes sound flat.",
        "Saturation is the fix that pros use every day.",
    ]


def test_a_long_pause_ends_a_cue() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["long pause mid sentence"]))

    assert [" ".join(cue.lines) for cue in srt] == ["Wait for it", "the drop hits hard"]
    assert srt[1].start_ms == 4000


def test_numbers_are_never_broken_at_their_comma_or_point() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["numbers and prices"]))

    text = [line for cue in srt for line in cue.lines]
    assert not any(line.endswith(("1,", "$49.", "4.")) for line in text)
    assert any("1,200" in line for line in text) and any("$49.99," in line for line in text)


def test_long_words_are_cut_at_a_natural_mark() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["a url"]))

    lines = [line for cue in srt for line in cue.lines]
    assert "https://pauseplayrepeat.com/courses/" in lines


def test_a_held_word_is_cut_at_seven_seconds() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["one held word"]))

    assert [(cue.start_ms, cue.end_ms) for cue in srt] == [(500, 7500)]


def test_a_short_cue_lasts_a_second() -> None:
    srt, _ = written(cues_from_words(EDGE_CASES["one short word"]))

    assert [(cue.start_ms, cue.end_ms, cue.lines) for cue in srt] == [(0, 1000, ["Hi"])]


def test_vtt_escapes_markup_and_both_replace_the_arrow() -> None:
    cues = cues_from_words(EDGE_CASES["markup and arrows"])

    assert "&lt;b&gt;bold&lt;/b&gt; &amp; x → y" in to_vtt(cues).replace("\n", " ")
    assert "-->" not in to_srt(cues).replace(" --> ", "")


def test_cues_from_real_narration() -> None:
    text = "Stop guessing. Your mixes sound flat, muddy and small? Learn saturation in 12 lessons for $49.99."
    words = synthesize_offline(text).words

    srt, _ = written(cues_from_words(words))

    assert len(srt) >= 3
    assert letters(" ".join(" ".join(cue.lines) for cue in srt)) == letters(text)
    assert srt[0].start_ms == round(words[0].start * 1000)


def script(*scenes: dict[str, object]) -> VideoScript:
    total = sum(float(str(scene["duration"])) for scene in scenes)
    palette = {"primary": "#111111", "secondary": "#222222", "accent": "#333333", "background": "#000000"}
    return VideoScript.model_validate(
        {"totalDuration": total, "scenes": list(scenes), "colorPalette": palette}
    )


def test_cues_from_scene_text_stay_inside_their_scene() -> None:
    video = script(
        {
            "id": "hook",
            "duration": 3,
            "headline": "Your mixes sound flat?",
            "subhead": "Here is the fix",
            "mood": "intrigue",
        },
        {"id": "quiet", "duration": 2, "mood": "proof"},
        {
            "id": "offer",
            "duration": 5,
            "headline": "Saturation Masterclass",
            "bulletPoints": ["12 lessons", "Tape, tubes & transformers", "Lifetime access"],
            "mood": "solution",
        },
    )

    srt, _ = written(cues_from_script(video))

    assert [" ".join(cue.lines) for cue in srt] == [
        "Your mixes sound flat?",
        "Here is the fix",
        "Saturation Masterclass",
        "12 lessons",
        "Tape, tubes & transformers",
        "Lifetime access",
    ]
    assert srt[1].end_ms <= 3000 and srt[2].start_ms >= 5000 and srt[-1].end_ms <= 10000


def test_text_too_long_for_its_scene_is_cut_short_and_a_tiny_scene_gets_none() -> None:
    long_text = (
        "Enroll today at pauseplayrepeat.com, the early price ends on Friday, so do not wait any longer"
    )
    video = script(
        {"id": "blink", "duration": 0.5, "headline": "Now", "mood": "urgency"},
        {"id": "rush", "duration": 2, "headline": long_text, "mood": "urgency"},
    )

    srt, _ = written(cues_from_script(video))

    assert 1 <= len(srt) <= 2
    assert srt[0].start_ms >= 500 and srt[-1].end_ms <= 2500
    assert letters(long_text).startswith(letters(" ".join(" ".join(cue.lines) for cue in srt)))


def test_a_comma_ends_a_cue_once_the_cue_is_long_enough() -> None:
    words = spoken("Over 1,200 producers took it this year, and they rate the course 4.9 out of 5.")

    srt, _ = written(cues_from_words(words))

    assert [" ".join(cue.lines) for cue in srt] == [
        "Over 1,200 producers took it this year,",
        "and they rate the course 4.9 out of 5.",
    ]
