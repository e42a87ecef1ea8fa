"""Writes a run's results.json, report.md and report.html (contact sheets linked relative to them)."""

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from evals.report.view import ARROWS, number, report_view
from evals.results import RunResults

TEMPLATES = Path(__file__).parent / "templates"
RESULTS_FILE = "results.json"


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(number=number, arrows=ARROWS)
    return environment


def write_reports(results: RunResults, baseline: RunResults | None, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    view = report_view(results, baseline, out)
    written = [out / RESULTS_FILE, out / "report.md", out / "report.html"]
    written[0].write_text(results.model_dump_json(indent=2))
    for path in written[1:]:
        path.write_text(_environment().get_template(f"{path.name}.jinja").render(view=view))
    return written
