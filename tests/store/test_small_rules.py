import pytest

from store.catalog_activity import ratings_with_total
from store.version_labels import version_label


@pytest.mark.parametrize(
    ("version", "feedback", "label"),
    [
        (1, None, "Version 1 (original)"),
        (2, "make the hook shorter", "Version 2 (made hook shorter)"),
        (3, "Please make the hook more aggressive!", "Version 3 (made hook more aggressive)"),
        (4, "Add the enrollment count. And the price.", "Version 4 (added enrollment count)"),
        (5, "change the colours to blue", "Version 5 (changed colours to blue)"),
        (6, "faster", "Version 6 (faster)"),
        (7, "?!", "Version 7 (revised)"),
        (
            8,
            "make " + "very " * 30 + "long",
            "Version 8 (made very very very very very very very very very very…)",
        ),
    ],
)
def test_version_labels_summarise_the_feedback(version: int, feedback: str | None, label: str) -> None:
    assert version_label(version, feedback) == label


@pytest.mark.parametrize(
    ("count", "total"), [(10, 45), (212, 1018), (3, 15), (4, 4), (5, 24), (7, 100), (2, 1)]
)
def test_ratings_add_up_to_the_total_within_one_to_five(count: int, total: int) -> None:
    ratings = ratings_with_total(count, total)
    assert len(ratings) == count and all(1 <= rating <= 5 for rating in ratings)
    assert sum(ratings) == min(max(total, count), 5 * count)
