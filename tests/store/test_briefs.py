import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from domain.errors import UserError
from domain.paths import PROJECT_ROOT
from store.brief.load import load_brief, parse_brief
from store.brief.schema import SCHEMA_PATH, brief_json_schema_text
from store.brief.upsert import queue_brief_file, upsert_brief
from store.context import gather_context
from store.models import Course, CourseModule, Enrollment, Review, Store, User
from tests.store.builders import (
    COURSE,
    PRODUCT,
    brief_data,
    creator,
    queue_from_brief,
    row_counts,
    store_data,
)

EXAMPLES = sorted((PROJECT_ROOT / "briefs").glob("*.*"))


@pytest.fixture
def alice(session: Session) -> User:
    return creator(session, "alice")


def write_brief(folder: Path, data: Any, name: str = "brief.yaml") -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if name.endswith(".json") else yaml.safe_dump(data, sort_keys=False))
    return path


def test_the_committed_json_schema_is_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text() == brief_json_schema_text(), "run: ppr-video brief-schema --write"


def test_there_are_course_product_and_prompt_only_example_briefs() -> None:
    kinds = {
        "course" if brief.course else "product" if brief.product else "prompt"
        for brief in map(load_brief, EXAMPLES)
    }
    assert kinds == {"course", "product", "prompt"}
    assert PROJECT_ROOT / "briefs" / "saturation-course.yaml" in EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_each_example_brief_queues_a_job_with_its_catalog(session: Session, alice: User, path: Path) -> None:
    job = queue_brief_file(session, alice, path)
    brief = load_brief(path)
    context = gather_context(session, job)

    assert (job.status, job.duration_s, job.aspect, job.style) == (
        "queued",
        brief.duration,
        brief.aspect,
        brief.style,
    )
    assert context.store.slug == brief.store.slug
    if brief.course:
        assert context.course is not None and context.course.title == brief.course.title
        assert context.course.enrollment_count == brief.course.enrollments
        assert (context.analytics.review_count, context.analytics.average_rating) == (
            brief.course.reviews,
            brief.course.rating,
        )
    if brief.product:
        assert context.product is not None and context.product.features == brief.product.features


def test_a_second_brief_updates_the_catalog_by_slug(session: Session, alice: User) -> None:
    queue_from_brief(session, alice)
    changed = {
        **COURSE,
        "title": "Warmer Mixes",
        "price": 99,
        "modules": [{"title": "All of it", "lessons": 7}],
    }
    changed |= {"enrollments": 55, "rating": 4.0, "reviews": 20}
    job = queue_from_brief(
        session, alice, store={**store_data("kickroom"), "name": "Kickroom Studio"}, course=changed
    )

    assert len(session.exec(select(Store)).all()) == 1
    assert len(session.exec(select(Course)).all()) == 1
    context = gather_context(session, job)
    assert context.store.name == "Kickroom Studio"
    assert context.course is not None
    assert (context.course.title, context.course.price, context.course.enrollment_count) == (
        "Warmer Mixes",
        99,
        55,
    )
    assert [(m.title, m.lesson_count) for m in context.course.modules] == [("All of it", 7)]
    assert (context.analytics.review_count, context.analytics.average_rating) == (20, 4.0)


def test_brief_numbers_top_up_real_activity(session: Session, alice: User) -> None:
    job = queue_from_brief(
        session, alice, course={**COURSE, "enrollments": None, "rating": None, "reviews": None}
    )
    course_id = job.course_id
    assert course_id is not None
    session.add_all([Enrollment(course_id=course_id, student_email=f"s{n}@x.io") for n in range(3)])
    session.add_all([Review(course_id=course_id, rating=5), Review(course_id=course_id, rating=5)])
    session.commit()

    context = gather_context(session, queue_from_brief(session, alice))
    assert context.course is not None and context.course.enrollment_count == 40
    assert (context.analytics.review_count, context.analytics.average_rating) == (10, 4.5)
    store_rows = session.exec(select(Enrollment).where(Enrollment.source == "store")).all()
    assert len(store_rows) == 3


