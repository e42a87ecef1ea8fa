import pytest

from domain.script import VideoScript
from tests.validation.corpus import SCRIPT_FILE


@pytest.fixture(scope="session")
def script() -> VideoScript:
    """Four scenes, 3 + 4 + 4 + 4 s: 450 frames at 30 fps."""
    return VideoScript.model_validate_json(SCRIPT_FILE.read_text())
