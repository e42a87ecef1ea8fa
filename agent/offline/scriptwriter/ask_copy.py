"""The prompt's explicit asks put on screen: the hook leads with the discount or the quoted line, the details
(names, dates, numbers) follow it or join the solution's bullets, the offer scene states the discount, its
code and how long it lasts, and the last scene shows what the creator asked to end with, big."""

from agent.offline.scriptwriter import copy
from agent.offline.scriptwriter.asks import PromptAsks
from domain.script import VideoFacts, VideoScene

MAX_BULLETS = 4
MAX_HOOK_QUOTE_WORDS = 8
# The line above what the last scene shows big, by what it is.
FINALE_HEADLINES = {
    "code": "Use this code at checkout",
    "discount": "Don't miss it",
    "price": "All of it for",
    "when": "Save the date",
    "domain": "Find it at",
    "title": "Get it now",
}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _hook(scene: VideoScene, asks: PromptAsks, facts: VideoFacts) -> VideoScene:
    headline, emphasis = scene.headline, scene.emphasis
    if asks.discount:
        what = {"course": "this course", "product": f"this {(facts.product_type or 'pack').lower()}"}
        rest = asks.deadline or what.get(facts.kind, "everything")
        headline = (
            f"{_capital(asks.discount)}. {_capital(rest)}." if asks.deadline else f"{asks.discount} {rest}."
        )
        headline, emphasis = _capital(headline), asks.discount
    elif asks.quotes and len(asks.quotes[0].split()) <= MAX_HOOK_QUOTE_WORDS:
        headline = asks.quotes[0]
        emphasis = copy.emphasis_of(headline)
    subhead = scene.subhead
    if _details_in_hook(asks, facts):
        subhead = " · ".join(asks.details[:3])
    elif asks.code and not asks.discount:
        subhead = f"Code {asks.code}"
    return scene.model_copy(update={"headline": headline, "emphasis": emphasis, "subhead": subhead})


def _details_in_hook(asks: PromptAsks, facts: VideoFacts) -> bool:
    """A brand video's hook says its details; a course or product keeps its description unless there are
    several."""
    return bool(asks.details) and (facts.kind == "brand" or len(asks.details) >= 2)


def _solution(scene: VideoScene, asks: PromptAsks, facts: VideoFacts) -> VideoScene:
    shown_in_hook = asks.details[:3] if _details_in_hook(asks, facts) else ()
    details = [detail for detail in asks.details if facts.kind == "brand" or detail not in shown_in_hook]
    extra = [*(_capital(detail) for detail in details), *asks.quotes[1:]]
    if not extra:
        return scene
    bullets = list(dict.fromkeys([*extra, *(scene.bullet_points or [])]))[:MAX_BULLETS]
    return scene.model_copy(update={"bullet_points": bullets})


def _offer(scene: VideoScene, asks: PromptAsks) -> VideoScene:
    lines = asks.offer_lines()
    if not lines:
        return scene
    return scene.model_copy(update={"headline": lines[0], "bullet_points": lines})


def _finale(scene: VideoScene, asks: PromptAsks) -> VideoScene:
    if asks.finale and asks.finale_kind:
        headline = FINALE_HEADLINES.get(asks.finale_kind, scene.headline)
        return scene.model_copy(update={"headline": headline, "bullet_points": [asks.finale]})
    if asks.code:
        return scene.model_copy(update={"headline": f"Use code {asks.code}"})
    return scene


def with_asks(scenes: list[VideoScene], asks: PromptAsks, facts: VideoFacts) -> list[VideoScene]:
    """The scenes with the prompt's asks on screen; unchanged when the prompt asks for nothing specific."""
    solution = next((i for i, scene in enumerate(scenes) if scene.mood == "solution"), None)
    placed = []
    for index, scene in enumerate(scenes):
        if index == 0 and scene.mood == "intrigue":
            scene = _hook(scene, asks, facts)
        elif index == solution:
            scene = _solution(scene, asks, facts)
        elif scene.mood == "urgency":
            scene = _offer(scene, asks)
        elif index == len(scenes) - 1 and scene.mood == "excitement":
            scene = _finale(scene, asks)
        placed.append(scene)
    return placed
