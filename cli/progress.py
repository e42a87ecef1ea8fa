"""Rich progress bars for renders."""

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from cli.output import console
from video.engine.client import ProgressCallback
from video.engine.results import RenderProgress


@contextmanager
def render_progress(description: str) -> Iterator[ProgressCallback]:
    """A progress bar of rendered and encoded frames; yields the callback to hand to EngineClient.render."""
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[frames]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(description, total=1.0, frames="")

        def update(event: RenderProgress) -> None:
            progress.update(
                task,
                completed=event.progress,
                frames=f"{event.rendered_frames} frames rendered, {event.encoded_frames} encoded",
            )

        yield update
