"""`ppr-video stills`: look at chosen frames of a composition in a real browser and report layout issues."""

import asyncio
import json
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.app import app
from cli.output import console, fail, print_json, user_errors
from domain.errors import UserError
from domain.paths import data_dir
from store.db import session_scope
from video.assets.asset_store import LocalAssetStore
from video.assets.server import AssetServer
from video.engine import EngineClient, EngineError
from video.stills import StillChecker, StillsReport
from video.stills.browser import LOOPBACK_HOSTS
from video.stills.default_props import DEFAULT_DURATION_FRAMES, DEFAULT_SIZE, default_props
from video.stills.frames import evenly_spaced
from video.stills.job_input import job_still_input

USAGE = 2


def parse_size(text: str) -> tuple[int, int]:
    width, x, height = text.lower().partition("x")
    if not x or not width.isdigit() or not height.isdigit() or int(width) < 16 or int(height) < 16:
        raise typer.BadParameter("use WIDTHxHEIGHT in pixels, e.g. 1080x1920", param_hint="--size")
    return int(width), int(height)


def parse_frames(text: str, duration: int) -> list[int]:
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise typer.BadParameter(
            "use whole frame numbers separated by commas, e.g. 0,45,89", param_hint="--frames"
        )
    frames = sorted({int(part) for part in parts})
    if frames[-1] >= duration:
        raise typer.BadParameter(
            f"frame {frames[-1]} is past the last frame of the video ({duration - 1})", param_hint="--frames"
        )
    return frames


def read_props_file(path: Path) -> dict[str, Any]:
    try:
        props = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise typer.BadParameter(f"cannot read {path} as JSON: {error}", param_hint="--props") from error
    if not isinstance(props, dict):
        raise typer.BadParameter("the props file must hold a JSON object", param_hint="--props")
    return props


def image_origins(props: dict[str, Any]) -> list[str]:
    """Loopback origins of the props' images: the asset servers the page may reach."""
    origins = set()
    for url in props.get("images") or []:
        if isinstance(url, str) and url.startswith("http"):
            scheme, _, rest = url.partition("://")
            host_port = rest.split("/", 1)[0]
            if host_port.rsplit(":", 1)[0].strip("[]") in LOOPBACK_HOSTS:
                origins.add(f"{scheme}://{host_port}")
    return sorted(origins)


def tsx_input(
    tsx: Path, props_file: Path | None, size: str | None, duration: int | None, frames: str | None
) -> tuple[str, dict[str, Any], list[int] | None]:
    try:
        source = tsx.read_text()
    except OSError as error:
        raise typer.BadParameter(f"cannot read {tsx}: {error.strerror}", param_hint="--tsx") from error
    given = read_props_file(props_file) if props_file else {}
    width, height = parse_size(size) if size else (given.get("width"), given.get("height"))
    if not isinstance(width, int) or not isinstance(height, int):
        width, height = DEFAULT_SIZE
    total = duration or given.get("durationInFrames") or DEFAULT_DURATION_FRAMES
    props = {
        **default_props(width, height, total),
        **given,
        "width": width,
        "height": height,
        "durationInFrames": total,
    }
    if frames:
        return source, props, parse_frames(frames, total)
    # The made-up script says nothing about the composition's timing: spread the frames evenly instead.
    return source, props, None if "script" in given else evenly_spaced(total)


def default_out(label: str) -> Path:
    return data_dir() / "stills" / f"{label}-{time.strftime('%Y%m%d-%H%M%S')}"


async def _compile(tsx: str) -> dict[str, Any]:
    async with EngineClient() as engine:
        return await engine.compile(tsx)


async def _check(
    tsx: str, props: dict[str, Any], frames: list[int] | None, out: Path
) -> StillsReport | list[dict[str, Any]]:
    """The report, or the compiler's diagnostics when the TSX does not compile."""
    checker = StillChecker()
    try:
        # The engine compiles while the browser starts: both take a second or two cold.
        compiled, _ = await asyncio.gather(_compile(tsx), checker.start())
        if not compiled["ok"]:
            diagnostics: list[dict[str, Any]] = compiled["diagnostics"]
            return diagnostics
        return await checker.check(
            js=compiled["js"], props=props, frames=frames, out_dir=out, allowed_origins=image_origins(props)
        )
    finally:
        await checker.close()


