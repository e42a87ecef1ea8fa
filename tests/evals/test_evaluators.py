"""Each evaluator on hand-made outputs: a good video passes, and the video each one exists to catch fails
it, so a broken evaluator cannot pass everything."""

from dataclasses import replace
from pathlib import Path

from domain.events import JobEvent, StepFinished, StepStarted
from domain.script import WordTiming
from evals.evaluators.brand import BrandAdherence
from evals.evaluators.captions import CaptionQuality
from evals.evaluators.code_safety import SecurityViolations
from evals.evaluators.layout import StillChecks
from evals.evaluators.on_screen import FactsPresent, RequestCoverage
from evals.evaluators.run_record import ModelRun, StepTimes, ValidationRecord, VideoExists
from evals.evaluators.subtitles import SubtitleSync
from evals.output import RunUsage
from evals.seen import DominantColour, FrameColours, SeenFrame
from tests.evals.outputs import GOOD_CAPTIONS, GOOD_FRAMES, case, media, output, score_output
from video.assets.subtitles import cues_from_words, to_srt
from video.snapshot import AssetSnapshot, VoiceSnapshot
from video.stills.models import LayoutIssue
from video.validation.result import Diagnostic


async def test_a_good_video_passes_every_enforced_threshold(tmp_path: Path) -> None:
    result = await score_output(case(), output(tmp_path))
    assert result.passed, result.failed
    assert result.pending == []
    assert result.scores["facts_present"] == 1
    assert result.scores["request_coverage"] == 1
    assert result.scores["caption_quality"] == 1
    assert result.scores["brand_adherence"] >= 0.8


async def test_a_video_cut_short_misses_its_length(tmp_path: Path) -> None:
    result = await score_output(case(), output(tmp_path, seen_media=media(frames=150)), [VideoExists()])
    assert result.scores == {"completed": 1, "duration_error_frames": 300}
    assert "duration_error_frames <= 0 (got 300)" in result.failed


async def test_a_failed_job_is_not_completed(tmp_path: Path) -> None:
    made = output(tmp_path, report={"status": "failed", "error": "render crashed"}, seen_media=None)
    result = await score_output(case(), made, [VideoExists()])
    assert result.scores == {"completed": 0}
    assert result.reasons["completed"] == "job failed: render crashed"
    assert not result.passed


async def test_a_layout_error_fails_the_still_checks(tmp_path: Path) -> None:
    issue = LayoutIssue(
        frame=160, kind="overflow", severity="error", text="$34.99", message="the price runs off the frame"
    )
    warning = issue.model_copy(update={"kind": "small_text", "severity": "warning"})
    result = await score_output(case(), output(tmp_path, seen_issues=[issue, warning]), [StillChecks()])
    assert result.scores["layout_errors"] == 1
    assert result.scores["layout_warnings"] == 1
    assert "price runs off the frame" in result.reasons["layout_errors"]
    assert "layout_errors <= 0 (got 1)" in result.failed


async def test_a_price_the_frames_do_not_show_is_a_missing_fact(tmp_path: Path) -> None:
    brief = case(product={**case().brief.model_dump()["product"], "price": 49})
    result = await score_output(brief, output(tmp_path), [FactsPresent()])
    assert result.scores["facts_present"] == 0.75
    assert result.reasons["facts_present"] == "not on any frame: price $49"
    assert "facts_present >= 1 (got 0.75)" in result.failed


async def test_facts_come_from_the_frames_not_the_script(tmp_path: Path) -> None:
    """The script says the title and price; frames that show neither fail."""
    frames = [SeenFrame(frame=12, checked=True, texts=["Something generic", "Get it at taperoom.audio"])]
    result = await score_output(case(), output(tmp_path, seen_frames=frames), [FactsPresent()])
    assert result.scores["facts_present"] == 0.5
    assert "title 'Dusty Keys Vol. 3'" in result.reasons["facts_present"]


