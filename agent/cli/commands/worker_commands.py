"""`ppr-video worker`: runs queued jobs, retries failed ones and resumes jobs a crashed runner left behind."""

import asyncio
from typing import Annotated

import typer

from agent.cli.app import app
from agent.cli.output import console
from agent.deps import RunSettings
from agent.runner import JobRunner
from agent.services import Services
from store.db import session_scope

POLL_SECONDS = 5.0


async def _work(*, model: str | None, once: bool) -> int:
    done = 0
    with session_scope() as session:
        async with Services.start() as services:
            runner = JobRunner(services, model_spec=model, settings=RunSettings())
            while True:
                for outcome in await runner.run_queue(session):
                    done += 1
                    job = outcome.job
                    console.print(f"job {job.id}: {job.status}" + (f" ({job.error})" if job.error else ""))
                if once:
                    return done
                await asyncio.sleep(POLL_SECONDS)


@app.command()
def worker(
    model: Annotated[
        str | None, typer.Option("--model", help="offline, anthropic[:name], openrouter[:name].")
    ] = None,
    once: Annotated[
        bool, typer.Option("--once", help="Stop when no job is waiting instead of polling.")
    ] = False,
) -> None:
    """Run jobs as they are queued (from the web app, the CLI or a brief), retry failed ones after 5 s, and
    finish jobs that a crashed runner left mid-pipeline."""
    done = asyncio.run(_work(model=model, once=once))
    console.print(f"{done} job(s) run")
