"""The agent's pure building blocks: scripts from the catalog, the DESIGN knobs, captions, model choice."""

import pytest

from agent.models import default_model_spec, resolve_model
from agent.offline.director.composer import compose
from agent.offline.director.design import STYLE_DESIGNS, design_edits, read_design
from agent.offline.director.stills_fixes import error_kinds, fixes_for
from agent.offline.scriptwriter import default_draft
from agent.offline.scriptwriter.timing import share_frames
from agent.prompts import load_skills, render
from domain.errors import UserError
from domain.script import FPS, VideoScript
from store.context import (
    Analytics,
    BrandColours,
    CourseInfo,
    ModuleInfo,
    ProductInfo,
    StoreInfo,
    VideoContext,
)
from store.facts import facts_from_context
from video.publishing.captions import Captions, caption_problems, offline_captions

STORE = StoreInfo(
    name="Pause Play Repeat",
    slug="pause-play-repeat",
    domain="pauseplayrepeat.com",
    brand=BrandColours(primary="#FF5A1F", secondary="#FFB347", accent="#7C5CFF", background="#0E0B14"),
    logo_path=None,
    socials={},
)
COURSE = CourseInfo(
    slug="saturation-secrets",
    title="Saturation Secrets: Warmth Without the Mud",
    description="Tape, tube and console saturation for producers. Every lesson ends with a before/after.",
    price=79,
    currency="USD",
    creator_name="Dario Vance",
    modules=[ModuleInfo(title=f"Module {n}", lesson_count=3) for n in range(1, 7)],
    enrollment_count=1240,
)
PRODUCT = ProductInfo(
    slug="dusty-keys",
    name="Dusty Keys Vol. 2",
    type="sample_pack",
    description="120 lo-fi piano loops.",
    price=24.5,
    currency="EUR",
    features=["120 loops", "Key and BPM labelled", "Royalty free"],
)


def context(kind: str, duration: int = 30, style: str = "hype") -> VideoContext:
    return VideoContext(
        job_id=1,
        kind=kind,  # type: ignore[arg-type]
        prompt="Promote it to bedroom producers",
        feedback=None,
        style=style,
        duration_s=duration,
        aspect="9:16",
        voice=True,
        store=STORE,
        course=COURSE if kind == "course" else None,
        product=PRODUCT if kind == "product" else None,
        analytics=Analytics(sales_count=300, review_count=212, average_rating=4.8),
    )


@pytest.mark.parametrize("seconds", [15, 30, 60, 90, 17.5])
@pytest.mark.parametrize("weights", [[3, 5, 7], [1], [3.5, 5, 7, 5, 4.5, 5]])
def test_scene_lengths_add_up_to_the_video_exactly(seconds: float, weights: list[float]) -> None:
    durations = share_frames(weights, seconds)
    assert sum(round(d * FPS) for d in durations) == round(seconds * FPS)
    assert all(d > 0 for d in durations)


@pytest.mark.parametrize("kind", ["course", "product", "brand"])
@pytest.mark.parametrize("duration", [15, 30, 60, 90])
def test_default_scripts_are_valid_and_fit_their_narration(kind: str, duration: int) -> None:
    ctx = context(kind, duration)
    facts = facts_from_context(ctx)
    draft = default_draft(ctx, facts, total_seconds=duration)
    script = VideoScript.model_validate(draft.script.to_json_dict())
    assert script.total_frames() == duration * FPS
    assert len(draft.image_prompts) == len(script.scenes)
    assert script.scenes[-1].mood == "excitement" and script.scenes[-1].emphasis == facts.cta
    assert 0 < len(draft.voiceover.split()) <= duration * 2.2 + 1


def test_palette_follows_the_topic_and_the_brand() -> None:
    course = default_draft(context("course"), facts_from_context(context("course")), total_seconds=30)
    assert course.script.color_palette.primary == "#F97316"  # warm: a saturation/mixing course
    brand = default_draft(context("brand"), facts_from_context(context("brand")), total_seconds=30)
    assert brand.script.color_palette.primary == "#FF5A1F"  # the store's own colours