async def test_a_title_cut_by_line_clamp_is_not_shown(tmp_path: Path) -> None:
    frames = [
        SeenFrame(
            frame=12,
            checked=True,
            texts=["$34.99", "Get it at taperoom.audio"],
            cut_texts=["Dusty Keys Vol. 3"],
        )
    ]
    result = await score_output(case(), output(tmp_path, seen_frames=frames), [FactsPresent()])
    assert result.scores["facts_present"] == 0.75
    assert "cut by line-clamp" in result.reasons["facts_present"]


async def test_a_free_product_must_say_free(tmp_path: Path) -> None:
    free = case(product={**case().brief.model_dump()["product"], "price": 0})
    shown = await score_output(free, output(tmp_path), [FactsPresent()])
    assert shown.scores["facts_present"] == 0.75
    frames = [*GOOD_FRAMES, SeenFrame(frame=200, checked=True, texts=["FREE download"])]
    said = await score_output(free, output(tmp_path, seen_frames=frames), [FactsPresent()])
    assert said.scores["facts_present"] == 1


async def test_asks_the_frames_leave_out_lower_the_request_coverage(tmp_path: Path) -> None:
    frames = [SeenFrame(frame=12, checked=True, texts=["This changes your music.", "50% OFF"])]
    result = await score_output(case(), output(tmp_path, seen_frames=frames), [RequestCoverage()])
    assert result.scores["request_coverage"] == 0.3333
    assert result.reasons["request_coverage"] == "not on any frame: code 'KEYS50', number '72'"
    assert "request_coverage >= 0.8 (got 0.3333)" in result.failed


async def test_a_prompt_without_asks_has_no_request_coverage(tmp_path: Path) -> None:
    result = await score_output(case(prompt="Launch the pack"), output(tmp_path), [RequestCoverage()])
    assert result.scores == {}


async def test_a_light_brand_rendered_dark_orange_misses_brand_adherence(tmp_path: Path) -> None:
    light = case().brief.model_dump()["store"] | {
        "brand": {"primary": "#1F2937", "secondary": "#9CA3AF", "accent": "#3B82F6", "background": "#F5F3EE"}
    }
    result = await score_output(case(store=light), output(tmp_path), [BrandAdherence()])
    assert result.scores["brand_adherence"] < 0.6
    assert "not seen: background #F5F3EE, accent #3B82F6" in result.reasons["brand_adherence"]
    on_brand = [
        FrameColours(
            frame=12,
            colours=[
                DominantColour(hex="#F2F0EA", share=0.8),
                DominantColour(hex="#222A36", share=0.15),
                DominantColour(hex="#3B82F6", share=0.05),
            ],
        )
    ]
    matched = await score_output(
        case(store=light), output(tmp_path, seen_colours=on_brand), [BrandAdherence()]
    )
    assert matched.scores["brand_adherence"] == 1


async def test_hashtags_cut_from_the_title_fail_the_captions(tmp_path: Path) -> None:
    title = case().brief.model_dump()["product"] | {"name": "Saturation Secrets: Warmth Without the Mud"}
    bad = GOOD_CAPTIONS.model_copy(
        update={"tiktok": "Warm mixes 🔥 Link: taperoom.audio #fyp #saturation #without #secrets"}
    )
    result = await score_output(case(product=title), output(tmp_path, captions=bad), [CaptionQuality()])
    assert result.scores["caption_quality"] == 0.75
    assert result.reasons["caption_quality"] == "hashtags cut from the title: #without #secrets"
    assert "caption_quality >= 1 (got 0.75)" in result.failed


async def test_a_repeated_line_and_a_long_x_post_fail_the_captions(tmp_path: Path) -> None:
    repeated = GOOD_CAPTIONS.model_copy(
        update={
            "instagram": GOOD_CAPTIONS.instagram.replace(
                "Get it at", "Keys that sound like tape.\n\nGet it at"
            ),
            "x": "Keys " * 60 + "https://taperoom.audio",
        }
    )
    result = await score_output(case(), output(tmp_path, captions=repeated), [CaptionQuality()])
    assert result.scores["caption_quality"] == 0.5
    assert "x: must be under 280 characters" in result.reasons["caption_quality"]
    assert "line repeated: instagram ['keys that sound like tape.']" in result.reasons["caption_quality"]


