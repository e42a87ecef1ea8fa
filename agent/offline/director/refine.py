"""The offline director on an iteration: turns the creator's feedback into the few tool calls it needs (a new
script only when copy, colours or timing change, new images or narration only when asked for or when the
spoken text changed, targeted edits of the previous TSX), then leaves the finishing steps to the plan."""

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from agent.offline.director.composer import compose, hook_visual, scene_component
from agent.offline.director.design import STYLE_DESIGNS, Design, design_edits, read_design
from agent.offline.director.feedback import read_feedback
from agent.offline.director.moves import Call, Move, script_call
from agent.offline.director.refiner import Refiner
from agent.offline.director.transcript import Transcript
from agent.state import ScriptDraft
from agent.tools.write_composition import Edit
from domain.script import VideoFacts, VideoScript
from store.context import VideoContext

LAYOUTS_LINE = re.compile(r"^const SCENE_LAYOUTS = (\[.*\]);$", re.MULTILINE)


@dataclass(frozen=True)
class Refinement:
    """What an iteration changes, decided once from the feedback and the previous version."""

    draft: ScriptDraft
    script_changed: bool
    new_images: bool
    new_voice: bool
    composition: Call | None
    aspect: str | None
    done: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def render_args(self) -> dict[str, Any]:
        return {"aspect": self.aspect} if self.aspect else {}

    @property
    def publish_args(self) -> dict[str, Any]:
        return {"notes": list(self.notes)} if self.notes else {}

    def summary(self) -> str:
        changed = "; ".join(self.done) if self.done else "nothing changed"
        left = f" Not done: {' '.join(self.notes)}" if self.notes else ""
        return f"Revised the video as asked: {changed}.{left}"


def previous_draft(previous: dict[str, Any]) -> ScriptDraft:
    return ScriptDraft(
        script=VideoScript.model_validate(previous["script"]),
        voiceover=previous["voiceover"],
        image_prompts=list(previous["image_prompts"]),
    )


def _style(context: VideoContext) -> str:
    return context.style if context.style in STYLE_DESIGNS else "hype"


def _rewrite(context: VideoContext, facts: VideoFacts, script: VideoScript, design: Design) -> Call:
    tsx = compose(script, facts, _style(context), design, visual=hook_visual(context, facts))
    return Call("write_composition", {"tsx": tsx})


def _layouts_edit(tsx: str, layouts: list[str]) -> Edit | None:
    """The SCENE_LAYOUTS line for the new scene list, when every layout it names is already in the code."""
    line = LAYOUTS_LINE.search(tsx)
    if line is None or any(f"const {name}: React.FC" not in tsx for name in layouts):
        return None
    return Edit(old=line.group(0), new=f"const SCENE_LAYOUTS = {json.dumps(layouts)};")


def composition_call(
    refiner: Refiner, context: VideoContext, facts: VideoFacts, tsx: str | None
) -> Call | None:
    """Targeted {old, new} edits of the previous TSX; a rewrite only when its structure must change (a scene
    layout the code does not have) or when there is no previous code."""
    if tsx is None:
        design = replace(STYLE_DESIGNS[_style(context)], **refiner.knobs)  # type: ignore[arg-type]
        return _rewrite(context, facts, refiner.script, design)
    current_design = refiner.current_design
    if current_design is None:
        return None
    layouts = [scene_component(scene, _style(context), facts) for scene in refiner.script.scenes]
    line = LAYOUTS_LINE.search(tsx)
    current = json.loads(line.group(1)) if line else layouts
    _, edits = design_edits(tsx, **refiner.knobs)
    if current != layouts:
        layouts_edit = _layouts_edit(tsx, layouts)
        if layouts_edit is None:
            return _rewrite(context, facts, refiner.script, current_design)
        edits.append(layouts_edit)
    if not edits:
        return None
    return Call("edit_composition", {"edits": [edit.model_dump() for edit in edits]})


def plan_refinement(
    context: VideoContext, facts: VideoFacts, previous: dict[str, Any], tsx: str | None
) -> Refinement:
    draft = previous_draft(previous)
    design = read_design(tsx) if tsx else STYLE_DESIGNS[_style(context)]
    refiner = Refiner.start(context, facts, draft, design)
    refiner.apply(read_feedback(context.feedback or ""))
    new = refiner.draft
    return Refinement(
        draft=new,
        script_changed=new != draft,
        new_images=refiner.new_images,
        new_voice=context.voice and new.voiceover != draft.voiceover,
        composition=composition_call(refiner, context, facts, tsx),
        aspect=refiner.aspect,
        done=tuple(refiner.done),
        notes=tuple(refiner.notes),
    )


def refine_moves(transcript: Transcript, refinement: Refinement) -> Move | None:
    """The next iteration-specific call, or None when only the finishing steps are left."""
    if refinement.script_changed and transcript.last_ok("write_script") is None:
        draft = refinement.draft
        return [script_call(draft.script, draft.voiceover, draft.image_prompts)]
    assets = []
    if refinement.new_images and transcript.last_ok("make_images") is None:
        assets.append(Call("make_images", {}))
    if refinement.new_voice and transcript.index_of_last("make_voice") < transcript.index_of_last(
        "write_script"
    ):
        assets.append(Call("make_voice", {}))
    if assets:
        return assets
    if refinement.composition and transcript.index_of_last("write_composition", "edit_composition") == -1:
        return [refinement.composition]
    return None
