"""The input props of every prop-driven composition, as pydantic models mirroring the zod schemas of
remotion/src/schemas (tests/contracts checks them field for field), and the check that refuses bad props with
one line that names the field before anything is rendered.

Two kinds of optional field, as in the schemas: the templates' optional fields may be null (`T | None`);
the optional fields of DynamicVideo's script and facts may only be left out (`Omittable[T]`), because
generated code is typed `headline?: string` and would not expect a null."""

import json
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import AfterValidator, BeforeValidator, Field, ValidationError
from pydantic.json_schema import JsonDict
from pydantic_core import ErrorDetails, PydanticCustomError

from domain.errors import UserError
from domain.script import CamelModel, Mood

T = TypeVar("T")


def _not_null(value: object) -> object:
    if value is None:
        raise PydanticCustomError("null_not_allowed", "null is not allowed: leave the field out")
    return value


def _without_null(schema: JsonDict) -> None:
    """The field's JSON Schema without its null branch: null is refused (see _not_null)."""
    branches = cast(list[JsonDict], schema.pop("anyOf", []))
    branches = [branch for branch in branches if branch.get("type") != "null"]
    if len(branches) == 1:
        schema.update(branches[0])


# May be left out, may not be null; in JSON Schema just T, not required (zod's `.optional()`).
Omittable = Annotated[T | None, BeforeValidator(_not_null), Field(json_schema_extra=_without_null)]

# What @remotion/zod-types' zColor() puts in the JSON Schema of a colour.
REMOTION_COLOUR = "__remotion-color"
# The CSS colour names Remotion understands (remotion's colorNames; tests/contracts compares the two lists).
COLOUR_NAMES = frozenset(
    """transparent aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
    blueviolet brown burlywood burntsienna cadetblue chartreuse chocolate coral cornflowerblue
    cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki
    darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
    darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
    dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
    green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
    lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
    lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
    lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
    mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
    mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
    olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip
    peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown
    salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow
    springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
    yellowgreen
    """.split()  # noqa: SIM905 (a word list)
)
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
# Functional notations are only recognised here; the engine's zColor() checks their arguments.
_FUNCTION_COLOUR = re.compile(r"(?:rgba?|hsla?|oklch|oklab|lab|lch|hwb)\(.*\)", re.DOTALL)


def _colour(value: str) -> str:
    if _HEX_COLOUR.fullmatch(value) or value in COLOUR_NAMES or _FUNCTION_COLOUR.fullmatch(value):
        return value
    raise PydanticCustomError("colour", 'expected a colour such as "#8B5CF6"')


Colour = Annotated[str, AfterValidator(_colour), Field(description=REMOTION_COLOUR)]


class ColorPalette(CamelModel):
    primary: Colour
    secondary: Colour
    accent: Colour
    background: Colour


# DynamicVideo: the agent's script and facts as generated code receives them (remotion/src/schemas/script.ts).


class ScriptScene(CamelModel):
    id: str
    duration: float = Field(gt=0, description="seconds")
    headline: Omittable[str] = None
    subhead: Omittable[str] = None
    bullet_points: Omittable[list[str]] = None
    emphasis: Omittable[str] = None
    mood: Mood


class Script(CamelModel):
    total_duration: float = Field(gt=0, description="seconds")
    scenes: list[ScriptScene] = Field(min_length=1)
    color_palette: ColorPalette


class Facts(CamelModel):
    kind: Literal["course", "product", "brand"]
    title: str
    description: Omittable[str] = None
    price: Omittable[float] = None
    currency: Omittable[str] = None
    price_label: Omittable[str] = None
    modules: Omittable[list[str]] = None
    module_count: Omittable[int] = None
    lesson_count: Omittable[int] = None
    enrollment_count: Omittable[int] = None
    average_rating: Omittable[float] = None
    review_count: Omittable[int] = None
    product_type: Omittable[str] = None
    features: Omittable[list[str]] = None
    creator_name: Omittable[str] = None
    store_name: str
    domain: str
    cta: str


class Word(CamelModel):
    word: str
    start: float = Field(ge=0, description="seconds")
    end: float = Field(ge=0, description="seconds")


class DynamicVideoProps(CamelModel):
    script: Script
    facts: Facts
    images: list[str | None]
    code: str
    audio_url: str | None = None
    duration_in_frames: int = Field(gt=0)
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    words: Omittable[list[Word]] = None
    burn_captions: Omittable[bool] = None


