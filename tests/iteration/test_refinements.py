"""Each refinement the offline director understands, planned against a version it made from the demo
catalog: what changes in the script, voice-over, images and TSX, and that nothing else does. (Rendered
iterations are in test_offline_iterations.py; these need no engine.)"""

from dataclasses import dataclass
from typing import Any

import pytest
from sqlmodel import Session

from agent.offline.director.composer import compose
from agent.offline.director.design import STYLE_DESIGNS, read_design
from agent.offline.director.moves import Call
from agent.offline.director.refine import Refinement, plan_refinement, refine_moves
from agent.offline.director.transcript import ToolEvent, Transcript
from agent.offline.scriptwriter import default_draft
from agent.tools.write_composition import Edit
from domain.script import VideoFacts, VideoScript
from store.context import VideoContext, gather_context
from store.facts import facts_from_context
from store.jobs import generate
from store.requests import video_request
from store.users import local_creator
from tests.agent.scripted import VALID_TSX


@dataclass
class Version:
    """A director-made version: its context (feedback filled in per test), facts, script and code."""

    context: VideoContext
    facts: VideoFacts
    previous: dict[str, Any]
    tsx: str

    @property
    def script(self) -> VideoScript:
        return VideoScript.model_validate(self.previous["script"])

    def refine(self, feedback: str, tsx: str | bool | None = True) -> Refinement:
        context = self.context.model_copy(update={"feedback": feedback})
        code = self.tsx if tsx is True else None if tsx is None else str(tsx)
        return plan_refinement(context, self.facts, self.previous, code)


def make_version(catalog: Session, duration: int, **subject: str) -> Version:
    request = video_request(duration=duration, aspect="9:16", style="hype", voice=True, **subject)
    job = generate(catalog, local_creator(catalog), request)
    context = gather_context(catalog, job)
    facts = facts_from_context(context)
    draft = default_draft(context, facts, total_seconds=duration)
    tsx = compose(draft.script, facts, "hype", STYLE_DESIGNS["hype"], waveform=True)
    previous = {
        "script": draft.script.to_json_dict(),
        "voiceover": draft.voiceover,
        "image_prompts": draft.image_prompts,
        "has_voice": True,
    }
    return Version(context, facts, previous, tsx)


@pytest.fixture(scope="module")
def short_course(catalog: Session) -> Version:
    """15 s: hook, solution, offer, CTA (no proof scene)."""
    return make_version(catalog, 15, course="saturation-secrets")


@pytest.fixture(scope="module")
def standard_course(catalog: Session) -> Version:
    """30 s: hook, problem, solution, proof, offer, CTA."""
    return make_version(catalog, 30, course="saturation-secrets")


def edited(tsx: str, refinement: Refinement) -> str:
    """The TSX after the refinement's edits, each of which must match exactly once."""
    assert refinement.composition is not None and refinement.composition.tool == "edit_composition"
    for edit in map(Edit.model_validate, refinement.composition.args["edits"]):
        assert tsx.count(edit.old) == 1, edit.old
        tsx = tsx.replace(edit.old, edit.new)
    return tsx


def changed_lines(before: str, after: str) -> set[str]:
    return set(after.splitlines()) - set(before.splitlines())


def scene_texts(script: VideoScript) -> str:
    return " ".join(
        text
        for scene in script.scenes
        for text in [scene.headline, scene.subhead, scene.emphasis, *(scene.bullet_points or [])]
        if text
    )


def test_faster_edits_only_the_pace(short_course: Version) -> None:
    refinement = short_course.refine("make it faster")
    after = edited(short_course.tsx, refinement)
    assert changed_lines(short_course.tsx, after) == {"  pace: 1.55,"}
    assert not refinement.script_changed and not refinement.new_images and not refinement.new_voice


def test_much_slower_slows_more_than_slower(short_course: Version) -> None:
    slower = read_design(edited(short_course.tsx, short_course.refine("make it slower")))
    much = read_design(edited(short_course.tsx, short_course.refine("much slower")))
    assert slower is not None and much is not None
    assert much.pace < slower.pace < STYLE_DESIGNS["hype"].pace


@pytest.mark.parametrize(("feedback", "primary"), [("blue", "#60A5FA"), ("make it purple", "#A78BFA")])
def test_a_named_colour_is_a_new_palette_and_nothing_else(
    short_course: Version, feedback: str, primary: str
) -> None:
    refinement = short_course.refine(feedback)
    script = refinement.draft.script
    assert script.color_palette.primary == primary
    assert script.scenes == short_course.script.scenes
    assert refinement.draft.voiceover == short_course.previous["voiceover"]
    assert refinement.composition is None and not refinement.new_images and not refinement.new_voice


def test_brand_colours_come_from_the_store(short_course: Version) -> None:
    brand = short_course.context.store.brand
    palette = short_course.refine("use our brand colours").draft.script.color_palette
    assert (palette.primary, palette.background) == (brand.primary, brand.background)


