"""The engine's warm native compilers: each check sees its own text, and a compiler that dies is replaced."""

import os
import signal
from pathlib import Path

from tests.validation.corpus import ASSETS, EXAMPLES, HOSTILE, LEGIT, expected_code
from video.engine import EngineClient, EngineError
from video.validation import validate_composition

TYPE_ERROR = "\nexport const broken: number = 'not a number';\n"


def native_compilers(engine_pid: int) -> list[int]:
    """Processes the engine started that run TypeScript's native compiler."""
    found = []
    for task in Path(f"/proc/{engine_pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if "typescript" in Path(f"/proc/{child}/cmdline").read_text(errors="replace"):
                found.append(int(child))
    return found


async def test_checks_one_after_another_each_see_their_own_text(engine: EngineClient) -> None:
    """Different compositions back to back (the compilers keep state between checks): no answer is stale."""
    hostile = HOSTILE[0].read_text()
    for example in [EXAMPLES[0], LEGIT[0], EXAMPLES[-1]]:
        tsx = example.read_text()
        passed = await validate_composition(engine, tsx, None, ASSETS)
        assert passed.ok, [item.render() for item in passed.diagnostics]
        rejected = await validate_composition(engine, hostile, None, ASSETS)
        assert expected_code(hostile) in {item.code for item in rejected.diagnostics}
        mistyped = await validate_composition(engine, tsx + TYPE_ERROR, None, ASSETS)
        errors = [item for item in mistyped.diagnostics if item.code == "TS2322"]
        assert [item.line for item in errors] == [len((tsx + TYPE_ERROR).splitlines())], errors


async def test_a_compiler_that_dies_is_replaced_by_the_next_check() -> None:
    tsx = EXAMPLES[0].read_text()
    async with EngineClient() as engine:
        assert (await validate_composition(engine, tsx, None, ASSETS)).ok
        assert engine.pid
        compilers = native_compilers(engine.pid)
        assert len(compilers) == 2, compilers
        for pid in compilers:
            os.kill(pid, signal.SIGKILL)
        failures = 0
        for _attempt in range(3):
            try:
                result = await validate_composition(engine, tsx + "\n// again\n", None, ASSETS)
            except EngineError as error:
                failures += 1
                assert str(error), "a failed check says why"
                continue
            break
        assert failures <= 1, "only the check that met the dead compiler may fail"
        assert result.ok, [item.render() for item in result.diagnostics]
        assert sorted(native_compilers(engine.pid)) != sorted(compilers)
