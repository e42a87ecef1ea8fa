"""The examples and templates as remotion/src registers them, with their default props read from the TS data
files (bundled with esbuild, evaluated by node), so the tests check exactly what the project ships."""

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.paths import REMOTION_DIR

EXAMPLES_DIR = REMOTION_DIR / "src" / "examples"
TEMPLATES_DIR = REMOTION_DIR / "src" / "templates"

_EXAMPLE_ENTRY = re.compile(r"\{\s*id:\s*'(\w+)',\s*component:\s*(\w+),\s*props:\s*(\w+)\s*\}")
_DEFAULT_IMPORT = re.compile(r"^import (\w+) from '\./(\w+)';", re.MULTILINE)
_NAMED_IMPORT = re.compile(r"^import \{ ([\w, ]+) \} from '(\./[\w/]+)';", re.MULTILINE)
_TEMPLATE_ENTRY = re.compile(r'id="(\w+)"\s+component=\{(\w+)\}\s+defaultProps=\{(\w+)\}')


@dataclass(frozen=True)
class Registered:
    id: str
    source: Path
    props: dict[str, Any]


def _exports_of(modules: dict[str, Path], tmp: Path) -> dict[str, Any]:
    """The named exports `modules` maps to their files, as JSON values."""
    tmp.mkdir(parents=True, exist_ok=True)
    entry = tmp / "entry.ts"
    entry.write_text("".join(f"export {{ {name} }} from '{path}';\n" for name, path in modules.items()))
    bundle = tmp / "entry.cjs"
    esbuild = REMOTION_DIR / "node_modules" / ".bin" / "esbuild"
    subprocess.run(
        [str(esbuild), str(entry), "--bundle", "--platform=node", "--format=cjs", f"--outfile={bundle}"],
        check=True,
        capture_output=True,
    )
    printed = subprocess.run(
        ["node", "-e", f"process.stdout.write(JSON.stringify(require({json.dumps(str(bundle))})))"],
        check=True,
        capture_output=True,
        text=True,
    )
    exports: dict[str, Any] = json.loads(printed.stdout)
    return exports


def _named_imports(source: str, folder: Path) -> dict[str, Path]:
    found = {}
    for names, relative in _NAMED_IMPORT.findall(source):
        for name in names.split(","):
            found[name.strip()] = (folder / relative).resolve()
    return found


def registered_examples(tmp: Path) -> list[Registered]:
    index = (EXAMPLES_DIR / "index.tsx").read_text()
    components = {name: EXAMPLES_DIR / f"{file}.tsx" for name, file in _DEFAULT_IMPORT.findall(index)}
    entries = _EXAMPLE_ENTRY.findall(index)
    imports = _named_imports(index, EXAMPLES_DIR)
    props = _exports_of({name: imports[name] for _, _, name in entries}, tmp)
    return [Registered(id, components[component], props[name]) for id, component, name in entries]


def registered_templates(tmp: Path) -> list[Registered]:
    index = (TEMPLATES_DIR / "index.tsx").read_text()
    entries = _TEMPLATE_ENTRY.findall(index)
    imports = _named_imports(index, TEMPLATES_DIR)
    props = _exports_of({name: imports[name] for _, _, name in entries}, tmp)
    return [Registered(id, imports[component], props[name]) for id, component, name in entries]
