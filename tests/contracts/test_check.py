"""check_composition_props refuses bad props with one line naming the field, and video/templates.py builds
props that pass it from the agent's script (one emphasised phrase becomes a list of one)."""

from typing import Any

import pytest

from domain.errors import UserError
from domain.script import VideoFacts, VideoScript
from domain.template_props import check_composition_props
from tests.contracts import samples
from video.templates import TEMPLATE_FOR_KIND, template_props

FACTS = {
    "course": VideoFacts(
        kind="course",
        title="Saturation & Warmth",
        price=49,
        currency="EUR",
        modules=["Tape", "Tubes"],
        module_count=2,
        store_name="Kessler Sound Lab",
        domain="kesslersound.example",
        cta="Enroll",
    ),
    "product": VideoFacts(
        kind="product",
        title="Midnight Drums",
        price=29,
        product_type="sample_pack",
        store_name="Kessler Sound Lab",
        domain="kesslersound.example",
        cta="Get it",
    ),
    "brand": VideoFacts(
        kind="brand",
        title="Kessler Sound Lab",
        store_name="Kessler Sound Lab",
        domain="k.example",
        cta="Join",
    ),
}
SCRIPT = VideoScript.model_validate(
    {
        "totalDuration": 3,
        "scenes": [
            {"id": "hook", "duration": 1, "headline": "Warm mixes", "emphasis": "Warm", "mood": "intrigue"},
            {
                "id": "pain",
                "duration": 1,
                "headline": "Thin drums?",
                "bulletPoints": ["Flat"],
                "mood": "frustration",
            },
            {
                "id": "cta",
                "duration": 1,
                "headline": "Enroll",
                "emphasis": "Enroll now",
                "mood": "excitement",
            },
        ],
        "colorPalette": samples.PALETTE,
    }
)


def test_bad_props_raise_one_line_naming_the_field() -> None:
    props = samples.changed(samples.course(), "price", "forty")
    with pytest.raises(UserError) as refused:
        check_composition_props("CoursePromoTemplate", props)
    assert str(refused.value) == 'price: expected a number, got "forty"'


def test_the_first_problem_is_named_by_its_dotted_path() -> None:
    props = samples.changed(samples.product(), "script.scenes.2.duration", "long")
    props = samples.changed(props, "price", -1)
    with pytest.raises(UserError, match=r'^script\.scenes\.2\.duration: expected a number, got "long"$'):
        check_composition_props("ProductLaunchTemplate", props)


def test_dynamic_video_refuses_null_where_generated_code_expects_a_string_or_nothing() -> None:
    props = samples.changed(samples.dynamic_video(), "facts.description", None)
    with pytest.raises(UserError, match=r"^facts\.description: null is not allowed: leave the field out$"):
        check_composition_props("DynamicVideo", props)
    check_composition_props("DynamicVideo", samples.changed(samples.dynamic_video(), "audioUrl", None))


def test_snake_case_names_are_unknown_fields() -> None:
    props = samples.changed(samples.course(), "storeName", ...) | {"store_name": "x"}
    with pytest.raises(UserError, match=r"^storeName: required, but missing$"):
        check_composition_props("CoursePromoTemplate", props)


@pytest.mark.parametrize("composition", ["PausePlayRepeatVideo", "CoursePromoTemplate", "DynamicVideo"])
def test_examples_and_empty_props_pass(composition: str) -> None:
    check_composition_props(composition, {})
    check_composition_props("PausePlayRepeatVideo", {"anything": "goes"})


@pytest.mark.parametrize("kind", list(FACTS))
def test_template_props_fit_the_contract(kind: str) -> None:
    template = TEMPLATE_FOR_KIND[kind]
    props = template_props(
        template, FACTS[kind], SCRIPT, ["http://a/1.png", None, "http://a/3.png"], "http://a/v.mp3"
    )
    check_composition_props(template, props)
    assert props["storeName"] == "Kessler Sound Lab"
    assert props["imageUrls"] == ["http://a/1.png", "", "http://a/3.png"]
    assert props["audioUrl"] == "http://a/v.mp3"
    scenes: list[dict[str, Any]] = props["script"]["scenes"]
    assert [scene["emphasis"] for scene in scenes] == [["Warm"], None, ["Enroll now"]]
    # Every optional field is present (null when unset): nothing is left for the demo defaultProps to fill.
    assert scenes[0]["subhead"] is None and "bulletPoints" in scenes[0]


def test_course_props_keep_the_course_facts() -> None:
    props = template_props("CoursePromoTemplate", FACTS["course"], SCRIPT, [], None)
    assert (props["price"], props["currency"], props["modules"], props["moduleCount"]) == (
        49,
        "EUR",
        ["Tape", "Tubes"],
        2,
    )
    assert props["lessonCount"] is None and props["audioUrl"] is None and props["imageUrls"] == []
    assert props["creatorName"] == "Kessler Sound Lab"
