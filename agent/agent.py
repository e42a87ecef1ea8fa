"""The video agent: one pydantic-ai Agent, its tools, and the limits that stop a run."""

from pydantic_ai import Agent, Tool, UsageLimits

from agent.deps import VideoDeps
from agent.tools.check_stills import check_stills
from agent.tools.gather_context import gather_context
from agent.tools.make_images import make_images
from agent.tools.make_voice import make_voice
from agent.tools.publish import publish
from agent.tools.render_video import render_video
from agent.tools.validate import validate
from agent.tools.write_composition import edit_composition, write_composition
from agent.tools.write_script import write_script

# Our own caps (validation failures, stills rounds, script retries) are stricter than these; pydantic-ai's
# per-tool retry budget must not end the run first.
TOOL_RETRIES = 8

STEP_BUDGET = 40
TOKEN_BUDGET = 1_500_000


def usage_limits(*, count_tokens: bool = True) -> UsageLimits:
    """A step budget (model requests) and a token budget per job. The offline director has no real token
    count (pydantic-ai's FunctionModel counts an image's bytes as tokens), so it gets the step budget only."""
    return UsageLimits(request_limit=STEP_BUDGET, total_tokens_limit=TOKEN_BUDGET if count_tokens else None)


video_agent: Agent[VideoDeps, str] = Agent(
    deps_type=VideoDeps,
    output_type=str,
    name="ppr-video-director",
    retries={"tools": TOOL_RETRIES, "output": 1},
    tools=[
        Tool(gather_context, max_retries=TOOL_RETRIES),
        Tool(write_script, max_retries=TOOL_RETRIES),
        Tool(make_images, max_retries=TOOL_RETRIES),
        Tool(make_voice, max_retries=TOOL_RETRIES),
        Tool(write_composition, max_retries=TOOL_RETRIES),
        Tool(edit_composition, max_retries=TOOL_RETRIES),
        Tool(validate, max_retries=TOOL_RETRIES),
        Tool(check_stills, max_retries=TOOL_RETRIES),
        Tool(render_video, max_retries=TOOL_RETRIES),
        Tool(publish, max_retries=TOOL_RETRIES),
    ],
)
