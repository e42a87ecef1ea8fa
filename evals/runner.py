"""Running the harness: every case made through the video service and scored, or one existing folder
scored, by the same pydantic-evals Dataset and evaluators."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic_ai.models import Model

from evals.baseline import against_baseline
from evals.dataset import CaseInput, eval_dataset
from evals.evaluators import case_evaluators
from evals.generation import GenerationOptions, make_video
from evals.observe.observer import Observer
from evals.output import SCORES_FILE, EvalOutput, read_output
from evals.results import CaseResult, Report, RunResults, case_results, summarise


@dataclass(frozen=True)
class RunOptions:
    generation: GenerationOptions = field(default_factory=GenerationOptions)
    concurrency: int = 1
    judge_model: Model | str | None = None
    progress: bool = True


def results_of(report: Report, baseline: RunResults | None = None) -> RunResults:
    """The report's results, compared with `baseline` when there is one."""
    cases = case_results(report)
    results = RunResults(cases=cases, summary=summarise(cases))
    if baseline is not None:
        results.summary.against_baseline = against_baseline(results, baseline)
    return results


def write_scores(case: CaseResult) -> None:
    if case.folder is not None and case.folder.is_dir():
        (case.folder / SCORES_FILE).write_text(case.model_dump_json(indent=2))


async def run_cases(cases: Sequence[CaseInput], out: Path, options: RunOptions = RunOptions()) -> Report:
    """Makes each case's video in `out/<case name>/` and scores it; cases run `options.concurrency` at a
    time."""
    dataset = eval_dataset(cases, case_evaluators(options.judge_model))
    async with Observer() as observer:

        async def make_and_look(case: CaseInput) -> EvalOutput:
            output = await make_video(case, out / case.name, options.generation)
            return await observer.observe(output, case.brief)

        return await dataset.evaluate(
            make_and_look,
            name="ppr-video eval",
            max_concurrency=options.concurrency,
            progress=options.progress,
        )


async def score_folder(folder: Path, case: CaseInput, judge_model: Model | str | None = None) -> Report:
    """Scores the video already in `folder` against `case`'s brief, without generating anything."""
    output = read_output(folder)
    dataset = eval_dataset([case], case_evaluators(judge_model))
    async with Observer() as observer:

        async def look(case: CaseInput) -> EvalOutput:
            return await observer.observe(output, case.brief)

        return await dataset.evaluate(look, name="ppr-video eval score", progress=False)