def test_darker_deepens_the_background_and_dims_the_images(short_course: Version) -> None:
    refinement = short_course.refine("make it darker")
    before, after = short_course.script.color_palette, refinement.draft.script.color_palette
    assert after.primary == before.primary
    assert int(after.background[1:3], 16) < int(before.background[1:3], 16)
    design = read_design(edited(short_course.tsx, refinement))
    assert design is not None and design.darken > STYLE_DESIGNS["hype"].darken


def test_warmer_shifts_an_already_warm_palette(short_course: Version) -> None:
    before = short_course.script.color_palette
    after = short_course.refine("warmer").draft.script.color_palette
    assert after != before and after.background == before.background


def test_shorter_shares_a_new_total_and_trims_the_narration(short_course: Version) -> None:
    refinement = short_course.refine("make it shorter")
    script = refinement.draft.script
    assert script.total_duration == 10 and script.total_frames() == 300
    assert [scene.id for scene in script.scenes] == [scene.id for scene in short_course.script.scenes]
    assert all(
        new.duration < old.duration
        for new, old in zip(script.scenes, short_course.script.scenes, strict=True)
    )
    assert len(refinement.draft.voiceover.split()) <= 22
    assert refinement.new_voice and not refinement.new_images
    assert refinement.composition is None


def test_an_exact_length_is_kept_and_a_longer_video_gets_more_narration(short_course: Version) -> None:
    refinement = short_course.refine("make it 20 seconds")
    assert refinement.draft.script.total_duration == 20
    longer = short_course.refine("make it longer")
    assert longer.draft.script.total_duration == 23
    assert len(longer.draft.voiceover.split()) >= len(short_course.previous["voiceover"].split())


def test_a_shorter_hook_keeps_the_total(short_course: Version) -> None:
    script = short_course.refine("make the hook shorter").draft.script
    assert script.total_frames() == short_course.script.total_frames()
    assert script.scenes[0].duration < short_course.script.scenes[0].duration
    assert script.scenes[0].headline == short_course.script.scenes[0].headline


def test_a_more_aggressive_hook_has_new_copy_more_energy_and_new_narration(short_course: Version) -> None:
    refinement = short_course.refine("make the hook more aggressive")
    hook, old_hook = refinement.draft.script.scenes[0], short_course.script.scenes[0]
    assert hook.headline and hook.headline != old_hook.headline
    assert hook.headline.rstrip(".") in refinement.draft.voiceover
    assert refinement.draft.script.scenes[1:] == short_course.script.scenes[1:]
    assert changed_lines(short_course.tsx, edited(short_course.tsx, refinement)) == {"  energy: 1,"}
    assert refinement.new_voice and not refinement.new_images


def test_calmer_lowers_the_energy(short_course: Version) -> None:
    design = read_design(edited(short_course.tsx, short_course.refine("calmer please")))
    assert design is not None and design.energy <= 0.3


def test_removing_the_price_hides_it_in_code_and_copy(short_course: Version) -> None:
    refinement = short_course.refine("remove the price")
    assert changed_lines(short_course.tsx, edited(short_course.tsx, refinement)) == {"  showPrice: false,"}
    price = short_course.facts.price_label
    assert price and price in scene_texts(short_course.script)
    assert price not in scene_texts(refinement.draft.script)
    assert [s.id for s in refinement.draft.script.scenes] == [s.id for s in short_course.script.scenes]


def test_adding_the_enrollment_count_adds_a_proof_scene_and_rewrites_the_layouts(
    short_course: Version,
) -> None:
    refinement = short_course.refine("add the enrollment count")
    script = refinement.draft.script
    assert [scene.id for scene in script.scenes] == ["hook", "solution", "proof", "offer", "cta"]
    assert script.total_frames() == short_course.script.total_frames()
    assert f"{short_course.facts.enrollment_count:,}" in scene_texts(script)
    # The composition had no ProofScene layout: structural, so the director writes it again.
    assert refinement.composition is not None and refinement.composition.tool == "write_composition"
    tsx = refinement.composition.args["tsx"]
    assert "const ProofScene" in tsx and '"ProofScene"' in tsx
    # One image for the new scene; every other scene keeps its prompt, so its image comes from the cache.
    prompts = refinement.draft.image_prompts
    assert refinement.new_images and len(prompts) == 5
    assert prompts[:2] + prompts[3:] == short_course.previous["image_prompts"]
    assert not refinement.new_voice


def test_enrollment_and_rating_in_a_video_with_proof_are_knob_edits(standard_course: Version) -> None:
    hidden = standard_course.refine("hide the enrollment count and the rating")
    lines = changed_lines(standard_course.tsx, edited(standard_course.tsx, hidden))
    assert lines == {"  showEnrollment: false,", "  showRating: false,"}
    assert "enrolled" not in scene_texts(hidden.draft.script)
    shown = standard_course.refine("add the rating")
    assert shown.composition is None and any("already in the video" in note for note in shown.notes)


