"""`ppr-video compositions` and `ppr-video render`: the engine from the command line."""

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.app import app
from cli.output import console, fail, user_errors
from cli.progress import render_progress
from domain.template_props import check_composition_props
from video.engine import EngineClient, EngineError
from video.engine.results import CompositionInfo, RenderResult


def parse_frame_range(text: str | None) -> tuple[int, int] | None:
    """'A-B' -> (A, B); None stays None."""
    if text is None:
        return None
    first, dash, last = text.partition("-")
    if not dash or not first.isdigit() or not last.isdigit() or int(first) > int(last):
        raise typer.BadParameter("use A-B with whole numbers and A <= B, e.g. 0-59", param_hint="--frames")
    return int(first), int(last)


def read_props(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        props = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise typer.BadParameter(f"cannot read {path} as JSON: {error}", param_hint="--props") from error
    if not isinstance(props, dict):
        raise typer.BadParameter("the props file must hold a JSON object", param_hint="--props")
    return props


async def _list() -> list[CompositionInfo]:
    async with EngineClient() as engine:
        return await engine.compositions()


@app.command()
def compositions() -> None:
    """List every registered composition with its size, fps and duration."""
    try:
        found = asyncio.run(_list())
    except EngineError as error:
        fail(error.message)
    table = Table("id", "size", "fps", "frames")
    for item in found:
        table.add_row(item.id, f"{item.width}x{item.height}", str(item.fps), str(item.duration_in_frames))
    console.print(table)


async def _render(
    composition: str, props: dict[str, Any], out: Path, scale: float, frames: tuple[int, int] | None
) -> RenderResult:
    async with EngineClient() as engine:
        with render_progress(f"Rendering {composition}") as on_progress:
            return await engine.render(
                composition, out, input_props=props, scale=scale, frame_range=frames, on_progress=on_progress
            )


@app.command()
def render(
    composition: Annotated[str, typer.Argument(help="Composition id (see `ppr-video compositions`).")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the MP4.")],
    props: Annotated[Path | None, typer.Option("--props", help="JSON file with the input props.")] = None,
    scale: Annotated[
        float, typer.Option("--scale", min=0.1, max=2.0, help="Scale factor of the output size.")
    ] = 1.0,
    frames: Annotated[
        str | None, typer.Option("--frames", help="Only render frames A-B (inclusive).")
    ] = None,
) -> None:
    """Render a composition to an H.264 MP4 through the warm engine."""
    input_props = read_props(props)
    with user_errors():
        check_composition_props(composition, input_props)
    frame_range = parse_frame_range(frames)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        result = asyncio.run(_render(composition, input_props, out.resolve(), scale, frame_range))
    except EngineError as error:
        fail(error.message)
    for runtime_error in result.runtime_errors:
        console.print(f"[yellow]warning:[/] frame {runtime_error.frame}: {runtime_error.message}")
    console.print(f"{result.frames} frames, {result.width}x{result.height}, in {result.ms / 1000:.1f} s")
    typer.echo(str(result.path))
