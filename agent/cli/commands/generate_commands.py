"""`ppr-video generate`: one video from a prompt, a brief file, a course or a product, with live progress."""

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from agent.cli.app import app
from agent.cli.job_options import CaptionsOption, JsonOption, ModelOption, ScaleOption
from agent.cli.output import console, fail, print_json, user_errors
from agent.cli.pipeline_display import pipeline_display
from agent.deps import RunSettings
from agent.report import job_report
from agent.runner import JobOutcome, JobRunner
from agent.services import Services
from store.brief.load import load_brief
from store.brief.upsert import upsert_brief
from store.db import session_scope
from store.jobs import generate as queue_job
from store.models import User, VideoJob
from store.requests import video_request
from store.users import local_creator


async def run_job(
    job_id: int, *, model: str | None, out: Path | None, settings: RunSettings, show_progress: bool
) -> tuple[JobOutcome, User]:
    with session_scope() as session:
        user = local_creator(session)
        job = session.get(VideoJob, job_id)
        assert job is not None
        title = f"Job {job.id}: {job.duration_s} s {job.style} video, {job.aspect}"
        async with Services.start() as services:
            with pipeline_display(title, enabled=show_progress) as listeners:
                runner = JobRunner(
                    services, model_spec=model, settings=settings, out_dir=out, listeners=listeners
                )
                outcome = await runner.run_with_retries(session, user, job)
        session.refresh(outcome.job)
        session.expunge_all()
        return outcome, user


def print_outcome(outcome: JobOutcome, as_json: bool) -> None:
    job = outcome.job
    if as_json:
        print_json(job_report(job, outcome.entry))
    if job.status != "completed":
        fail(f"job {job.id} failed after {job.retry_count} attempt(s): {job.error}")
    if as_json:
        return
    for note in job.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    if outcome.summary:
        console.print(outcome.summary, highlight=False)
    console.print(f"[green]Video:[/] {job.artifacts.get('video')}", highlight=False)
    typer.echo(job.out_dir)


def run_and_report(
    job_id: int, *, model: str | None, out: Path | None, scale: float, captions: bool, as_json: bool
) -> None:
    """Runs a queued job in this process with live progress (or quietly for --json), then reports it."""
    settings = RunSettings(render_scale=scale, burn_captions=captions)
    with user_errors():
        outcome, _ = asyncio.run(
            run_job(
                job_id,
                model=model,
                out=out.resolve() if out else None,
                settings=settings,
                show_progress=not as_json,
            )
        )
    print_outcome(outcome, as_json)


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
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the video and its files.")] = None,
    scale: ScaleOption = 1.0,
    captions: CaptionsOption = False,
    as_json: JsonOption = False,
) -> None:
    """Make a video: gather the catalog, write the script, images and voice, write and check the composition,
    render it, and publish it to the library."""
    if brief is not None and (course or product):
        fail("--brief: the brief names its own course or product; leave out --course and --product", code=2)
    with user_errors(), session_scope() as session:
        user = local_creator(session)
        if brief is not None:
            job = upsert_brief(session, user, load_brief(brief))
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
            job = queue_job(session, user, request)
        job_id = job.id
    assert job_id is not None
    run_and_report(job_id, model=model, out=out, scale=scale, captions=captions, as_json=as_json)
