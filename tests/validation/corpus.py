"""The red-team and legitimate TSX corpora, and the assets the corpus jobs are allowed to load."""

import re
from pathlib import Path

from domain.paths import REMOTION_DIR

CORPUS_DIR = Path(__file__).parent / "corpus"
SCRIPT_FILE = CORPUS_DIR / "script.json"
HOSTILE = sorted((CORPUS_DIR / "hostile").glob("*.tsx"))
LEGIT = sorted((CORPUS_DIR / "legit").glob("*.tsx"))
# The agent's few-shot examples are written exactly as generated code; every one of them must pass too.
EXAMPLES = sorted(
    path for path in (REMOTION_DIR / "src" / "examples").glob("*.tsx") if path.name != "index.tsx"
)
ASSETS = ["https://assets.local/music.mp3"]

_EXPECT = re.compile(r"^// expect: (\S+)$", re.MULTILINE)


def expected_code(tsx: str) -> str:
    """The diagnostic code a hostile sample names in its header comment."""
    match = _EXPECT.search(tsx)
    assert match, f"no '// expect: CODE' header in:\n{tsx[:200]}"
    return match.group(1)