def print_report(report: StillsReport) -> None:
    if report.issues:
        table = Table("frame", "scene", "kind", "severity", "text", "what is wrong", show_lines=False)
        for issue in report.issues:
            colour = "red" if issue.severity == "error" else "yellow"
            table.add_row(
                str(issue.frame),
                issue.scene or "",
                issue.kind,
                f"[{colour}]{issue.severity}[/]",
                issue.text,
                issue.message,
            )
        console.print(table)
    errors, warnings = len(report.errors), len(report.issues) - len(report.errors)
    verdict = "[green]passed[/]" if report.passed else "[red]failed[/]"
    frames = ", ".join(str(frame.frame) for frame in report.frames)
    console.print(
        f"{verdict}: {errors} error(s), {warnings} warning(s) on frames {frames} "
        f"({report.width}x{report.height}) in {report.timings.get('total_s', 0):.1f} s"
    )
    console.print(f"contact sheet: {report.contact_sheet}")


@app.command()
def stills(
    job_id: Annotated[int | None, typer.Argument(help="Check this job's generated composition.")] = None,
    tsx: Annotated[
        Path | None, typer.Option("--tsx", help="Check this TSX composition file instead.")
    ] = None,
    props: Annotated[
        Path | None,
        typer.Option("--props", help="JSON with the props (script, facts, images, size, duration)."),
    ] = None,
    size: Annotated[
        str | None, typer.Option("--size", help="Frame size WIDTHxHEIGHT (default 1080x1920).")
    ] = None,
    duration_frames: Annotated[
        int | None, typer.Option("--duration-frames", min=1, help="Length in frames at 30 fps (default 90).")
    ] = None,
    frames: Annotated[
        str | None,
        typer.Option("--frames", help="Frames to check, e.g. 0,45,89 (default: chosen per scene)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the frame PNGs and the contact sheet.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {issues, frames, contact_sheet} as JSON.")
    ] = False,
) -> None:
    """Check still frames of a composition for layout problems; exit code 1 when an error is found."""
    with ExitStack() as resources:
        _stills(resources, job_id, tsx, props, size, duration_frames, frames, out, as_json)


def _stills(
    resources: ExitStack,
    job_id: int | None,
    tsx: Path | None,
    props: Path | None,
    size: str | None,
    duration_frames: int | None,
    frames: str | None,
    out: Path | None,
    as_json: bool,
) -> None:
    if (job_id is None) == (tsx is None):
        fail("give either a JOB_ID or --tsx FILE (not both)", code=USAGE)
    if job_id is not None:
        if props or size or duration_frames:
            fail("--props, --size and --duration-frames apply to --tsx only; a job has its own", code=USAGE)
        with user_errors(), session_scope() as session:
            loaded = job_still_input(session, job_id)
        if loaded.note:
            console.print(f"[yellow]note:[/] {loaded.note}")
        source, video_props = loaded.tsx, loaded.props
        if any(loaded.image_keys):
            assets = resources.enter_context(AssetServer(LocalAssetStore().root))
            video_props["images"] = [assets.url_for(key) if key else None for key in loaded.image_keys]
        chosen = parse_frames(frames, loaded.props["durationInFrames"]) if frames else None
        label = f"job-{job_id}"
    else:
        assert tsx is not None
        source, video_props, chosen = tsx_input(tsx, props, size, duration_frames, frames)
        label = tsx.stem
    folder = (out or default_out(label)).resolve()
    try:
        with user_errors():
            try:
                result = asyncio.run(_check(source, video_props, chosen, folder))
            except ValueError as error:
                raise UserError(str(error)) from error
    except EngineError as error:
        fail(error.message)
    if isinstance(result, list):
        for item in result:
            console.print(f"[red]{label}.tsx:{item['line']}:{item['column']}:[/] {item['message']}")
        if as_json:
            print_json({"issues": [], "frames": [], "contact_sheet": None, "compile_errors": result})
        raise typer.Exit(1)
    if as_json:
        print_json(result.to_cli_json())
    else:
        print_report(result)
    raise typer.Exit(0 if result.passed else 1)
