"""`ppr-video serve`: the Studio server (API, pages, and N job workers in the same process)."""

import gc
import os
from typing import Annotated

import typer
import uvicorn

from cli.app import app
from cli.job_options import ModelOption
from service.workers import WorkerSettings
from video.render_priority import RENDER_NICE_ENV
from web.app import create_app
from web.settings import StudioSettings


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", min=0, max=16, help="Job workers in this process (0: API only).")
    ] = 1,
    model: ModelOption = None,
    access_log: Annotated[
        bool, typer.Option("--access-log/--no-access-log", help="Log every request on standard output.")
    ] = True,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Send the session cookie over HTTPS only.")
    ] = False,
    render_nice: Annotated[
        int,
        typer.Option(
            "--render-nice",
            min=0,
            max=19,
            help="Niceness of the render engine and still browser: requests are answered first.",
        ),
    ] = 10,
) -> None:
    """Serve the Studio and its JSON API (docs at /docs), running queued jobs with one warm engine."""
    os.environ[RENDER_NICE_ENV] = str(render_nice)
    settings = StudioSettings(
        workers=WorkerSettings(count=workers, model=model), secure_cookies=secure_cookies
    )
    studio = create_app(settings)
    # What start-up built lives as long as the server: out of the collector's sight, a full collection takes
    # milliseconds instead of the ~250 ms that would stall every request in flight.
    gc.collect()
    gc.freeze()
    uvicorn.run(studio, host=host, port=port, log_level="info", access_log=access_log)
