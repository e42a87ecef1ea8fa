"""Compositions that hang or exhaust memory at a chosen frame, compiled and handed to DynamicVideo directly:
the static validator never sees them (wall 4 must hold when it misses something)."""

from typing import Any

from tests.engine.props import dynamic_props
from video.engine import EngineClient

# `body` runs at the frames from `frame` on; `spins` keeps it from being dead code.
_AT_FRAME = """
import React from 'react';
import {{ AbsoluteFill, useCurrentFrame }} from 'remotion';

export default function Video() {{
  const frame = useCurrentFrame();
  let spins = 0;
  if (frame >= {frame}) {{
    {body}
  }}
  return <AbsoluteFill style={{{{ backgroundColor: '#102030', opacity: spins === 0 ? 1 : 0.5 }}}} />;
}}
"""

RUNAWAY_BODIES = {
    # The exit condition reads a variable the body changes, yet never becomes false.
    "endless_loop": "while (spins >= 0) { spins = (spins + 1) % 7; }",
    # Exponential backtracking: 2^36 paths before the match fails.
    "catastrophic_regex": "spins = /^(a+)+$/.test('a'.repeat(36) + '!') ? 2 : 1;",
    # Suspends on a promise that never settles (an async function awaiting a thenable that never calls back;
    # the realm has no Promise global): Remotion's <Suspense> fallback takes a delayRender() handle that is
    # never continued. Generated code cannot call delayRender() itself: the hardened realm withholds it.
    "suspended_forever": (
        "React.use((async () => { await { then: () => undefined }; return 1; })()); spins = 1;"
    ),
}


def allocation(megabytes: int) -> str:
    """Keeps `megabytes` of 8 MB arrays of doubles at once, then lets them go: under Chromium's own heap limit
    (about 4 GB) such a frame renders, under a page heap limit below `megabytes` it crashes its page."""
    return (
        "const hoard: number[][] = []; "
        f"for (let i = 0; i < {megabytes // 8}; i += 1) {{ hoard.push(new Array(1e6).fill(frame + 0.5)); }} "
        "spins = hoard.length;"
    )


# The module itself never finishes evaluating: the composition's first frame hangs.
LOOP_AT_EVALUATION = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

let ready = 1;
while (ready > 0) {
  ready = (ready * 3) % 1000003;
}

export default function Video() {
  return <AbsoluteFill style={{ backgroundColor: '#102030', opacity: ready }} />;
}
"""

HEALTHY = """
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  return <AbsoluteFill style={{ backgroundColor: '#F0F0F0', opacity: 0.5 + frame / 120 }} />;
}
"""


def at_frame(frame: int, body: str) -> str:
    return _AT_FRAME.format(frame=frame, body=body)


async def video_props(engine: EngineClient, tsx: str, *, seconds: float = 1) -> dict[str, Any]:
    """DynamicVideo's props around `tsx` (compiled by the engine, never validated), 270x480."""
    return await dynamic_props(engine, tsx, seconds=seconds)
