"""Tool: make_voice."""

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.prompts import render
from store.job_records import add_job_note, record_asset_work
from video.assets.voice import VoiceSkipped, elevenlabs_from_env
from video.assets.voice import make_voice as narrate
from video.snapshot import save_snapshot

DEFAULT_ELEVENLABS_VOICE = "21m00Tcm4TlvDq8ikWAM"
OFFLINE_VOICE = "espeak"


def _voice_id(deps: VideoDeps) -> str:
    if deps.job.voice_id:
        return deps.job.voice_id
    return DEFAULT_ELEVENLABS_VOICE if elevenlabs_from_env() else OFFLINE_VOICE


async def make_voice(ctx: RunContext[VideoDeps]) -> str:
    """Narrate the script's voice-over (ElevenLabs, or the offline espeak-ng voice) with word timings.
    Tells you
    whether the narration fits the video; if it runs long, shorten the voice-over with write_script and call
    make_voice again."""
    deps = ctx.deps
    draft = deps.state.draft
    if draft is None:
        raise ModelRetry("write the script first: make_voice reads its voice-over")
    if not deps.job.voice:
        return "Voice is off for this job: the video has no narration."
    with deps.progress.step("generating_voice", "narration") as step:
        result = await narrate(
            draft.voiceover, _voice_id(deps), deps.settings.voice_required, deps.services.asset_store
        )
        step.detail = (
            f"no narration: {result.notice}"
            if isinstance(result, VoiceSkipped)
            else f"{result.duration_s:.1f} s, {len(result.words)} words ({result.provider})"
        )
    if any(work.outcome != "cache_hit" for work in result.work):
        record_asset_work(
            deps.session, deps.job, "voice", {"items": [work.to_json_dict() for work in result.work]}
        )
    if isinstance(result, VoiceSkipped):
        deps.state.voice = None
        add_job_note(deps.session, deps.job, f"no narration: {result.notice}")
        return f"No narration: {result.notice}. The video will be silent."
    deps.state.voice = result
    save_snapshot(deps.state.images, deps.state.voice, deps.work_dir)
    if result.notice:
        add_job_note(deps.session, deps.job, result.notice)
    fit = result.fit(draft.script.total_duration)
    return render(
        "tool_results/voice.md.jinja",
        provider=result.provider,
        words=len(result.words),
        fit=fit,
        notice=result.notice,
    )
