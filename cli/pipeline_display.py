"""The Rich display of a running job: one bar for the pipeline, the current step and its detail."""

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from cli.output import console
from service import Listener

STEP_NAMES = {
    "queued": "Queued",
    "gathering_context": "Gathering context",
    "generating_script": "Writing the script",
    "generating_assets": "Making images",
    "generating_voice": "Recording the voice-over",
    "generating_code": "Writing the composition",
    "rendering": "Rendering",
    "completed": "Done",
}


@contextmanager
def pipeline_display(title: str, *, enabled: bool = True) -> Iterator[list[Listener]]:
    """Yields the listeners to give the runner; shows nothing when disabled (e.g. with --json)."""
    if not enabled:
        yield []
        return
    with Progress(
        TextColumn("[bold]{task.fields[step]:<26}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        console.print(f"[bold]{title}[/]")
        task = progress.add_task(title, total=100, step="Queued", detail="")

        def update(status: str, percent: int, detail: str) -> None:
            progress.update(task, completed=percent, step=STEP_NAMES.get(status, status), detail=detail)

        yield [update]
