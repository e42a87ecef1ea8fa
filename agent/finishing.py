"""The one way a version is finished, whoever drives it (a tool the model calls, or the runner's tail): the
fallback decision, accepting validated code, the still-check gate, the render and the publish."""

import json
from dataclasses import replace

from agent.deps import VideoDeps
from domain.aspect import FRAME_SIZES
from domain.events import PreviewReady
from domain.script import FPS
from store.events import append_event
from store.job_records import add_job_note, record_agent_outcome
from store.models import VideoLibraryEntry
from video.engine.errors import engine_error
from video.engine.results import RenderResult
from video.publishing.captions import Captions
from video.publishing.publish import publish_version
from video.rendering import DYNAMIC, composition_and_props, render_final
from video.stills.models import StillsReport
from video.templates import template_for
from video.version import VIDEO_FILE

# Issues that mean the frames do not show the composition at all: such code is never rendered.
BLOCKING_ISSUES = ("runtime_error", "broken_image")


class StillsFailed(Exception):
    """The still checks found frames that do not show the composition; the message lists them."""


def decide_fallback(deps: VideoDeps, reason: str) -> str:
    """Switches the version to its template fallback (once) and records why on the job."""
    state = deps.state
    assert state.facts is not None
    if state.fallback is None:
        state.fallback = template_for(state.facts)
        record_agent_outcome(deps.session, deps.job, fallback=state.fallback)
        note = f"{reason}; the {state.fallback} template was used (still checks apply only to generated code)"
        add_job_note(deps.session, deps.job, note)
    return state.fallback


def fall_back_unless_sealed(deps: VideoDeps) -> bool:
    """Generated code runs only inside the network seal (video/seal.py); on a machine that cannot make it the
    version uses its template, with a note naming what is missing. True when the version uses its template."""
    seal = deps.services.seal
    if not seal.ok and deps.state.fallback is None:
        decide_fallback(deps, seal.describe())
    return deps.state.fallback is not None


def accept_validated(deps: VideoDeps, tsx: str, js: str) -> None:
    """Keeps code that passed validation: on the job, in the version's folder, and as a `preview_ready`
    event (a player can show it now, before the MP4 exists)."""
    state = deps.state
    state.validated_tsx, state.compiled_js = tsx, js
    record_agent_outcome(deps.session, deps.job, generated_code=tsx)
    folder = deps.work_dir
    (folder / "composition.tsx").write_text(tsx)
    (folder / "composition.js").write_text(js)
    assert state.draft is not None
    (folder / "script.json").write_text(
        json.dumps(state.draft.script.to_json_dict(), indent=2, ensure_ascii=False)
    )
    width, height = FRAME_SIZES[deps.aspect]  # type: ignore[index]
    preview = PreviewReady(
        width=width, height=height, fps=FPS, duration_in_frames=state.draft.script.total_frames()
    )
    append_event(deps.session, deps.job, preview)


def blocking_issues(report: StillsReport) -> list[str]:
    return [
        f"frame {issue.frame}: {issue.message}" for issue in report.issues if issue.kind in BLOCKING_ISSUES
    ]


async def check_stills(deps: VideoDeps) -> StillsReport:
    """Checks chosen frames of the validated code in a real browser; the code passes when no frame throws
    or shows a broken image."""
    state = deps.state
    assert state.validated_tsx is not None
    if fall_back_unless_sealed(deps):
        width, height = FRAME_SIZES[deps.aspect]  # type: ignore[index]
        return StillsReport(width=width, height=height, issues=[], frames=[], contact_sheet=None)
    composition, props = composition_and_props(deps.services, deps.media(), deps.settings.render)
    assert composition == DYNAMIC
    state.stills_rounds += 1
    with deps.progress.step("generating_code", "checking stills", timing="checking_stills") as step:
        report = await deps.services.stills.check(
            js=props.pop("code"),
            props=props,
            out_dir=deps.work_dir / "stills" / f"round-{state.stills_rounds}",
            allowed_origins=deps.services.allowed_origins,
        )
        errors = sum(issue.severity == "error" for issue in report.issues)
        step.detail = (
            f"{len(report.frames)} frames, {errors} error(s), {len(report.issues) - errors} warning(s)"
        )
    if not blocking_issues(report):
        state.stills_passed_tsx = state.validated_tsx
    return report


async def passed_stills_gate(deps: VideoDeps) -> None:
    """The final render only takes generated code whose still checks passed in this run: checks it now if
    nothing has, and raises StillsFailed when frames do not show the composition, FrameAborted (FrameTimeout,
    FrameCrashed) when a frame hung or crashed its page."""
    state = deps.state
    if fall_back_unless_sealed(deps) or state.stills_passed():
        return
    report = await check_stills(deps)
    if report.aborted is not None:
        raise engine_error(report.aborted.kind, report.aborted.message, report.aborted.frame)
    problems = blocking_issues(report)
    if problems:
        raise StillsFailed("; ".join(problems[:5]))


async def render_version(deps: VideoDeps, *, burn_captions: bool | None = None) -> RenderResult:
    """Renders the version's MP4 into its folder (the still-check gate first, for generated code). Generated
    code whose frame hangs or runs out of memory raises FrameAborted, from the gate or from the render."""
    state = deps.state
    await passed_stills_gate(deps)
    settings = deps.settings.render
    if burn_captions is not None:
        settings = replace(settings, burn_captions=burn_captions)
    assert state.draft is not None
    deps.progress.render_frames = state.draft.script.total_frames()
    with deps.progress.step("rendering", "rendering the video") as step:
        result = await render_final(
            deps.services,
            deps.media(),
            deps.target(),
            settings,
            deps.progress.render_progress,
            deps.work_dir / VIDEO_FILE,
        )
        step.detail = f"{result.frames} frames at {result.width}x{result.height}"
    state.render = result
    return result


async def publish(deps: VideoDeps, captions: Captions | None) -> VideoLibraryEntry:
    state = deps.state
    assert state.render is not None
    with deps.progress.step("rendering", "thumbnail, subtitles, captions", timing="publishing") as step:
        entry = await publish_version(
            deps.services, deps.media(), deps.target(), deps.settings.render, state.render, captions
        )
        step.detail = f"video {entry.id}: {entry.version_label}"
    state.published = True
    return entry