async def test_a_security_finding_on_the_final_code_counts(tmp_path: Path) -> None:
    finding = Diagnostic(
        check="security", severity="error", line=3, column=1, code="network", message="fetch is not allowed"
    )
    result = await score_output(case(), output(tmp_path, seen_diagnostics=[finding]), [SecurityViolations()])
    assert result.scores["security_violations"] == 1
    assert "fetch is not allowed" in result.reasons["security_violations"]
    template = output(tmp_path, seen_diagnostics=None, seen_composition="ProductLaunchTemplate")
    fallback = await score_output(case(), template, [SecurityViolations()])
    assert fallback.scores["security_violations"] == 0


async def test_the_job_record_gives_validation_fallback_steps_and_times(tmp_path: Path) -> None:
    steps = [
        StepStarted(step="generating_code", detail="writing the composition"),
        StepFinished(step="generating_code", seconds=0.5, detail="3 scenes"),
        StepStarted(step="generating_code", detail="validating"),
        StepFinished(step="generating_code", seconds=1.5, detail="passed"),
        StepStarted(step="rendering", detail="rendering the video"),
        StepFinished(step="rendering", seconds=31.0, detail="450 frames at 270x480"),
    ]
    events = [JobEvent(job_id=1, seq=seq, at="t", data=data) for seq, data in enumerate(steps, start=1)]
    made = output(
        tmp_path,
        report={"status": "completed", "validation": {"attempts": 3, "passed": True}, "fallback": "X"},
        events=events,
        usage=RunUsage(
            model="anthropic:claude", steps=7, input_tokens=1000, output_tokens=200, cost_usd=0.05
        ),
    )
    result = await score_output(case(), made, [ValidationRecord(), ModelRun(), StepTimes()])
    assert result.scores == {
        "first_try_validation": 0,
        "validation_attempts": 3,
        "fallback_used": 1,
        "steps": 7,
        "tokens": 1200,
        "cost_usd": 0.05,
        "seconds_per_step": 11,
    }
    assert result.reasons["seconds_per_step"] == (
        "writing the composition 0.5 s, validating 1.5 s, rendering the video 31.0 s"
    )


async def test_an_offline_run_has_steps_but_no_tokens(tmp_path: Path) -> None:
    made = output(tmp_path, usage=RunUsage(model="offline", steps=9, input_tokens=5000, output_tokens=900))
    result = await score_output(case(), made, [ModelRun()])
    assert result.scores == {"steps": 9}


async def test_subtitles_out_of_step_with_the_voice_show_their_offset(tmp_path: Path) -> None:
    spoken = "Lo-fi keys that sound like tape. Get them now at the store today."
    words = [
        WordTiming(word=word, start=index * 0.4, end=index * 0.4 + 0.3)
        for index, word in enumerate(spoken.split(" "))
    ]
    cues = cues_from_words(words)
    srt = to_srt(cues)
    voice = VoiceSnapshot(audio_key="a" * 64 + ".wav", words=words, duration_s=5.0, provider="espeak")
    snapshot = AssetSnapshot(images=[None, None, None], voice=voice)
    synced = await score_output(
        case(), output(tmp_path, snapshot=snapshot, subtitles_srt=srt), [SubtitleSync()]
    )
    assert synced.scores["subtitle_sync_ms"] == 0
    assert synced.reasons["subtitle_sync_ms"] == f"{len(cues)} of {len(cues)} cues matched, worst 0 ms"
    late = to_srt([replace(cue, start_ms=cue.start_ms + 300) for cue in cues])
    drifted = await score_output(
        case(), output(tmp_path, snapshot=snapshot, subtitles_srt=late), [SubtitleSync()]
    )
    assert drifted.scores["subtitle_sync_ms"] == 300
    silent = await score_output(case(voice=False), output(tmp_path, subtitles_srt=srt), [SubtitleSync()])
    assert silent.scores == {}
