"""Enrollments and reviews a brief states as numbers, stored as rows marked source 'brief'.

A later brief replaces its own rows and tops up the store's real ones, so the totals match what the brief says
(unless the real rows alone already exceed it)."""

from datetime import timedelta

from sqlmodel import Session, col, delete, func, insert, select

from store.clock import utc_now
from store.models import Course, Enrollment, Review, saved_id

BRIEF = "brief"


def set_enrollment_count(session: Session, course: Course, total: int) -> None:
    session.exec(
        delete(Enrollment).where(col(Enrollment.course_id) == course.id, col(Enrollment.source) == BRIEF)
    )
    real = session.exec(
        select(func.count()).select_from(Enrollment).where(Enrollment.course_id == course.id)
    ).one()
    now = utc_now()
    rows = [
        {"course_id": saved_id(course), "source": BRIEF, "enrolled_at": now - timedelta(hours=number)}
        for number in range(max(0, total - real))
    ]
    if rows:
        session.exec(insert(Enrollment), params=rows)


def set_review_average(session: Session, course: Course, count: int, average: float) -> None:
    session.exec(delete(Review).where(col(Review.course_id) == course.id, col(Review.source) == BRIEF))
    real_count, real_sum = session.exec(
        select(func.count(), func.coalesce(func.sum(Review.rating), 0)).where(
            col(Review.course_id) == course.id
        )
    ).one()
    missing = count - real_count
    if missing <= 0:
        return
    now = utc_now()
    rows = [
        {
            "course_id": saved_id(course),
            "rating": rating,
            "source": BRIEF,
            "created_at": now - timedelta(hours=n),
        }
        for n, rating in enumerate(ratings_with_total(missing, round(average * count) - int(real_sum)))
    ]
    session.exec(insert(Review), params=rows)


def ratings_with_total(count: int, total: int) -> list[int]:
    """`count` ratings from 1 to 5 adding up to `total` (clamped to what is possible), highest first."""
    total = min(max(total, count), 5 * count)
    base, extra = divmod(total, count)
    return [base + 1] * extra + [base] * (count - extra)
