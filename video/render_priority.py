"""How much renders yield the CPU to the process that starts them: a server answering creators while it
renders runs its engine and still-check browser at a lower priority (`nice`), so a request never waits behind
a frame. Set by PPR_RENDER_NICE (0, the default, changes nothing; 19 yields the most)."""

import os

RENDER_NICE_ENV = "PPR_RENDER_NICE"


def render_niceness() -> int:
    """PPR_RENDER_NICE as a niceness from 0 to 19; ValueError naming the variable when it is not one."""
    text = os.environ.get(RENDER_NICE_ENV, "").strip() or "0"
    if not text.isdigit() or not 0 <= int(text) <= 19:
        raise ValueError(f"{RENDER_NICE_ENV}: must be a whole number from 0 to 19 (got {text[:20]!r})")
    return int(text)


def niced(argv: list[str]) -> list[str]:
    """`argv` run at the render niceness (children it starts, such as Chromium and ffmpeg, inherit it)."""
    niceness = render_niceness()
    return ["nice", "-n", str(niceness), *argv] if niceness else argv