@pytest.mark.parametrize("subject", ["course", "product"])
def test_a_course_or_product_brief_needs_no_prompt(session: Session, alice: User, subject: str) -> None:
    fields = {"course": None, "product": PRODUCT} if subject == "product" else {}
    job = queue_from_brief(session, alice, prompt=None, **fields)
    context = gather_context(session, job)
    assert job.status == "queued" and job.prompt == ""
    assert (context.course is not None, context.product is not None) == (
        subject == "course",
        subject == "product",
    )


def test_modules_left_out_keep_the_existing_ones(session: Session, alice: User) -> None:
    queue_from_brief(session, alice)
    queue_from_brief(session, alice, course={key: value for key, value in COURSE.items() if key != "modules"})
    assert [m.title for m in session.exec(select(CourseModule).order_by(CourseModule.position)).all()] == [
        "Tape",
        "Tubes",
    ]


def test_a_relative_logo_is_resolved_against_the_brief_file(
    session: Session, alice: User, tmp_path: Path
) -> None:
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "logo.png").write_bytes(b"png")
    path = write_brief(tmp_path, brief_data(store={**store_data("kickroom"), "logo": "art/logo.png"}))
    context = gather_context(session, queue_brief_file(session, alice, path))
    assert context.store.logo_path == str(tmp_path / "art" / "logo.png")


def test_yaml_reads_unquoted_aspects_as_text(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(brief_data()) + "aspect: 16:9\n")
    assert load_brief(path).aspect == "16:9"


def _without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in keys}


BAD_BRIEFS: list[tuple[str, dict[str, Any], str]] = [
    ("unknown field", brief_data(colour="red"), "brief.colour: unknown field; remove it or fix its spelling"),
    (
        "unknown nested field",
        brief_data(course={**COURSE, "teacher": "x"}),
        "brief.course.teacher: unknown field",
    ),
    (
        "negative price",
        brief_data(course={**COURSE, "price": -5}),
        "brief.course.price: must be >= 0 (got -5)",
    ),
    (
        "price as text",
        brief_data(course={**COURSE, "price": "79"}),
        "brief.course.price: must be a number (got '79')",
    ),
    (
        "bad colour",
        brief_data(store={**store_data("kickroom"), "brand": {**store_data("x")["brand"], "accent": "blue"}}),
        "brief.store.brand.accent: must be a hex colour like #FF5A1F (got 'blue')",
    ),
    ("duration", brief_data(duration=45), "brief.duration: must be one of 15, 30, 60 or 90 (got 45)"),
    ("aspect", brief_data(aspect="4:3"), "brief.aspect: must be one of '9:16', '16:9' or '1:1' (got '4:3')"),
    ("style", brief_data(style="loud"), "brief.style: must be one of 'educational', 'hype', 'cinematic' or"),
    ("voice as text", brief_data(voice="yes"), "brief.voice: must be true or false (got 'yes')"),
    (
        "product type",
        brief_data(course=None, product={**PRODUCT, "type": "vst"}),
        "brief.product.type: must be one of 'sample_pack', 'preset', 'beat', 'midi_pack', 'template' or",
    ),
    ("no store", _without(brief_data(), "store"), "brief.store: is required"),
    ("course and product", brief_data(product=PRODUCT), "brief: give a course or a product, not both"),
    (
        "nothing to promote",
        brief_data(prompt="", course=None),
        "brief: a brief without a course or a product needs",
    ),
    (
        "zero lessons",
        brief_data(course={**COURSE, "modules": [{"title": "Tape", "lessons": 0}]}),
        "brief.course.modules[0].lessons: must be a lesson count from 1 to 200 or a list of lesson titles",
    ),
    (
        "rating above 5",
        brief_data(course={**COURSE, "rating": 6}),
        "brief.course.rating: must be <= 5 (got 6)",
    ),
    (
        "rating without reviews",
        brief_data(course={**COURSE, "reviews": 0}),
        "brief.course: rating needs reviews",
    ),
    (
        "slug",
        brief_data(course={**COURSE, "slug": "Warm Mixes"}),
        "brief.course.slug: must be a lowercase slug",
    ),
    (
        "currency",
        brief_data(course={**COURSE, "currency": "usd"}),
        "brief.course.currency: must be a three-letter",
    ),
    (
        "domain",
        brief_data(store={**store_data("kickroom"), "domain": "kickroom"}),
        "brief.store.domain: must be a",
    ),
    (
        "enrollments",
        brief_data(course={**COURSE, "enrollments": -1}),
        "brief.course.enrollments: must be >= 0",
    ),
    (
        "missing logo",
        brief_data(store={**store_data("kickroom"), "logo": "nope.png"}),
        "brief.store.logo: no file at",
    ),
    ("empty title", brief_data(course={**COURSE, "title": ""}), "brief.course.title: must not be empty"),
]