# The templates (remotion/src/schemas/templates.ts): their scenes emphasise a list of words.


class TemplateScene(CamelModel):
    id: str
    duration: float = Field(gt=0, description="seconds")
    headline: str | None = None
    subhead: str | None = None
    bullet_points: list[str] | None = None
    emphasis: list[str] | None = None
    mood: Mood


class TemplateScript(CamelModel):
    total_duration: float = Field(gt=0, description="seconds")
    scenes: list[TemplateScene] = Field(min_length=1)
    color_palette: ColorPalette


class SolutionItem(CamelModel):
    icon: str
    title: str
    description: str


class StatItem(CamelModel):
    value: str
    label: str


class StepItem(CamelModel):
    time: str
    icon: str
    text: str


class TemplateProps(CamelModel):
    """What every template shows and plays besides its own data: the store (on the end card), the script, one
    image per scene and the voice-over."""

    store_name: str
    domain: str
    script: TemplateScript
    image_urls: list[str] | None = None
    audio_url: str | None = None

    def to_props(self) -> dict[str, Any]:
        """The camelCase input props, with every optional field present (null when unset)."""
        return self.model_dump(mode="json", by_alias=True)


class CoursePromoProps(TemplateProps):
    title: str
    description: str
    price: float = Field(ge=0)
    currency: str
    module_count: int | None = Field(default=None, ge=0)
    modules: list[str] | None = None
    lesson_count: int | None = Field(default=None, ge=0)
    enrollment_count: int | None = Field(default=None, ge=0)
    average_rating: float | None = None
    creator_name: str


class ProductPromoProps(TemplateProps):
    product_name: str
    product_type: str
    price: float = Field(ge=0)
    description: str
    features: list[str]


class FeaturePromoProps(TemplateProps):
    feature_name: str
    tagline: str
    pain_points: list[str]
    solution: list[SolutionItem]
    stats: list[StatItem]
    steps: list[StepItem] | None = None


COMPOSITION_PROPS: dict[str, type[CamelModel]] = {
    "DynamicVideo": DynamicVideoProps,
    "CoursePromoTemplate": CoursePromoProps,
    "ProductLaunchTemplate": ProductPromoProps,
    "FeatureExplainerTemplate": FeaturePromoProps,
}

_NOUNS = {
    "string_type": "a string",
    "float_type": "a number",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "an object",
    "dict_type": "an object",
}


def _shown(value: object) -> str:
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _describe(error: ErrorDetails) -> str:
    kind, context, got = error["type"], error.get("ctx") or {}, _shown(error.get("input"))
    if kind == "missing":
        return "required, but missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "null_not_allowed":
        return "null is not allowed: leave the field out"
    if kind == "int_type" and not isinstance(error.get("input"), float):
        return f"expected a number, got {got}"  # a whole one, but first of all a number (as zod says it)
    if kind in _NOUNS:
        return f"expected {_NOUNS[kind]}, got {got}"
    if kind == "literal_error":
        values = re.findall(r"'((?:[^'\\]|\\.)*)'", str(context.get("expected", "")))
        return f"expected one of {', '.join(json.dumps(value) for value in values)}, got {got}"
    if kind == "greater_than":
        return f"expected a number greater than {_number(context['gt'])}, got {got}"
    if kind == "greater_than_equal":
        return f"expected a number of at least {_number(context['ge'])}, got {got}"
    if kind == "too_short":
        minimum, actual = context["min_length"], context["actual_length"]
        return f"expected at least {minimum} item{'' if minimum == 1 else 's'}, got {actual}"
    return f"{error['msg']}, got {got}"


def props_problem(composition_id: str, props: Mapping[str, Any]) -> str | None:
    """The first problem with `props` for the composition as one line, or None when they are fine."""
    model = COMPOSITION_PROPS.get(composition_id)
    if model is None or not props:
        return None
    try:
        model.model_validate(props, strict=True, by_alias=True, by_name=False)
    except ValidationError as invalid:
        error = invalid.errors(include_url=False)[0]
        path = ".".join(str(part) for part in error["loc"]) or "props"
        return f"{path}: {_describe(error)}"
    return None


def check_composition_props(composition_id: str, props: Mapping[str, Any]) -> None:
    """Raises UserError with one line naming the field (`price: expected a number, got "forty"`) when `props`
    do not fit the composition's schema. DynamicVideo and the three templates are checked; other compositions
    (the examples) and empty props (the composition's own default props) pass."""
    problem = props_problem(composition_id, props)
    if problem is not None:
        raise UserError(problem)
