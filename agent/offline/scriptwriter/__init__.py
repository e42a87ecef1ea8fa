"""Writing a VideoScript from the catalog alone: the offline director's script and the default script the
agent
falls back to when a model's script is invalid twice."""

from agent.offline.scriptwriter import copy
from agent.offline.scriptwriter.ask_copy import with_asks
from agent.offline.scriptwriter.asks import read_asks
from agent.offline.scriptwriter.brand_colours import brand_palette
from agent.offline.scriptwriter.subjects import Subject, genre_of, subject_of
from agent.offline.scriptwriter.timing import plan_for, share_frames
from agent.offline.scriptwriter.topics import topic_of
from agent.offline.scriptwriter.voiceover import fit_voiceover
from agent.state import ScriptDraft
from domain.script import ColorPalette, Mood, VideoFacts, VideoScene, VideoScript
from store.context import VideoContext

MOOD_LIGHT: dict[Mood, str] = {
    "intrigue": "mysterious low-key light, haze",
    "frustration": "cold desaturated light, cluttered desk",
    "solution": "clean bright accent light, organized gear",
    "proof": "warm confident glow, crowd silhouettes",
    "urgency": "dramatic red rim light",
    "excitement": "vibrant neon glow, energetic",
}


def _scene(
    scene_id: str, mood: Mood, duration: float, context: VideoContext, facts: VideoFacts, subject: Subject
) -> VideoScene:
    style = context.style if context.style in copy.STYLES else "hype"
    if scene_id == "hook":
        headline, subhead = copy.hook(style, subject, facts, context, genre_of(context, facts))
        return VideoScene(
            id=scene_id,
            duration=duration,
            headline=headline,
            subhead=subhead,
            emphasis=copy.emphasis_of(headline),
            mood=mood,
        )
    if scene_id == "problem":
        return VideoScene(
            id=scene_id,
            duration=duration,
            headline="Sound familiar?",
            bullet_points=list(subject.pains),
            mood=mood,
        )
    if scene_id in ("solution", "details"):
        lines = copy.solution_lines(facts, subject)
        if scene_id == "details":
            extra = (facts.modules or facts.features or [])[copy.SOLUTION_LINES : 2 * copy.SOLUTION_LINES]
            lines = [copy.clip_words(line, 7) for line in extra]
            return VideoScene(
                id=scene_id, duration=duration, headline="What's inside", bullet_points=lines, mood=mood
            )
        return VideoScene(
            id=scene_id,
            duration=duration,
            headline=copy.clip_words(facts.title, 10),
            subhead=copy.first_sentence(facts.description),
            bullet_points=lines,
            mood=mood,
        )
    if scene_id == "proof":
        headline, subhead, lines = copy.proof_lines(facts, context)
        return VideoScene(
            id=scene_id,
            duration=duration,
            headline=headline,
            subhead=subhead,
            bullet_points=lines or None,
            mood=mood,
        )
    if scene_id == "offer":
        headline, subhead = copy.offer_lines(facts)
        return VideoScene(
            id=scene_id,
            duration=duration,
            headline=headline,
            subhead=subhead,
            emphasis=facts.price_label,
            mood=mood,
        )
    return VideoScene(
        id=scene_id,
        duration=duration,
        headline=copy.cta_headline(style),
        subhead=facts.domain,
        emphasis=facts.cta,
        mood=mood,
    )


def palette_for(context: VideoContext, facts: VideoFacts) -> ColorPalette:
    """The store's brand colours, for every kind of video (a course or product keeps its topic's tuned shade
    of a brand colour where it has one)."""
    if facts.kind == "brand":
        return brand_palette(context.store.brand)
    topic = topic_of(facts.title, facts.description or "", context.prompt)
    return brand_palette(context.store.brand, topic.palette)


def default_draft(
    context: VideoContext, facts: VideoFacts, *, total_seconds: float, palette: ColorPalette | None = None
) -> ScriptDraft:
    """The script from the catalog and the prompt: scenes about what the video promotes, the prompt's explicit
    asks on screen, in the store's colours."""
    # A long video's second list ("What's inside") only when the catalog has more than the first one shows.
    more = len(facts.modules or facts.features or []) > copy.SOLUTION_LINES
    plan = [step for step in plan_for(total_seconds) if step[0] != "details" or more]
    durations = share_frames([weight for _, _, weight in plan], total_seconds)
    subject = subject_of(context, facts)
    scenes = [
        _scene(scene_id, mood, duration, context, facts, subject)
        for (scene_id, mood, _), duration in zip(plan, durations, strict=True)
    ]
    script = VideoScript(
        total_duration=total_seconds,
        scenes=with_asks(scenes, read_asks(context.prompt, facts), facts),
        color_palette=palette or palette_for(context, facts),
    )
    prompts = [f"{subject.imagery}, {MOOD_LIGHT[scene.mood]}, no text" for scene in script.scenes]
    return ScriptDraft(
        script=script, voiceover=fit_voiceover(script, facts, total_seconds), image_prompts=prompts
    )