@pytest.mark.parametrize("style", list(STYLE_DESIGNS))
def test_design_knobs_are_read_back_and_edited_in_place(style: str) -> None:
    ctx = context("course", style=style)
    facts = facts_from_context(ctx)
    draft = default_draft(ctx, facts, total_seconds=30)
    tsx = compose(draft.script, facts, style, STYLE_DESIGNS[style], waveform=True)
    assert read_design(tsx) == STYLE_DESIGNS[style]
    design, edits = design_edits(tsx, text_scale=0.85, show_price=False)
    for edit in edits:
        assert tsx.count(edit.old) == 1
        tsx = tsx.replace(edit.old, edit.new)
    assert read_design(tsx) == design and design.text_scale == 0.85 and design.show_price is False
    for scene in draft.script.scenes:  # the copy stays in the script: never spliced into the code
        assert scene.headline is None or scene.headline not in tsx


def test_still_issues_the_director_can_fix() -> None:
    text = render(
        "tool_results/stills.md.jinja",
        report=_report(),
        round=1,
        rounds_left=1,
    )
    kinds = error_kinds(text)
    assert kinds == {"overflow", "contrast"}
    changes = fixes_for(kinds, STYLE_DESIGNS["hype"])
    assert changes["text_scale"] < 1 and changes["darken"] > STYLE_DESIGNS["hype"].darken
    assert fixes_for({"blank"}, STYLE_DESIGNS["hype"]) == {}


def _report() -> object:
    from video.stills.models import LayoutIssue, StillsReport

    issues = [
        LayoutIssue(
            frame=12, scene="hook", kind="overflow", severity="error", text="Big", message="too wide"
        ),
        LayoutIssue(frame=40, scene="cta", kind="contrast", severity="error", text="Go", message="2.1:1"),
        LayoutIssue(frame=40, scene="cta", kind="small_text", severity="warning", text="x", message="small"),
    ]
    return StillsReport(width=270, height=480, issues=issues, frames=[], contact_sheet=None)


@pytest.mark.parametrize("kind", ["course", "product", "brand"])
def test_offline_captions_respect_each_platform(kind: str) -> None:
    ctx = context(kind)
    facts = facts_from_context(ctx)
    draft = default_draft(ctx, facts, total_seconds=30)
    captions = offline_captions(facts, draft.script)
    assert caption_problems(captions, facts.domain) == []
    assert len(captions.x) < 280 and captions.x.endswith(f"https://{facts.domain}")
    assert 15 <= captions.instagram.count("#") <= 20 and "\n" in captions.instagram


def test_caption_problems_name_the_platform() -> None:
    bad = Captions(instagram="one line #a", tiktok="x" * 400, x="y" * 300, hashtags=["a"])
    problems = caption_problems(bad, "pauseplayrepeat.com")
    assert {problem.split(":")[0] for problem in problems} == {"instagram", "tiktok", "x"}


def test_model_choice_defaults_to_offline_without_keys() -> None:
    assert default_model_spec({}) == "offline"
    assert default_model_spec({"ANTHROPIC_API_KEY": "k"}) == "anthropic"
    assert default_model_spec({"OPENROUTER_API_KEY": "k"}) == "openrouter"
    assert default_model_spec({"PPR_VIDEO_MODEL": "offline", "ANTHROPIC_API_KEY": "k"}) == "offline"
    assert resolve_model(None, {}).offline
    with pytest.raises(UserError, match="ANTHROPIC_API_KEY: not set"):
        resolve_model("anthropic", {})
    with pytest.raises(UserError, match="PPR_VIDEO_OPENAI_BASE_URL"):
        resolve_model("openai-compatible:llama", {})
    with pytest.raises(UserError, match="model: unknown 'gpt'"):
        resolve_model("gpt", {})


def test_every_skill_has_an_incorrect_and_a_correct_example() -> None:
    skills = load_skills()
    assert len(skills) >= 6
    for skill in skills:
        assert "Incorrect" in skill.body and "Correct" in skill.body and "```tsx" in skill.body
