"""The agent's tools: one module each. To add one, write its module here and add its function to TOOLS; its
docstring is what the model reads (docs/extending.md walks through it)."""

from collections.abc import Callable
from typing import Any

from agent.tools.check_stills import check_stills
from agent.tools.gather_context import gather_context
from agent.tools.make_images import make_images
from agent.tools.make_voice import make_voice
from agent.tools.publish import publish
from agent.tools.render_video import render_video
from agent.tools.validate import validate
from agent.tools.write_composition import edit_composition, write_composition
from agent.tools.write_script import write_script

TOOLS: tuple[Callable[..., Any], ...] = (
    gather_context,
    write_script,
    make_images,
    make_voice,
    write_composition,
    edit_composition,
    validate,
    check_stills,
    render_video,
    publish,
)
