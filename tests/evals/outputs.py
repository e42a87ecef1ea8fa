"""Hand-made case outputs for the evaluator tests: a folder's files and what its frames show, written out
as the observer would have seen them, so each evaluator can be shown a video it must fail."""

from pathlib import Path
from typing import Any

from PIL import Image
from pydantic_evals.evaluators import Evaluator

from domain.script import VideoScript
from evals.dataset import CaseInput, eval_dataset
from evals.evaluators import case_evaluators
from evals.output import EvalOutput
from evals.results import CaseResult, case_results
from evals.seen import DominantColour, FrameColours, SeenFrame, SeenVideo
from store.brief.load import parse_brief
from video.engine.media import MediaInfo
from video.publishing.captions import Captions

BRIEF: dict[str, Any] = {
    "prompt": "Launch the pack: 50% off with code KEYS50 for 72 hours",
    "duration": 15,
    "aspect": "9:16",
    "style": "hype",
    "voice": True,
    "store": {
        "name": "Tape Room",
        "slug": "tape-room",
        "domain": "taperoom.audio",
        "brand": {"primary": "#FF5A1F", "secondary": "#FFB347", "accent": "#7C5CFF", "background": "#0E0B14"},
    },
    "product": {
        "slug": "dusty-keys",
        "name": "Dusty Keys Vol. 3",
        "type": "sample_pack",
        "price": 34.99,
        "description": "Wurlitzer and Rhodes through tape.",
        "features": ["180 loops and one-shots"],
    },
}

SCRIPT = VideoScript.model_validate(
    {
        "totalDuration": 15,
        "scenes": [
            {"id": "hook", "duration": 5, "headline": "Keys that sound like tape", "mood": "intrigue"},
            {"id": "offer", "duration": 5, "headline": "Dusty Keys Vol. 3", "mood": "urgency"},
            {"id": "cta", "duration": 5, "headline": "Get it now", "mood": "excitement"},
        ],
        "colorPalette": {
            "primary": "#FF5A1F",
            "secondary": "#FFB347",
            "accent": "#7C5CFF",
            "background": "#0E0B14",
        },
    }
)

# What a good video of BRIEF shows, frame by frame.
GOOD_FRAMES = [
    SeenFrame(frame=12, scene="hook", checked=True, texts=["Keys that", "sound like tape"]),
    SeenFrame(
        frame=160, scene="offer", checked=True, texts=["Dusty", "Keys", "Vol.", "3", "$34.99", "50% OFF"]
    ),
    SeenFrame(
        frame=310, scene="cta", checked=True, texts=["Use code KEYS50", "72 hours only", "taperoom.audio"]
    ),
    SeenFrame(frame=400, scene="cta", checked=False, texts=["Get it at taperoom.audio"]),
]

GOOD_CAPTIONS = Captions(
    instagram="Keys that sound like tape.\n\nDusty Keys Vol. 3 — $34.99.\n\nGet it at taperoom.audio\n\n"
    + " ".join(
        f"#{tag}"
        for tag in [
            "samplepack",
            "keys",
            "rhodes",
            "lofi",
            "musicproducer",
            "producer",
            "beatmaker",
            "musicproduction",
            "homestudio",
            "producerlife",
            "producerkit",
            "sounddesign",
            "flstudio",
            "ableton",
            "logicpro",
            "bedroomproducer",
        ]
    ),
    tiktok="Keys that sound like tape 🔥 Link: taperoom.audio #fyp #producertok #samplepack #rhodes",
    x="Keys that sound like tape. Dusty Keys Vol. 3 — $34.99. https://taperoom.audio",
    hashtags=["samplepack", "keys", "rhodes"],
)


def case(**changes: Any) -> CaseInput:
    data = {**BRIEF, **changes}
    return CaseInput(name="hand-made", brief_file=Path("hand-made.yaml"), brief=parse_brief(data))


def media(frames: int = 450) -> MediaInfo:
    return MediaInfo(
        codec="h264", width=270, height=480, frames=frames, fps=30.0, duration_s=frames / 30, has_audio=True
    )


def brand_colours() -> list[FrameColours]:
    colours = [DominantColour(hex="#0E0B14", share=0.7), DominantColour(hex="#FF5A1F", share=0.2)]
    colours.append(DominantColour(hex="#7C5CFF", share=0.1))
    return [FrameColours(frame=frame.frame, colours=colours) for frame in GOOD_FRAMES]


def output(folder: Path, **changes: Any) -> EvalOutput:
    """A good, completed video of BRIEF in `folder` (a contact sheet included); `changes` replace fields of
    the output, `seen_*` ones fields of what the frames show."""
    folder.mkdir(parents=True, exist_ok=True)
    sheet = folder / "contact-sheet.png"
    Image.new("RGB", (64, 36), "#0E0B14").save(sheet)
    seen_changes = {
        key.removeprefix("seen_"): value for key, value in changes.items() if key.startswith("seen_")
    }
    seen = SeenVideo(
        composition="DynamicVideo",
        media=media(),
        diagnostics=[],
        frames=GOOD_FRAMES,
        issues=[],
        min_contrast=5.2,
        colours=brand_colours(),
        contact_sheet=sheet,
    ).model_copy(update=seen_changes)
    fields = {
        "folder": folder,
        "report": {"status": "completed", "validation": {"attempts": 1, "passed": True}, "fallback": None},
        "script": SCRIPT,
        "captions": GOOD_CAPTIONS,
        "seen": seen,
    }
    fields |= {key: value for key, value in changes.items() if not key.startswith("seen_")}
    return EvalOutput.model_validate(fields)


async def score_output(
    case_input: CaseInput,
    made: EvalOutput,
    evaluators: list[Evaluator[CaseInput, EvalOutput, None]] | None = None,
) -> CaseResult:
    """The case's result when the task returns `made`, through the real pydantic-evals Dataset."""

    async def task(_: CaseInput) -> EvalOutput:
        return made

    dataset = eval_dataset([case_input], evaluators if evaluators is not None else case_evaluators())
    report = await dataset.evaluate(task, progress=False)
    [result] = case_results(report)
    return result
