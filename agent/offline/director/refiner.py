"""Applies a creator's feedback to the previous version: the new script, voice-over and image prompts, the
DESIGN knobs to turn, the format, and a line for each change made or not made."""

import re
from dataclasses import dataclass, field, replace

from agent.offline.director import copy_edits, palettes, timing_edits
from agent.offline.director.design import Design
from agent.offline.director.fact_refinements import Knob, hide_fact, show_fact
from agent.offline.director.feedback import Feedback
from agent.offline.scriptwriter import MOOD_LIGHT, copy
from agent.offline.scriptwriter.subjects import subject_of
from agent.offline.scriptwriter.voiceover import fit_voiceover, shorten, word_budget
from agent.state import ScriptDraft
from domain.script import Mood, VideoFacts, VideoScene, VideoScript
from store.context import VideoContext

FRAMINGS = (
    "close-up detail shot",
    "wide establishing shot",
    "overhead view",
    "low angle, dramatic perspective",
)
VARIATION = re.compile(rf", (?:{'|'.join(map(re.escape, FRAMINGS))}), take \d+$")
TAKE = re.compile(r", take (\d+)$")
PACE_STEP, MIN_PACE, MAX_PACE = 0.35, 0.5, 2.5
SHADE_STEP, MIN_DARKEN, MAX_DARKEN = 0.15, 0.3, 0.85


