"""Reading feedback: what the offline director takes from a creator's words, and what it admits it cannot."""

import pytest

from agent.offline.director.feedback import Feedback, read_feedback


def asked(feedback: str) -> dict[str, object]:
    """Only what the feedback sets (the defaults left out)."""
    default = Feedback()
    return {
        name: value
        for name, value in vars(read_feedback(feedback)).items()
        if value != getattr(default, name)
    }


@pytest.mark.parametrize(
    ("feedback", "expected"),
    [
        ("make it faster and blue", {"pace": "faster", "hues": ("blue",)}),
        ("Change the colours to blue", {"hues": ("blue",)}),
        ("much slower please", {"pace": "slower", "pace_strength": 1.6}),
        ("a bit quicker", {"pace": "faster", "pace_strength": 0.5}),
        ("make it darker and warmer", {"hues": ("warm",), "shade": "darker"}),
        ("purple and green", {"hues": ("purple", "green")}),
        ("use my brand colours", {"hues": ("brand",)}),
        ("black and white", {"hues": ("mono",)}),
        ("make the colors pop", {"shade": "brighter"}),
        ("make the hook more aggressive", {"tone": "aggressive"}),
        ("tone it down, less salesy", {"tone": "calm"}),
        ("make it shorter", {"length": "shorter"}),
        ("it's too short", {"length": "longer"}),
        ("make it 20 seconds", {"length_seconds": 20.0}),
        ("make the hook shorter", {"length": "shorter", "length_scene": "hook"}),
        ("the ending should be longer", {"length": "longer", "length_scene": "cta"}),
        ("the hook should be 2 seconds", {"length_scene": "hook", "scene_seconds": 2.0}),
        ("add the enrollment count", {"facts": {"enrollment": True}}),
        ("remove the price and the rating", {"facts": {"price": False, "rating": False}}),
        ("no longer show the module list", {"facts": {"modules": False}}),
        ("show how many students enrolled", {"facts": {"enrollment": True}}),
        ("change the CTA to 'Join the course'", {"cta_text": "Join the course"}),
        ("the button should say “Grab it now”", {"cta_text": "Grab it now"}),
        ("change the call to action to Start today", {"cta_text": "Start today"}),
        ("a different call to action", {"new_cta": True}),
        ('make the headline "Mix like a pro"', {"hook_text": "Mix like a pro"}),
        ("make it square", {"aspect": "1:1"}),
        ("for YouTube", {"aspect": "16:9"}),
        ("make a 9:16 version for TikTok", {"aspect": "9:16"}),
        ("use different images", {"new_images": True}),
        ("images of a guitar on a stage", {"new_images": True, "image_subject": "a guitar on a stage"}),
    ],
)
def test_each_refinement_is_read(feedback: str, expected: dict[str, object]) -> None:
    assert asked(feedback) == expected


def test_several_refinements_at_once_are_all_read() -> None:
    feedback = read_feedback(
        "Make it faster and blue, remove the price, change the CTA to 'Join the course' and make it square"
    )
    assert feedback.pace == "faster" and feedback.hues == ("blue",)
    assert feedback.facts == {"price": False}
    assert feedback.cta_text == "Join the course" and feedback.aspect == "1:1"
    assert feedback.unclear == ()


def test_words_inside_new_text_are_not_read_as_requests() -> None:
    # "faster" and "blue" belong to the button text, not to the pace or the colours.
    assert asked("change the CTA to 'Get it faster in blue'") == {"cta_text": "Get it faster in blue"}
    assert asked("change the cta to Get it faster") == {"cta_text": "Get it faster"}


def test_what_is_not_understood_is_kept_for_the_notes() -> None:
    feedback = read_feedback("add a drum solo and make it red, please")
    assert feedback.hues == ("red",)
    assert feedback.unclear == ("add a drum solo",)


def test_polite_filler_and_keep_requests_are_not_reported_as_unclear() -> None:
    assert read_feedback("thanks, looks great").unclear == ()
    assert read_feedback("keep the voice but make it purple").unclear == ()
