"""The options every command that runs a job shares (generate, iterate), declared once."""

from typing import Annotated

import typer

from service import JobOptions

ModelOption = Annotated[
    str | None, typer.Option("--model", help="offline, anthropic[:name], openrouter[:name].")
]
ScaleOption = Annotated[
    float | None,
    typer.Option("--scale", min=0.1, max=1.0, help="Render at a fraction of full size (default: full size)."),
]
CaptionsOption = Annotated[
    bool | None, typer.Option("--captions/--no-captions", help="Burn TikTok-style captions into the video.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the job report as JSON.")]


def job_options(*, model: str | None, scale: float | None, captions: bool | None) -> JobOptions:
    return JobOptions(model=model, render_scale=scale, burn_captions=captions)
