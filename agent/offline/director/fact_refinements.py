"""Refinements of the catalog facts a version shows (price, enrollment count, rating, module list): the
DESIGN knob that shows each in director code, the scene that states it, and the copy and narration that
mention it."""

from typing import TYPE_CHECKING, Literal

from agent.offline.director import copy_edits, timing_edits
from agent.offline.director.feedback import Fact
from agent.offline.scriptwriter import MOOD_LIGHT, copy
from agent.offline.scriptwriter.subjects import subject_of
from domain.script import Mood, VideoScene

if TYPE_CHECKING:
    from agent.offline.director.refiner import Refiner

Knob = Literal["pace", "energy", "darken", "show_price", "show_enrollment", "show_rating", "show_modules"]
FACT_LABELS: dict[Fact, str] = {
    "price": "price",
    "enrollment": "enrollment count",
    "rating": "rating",
    "modules": "module list",
}
FACT_KNOBS: dict[Fact, Knob] = {
    "price": "show_price",
    "enrollment": "show_enrollment",
    "rating": "show_rating",
    "modules": "show_modules",
}
FACT_SCENES: dict[Fact, Mood] = {
    "price": "urgency",
    "enrollment": "proof",
    "rating": "proof",
    "modules": "solution",
}


def show_fact(refiner: "Refiner", fact: Fact) -> None:
    """Shows the fact: its knob on, and a scene that states it (a new one when the video has none)."""
    label = FACT_LABELS[fact]
    available = (
        bool(refiner.facts.modules) if fact == "modules" else copy_edits.fact_line(fact, refiner.facts)
    )
    if not available:
        refiner.notes.append(f"Could not add the {label}: the catalog has none for {refiner.facts.title}.")
        return
    knob, mood = FACT_KNOBS[fact], FACT_SCENES[fact]
    index = refiner.index_of(mood)
    knob_on = refiner.design is None or bool(refiner.knob(knob))
    if index is not None and knob_on and _states(refiner, fact, index):
        refiner.notes.append(f"The {label} was already in the video.")
        return
    if refiner.design is not None:
        refiner.knobs[knob] = True
    if index is None:
        subject = subject_of(refiner.context, refiner.facts)
        taken = {scene.id for scene in refiner.script.scenes}
        scene_id = fresh_id(mood_id(mood), taken)
        scene = copy_edits.new_scene(mood, scene_id, refiner.facts, refiner.context, subject)
        at = copy_edits.insert_at(refiner.script.scenes, mood)
        refiner.script = timing_edits.with_scene(refiner.script, scene, at)
        # The new scene needs a picture of its own; the other scenes keep theirs (their prompts are
        # unchanged, so make_images finds them in the asset cache).
        refiner.image_prompts.insert(at, f"{subject.imagery}, {MOOD_LIGHT[mood]}, no text")
        refiner.new_images = True
        refiner.done.append(f"added a {scene_id} scene with the {label} (and one image for it)")
        return
    scenes = [*refiner.script.scenes]
    scenes[index] = _stating(refiner, fact, scenes[index])
    refiner.set_scenes(scenes)
    refiner.done.append(f"showed the {label}")


def _states(refiner: "Refiner", fact: Fact, index: int) -> bool:
    """Whether the scene that shows `fact` states it (director scenes read it from facts when the knob is
    on, so a solution scene shows modules unless its bullets say something else)."""
    scene = refiner.script.scenes[index]
    markers = copy_edits.fact_markers(fact, refiner.facts)
    if fact == "modules":
        return scene.bullet_points is None or any(line in markers for line in scene.bullet_points)
    texts = [scene.headline, scene.subhead, scene.emphasis, *(scene.bullet_points or [])]
    return refiner.design is not None or any(copy_edits.mentions_any(text, markers) for text in texts)


def _stating(refiner: "Refiner", fact: Fact, scene: VideoScene) -> VideoScene:
    if fact == "modules":
        lines = [copy.clip_words(module, 7) for module in (refiner.facts.modules or [])[:4]]
        return scene.model_copy(update={"bullet_points": lines})
    line = copy_edits.fact_line(fact, refiner.facts)
    assert line is not None
    if fact == "price":
        headline, _ = copy.offer_lines(refiner.facts)
        return scene.model_copy(update={"headline": headline, "emphasis": line})
    bullets = [*(scene.bullet_points or []), line][-4:]
    return scene.model_copy(update={"bullet_points": bullets, "subhead": scene.subhead or line})


def hide_fact(refiner: "Refiner", fact: Fact) -> None:
    """Hides the fact: its knob off, and every scene text and narration sentence that states it removed."""
    label = FACT_LABELS[fact]
    markers = copy_edits.fact_markers(fact, refiner.facts)
    index = refiner.index_of(FACT_SCENES[fact])
    knob = FACT_KNOBS[fact]
    shown_by_code = (
        refiner.design is not None
        and index is not None
        and bool(refiner.knob(knob))
        and _states(refiner, fact, index)
    )
    scenes = [
        copy_edits.without_fact(scene, markers, refiner.facts)
        if fact != "modules" or scene.mood == "solution"
        else scene
        for scene in refiner.script.scenes
    ]
    voiceover = copy_edits.drop_sentences(
        refiner.voiceover, lambda text: copy_edits.mentions_any(text, markers)
    )
    if not shown_by_code and scenes == refiner.script.scenes and voiceover == refiner.voiceover:
        refiner.notes.append(f"The {label} was not in the video.")
        return
    if refiner.design is not None:
        refiner.knobs[knob] = False
    refiner.set_scenes(scenes)
    refiner.voiceover = voiceover
    refiner.done.append(f"removed the {label}")


def fresh_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever no scene has yet."""
    return next(name for n in range(1, 100) if (name := base if n == 1 else f"{base}-{n}") not in taken)


def mood_id(mood: Mood) -> str:
    return {"urgency": "offer", "proof": "proof", "solution": "solution"}.get(mood, mood)
