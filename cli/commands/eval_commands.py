"""`ppr-video eval`: make every brief of a folder into a video and score it; `ppr-video eval score`: score a
video folder that already exists. Both run the same pydantic-evals evaluators (evals/)."""

import asyncio
import os
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cli.app import app
from cli.job_options import ModelOption
from cli.output import console, fail, print_json, user_errors
from evals.baseline import load_baseline
from evals.dataset import CASES_DIR, CaseInput, load_cases
from evals.evaluators.judge import judge_model_name
from evals.generation import GenerationOptions
from evals.report.write import write_reports
from evals.results import RunResults
from evals.runner import RunOptions, results_of, run_cases, score_folder, write_scores
from store.brief.load import load_brief

DEFAULT_SCALE = 0.5
JsonOption = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]
TABLE_KEYS = {
    "completed": "done",
    "duration_error_frames": "length ±fr",
    "security_violations": "security",
    "layout_errors": "layout err",
    "facts_present": "facts",
    "brand_adherence": "brand",
    "request_coverage": "asks",
    "caption_quality": "captions",
}

eval_app = typer.Typer(
    help="Score generated videos: run the eval cases, or score an existing video folder.",
    no_args_is_help=False,
)
app.add_typer(eval_app, name="eval")


def print_results(results: RunResults, as_json: bool) -> None:
    if as_json:
        print_json(results.to_json())
        return
    table = Table(title="ppr-video eval")
    table.add_column("case")
    for label in TABLE_KEYS.values():
        table.add_column(label, justify="right")
    table.add_column("passed")
    for case in results.cases:
        values = [f"{case.scores[key]:.3g}" if key in case.scores else "-" for key in TABLE_KEYS]
        table.add_row(case.name, *values, "[green]yes[/]" if case.passed else "[red]no[/]")
    stdout = Console(soft_wrap=True)
    stdout.print(table)
    for case in results.cases:
        for line in case.failed:
            stdout.print(f"[red]{case.name}[/]: {line}", highlight=False)
        for line in case.pending:
            stdout.print(f"[yellow]{case.name}[/] (pending threshold): {line}", highlight=False)
    summary = results.summary
    stdout.print(f"{summary.passed} of {summary.cases} cases passed", highlight=False)


@eval_app.callback(invoke_without_command=True)
def run_eval(
    ctx: typer.Context,
    cases: Annotated[
        Path, typer.Option("--cases", help="A folder of brief files, one case each.")
    ] = CASES_DIR,
    model: ModelOption = None,
    scale: Annotated[
        float,
        typer.Option("--scale", min=0.1, max=1.0, help="Render at a fraction of full size."),
    ] = DEFAULT_SCALE,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Cases made at once.")] = 1,
    out: Annotated[
        Path | None, typer.Option("--out", help="Where each case's folder and the report go.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Make a video of every brief in --cases and score each (a folder per case, a report, and a summary
    against evals/baseline.json). Exits with 1 when a case misses an enforced threshold."""
    if ctx.invoked_subcommand is not None:
        return
    folder = (out or Path("out") / f"eval-{datetime.now():%Y%m%d-%H%M%S}").resolve()
    options = RunOptions(
        generation=GenerationOptions(model=model, scale=scale),
        concurrency=concurrency,
        judge_model=judge_model_name(model, os.environ),
        progress=not as_json,
    )
    with user_errors():
        report = asyncio.run(run_cases(load_cases(cases), folder, options))
    baseline = load_baseline()
    results = results_of(report, baseline)
    for case in results.cases:
        write_scores(case)
    written = write_reports(results, baseline, folder)
    print_results(results, as_json)
    if not as_json:
        console.print(f"[green]Report:[/] {written[2]}", highlight=False)
    if results.summary.failed_cases:
        raise typer.Exit(1)


@eval_app.command("score")
def score(
    out_dir: Annotated[Path, typer.Argument(help="A video folder from `generate --out` or `eval --out`.")],
    brief: Annotated[Path | None, typer.Option("--brief", help="The brief the video was made from.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Score an existing video folder against a brief with the same evaluators, without generating."""
    if brief is None:
        fail("--brief: give the brief file the video was made from", code=2)
    with user_errors():
        case = CaseInput(name=out_dir.name, brief_file=brief.resolve(), brief=load_brief(brief))
        report = asyncio.run(score_folder(out_dir.resolve(), case, judge_model_name(None, os.environ)))
    results = results_of(report, load_baseline())
    for result in results.cases:
        write_scores(result)
    print_results(results, as_json)
    if results.summary.failed_cases:
        raise typer.Exit(1)
