"""Scene lengths: weights shared out over the video's frames so they add up to the total exactly."""

from domain.script import FPS, Mood

PLANS: dict[str, list[tuple[str, Mood, float]]] = {
    "short": [
        ("hook", "intrigue", 3),
        ("solution", "solution", 5),
        ("offer", "urgency", 3.5),
        ("cta", "excitement", 3.5),
    ],
    "standard": [
        ("hook", "intrigue", 3.5),
        ("problem", "frustration", 5),
        ("solution", "solution", 7),
        ("proof", "proof", 5),
        ("offer", "urgency", 4.5),
        ("cta", "excitement", 5),
    ],
    "long": [
        ("hook", "intrigue", 4),
        ("problem", "frustration", 7),
        ("solution", "solution", 9),
        ("details", "solution", 9),
        ("proof", "proof", 8),
        ("offer", "urgency", 8),
        ("cta", "excitement", 7),
    ],
}


def plan_for(total_seconds: float) -> list[tuple[str, Mood, float]]:
    if total_seconds <= 20:
        return PLANS["short"]
    if total_seconds <= 45:
        return PLANS["standard"]
    return PLANS["long"]


def share_frames(weights: list[float], total_seconds: float) -> list[float]:
    """Scene durations in seconds whose frame counts add up to round(total_seconds * FPS) exactly."""
    total_frames = round(total_seconds * FPS)
    whole = sum(weights)
    frames = [int(total_frames * weight / whole) for weight in weights]
    for index in range(total_frames - sum(frames)):
        frames[index % len(frames)] += 1
    return [round(count / FPS, 4) for count in frames]
