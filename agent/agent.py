"""The video agent: one pydantic-ai Agent, its tools, and the limits that stop a run."""

from pydantic_ai import Agent, Tool, UsageLimits
from pydantic_ai.capabilities import ProcessHistory

from agent.deps import VideoDeps
from agent.history import bound_earlier_turns
from agent.tools import TOOLS

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
    tools=[Tool(function, max_retries=TOOL_RETRIES) for function in TOOLS],
    capabilities=[ProcessHistory(bound_earlier_turns)],
)
