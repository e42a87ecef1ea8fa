from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import Session

from store.context import gather_context
from store.facts import facts_from_context, price_label
from store.jobs import generate
from store.models import User
from store.requests import video_request
from tests.store.builders import COURSE, PRODUCT, add_catalog, creator, queue_from_brief


@pytest.fixture
def alice(session: Session) -> User:
    user = creator(session, "alice")
    add_catalog(session, user, course=None, product=PRODUCT)
    return user


@contextmanager
def counted_queries(session: Session) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_course_context_has_modules_enrollments_and_analytics(session: Session, alice: User) -> None:
    job = queue_from_brief(session, alice, prompt="Sell it", style="educational")
    context = gather_context(session, job)

    assert (context.kind, context.prompt, context.style, context.duration_s) == (
        "course",
        "Sell it",
        "educational",
        30,
    )
    course = context.course
    assert course is not None and context.product is None
    assert (course.title, course.price, course.currency, course.creator_name) == (
        "Warm Mixes",
        79.0,
        "USD",
        "Dario Vance",
    )
    assert [(m.title, m.lesson_count) for m in course.modules] == [("Tape", 3), ("Tubes", 2)]
    assert (course.lesson_count, course.enrollment_count) == (5, 40)
    assert (
        context.analytics.review_count,
        context.analytics.average_rating,
        context.analytics.sales_count,
    ) == (
        10,
        4.5,
        0,
    )
    assert context.store.domain == "kickroom.io" and context.store.brand.primary == "#FF5A1F"


def test_product_context(session: Session, alice: User) -> None:
    context = gather_context(session, generate(session, alice, video_request(product="dusty-keys")))
    product = context.product
    assert context.kind == "product" and context.course is None and product is not None
    assert (product.name, product.type, product.price, product.features) == (
        "Dusty Keys",
        "sample_pack",
        29.5,
        ["142 loops", "24-bit WAV"],
    )
    assert context.analytics.review_count == 0 and context.analytics.average_rating is None


def test_prompt_only_context_has_store_wide_analytics(session: Session, alice: User) -> None:
    queue_from_brief(session, alice)
    context = gather_context(session, generate(session, alice, video_request(prompt="Who we are")))
    assert (context.kind, context.course, context.product, context.prompt) == (
        "brand",
        None,
        None,
        "Who we are",
    )
    assert (context.analytics.review_count, context.analytics.average_rating) == (10, 4.5)


def test_gathering_a_bigger_course_takes_no_more_queries(session: Session, alice: User) -> None:
    small = queue_from_brief(session, alice)
    big_modules = [{"title": f"Module {n}", "lessons": 12} for n in range(1, 16)]
    big = queue_from_brief(session, alice, course={**COURSE, "slug": "big", "modules": big_modules})
    session.expire_all()

    with counted_queries(session) as small_queries:
        gather_context(session, small)
    session.expire_all()
    with counted_queries(session) as big_queries:
        big_context = gather_context(session, big)

    assert big_context.course is not None and big_context.course.lesson_count == 180
    assert len(big_queries) == len(small_queries) <= 8


def test_facts_carry_price_label_and_call_to_action(session: Session, alice: User) -> None:
    course_facts = facts_from_context(gather_context(session, queue_from_brief(session, alice)))
    assert (course_facts.kind, course_facts.price_label, course_facts.cta) == (
        "course",
        "$79",
        "Enroll now at kickroom.io",
    )
    assert (course_facts.module_count, course_facts.lesson_count, course_facts.enrollment_count) == (2, 5, 40)
    assert course_facts.average_rating == 4.5 and course_facts.modules == ["Tape", "Tubes"]

    product_job = generate(session, alice, video_request(product="dusty-keys"))
    product_facts = facts_from_context(gather_context(session, product_job))
    assert (product_facts.price_label, product_facts.product_type, product_facts.cta) == (
        "$29.50",
        "Sample pack",
        "Get it at kickroom.io",
    )

    brand_facts = facts_from_context(
        gather_context(session, generate(session, alice, video_request(prompt="x")))
    )
    assert (brand_facts.kind, brand_facts.title, brand_facts.cta) == (
        "brand",
        "Kickroom",
        "Visit kickroom.io",
    )


@pytest.mark.parametrize(
    ("price", "currency", "label"),
    [
        (79, "USD", "$79"),
        (49.99, "USD", "$49.99"),
        (1200, "EUR", "€1,200"),
        (0, "USD", "Free"),
        (120, "SEK", "120 SEK"),
    ],
)
def test_price_labels(price: float, currency: str, label: str) -> None:
    assert price_label(price, currency) == label
