"""The eval cases: each brief file of a folder is one pydantic-evals Case, named after the file's stem."""

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from pydantic_evals import Case, Dataset
from pydantic_evals.evaluators import Evaluator

from domain.errors import UserError
from domain.paths import PROJECT_ROOT
from evals.output import EvalOutput
from store.brief.load import SUFFIXES, load_brief
from store.brief.model import Brief

CASES_DIR = PROJECT_ROOT / "evals" / "cases"


class CaseInput(BaseModel):
    """What a case asks for: the brief, and the file it came from."""

    model_config = ConfigDict(frozen=True)

    name: str
    brief_file: Path
    brief: Brief


EvalDataset = Dataset[CaseInput, EvalOutput, None]


def case_files(folder: Path) -> list[Path]:
    """The brief files in `folder`, sorted by name; a UserError naming `--cases` when there are none."""
    if not folder.is_dir():
        raise UserError(f"--cases: {folder} is not a folder of brief files")
    files = sorted(path for path in folder.iterdir() if path.suffix.lower() in SUFFIXES and path.is_file())
    if not files:
        raise UserError(f"--cases: no .yaml, .yml or .json brief files in {folder}")
    return files


def load_case(path: Path) -> CaseInput:
    """The case of one brief file; a UserError that names the file and the field."""
    try:
        brief = load_brief(path)
    except UserError as error:
        message = str(error)
        raise UserError(message if message.startswith(str(path)) else f"{path.name}: {message}") from None
    return CaseInput(name=path.stem, brief_file=path.resolve(), brief=brief)


def load_cases(folder: Path = CASES_DIR) -> list[CaseInput]:
    """Every brief of `folder`, validated; the first bad one raises a UserError naming its field."""
    cases = [load_case(path) for path in case_files(folder)]
    names = [case.name for case in cases]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise UserError(f"--cases: two brief files share the name {duplicates[0]!r} (one folder per case)")
    return cases


def eval_dataset(
    cases: Sequence[CaseInput], evaluators: Sequence[Evaluator[CaseInput, EvalOutput, None]]
) -> EvalDataset:
    return Dataset(
        name="ppr-video",
        cases=[Case(name=case.name, inputs=case) for case in cases],
        evaluators=list(evaluators),
    )
