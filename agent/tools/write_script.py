"""Tool: write_script."""

from typing import Any

from pydantic import ValidationError
from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.offline.scriptwriter import default_draft
from agent.prompts import render
from agent.state import ScriptDraft
from domain.script import VideoScript
from store.job_records import add_job_note, record_agent_outcome
from store.script_records import save_script
from store.validation_messages import one_line

MAX_VOICEOVER_CHARS = 2000
DEFAULT_SCRIPT = "default_script"


def _problems(deps: VideoDeps, script: dict[str, Any], voiceover: str, image_prompts: list[str]) -> list[str]:
    try:
        parsed = VideoScript.model_validate(script)
    except ValidationError as error:
        return [one_line(error, "script")]
    problems = []
    if deps.job.parent_id is None and parsed.total_frames() != round(deps.job.duration_s * 30):
        problems.append(f"script.totalDuration: must be {deps.job.duration_s} s, the requested length")
    if len(image_prompts) != len(parsed.scenes):
        problems.append(f"image_prompts: give one per scene ({len(parsed.scenes)}), not {len(image_prompts)}")
    if deps.job.voice and not voiceover.strip():
        problems.append("voiceover: voice is on for this job; write the narration")
    if len(voiceover) > MAX_VOICEOVER_CHARS:
        problems.append(f"voiceover: at most {MAX_VOICEOVER_CHARS} characters (got {len(voiceover)})")
    return problems


def _accept(deps: VideoDeps, draft: ScriptDraft) -> None:
    previous = deps.state.draft
    deps.state.draft = draft
    deps.state.script_saved = True
    if previous is not None and previous.voiceover != draft.voiceover:
        deps.state.voice = None
    save_script(deps.session, deps.job, draft.script, draft.voiceover, draft.image_prompts)


async def write_script(
    ctx: RunContext[VideoDeps], script: dict[str, Any], voiceover: str, image_prompts: list[str]
) -> str:
    """Save the scene script of the video. Call it again to revise the script (new copy, colours, timing).

    Args:
        script: A VideoScript as JSON: {"totalDuration": seconds, "scenes": [{"id", "duration" (seconds),
            "headline"?, "subhead"?, "bulletPoints"?, "emphasis"?, "mood": one of intrigue, frustration,
            solution, proof, urgency, excitement}], "colorPalette": {"primary", "secondary", "accent",
            "background"} as #RRGGBB}. Scene durations must add up to totalDuration, which must equal the
            requested length. The last scene is the call to action; its `emphasis` is the CTA button text.
        voiceover: The narration read over the whole video, about 2.3 words per second of video.
        image_prompts: One image prompt per scene, in scene order (subject, setting, light; no text in
            images).
    """
    deps = ctx.deps
    with deps.progress.step("generating_script", "writing the script") as step:
        problems = _problems(deps, script, voiceover, image_prompts)
        if not problems:
            deps.state.script_failures = 0
            parsed = VideoScript.model_validate(script)
            _accept(deps, ScriptDraft(parsed, voiceover.strip(), image_prompts))
            step.detail = f"{len(parsed.scenes)} scenes, {parsed.total_duration:g} s"
            return render("tool_results/script_saved.md.jinja", script=parsed, voiceover=voiceover)
        deps.state.script_failures += 1
        if deps.state.script_failures == 1:
            raise ModelRetry(
                render("tool_results/script_retry.md.jinja", problems=problems, duration=deps.job.duration_s)
            )
        deps.state.script_failures = 0
        if deps.state.draft is not None:
            return render("tool_results/script_kept.md.jinja", problems=problems)
        assert deps.state.context is not None and deps.state.facts is not None
        draft = default_draft(deps.state.context, deps.state.facts, total_seconds=deps.job.duration_s)
        _accept(deps, draft)
        step.detail = f"default script: {len(draft.script.scenes)} scenes"
        record_agent_outcome(deps.session, deps.job, fallback=DEFAULT_SCRIPT)
        add_job_note(
            deps.session, deps.job, "the model's script was invalid twice; a default script was used"
        )
        return render("tool_results/script_defaulted.md.jinja", problems=problems, script=draft.script)
