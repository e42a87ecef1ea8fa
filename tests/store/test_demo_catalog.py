import json
from collections.abc import Iterator

import pytest
from sqlmodel import Session, col, func, select
from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands)
from cli.app import app
from domain.paths import PROJECT_ROOT
from store.brief.schema import brief_json_schema_text
from store.context import gather_context
from store.db import dispose_engines
from store.demo.seed import seed_demo_catalog
from store.jobs import generate
from store.models import Course, CourseModule, DigitalProduct, Enrollment, Lesson, Review, Sale, Store
from store.requests import video_request
from store.users import LOCAL_CREATOR_EMAIL, local_creator
from tests.store.builders import row_counts

runner = CliRunner()


def count(session: Session, table: type) -> int:
    return session.exec(select(func.count()).select_from(table)).one()


def test_the_demo_store_is_realistic(session: Session) -> None:
    seed_demo_catalog(session)

    store = session.exec(select(Store)).one()
    assert (store.slug, store.domain, store.owner_id) == (
        "pause-play-repeat",
        "pauseplayrepeat.com",
        local_creator(session).id,
    )
    assert set(store.socials) >= {"instagram", "tiktok", "youtube"}
    courses = session.exec(select(Course)).all()
    assert len(courses) >= 3
    assert any(
        "saturation" in course.title.lower() and "warmth" in course.title.lower() for course in courses
    )
    lessons_per_course = session.exec(
        select(CourseModule.course_id, func.count(col(Lesson.id)))
        .join(Lesson, col(Lesson.module_id) == CourseModule.id)
        .group_by(col(CourseModule.course_id))
    ).all()
    assert len(lessons_per_course) == len(courses) and all(lessons >= 6 for _, lessons in lessons_per_course)
    product_types = set(session.exec(select(DigitalProduct.type)).all())
    assert len(product_types) >= 4
    assert count(session, Enrollment) > 100 and count(session, Sale) > 100 and count(session, Review) > 50


def test_seeding_twice_changes_nothing(session: Session) -> None:
    first = seed_demo_catalog(session)
    after_first = row_counts(session)
    second = seed_demo_catalog(session)
    assert row_counts(session) == after_first
    assert second.added == [] and sorted(second.already_there) == sorted(first.added)


def test_a_video_of_the_saturation_course_has_real_numbers(session: Session) -> None:
    seed_demo_catalog(session)
    creator = local_creator(session)
    context = gather_context(session, generate(session, creator, video_request(course="saturation-secrets")))
    assert context.course is not None and context.course.lesson_count == 15
    assert context.course.enrollment_count == 412
    assert context.analytics.sales_count == 388 and context.analytics.review_count == 58
    assert context.analytics.average_rating is not None and 4.5 <= context.analytics.average_rating <= 5


@pytest.fixture
def cli_database(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("PPR_VIDEO_DATABASE_URL", db_url)
    yield db_url
    dispose_engines()


def test_demo_data_command_seeds_once(cli_database: str, session: Session) -> None:
    first = runner.invoke(app, ["demo-data", "--json"])
    second = runner.invoke(app, ["demo-data", "--json"])
    assert first.exit_code == second.exit_code == 0, first.output
    assert json.loads(first.stdout)["creator_email"] == LOCAL_CREATOR_EMAIL
    assert len(json.loads(first.stdout)["added"]) == 8 and json.loads(second.stdout)["added"] == []
    assert count(session, Course) == 3


def test_brief_check_command() -> None:
    good = runner.invoke(app, ["brief-check", str(PROJECT_ROOT / "briefs" / "saturation-course.yaml")])
    assert good.exit_code == 0 and "valid brief for saturation-secrets" in good.output
    bad = runner.invoke(app, ["brief-check", "missing.yaml"])
    assert bad.exit_code == 2 and "missing.yaml: cannot read the brief" in bad.output


def test_brief_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["brief-schema"])
    assert result.exit_code == 0 and result.stdout == brief_json_schema_text()
