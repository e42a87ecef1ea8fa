"""The zod schemas on the compositions and the pydantic mirrors in domain/template_props.py describe the
same props: same fields, same required set, same types (null included), same enums and bounds, recursively;
and they judge sample props and colours alike, down to the one-line message."""

from pathlib import Path
from typing import Any

import pytest

from domain.template_props import COLOUR_NAMES, COMPOSITION_PROPS, props_problem
from tests.contracts import samples
from tests.contracts.zod_side import ask, build
from tests.stills.registered import registered_templates

# zod writes these bounds on every z.int(); they say nothing about the contract.
_SAFE_INTEGERS = {-9007199254740991, 9007199254740991}
_BOUNDS = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minItems", "maxItems")


def shape(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """What both sides must agree on, with the spelling differences of zod and pydantic removed: `$ref`s
    resolved, `anyOf` and `type: [...]` both read as a set of types, titles and defaults left out."""
    if "$ref" in schema:
        return shape(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    branches = schema.get("anyOf") or [schema]
    merged: dict[str, Any] = {"types": set()}
    for branch in branches:
        if "$ref" in branch:
            branch = defs[branch["$ref"].rsplit("/", 1)[-1]]
        kinds = branch.get("type", [])
        merged["types"] |= {kinds} if isinstance(kinds, str) else set(kinds)
        if "properties" in branch:
            merged["properties"] = {name: shape(sub, defs) for name, sub in branch["properties"].items()}
            merged["required"] = sorted(branch.get("required", []))
            merged["additionalProperties"] = branch.get("additionalProperties", True)
        if "items" in branch:
            merged["items"] = shape(branch["items"], defs)
        if "enum" in branch:
            merged["enum"] = sorted(branch["enum"])
        for bound in _BOUNDS:
            if bound in branch and branch[bound] not in _SAFE_INTEGERS:
                merged[bound] = branch[bound]
        if branch.get("description") == "__remotion-color":
            merged["colour"] = True
    merged["types"] = sorted(merged["types"])
    return merged


def differences(zod: Any, pydantic: Any, path: str = "props") -> list[str]:
    """Where the two shapes disagree, one line each (more readable than one big assert on nested dicts)."""
    if isinstance(zod, dict) and isinstance(pydantic, dict):
        found = []
        for key in sorted(set(zod) | set(pydantic)):
            if key not in zod or key not in pydantic:
                found.append(f"{path}: {key} only in {'zod' if key in zod else 'pydantic'}")
            else:
                found += differences(
                    zod[key], pydantic[key], f"{path}.{key}" if key != "properties" else path
                )
        return found
    return [] if zod == pydantic else [f"{path}: zod {zod!r} != pydantic {pydantic!r}"]


@pytest.fixture(scope="module")
def zod(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("contracts"))


@pytest.fixture(scope="module")
def zod_schemas(zod: Path) -> dict[str, Any]:
    schemas: dict[str, Any] = ask(zod)["schemas"]
    return schemas


def test_every_schema_has_a_mirror(zod_schemas: dict[str, Any]) -> None:
    assert set(zod_schemas) == set(COMPOSITION_PROPS)


@pytest.mark.parametrize("composition", sorted(COMPOSITION_PROPS))
def test_schema_and_mirror_agree(zod_schemas: dict[str, Any], composition: str) -> None:
    zod_schema = zod_schemas[composition]
    mirror = COMPOSITION_PROPS[composition].model_json_schema(by_alias=True)
    zod_shape = shape(zod_schema, zod_schema.get("$defs", {}))
    mirror_shape = shape(mirror, mirror.get("$defs", {}))
    assert differences(zod_shape, mirror_shape) == []
    # The comparison itself is not vacuous: the props are there, typed, with their required set.
    assert len(zod_shape["properties"]) >= 7 and zod_shape["required"]


def test_shape_sees_a_difference() -> None:
    """A field the mirror lacks, a wrong type or a dropped null is reported (the checker is not blind)."""
    zod_schema = {
        "type": "object",
        "properties": {"a": {"type": ["string", "null"]}, "b": {"type": "integer"}},
    }
    mirror = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert set(differences(shape(zod_schema, {}), shape(mirror, {}))) == {
        "props: b only in zod",
        "props.a.types: zod ['null', 'string'] != pydantic ['string']",
    }


def test_scene_emphasis_is_a_list_in_templates_and_one_phrase_for_generated_code(
    zod_schemas: dict[str, Any],
) -> None:
    def scene_of(schema: dict[str, Any]) -> dict[str, Any]:
        return shape(schema, schema.get("$defs", {}))["properties"]["script"]["properties"]["scenes"]["items"]

    for template in samples.TEMPLATES:
        emphasis = scene_of(zod_schemas[template])["properties"]["emphasis"]
        assert emphasis["types"] == ["array", "null"] and emphasis["items"]["types"] == ["string"]
    emphasis = scene_of(zod_schemas["DynamicVideo"])["properties"]["emphasis"]
    assert (
        emphasis["types"] == ["string"]
        and "emphasis" not in scene_of(zod_schemas["DynamicVideo"])["required"]
    )


def test_colour_names_are_remotions(zod: Path) -> None:
    assert set(ask(zod)["colourNames"]) == COLOUR_NAMES


COLOURS = [
    "#8B5CF6",
    "#fff",
    "#FFFA",
    "#8B5CF680",
    "red",
    "transparent",
    "rgb(10, 20, 30)",
    "hsl(200, 50%, 50%)",
]
NOT_COLOURS = ["", "8B5CF6", "#12345", "#GGGGGG", "blue-ish", "#8B5CF6 ", "rgb"]


def test_colours_are_judged_alike(zod: Path) -> None:
    verdicts = ask(zod, colours=COLOURS + NOT_COLOURS)["colours"]
    assert verdicts == [True] * len(COLOURS) + [False] * len(NOT_COLOURS)
    for colour, expected in zip(COLOURS + NOT_COLOURS, verdicts, strict=True):
        props = samples.changed(samples.course(), "script.colorPalette.accent", colour)
        assert (props_problem("CoursePromoTemplate", props) is None) == expected, colour


def valid_props() -> list[tuple[str, dict[str, Any]]]:
    cases = [(name, make()) for name, make in samples.TEMPLATES.items()]
    cases += [
        (name, make("http://127.0.0.1:1/a.png", "http://127.0.0.1:1/a.wav"))
        for name, make in samples.TEMPLATES.items()
    ]
    cases.append(("DynamicVideo", samples.dynamic_video()))
    return cases


BAD = [
    ("CoursePromoTemplate", "price", "forty", 'price: expected a number, got "forty"'),
    ("CoursePromoTemplate", "title", ..., "title: required, but missing"),
    ("CoursePromoTemplate", "storeName", None, "storeName: expected a string, got null"),
    ("CoursePromoTemplate", "moduleCount", 1.5, "moduleCount: expected a whole number, got 1.5"),
    ("CoursePromoTemplate", "lessonCount", -2, "lessonCount: expected a number of at least 0, got -2"),
    (
        "CoursePromoTemplate",
        "script.scenes.0.emphasis",
        "warm",
        'script.scenes.0.emphasis: expected a list, got "warm"',
    ),
    (
        "CoursePromoTemplate",
        "script.scenes.1.duration",
        0,
        "script.scenes.1.duration: expected a number greater than 0, got 0",
    ),
    (
        "CoursePromoTemplate",
        "script.scenes.0.mood",
        "sad",
        'script.scenes.0.mood: expected one of "intrigue", "frustration", "solution", "proof", "urgency", '
        '"excitement", got "sad"',
    ),
    ("CoursePromoTemplate", "script.scenes", [], "script.scenes: expected at least 1 item, got 0"),
    (
        "CoursePromoTemplate",
        "script.colorPalette.primary",
        "blue-ish",
        'script.colorPalette.primary: expected a colour such as "#8B5CF6", got "blue-ish"',
    ),
    ("CoursePromoTemplate", "subtitle", "x", "subtitle: unknown field"),
    ("ProductLaunchTemplate", "features", "many", 'features: expected a list, got "many"'),
    ("ProductLaunchTemplate", "storeName", ..., "storeName: required, but missing"),
    ("FeatureExplainerTemplate", "stats.0.value", 3, "stats.0.value: expected a string, got 3"),
    ("FeatureExplainerTemplate", "audioUrl", 7, "audioUrl: expected a string, got 7"),
    ("FeatureExplainerTemplate", "imageUrls.0", None, "imageUrls.0: expected a string, got null"),
    ("DynamicVideo", "durationInFrames", "60", 'durationInFrames: expected a number, got "60"'),
    ("DynamicVideo", "width", 270.5, "width: expected a whole number, got 270.5"),
    (
        "DynamicVideo",
        "script.scenes.0.emphasis",
        ["warm"],
        "script.scenes.0.emphasis: expected a string, got a list",
    ),
    (
        "DynamicVideo",
        "facts.kind",
        "album",
        'facts.kind: expected one of "course", "product", "brand", got "album"',
    ),
    ("DynamicVideo", "burnCaptions", "yes", 'burnCaptions: expected true or false, got "yes"'),
    ("DynamicVideo", "words.0.start", -1, "words.0.start: expected a number of at least 0, got -1"),
]


def bad_props(composition: str, path: str, value: Any) -> dict[str, Any]:
    good = dict(valid_props())[composition]
    if path == "subtitle":
        return {**good, "subtitle": value}
    return samples.changed(good, path, value)


def test_both_sides_accept_the_valid_props(zod: Path) -> None:
    cases = valid_props()
    assert ask(zod, props=cases)["problems"] == [None] * len(cases)
    assert [props_problem(name, props) for name, props in cases] == [None] * len(cases)


def test_both_sides_refuse_bad_props_with_the_same_line(zod: Path) -> None:
    cases = [(composition, bad_props(composition, path, value)) for composition, path, value, _ in BAD]
    expected = [line for *_, line in BAD]
    assert [props_problem(name, props) for name, props in cases] == expected
    assert ask(zod, props=cases)["problems"] == expected


def test_the_templates_demo_props_fit_both(zod: Path, tmp_path: Path) -> None:
    """The defaultProps each template is registered with (what the Studio shows and `make demo` renders)."""
    demos = [(template.id, template.props) for template in registered_templates(tmp_path)]
    assert len(demos) == 3
    assert [props_problem(name, props) for name, props in demos] == [None] * 3
    assert ask(zod, props=demos)["problems"] == [None] * 3
