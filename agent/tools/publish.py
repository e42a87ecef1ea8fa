"""Tool: publish."""

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.finishing import publish as publish_version
from store.job_records import add_job_note
from video.publishing.captions import Captions, caption_problems


async def publish(
    ctx: RunContext[VideoDeps], captions: Captions | None = None, notes: list[str] | None = None
) -> str:
    """Finish the job after render_video: thumbnail, SRT/VTT subtitles, social captions and the library entry.

    Args:
        captions: Your captions: instagram (long, line breaks, 15-20 hashtags, a call to action), tiktok
            (short, casual, 3-6 trending hashtags), x (under 280 characters, punchy, ending with the store
            link), and hashtags (every hashtag used, without '#'). Leave it out to use captions made from the
            catalog.
        notes: Notes for the creator about this version, e.g. a part of their request you could not do.
    """
    deps = ctx.deps
    state = deps.state
    if state.render is None:
        raise ModelRetry("render the video with render_video first")
    if captions is not None:
        assert state.facts is not None
        problems = caption_problems(captions, state.facts.domain)
        if problems:
            raise ModelRetry("The captions break platform limits:\n" + "\n".join(f"- {p}" for p in problems))
    for note in notes or []:
        add_job_note(deps.session, deps.job, note[:500])
    entry = await publish_version(deps, captions)
    return f"Published to the library as video {entry.id} ({entry.version_label}): {state.render.path}."
