"""`ppr-video iterate`, `versions`, `show` and `library`: refining a video and finding its versions."""

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.app import app
from cli.commands.generate_commands import run_and_report
from cli.event_lines import event_line
from cli.job_options import CaptionsOption, JsonOption, ModelOption, ScaleOption, job_options
from cli.output import console, print_json, user_errors
from service import follow, iterate_video
from store.db import session_scope
from store.jobs import get_job
from store.library import get_video_for_job, get_video_library
from store.models import VideoJob, VideoLibraryEntry
from store.users import local_creator
from store.versions import ThreadVersion, get_thread_versions


@app.command()
def iterate(
    job_id: Annotated[int, typer.Argument(help="The version to revise (any completed job of the thread).")],
    feedback: Annotated[str, typer.Argument(help="What to change, e.g. 'make it faster and blue'.")],
    model: ModelOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="A folder to copy the new version's files to.")
    ] = None,
    scale: ScaleOption = None,
    captions: CaptionsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make the next version of a video: the same thread, the previous script, assets and code, changed as the
    feedback asks. It renders like its parent (scale, captions, model) unless you say otherwise."""
    options = job_options(model=model, scale=scale, captions=captions)
    with user_errors(), session_scope() as session:
        job = iterate_video(session, local_creator(session), job_id, feedback, options)
        new_id = job.id
    assert new_id is not None
    run_and_report(new_id, out=out, as_json=as_json)


def _version_row(version: ThreadVersion) -> dict[str, Any]:
    return version.model_dump(mode="json")


@app.command()
def versions(
    job_or_thread: Annotated[str, typer.Argument(help="A job id (number) or a thread id (hex).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the versions as JSON.")] = False,
) -> None:
    """Every version of a video's thread, oldest first, with its parent and its file."""
    with user_errors(), session_scope() as session:
        found = get_thread_versions(session, local_creator(session), job_or_thread)
    if as_json:
        print_json([_version_row(version) for version in found])
        return
    table = Table("version", "job", "parent", "status", "video", title=f"Thread {found[0].thread_id}")
    for version in found:
        table.add_row(
            version.label,
            str(version.job_id),
            str(version.parent_id or ""),
            version.status,
            version.video_path or "",
        )
    console.print(table)


def _job_details(job: VideoJob, entry: VideoLibraryEntry | None) -> dict[str, Any]:
    voice = "on" if job.voice else "off"
    return {
        "job_id": job.id,
        "version": job.version,
        "version_label": job.version_label,
        "thread_id": job.thread_id,
        "parent_job_id": job.parent_id,
        "feedback": job.feedback,
        "status": job.status,
        "error": job.error,
        "request": f"{job.duration_s} s {job.style} video, {job.aspect}, voice {voice}",
        "prompt": job.prompt,
        "model": job.model,
        "stop_reason": job.stop_reason,
        "fallback": job.fallback,
        "validation": {"attempts": job.validation_attempts, "passed": job.validation_passed},
        "timings": job.step_timings,
        "asset_work": sorted(job.asset_work),
        "render_work": job.render_work,
        "notes": job.notes,
        "files": job.artifacts,
        "video_id": entry.id if entry else None,
        "captions": entry.captions if entry else {},
        "hashtags": entry.hashtags if entry else [],
    }


def _render_text(work: dict[str, Any]) -> str:
    """What the final render painted and copied, in words."""
    if not work:
        return "not rendered yet"
    text = f"{work['painted_frames']} of {work['frames']} frames painted"
    if work["reused_frames"]:
        sources = ", ".join(str(job_id) for job_id in work["reused_from_jobs"])
        text += f", {work['reused_frames']} copied from job {sources}"
    if work.get("reason"):
        text += f" ({work['reason']})"
    return text


def _follow(job_id: int, as_json: bool) -> None:
    with user_errors(), session_scope() as session:
        user = local_creator(session)
        get_job(session, user, job_id)
        user_id = user.id
    assert user_id is not None
    for event in follow(user_id, job_id):
        if as_json:
            typer.echo(event.model_dump_json())
        else:
            typer.echo(event_line(event))


@app.command()
def show(
    job_id: Annotated[int, typer.Argument(help="The job to show.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the job as JSON.")] = False,
    follow_events: Annotated[
        bool,
        typer.Option(
            "--follow", help="Print the job's events as they happen (also for a job another process runs)."
        ),
    ] = False,
) -> None:
    """One version in detail: what was asked, what the agent did, its notes and its files. With --follow, its
    events from the start, live, until it completes or fails."""
    if follow_events:
        _follow(job_id, as_json)
        return
    with user_errors(), session_scope() as session:
        user = local_creator(session)
        job = get_job(session, user, job_id)
        details = _job_details(job, get_video_for_job(session, user, job_id))
    if as_json:
        print_json(details)
        return
    table = Table("field", "value", title=f"Job {job_id}: {details['version_label']}", show_header=False)
    for name in ("status", "request", "feedback", "parent_job_id", "thread_id", "model", "stop_reason"):
        if details[name] is not None:
            table.add_row(name, str(details[name]))
    if details["error"]:
        table.add_row("error", str(details["error"]))
    if details["fallback"]:
        table.add_row("fallback", str(details["fallback"]))
    validation = details["validation"]
    table.add_row("validation", f"{validation['attempts']} attempt(s), passed: {validation['passed']}")
    table.add_row(
        "timings", ", ".join(f"{step} {seconds:.1f} s" for step, seconds in details["timings"].items())
    )
    table.add_row("asset work", ", ".join(details["asset_work"]) or "none (assets reused)")
    table.add_row("render", _render_text(details["render_work"]))
    for note in details["notes"]:
        table.add_row("note", note)
    for name, path in details["files"].items():
        table.add_row(name, path)
    console.print(table)


@app.command()
def library(
    store: Annotated[str | None, typer.Option("--store", help="Only this store's videos (its slug).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the library as JSON.")] = False,
) -> None:
    """Your finished videos, newest first."""
    with user_errors(), session_scope() as session:
        entries = get_video_library(session, local_creator(session), store)
    if as_json:
        print_json([entry.model_dump(mode="json") for entry in entries])
        return
    table = Table("video", "job", "title", "version", "length", "format", "created", "file")
    for entry in entries:
        table.add_row(
            str(entry.id),
            str(entry.job_id),
            entry.title,
            entry.version_label,
            f"{entry.duration_s:.1f} s",
            entry.aspect,
            entry.created_at.strftime("%Y-%m-%d %H:%M"),
            entry.video_path,
        )
    console.print(table if entries else "The library is empty: make a video with `ppr-video generate`.")
