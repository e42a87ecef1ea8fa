"""`ppr-video generate`: one video from a prompt, a brief file, a course or a product, with live progress."""

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.job_options import CaptionsOption, JsonOption, ModelOption, ScaleOption, job_options
from cli.output import console, fail, print_json, user_errors
from cli.pipeline_display import pipeline_display
from service import VideoResult, generate_from_brief, generate_video, run_job
from store.brief.load import load_brief
from store.db import session_scope
from store.models import VideoJob
from store.requests import video_request
from store.users import local_creator
from video.publishing.report import job_report


def print_outcome(outcome: VideoResult, as_json: bool, out: Path | None) -> None:
    job = outcome.job
    if as_json:
        # The files of record, in the data directory; the report.json copied to --out names the copies.
        print_json(job_report(job, outcome.entry))
    if job.status != "completed":
        fail(f"job {job.id} failed after {job.retry_count} attempt(s): {job.error}")
    if as_json:
        return
    for note in job.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    if outcome.summary:
        console.print(outcome.summary, highlight=False)
    folder = out or Path(job.out_dir or "")
    console.print(f"[green]Video:[/] {folder / 'video.mp4'}", highlight=False)
    typer.echo(folder)


def run_and_report(job_id: int, *, out: Path | None, as_json: bool) -> None:
    """Runs a queued job in this process with live progress (or quietly for --json), then reports it."""
    out = out.resolve() if out else None
    with user_errors():
        with session_scope() as session:
            job = session.get(VideoJob, job_id)
            assert job is not None
            title = f"Job {job.id}: {job.duration_s} s {job.style} video, {job.aspect}"
        with pipeline_display(title, enabled=not as_json) as listeners:
            outcome = asyncio.run(run_job(job_id, out=out, listeners=listeners))
    print_outcome(outcome, as_json, out)


@app.command()
def generate(
    prompt: Annotated[str | None, typer.Argument(help="What the video should do, in your words.")] = None,
    brief: Annotated[Path | None, typer.Option("--brief", help="A brief file (YAML or JSON).")] = None,
    course: Annotated[str | None, typer.Option("--course", help="Slug of your course.")] = None,
    product: Annotated[str | None, typer.Option("--product", help="Slug of your product.")] = None,
    duration: Annotated[int, typer.Option("--duration", help="15, 30, 60 or 90 seconds.")] = 30,
    aspect: Annotated[str, typer.Option("--aspect", help="9:16, 16:9 or 1:1.")] = "9:16",
    style: Annotated[
        str, typer.Option("--style", help="educational, hype, cinematic or minimalist.")
    ] = "hype",
    voice: Annotated[bool, typer.Option("--voice/--no-voice", help="Narrate the video.")] = True,
    model: ModelOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="A folder to copy the video and its files to.")
    ] = None,
    scale: ScaleOption = 1.0,
    captions: CaptionsOption = False,
    as_json: JsonOption = False,
) -> None:
    """Make a video: gather the catalog, write the script, images and voice, write and check the composition,
    render it, and publish it to the library."""
    if brief is not None and (course or product):
        fail("--brief: the brief names its own course or product; leave out --course and --product", code=2)
    options = job_options(model=model, scale=scale, captions=captions)
    with user_errors(), session_scope() as session:
        user = local_creator(session)
        if brief is not None:
            job = generate_from_brief(session, user, load_brief(brief), options)
        else:
            request = video_request(
                prompt=prompt or "",
                course=course,
                product=product,
                duration=duration,
                aspect=aspect,
                style=style,
                voice=voice,
            )
            job = generate_video(session, user, request, options)
        job_id = job.id
    assert job_id is not None
    run_and_report(job_id, out=out, as_json=as_json)
