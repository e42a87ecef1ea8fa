"""Every tool module is registered, every tool is described for the model, and the model sees just TOOLS."""

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any, get_origin

from pydantic_ai import ModelMessage, ModelResponse, RunContext, Tool
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from sqlmodel import Session

import agent.tools
from agent.agent import video_agent
from agent.runner import JobRunner
from agent.tools import TOOLS
from store.jobs import generate
from store.models import User
from store.requests import video_request
from tests.agent.conftest import TEST_SETTINGS
from tests.agent.scripted import text
from video.services import Services


def _takes_run_context(function: Callable[..., Any]) -> bool:
    parameters = list(inspect.signature(function, eval_str=True).parameters.values())
    if not parameters:
        return False
    annotation = parameters[0].annotation
    return annotation is RunContext or get_origin(annotation) is RunContext


def tool_functions_in_modules() -> dict[str, Callable[..., Any]]:
    """`module.name` -> every public function of agent/tools/ whose first parameter is a RunContext."""
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.walk_packages(agent.tools.__path__, prefix="agent.tools."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if (
                function.__module__ == module.__name__
                and not name.startswith("_")
                and _takes_run_context(function)
            ):
                found[f"{module.__name__}.{name}"] = function
    return found


def agent_tools() -> dict[str, Tool[Any]]:
    """The tools registered on video_agent, by the name the model calls them."""
    tools: dict[str, Tool[Any]] = {}
    for toolset in video_agent.toolsets:
        assert isinstance(toolset, FunctionToolset), f"unexpected toolset {toolset!r}: extend this test"
        tools.update(toolset.tools)
    return tools


def model_parameters(function: Callable[..., Any]) -> list[str]:
    """The parameters the model fills in: all but the RunContext."""
    return list(inspect.signature(function).parameters)[1:]


def test_every_tool_module_is_registered() -> None:
    found = tool_functions_in_modules()
    assert found, "no tool functions found in agent/tools/"
    registered_in_agent = {tool.function for tool in agent_tools().values()}
    missing_from_tools = sorted(name for name, function in found.items() if function not in TOOLS)
    missing_from_agent = sorted(
        name for name, function in found.items() if function not in registered_in_agent
    )
    assert not missing_from_tools, f"add these to TOOLS in agent/tools/__init__.py: {missing_from_tools}"
    assert not missing_from_agent, f"video_agent does not expose: {missing_from_agent}"
    assert len(set(TOOLS)) == len(TOOLS), "a function is listed twice in TOOLS"


def test_every_tool_is_described_for_the_model() -> None:
    tools = agent_tools()
    for function in TOOLS:
        doc = inspect.getdoc(function) or ""
        assert doc.strip(), (
            f"{function.__name__}: the docstring is the description the model reads; write one"
        )
        parameters = model_parameters(function)
        if not parameters:
            continue
        assert "\nArgs:\n" in f"\n{doc}\n", (
            f"{function.__name__}: document {parameters} in an `Args:` section"
        )
        # What the model receives: each parameter's description comes from its `Args:` entry.
        properties = tools[function.__name__].tool_def.parameters_json_schema["properties"]
        undocumented = [name for name in parameters if not properties[name].get("description")]
        assert not undocumented, f"{function.__name__}: describe {undocumented} under `Args:`"


async def test_the_model_is_offered_exactly_the_registered_tools(
    db: Session, creator: User, services: Services
) -> None:
    offered: list[list[str]] = []

    def answer(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        offered.append([tool.name for tool in info.function_tools])
        return text("Nothing to do.")

    job = generate(db, creator, video_request(course="saturation-secrets", duration=15))
    deps = JobRunner(services, settings=TEST_SETTINGS).make_deps(db, creator, job)
    await video_agent.run("List your tools.", deps=deps, model=FunctionModel(answer))

    assert len(offered) == 1
    assert sorted(offered[0]) == sorted(function.__name__ for function in TOOLS)
