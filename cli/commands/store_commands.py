"""`ppr-video demo-data`, `brief-check`, `brief-schema`: the catalog and brief files from the command line."""

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.output import console, print_json, user_errors
from store.brief.load import load_brief
from store.brief.schema import SCHEMA_PATH, brief_json_schema_text, write_brief_json_schema
from store.db import session_scope
from store.demo.seed import seed_demo_catalog


@app.command("demo-data")
def demo_data(
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Seed the Pause Play Repeat demo store for the local creator (safe to run again)."""
    with user_errors(), session_scope() as session:
        report = seed_demo_catalog(session)
    if as_json:
        print_json(asdict(report))
        return
    added = ", ".join(report.added) or "nothing new"
    console.print(f"Demo store [bold]{report.store_slug}[/] for {report.creator_email}: added {added}.")


@app.command("brief-check")
def brief_check(path: Annotated[Path, typer.Argument(help="A brief file (.yaml, .yml or .json).")]) -> None:
    """Validate a brief file without writing anything."""
    with user_errors():
        brief = load_brief(path)
    subject = brief.course.slug if brief.course else brief.product.slug if brief.product else "the store"
    console.print(f"{path}: valid brief for {subject} ({brief.duration} s, {brief.aspect}, {brief.style}).")


@app.command("brief-schema")
def brief_schema(
    write: Annotated[
        bool, typer.Option("--write", help=f"Write it to {SCHEMA_PATH.name} in schemas/.")
    ] = False,
) -> None:
    """Print the JSON Schema of brief files (generated from the pydantic model)."""
    if write:
        console.print(f"wrote {write_brief_json_schema()}")
        return
    typer.echo(brief_json_schema_text(), nl=False)
