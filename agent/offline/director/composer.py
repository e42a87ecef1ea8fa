"""Writes the offline director's TSX, scene by scene from the component library, varied by mood, style, the
facts available and what the video is about (the hook's visual). The scene text stays in the script: the code
only reads it from props, and picks text colours that read on the palette it is given."""

import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from agent.offline.director.design import STYLE_DESIGNS, Design, _ts_value
from agent.offline.scriptwriter.subjects import HookVisual, subject_of
from domain.script import VideoFacts, VideoScene, VideoScript
from store.context import VideoContext

TEMPLATES = Path(__file__).parent / "templates"
EXIT_VARIANTS = {"hype": "zoom", "cinematic": "fade", "educational": "up", "minimalist": "fade"}
# Scenes that put the library's dark glass cards on a panel when the background is light, scenes with a
# section label, and the backdrops that show the scene's picture.
PANEL_SCENES = frozenset({"PainScene", "SolutionScene", "StepsScene", "ProofScene"})
LABEL_SCENES = PANEL_SCENES | {"OfferScene"}
PICTURE_STYLES = frozenset({"hype", "cinematic"})
REMOTION_NAMES = ("AbsoluteFill", "Series", "interpolate", "spring", "useCurrentFrame", "useVideoConfig")
LIBRARY_NAMES = (
    "C",
    "AmbientBackground",
    "CardGrid",
    "CenterScene",
    "CinematicBG",
    "CTAButton",
    "DomainBadge",
    "FeatureCard",
    "GlowOrb",
    "Headline",
    "LogoIcon",
    "PriceTag",
    "ReasonCard",
    "SceneExit",
    "SectionLabel",
    "StatBlock",
    "StepCard",
    "Subhead",
    "Vignette",
    "WaveformVisual",
    "contrastRatio",
    "legibleOn",
    "useEntrance",
    "useLayout",
    "usePulse",
    "withAlpha",
)


def _import_line(names: tuple[str, ...], body: str, module: str) -> str:
    used = [name for name in names if re.search(rf"\b{name}\b", body)]
    return "import {\n" + "".join(f"  {name},\n" for name in used) + f"}} from '{module}';"


@cache
def _environment() -> Environment:
    # JSX is full of {{ }}: these templates use [[ ]] and [% %] instead.
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def scene_component(scene: VideoScene, style: str, facts: VideoFacts) -> str:
    if scene.mood == "intrigue":
        return "HookScene"
    if scene.mood == "frustration":
        return "PainScene"
    if scene.mood == "solution":
        return "StepsScene" if style == "educational" else "SolutionScene"
    if scene.mood == "proof":
        return "ProofScene"
    if scene.mood == "urgency":
        return "OfferScene"
    return "CtaScene"


def compose(
    script: VideoScript,
    facts: VideoFacts,
    style: str,
    design: Design,
    *,
    visual: HookVisual | None = None,
    waveform: bool = False,
) -> str:
    """The composition; `visual` is the hook's (`waveform=True` is the saturation waveform)."""
    scenes = [scene_component(scene, style, facts) for scene in script.scenes]
    design_values = {name: _ts_value(value) for name, value in vars(design).items()}
    style = style if style in EXIT_VARIANTS else "hype"
    used = list(dict.fromkeys(scenes))
    body = (
        _environment()
        .get_template("composition.tsx.jinja")
        .render(
            style=style,
            exit_variant=EXIT_VARIANTS[style],
            scenes=scenes,
            used=used,
            design=design_values,
            visual=visual or ("waveform" if waveform else None),
            panel=bool(PANEL_SCENES & set(used)),
            label=bool(LABEL_SCENES & set(used)),
            picture=style in PICTURE_STYLES,
        )
    )
    return body.replace("IMPORTS_FROM_REMOTION", _import_line(REMOTION_NAMES, body, "remotion")).replace(
        "IMPORTS_FROM_LIBRARY", _import_line(LIBRARY_NAMES, body, "@ppr/components")
    )


def hook_visual(context: VideoContext, facts: VideoFacts) -> HookVisual | None:
    """The hook's visual for what the video is about: the saturation waveform for a saturation course, drum
    pads for drums and beats, a keyboard for keys and chords, knobs for presets..."""
    return subject_of(context, facts).visual


def director_composition(
    context: VideoContext, facts: VideoFacts, script: VideoScript, design: Design | None = None
) -> str:
    """The director's composition for this video: the style's design unless one is given, the hook's visual
    for what it is about."""
    style = context.style if context.style in STYLE_DESIGNS else "hype"
    return compose(script, facts, style, design or STYLE_DESIGNS[style], visual=hook_visual(context, facts))