def test_removing_the_module_list_clears_the_module_bullets(short_course: Version) -> None:
    refinement = short_course.refine("remove the module list")
    assert changed_lines(short_course.tsx, edited(short_course.tsx, refinement)) == {"  showModules: false,"}
    solution = next(scene for scene in refinement.draft.script.scenes if scene.mood == "solution")
    assert solution.bullet_points is None


def test_a_fact_the_catalog_lacks_is_a_note(catalog: Session) -> None:
    product = make_version(catalog, 15, product="dusty-keys-vol-2")
    refinement = product.refine("add the module list")
    assert refinement.composition is None and not refinement.script_changed
    assert refinement.notes and "Could not add the module list" in refinement.notes[0]


def test_new_cta_text_goes_on_the_last_scene_button(short_course: Version) -> None:
    refinement = short_course.refine("change the CTA to 'Join the course'")
    scenes = refinement.draft.script.scenes
    assert scenes[-1].emphasis == "Join the course"
    assert scenes[:-1] == short_course.script.scenes[:-1]
    assert refinement.composition is None and not refinement.new_voice


def test_a_new_aspect_is_a_render_argument(short_course: Version) -> None:
    refinement = short_course.refine("make it square")
    assert refinement.render_args == {"aspect": "1:1"}
    assert not refinement.script_changed and refinement.composition is None
    assert short_course.refine("make it vertical").notes == ("The video is already 9:16.",)


def test_different_images_are_new_prompts_every_time(short_course: Version) -> None:
    first = short_course.refine("use different images")
    assert first.new_images and not first.new_voice
    prompts = first.draft.image_prompts
    assert len(prompts) == len(short_course.script.scenes)
    assert not set(prompts) & set(short_course.previous["image_prompts"])
    again = plan_refinement(
        short_course.context.model_copy(update={"feedback": "other pictures"}),
        short_course.facts,
        {**short_course.previous, "image_prompts": prompts},
        short_course.tsx,
    )
    assert not set(again.draft.image_prompts) & set(prompts)
    subject = short_course.refine("images of a vintage tape machine").draft.image_prompts
    assert all(prompt.startswith("a vintage tape machine") for prompt in subject)


def test_what_the_director_cannot_do_is_said_in_the_notes(short_course: Version) -> None:
    refinement = short_course.refine("add a drum solo and make it faster")
    assert refinement.publish_args["notes"][0].startswith(
        "The offline director could not do this part of the request: 'add a drum solo'"
    )
    assert "faster pace" in refinement.summary()
    nothing = short_course.refine("thanks")
    assert nothing.composition is None and not nothing.script_changed
    assert nothing.notes == (
        "The feedback asked for no change the offline director understands; nothing changed.",
    )


def test_code_without_design_knobs_gets_script_changes_and_notes(short_course: Version) -> None:
    refinement = short_course.refine("make it faster and blue", tsx=VALID_TSX)
    assert refinement.draft.script.color_palette.primary == "#60A5FA"
    assert refinement.composition is None
    assert refinement.notes == (
        "Could not make it faster: the composition has no DESIGN block the offline director edits.",
    )


def test_without_previous_code_the_director_writes_it(short_course: Version) -> None:
    refinement = short_course.refine("make it faster", tsx=None)
    assert refinement.composition is not None and refinement.composition.tool == "write_composition"
    design = read_design(refinement.composition.args["tsx"])
    assert design is not None and design.pace == 1.55


def event(name: str, **args: Any) -> ToolEvent:
    return ToolEvent(name, args, True, "")


def test_the_moves_come_in_order_script_assets_code_then_the_finishing_steps(short_course: Version) -> None:
    refinement = short_course.refine("make it faster, more aggressive and with different images")
    transcript = Transcript(prompt="", events=[event("gather_context")])
    steps: list[list[str]] = []
    while (move := refine_moves(transcript, refinement)) is not None:
        assert isinstance(move, list)
        steps.append([call.tool for call in move])
        transcript.events.extend(event(call.tool, **call.args) for call in move if isinstance(call, Call))
    assert steps == [["write_script"], ["make_images", "make_voice"], ["edit_composition"]]


def test_a_code_only_refinement_calls_no_asset_tool(short_course: Version) -> None:
    refinement = short_course.refine("make it faster and remove the price")
    transcript = Transcript(prompt="", events=[event("gather_context")])
    tools = []
    while (move := refine_moves(transcript, refinement)) is not None:
        assert isinstance(move, list)
        tools += [call.tool for call in move]
        transcript.events.extend(event(call.tool, **call.args) for call in move)
    assert tools == ["write_script", "edit_composition"]
