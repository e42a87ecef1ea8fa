"""`ppr-video validate`: the validators on a TSX file from the command line."""

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from cli.app import app
from cli.output import console, fail, print_json
from domain.script import VideoScript
from video.engine import EngineClient, EngineError
from video.validation import ValidationResult, validate_composition


def read_script(path: Path | None) -> VideoScript | None:
    if path is None:
        return None
    try:
        return VideoScript.model_validate(json.loads(path.read_text()))
    except OSError as error:
        fail(f"--script: cannot read {path}: {error.strerror}", code=2)
    except json.JSONDecodeError as error:
        fail(
            f"--script: {path} is not JSON ({error.msg}, line {error.lineno}); pass a VideoScript JSON file",
            code=2,
        )
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        fail(f"--script: {path} is not a VideoScript: {where}: {first['msg']}", code=2)


def read_assets(value: str | None) -> list[str]:
    """Comma-separated URLs, or @FILE with one URL per line."""
    if value is None:
        return []
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            return [line.strip() for line in path.read_text().splitlines() if line.strip()]
        except OSError as error:
            fail(f"--assets: cannot read {path}: {error.strerror}", code=2)
    return [item.strip() for item in value.split(",") if item.strip()]


async def _validate(tsx: str, script: VideoScript | None, assets: list[str]) -> ValidationResult:
    async with EngineClient() as engine:
        return await validate_composition(engine, tsx, script, assets)


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="The composition (TSX) to check.")],
    script: Annotated[
        Path | None, typer.Option("--script", help="VideoScript JSON: also check the duration and palette.")
    ] = None,
    assets: Annotated[
        str | None,
        typer.Option("--assets", help="Allowed media URLs: comma-separated, or @FILE with one per line."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the structured result.")] = False,
) -> None:
    """Type, security and structure checks of a composition. Exit 0 when it passes, 1 when it does not."""
    try:
        tsx = file.read_text()
    except OSError as error:
        fail(f"FILE: cannot read {file}: {error.strerror}", code=2)
    video_script = read_script(script)
    allowed = read_assets(assets)
    try:
        result = asyncio.run(_validate(tsx, video_script, allowed))
    except EngineError as error:
        fail(error.message)
    if as_json:
        print_json(result.model_dump())
    else:
        for diagnostic in result.diagnostics:
            typer.echo(diagnostic.render(file.name))
        summary = f"{len(result.errors)} errors, {len(result.warnings)} warnings ({result.ms} ms)"
        console.print(
            f"[green]passed[/]: {summary}" if result.ok else f"[red]failed[/]: {summary}", highlight=False
        )
    if not result.ok:
        raise typer.Exit(1)
