"""A case's output: the files of one video's folder (as `generate --out` and `eval --out` write them), read
back without the database, plus what its frames show once the observer has looked at them."""

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from domain.errors import UserError
from domain.events import JobEvent
from domain.script import VideoFacts, VideoScript
from evals.seen import SeenVideo
from video.publishing.captions import Captions
from video.publishing.report import REPORT_FILE
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot
from video.version import VIDEO_FILE

FACTS_FILE = "facts.json"
EVENTS_FILE = "events.json"
USAGE_FILE = "usage.json"
ASSETS_FOLDER = "assets"
SCORES_FILE = "scores.json"

_EVENTS = TypeAdapter(list[JobEvent])
ModelT = TypeVar("ModelT", bound=BaseModel)


class RunUsage(BaseModel):
    """The model run behind a video: its requests, tokens and cost (None where unknown)."""

    model: str | None
    steps: int
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_usd: float | None = None


class EvalOutput(BaseModel):
    folder: Path
    report: dict[str, Any]
    script: VideoScript | None = None
    tsx: str | None = None
    snapshot: AssetSnapshot | None = None
    facts: VideoFacts | None = None
    captions: Captions | None = None
    subtitles_srt: str | None = None
    events: list[JobEvent] = []
    usage: RunUsage | None = None
    seen: SeenVideo | None = None

    @property
    def status(self) -> str:
        return str(self.report.get("status") or "unknown")

    @property
    def fallback(self) -> str | None:
        value = self.report.get("fallback")
        return str(value) if value else None

    @property
    def video(self) -> Path | None:
        path = self.folder / VIDEO_FILE
        return path if path.is_file() else None

    @property
    def job_id(self) -> int | None:
        value = self.report.get("job_id")
        return value if isinstance(value, int) else None


def _text(folder: Path, name: str) -> str | None:
    path = folder / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _model(folder: Path, name: str, model: type[ModelT]) -> ModelT | None:
    text = _text(folder, name)
    if text is None:
        return None
    try:
        return model.model_validate_json(text)
    except ValidationError as error:
        raise UserError(f"{folder / name}: not a valid {name} ({error.errors()[0]['msg']})") from None


def read_output(folder: Path) -> EvalOutput:
    """The case output in `folder`; a UserError naming the folder when it holds no video's files."""
    if not folder.is_dir():
        raise UserError(f"OUT_DIR: {folder} is not a folder")
    report_text = _text(folder, REPORT_FILE)
    if report_text is None and not (folder / VIDEO_FILE).is_file():
        raise UserError(
            f"OUT_DIR: no {REPORT_FILE} or {VIDEO_FILE} in {folder}; give a folder written by "
            "`ppr-video generate --out` or `ppr-video eval --out`"
        )
    try:
        report = json.loads(report_text) if report_text else {}
    except json.JSONDecodeError as error:
        raise UserError(f"{folder / REPORT_FILE}: not valid JSON (line {error.lineno})") from None
    events_text = _text(folder, EVENTS_FILE)
    return EvalOutput(
        folder=folder.resolve(),
        report=report if isinstance(report, dict) else {},
        script=_model(folder, "script.json", VideoScript),
        tsx=_text(folder, "composition.tsx"),
        snapshot=_model(folder, SNAPSHOT_FILE, AssetSnapshot),
        facts=_model(folder, FACTS_FILE, VideoFacts),
        captions=_model(folder, "captions.json", Captions),
        subtitles_srt=_text(folder, "subtitles.srt"),
        events=_EVENTS.validate_json(events_text) if events_text else [],
        usage=_model(folder, USAGE_FILE, RunUsage),
    )