# Validation refuses these before any write, so one database is enough; the rollback test below runs on both.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("data", "message"), [case[1:] for case in BAD_BRIEFS], ids=[c[0] for c in BAD_BRIEFS]
)
def test_bad_briefs_are_refused_with_the_field_named_and_nothing_written(
    session: Session, alice: User, tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    queue_from_brief(session, alice, store=store_data("existing"))
    before = row_counts(session)

    with pytest.raises(UserError) as refused:
        queue_brief_file(session, alice, write_brief(tmp_path, data))

    assert str(refused.value).startswith(message), str(refused.value)
    assert "\n" not in str(refused.value)
    assert row_counts(session) == before


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("brief.yaml", "prompt: [unclosed", "brief.yaml: not valid YAML (line 1: expected"),
        ("brief.json", '{"prompt": ', "brief.json: not valid JSON (line 1"),
        ("brief.txt", "prompt: x", "brief.txt: a brief must be a .yaml, .yml or .json file"),
        ("brief.yaml", "- a list", "brief: must be a mapping of fields (got list)"),
    ],
)
def test_unreadable_brief_files_are_refused(tmp_path: Path, name: str, text: str, message: str) -> None:
    (tmp_path / name).write_text(text)
    with pytest.raises(UserError) as refused:
        load_brief(tmp_path / name)
    assert message in str(refused.value)


def test_another_creators_store_slug_is_refused_and_nothing_written(session: Session, alice: User) -> None:
    queue_from_brief(session, creator(session, "bob"), store=store_data("bob-store"))
    before = row_counts(session)
    with pytest.raises(UserError, match=r"brief\.store\.slug: 'bob-store' is another creator's store"):
        queue_from_brief(session, alice, store=store_data("bob-store"))
    assert row_counts(session) == before


def test_a_database_refusal_halfway_rolls_back_the_whole_brief(session: Session, alice: User) -> None:
    queue_from_brief(session, alice, course=None, product=PRODUCT)
    before = row_counts(session)
    brief = parse_brief(
        brief_data(store={**store_data("kickroom"), "name": "Renamed"}, course=None, product=PRODUCT)
    )
    assert brief.product is not None
    brief.product.type = "vst"  # type: ignore[assignment]  (past validation: only the CHECK constraint stops it)

    with pytest.raises(IntegrityError):
        upsert_brief(session, alice, brief)

    assert row_counts(session) == before
    assert session.exec(select(Store.name)).one() == "Kickroom"


@pytest.mark.parametrize("subject", ["course", "product"])
def test_a_brief_without_a_prompt_queues_a_video_about_its_course_or_product(
    session: Session, alice: User, subject: str
) -> None:
    fields: dict[str, Any] = {"prompt": ""}
    if subject == "product":
        fields |= {"course": None, "product": PRODUCT}
    job = queue_from_brief(session, alice, **fields)
    assert job.status == "queued" and job.prompt == ""
    assert (job.course_id is not None, job.product_id is not None) == (
        subject == "course",
        subject == "product",
    )
