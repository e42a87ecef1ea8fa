"""`ppr-video cancel` and `ppr-video retry`: stopping a job and running it again."""

from typing import Annotated

import typer

from cli.app import app
from cli.commands.generate_commands import run_and_report
from cli.job_options import JsonOption
from cli.output import console, user_errors
from service import cancel_job, retry_job
from store.db import session_scope
from store.users import local_creator


@app.command()
def cancel(job_id: Annotated[int, typer.Argument(help="The queued or running job to stop.")]) -> None:
    """Cancel a job: a queued one never starts, a running one stops at its next step."""
    with user_errors(), session_scope() as session:
        job = cancel_job(session, local_creator(session), job_id)
    console.print(f"job {job.id}: {job.status}")


@app.command()
def retry(
    job_id: Annotated[int, typer.Argument(help="The failed or cancelled job to run again.")],
    queue: Annotated[bool, typer.Option("--queue", help="Only queue it, for `ppr-video worker`.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Run a failed or cancelled job again, with a fresh count of attempts."""
    with user_errors(), session_scope() as session:
        job = retry_job(session, local_creator(session), job_id)
    if queue:
        console.print(f"job {job.id}: {job.status}")
        return
    run_and_report(job_id, out=None, as_json=as_json)
