"""`ppr-video worker`: runs queued jobs, retries failed ones and resumes jobs a crashed runner left behind."""

import asyncio
from typing import Annotated

import typer

from cli.app import app
from cli.job_options import ModelOption
from cli.output import console
from service import VideoResult, run_worker


def _print(result: VideoResult) -> None:
    job = result.job
    console.print(f"job {job.id}: {job.status}" + (f" ({job.error})" if job.error else ""))


@app.command()
def worker(
    model: ModelOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="Stop when no job is waiting instead of polling.")
    ] = False,
) -> None:
    """Run jobs as they are queued (from the web app, the CLI or a brief), retry failed ones after 5 s, and
    finish jobs that a crashed runner left mid-pipeline."""
    done = asyncio.run(run_worker(model=model, once=once, on_result=_print))
    console.print(f"{len(done)} job(s) run")