@dataclass
class Refiner:
    context: VideoContext
    facts: VideoFacts
    script: VideoScript
    voiceover: str
    image_prompts: list[str]
    design: Design | None
    knobs: dict[Knob, float | bool] = field(default_factory=dict)
    aspect: str | None = None
    new_images: bool = False
    done: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def start(
        cls, context: VideoContext, facts: VideoFacts, previous: ScriptDraft, design: Design | None
    ) -> "Refiner":
        return cls(context, facts, previous.script, previous.voiceover, list(previous.image_prompts), design)

    @property
    def draft(self) -> ScriptDraft:
        return ScriptDraft(self.script, self.voiceover, self.image_prompts)

    @property
    def current_design(self) -> Design | None:
        return replace(self.design, **self.knobs) if self.design else None  # type: ignore[arg-type]

    def apply(self, feedback: Feedback) -> None:
        for fact, show in feedback.facts.items():
            if show:
                show_fact(self, fact)
            else:
                hide_fact(self, fact)
        self._hook(feedback)
        self._cta(feedback)
        self._colours(feedback)
        self._images(feedback)
        self._length(feedback)
        self._pace(feedback)
        self._aspect(feedback)
        for clause in feedback.unclear:
            self.notes.append(
                f"The offline director could not do this part of the request: '{clause}'. It understands "
                "colours, pace, length, tone, the price / enrollment count / rating / module list, the CTA "
                "text, the format and new images; a model (--model anthropic) can do more."
            )
        if not self.done and not self.notes:
            self.notes.append(
                "The feedback asked for no change the offline director understands; nothing changed."
            )

    def _can_turn_knobs(self, what: str) -> bool:
        if self.design is None:
            self.notes.append(
                f"Could not {what}: the composition has no DESIGN block the offline director edits."
            )
        return self.design is not None

    def knob(self, knob: Knob) -> float | bool:
        design = self.current_design
        assert design is not None
        value: float | bool = getattr(design, knob)
        return value

    def set_scenes(self, scenes: list[VideoScene]) -> None:
        self.script = VideoScript(
            total_duration=self.script.total_duration, scenes=scenes, color_palette=self.script.color_palette
        )

    def index_of(self, mood: Mood) -> int | None:
        return next((i for i, scene in enumerate(self.script.scenes) if scene.mood == mood), None)

    def _hook_index(self) -> int:
        index = self.index_of("intrigue")
        return 0 if index is None else index

    def _hook(self, feedback: Feedback) -> None:
        if feedback.hook_text is None and feedback.tone is None:
            return
        index = self._hook_index()
        scene = self.script.scenes[index]
        if feedback.hook_text is not None:
            headline = feedback.hook_text
        else:
            assert feedback.tone is not None
            subject = subject_of(self.context, self.facts)
            headline = copy_edits.hook_line(feedback.tone, subject, self.facts, scene.headline)
        scenes = [*self.script.scenes]
        scenes[index] = scene.model_copy(
            update={"headline": headline, "emphasis": copy.emphasis_of(headline)}
        )
        self.set_scenes(scenes)
        self.voiceover = copy_edits.replace_phrase(self.voiceover, scene.headline, headline)
        if feedback.tone is None:
            self.done.append(f"new hook: '{headline}'")
            return
        if self._can_turn_knobs(f"change the energy to {feedback.tone}"):
            energy = float(self.knob("energy"))
            aggressive = feedback.tone == "aggressive"
            target = min(1.0, max(0.85, energy + 0.3)) if aggressive else max(0.1, min(0.3, energy - 0.3))
            self.knobs["energy"] = round(target, 2)
        wording = "more aggressive" if feedback.tone == "aggressive" else "calmer"
        self.done.append(f"{wording} tone, hook '{headline}'")

    def _cta(self, feedback: Feedback) -> None:
        if feedback.cta_text is None and not feedback.new_cta:
            return
        scenes = [*self.script.scenes]
        last = scenes[-1]
        text = feedback.cta_text or copy_edits.cta_alternative(self.facts, last.emphasis)
        scenes[-1] = last.model_copy(update={"emphasis": text})
        self.set_scenes(scenes)
        self.done.append(f"CTA button '{text}'")

    def _colours(self, feedback: Feedback) -> None:
        current = self.script.color_palette
        palette = (
            palettes.hue_palette(feedback.hues, current, self.context.store.brand)
            if feedback.hues
            else current
        )
        if feedback.shade is not None:
            palette = palettes.shaded(palette, feedback.shade)
            if self.design is not None:
                step = SHADE_STEP if feedback.shade == "darker" else -SHADE_STEP
                darken = min(MAX_DARKEN, max(MIN_DARKEN, float(self.knob("darken")) + step))
                self.knobs["darken"] = round(darken, 2)
        if not feedback.hues and feedback.shade is None:
            return
        if palette == current and "darken" not in self.knobs:
            self.notes.append("The video already has those colours.")
            return
        self.script = self.script.model_copy(update={"color_palette": palette})
        names = [*feedback.hues, *([feedback.shade] if feedback.shade else [])]
        self.done.append(f"{' and '.join(names)} colours ({palette.primary}, {palette.secondary})")

    def _images(self, feedback: Feedback) -> None:
        if not feedback.new_images:
            return
        prompts = []
        for i, (prompt, scene) in enumerate(zip(self.image_prompts, self.script.scenes, strict=False)):
            if feedback.image_subject:
                prompts.append(f"{feedback.image_subject}, {MOOD_LIGHT[scene.mood]}, no text")
                continue
            take = TAKE.search(prompt)
            number = int(take.group(1)) + 1 if take else 2
            base = VARIATION.sub("", prompt)
            prompts.append(f"{base}, {FRAMINGS[(number + i) % len(FRAMINGS)]}, take {number}")
        for scene in self.script.scenes[len(prompts) :]:
            prompts.append(f"{feedback.image_subject or self.facts.title}, {MOOD_LIGHT[scene.mood]}, no text")
        self.image_prompts = prompts
        self.new_images = True
        self.done.append(f"new images{' of ' + feedback.image_subject if feedback.image_subject else ''}")

    def _length(self, feedback: Feedback) -> None:
        before = self.script
        if feedback.length_scene is not None:
            index = self._hook_index() if feedback.length_scene == "hook" else len(before.scenes) - 1
            self.script = timing_edits.scene_retimed(before, index, feedback.length, feedback.scene_seconds)
            old, new = before.scenes[index].duration, self.script.scenes[index].duration
            if abs(old - new) < 0.05:
                self.notes.append(f"Could not change the {feedback.length_scene} scene's length ({old:g} s).")
                return
            self.done.append(f"{feedback.length_scene} scene {old:.1f} s -> {new:.1f} s")
            return
        if feedback.length is None and feedback.length_seconds is None:
            return
        total = timing_edits.new_total_s(before, feedback.length, feedback.length_seconds)
        if feedback.length_seconds and total != feedback.length_seconds:
            self.notes.append(
                f"The video was made {total:g} s long: {feedback.length_seconds:g} s is not possible."
            )
        if total == before.total_duration:
            self.notes.append(f"The video is already {total:g} s long.")
            return
        self.script = timing_edits.retimed(before, total)
        if total < before.total_duration:
            self.voiceover = shorten(self.voiceover, word_budget(total))
        else:
            longer = fit_voiceover(self.script, self.facts, total)
            if len(longer.split()) > len(self.voiceover.split()):
                self.voiceover = longer
        self.done.append(f"length {before.total_duration:g} s -> {total:g} s")

    def _pace(self, feedback: Feedback) -> None:
        if feedback.pace is None or not self._can_turn_knobs(f"make it {feedback.pace}"):
            return
        current = float(self.knob("pace"))
        factor = 1 + PACE_STEP * feedback.pace_strength
        pace = (
            min(MAX_PACE, current * factor) if feedback.pace == "faster" else max(MIN_PACE, current / factor)
        )
        self.knobs["pace"] = round(pace, 2)
        self.done.append(f"{feedback.pace} pace ({current:g} -> {round(pace, 2):g})")

    def _aspect(self, feedback: Feedback) -> None:
        if feedback.aspect is None:
            return
        if feedback.aspect == self.context.aspect:
            self.notes.append(f"The video is already {feedback.aspect}.")
            return
        self.aspect = feedback.aspect
        self.done.append(f"format {self.context.aspect} -> {feedback.aspect}")
