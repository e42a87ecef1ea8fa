"""Everything the agent knows about a job before it writes: the catalog subject, the store, sales and reviews.

gather_context runs a fixed number of indexed queries, however many modules, lessons or sales there are."""

from typing import Literal

from pydantic import BaseModel, computed_field
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, func, select

from store.models import (
    Course,
    CourseModule,
    DigitalProduct,
    Enrollment,
    Lesson,
    Review,
    Sale,
    Store,
    VideoJob,
    saved_id,
)


class BrandColours(BaseModel):
    primary: str
    secondary: str
    accent: str
    background: str


class StoreInfo(BaseModel):
    name: str
    slug: str
    domain: str
    brand: BrandColours
    logo_path: str | None
    socials: dict[str, str]


class ModuleInfo(BaseModel):
    title: str
    lesson_count: int


class CourseInfo(BaseModel):
    slug: str
    title: str
    description: str
    price: float
    currency: str
    creator_name: str
    modules: list[ModuleInfo]
    enrollment_count: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def lesson_count(self) -> int:
        return sum(module.lesson_count for module in self.modules)


class ProductInfo(BaseModel):
    slug: str
    name: str
    type: str
    description: str
    price: float
    currency: str
    features: list[str]


class Analytics(BaseModel):
    """Sales and reviews of the course or product, or of the whole store for a prompt-only video."""

    sales_count: int
    review_count: int
    average_rating: float | None


class VideoContext(BaseModel):
    job_id: int
    kind: Literal["course", "product", "brand"]
    prompt: str
    feedback: str | None
    style: str
    duration_s: int
    aspect: str
    voice: bool
    store: StoreInfo
    course: CourseInfo | None
    product: ProductInfo | None
    analytics: Analytics


def gather_context(session: Session, job: VideoJob) -> VideoContext:
    store = session.get_one(Store, job.store_id)
    course = session.get(Course, job.course_id) if job.course_id is not None else None
    product = session.get(DigitalProduct, job.product_id) if job.product_id is not None else None
    if course is not None:
        subject_sales, subject_reviews = col(Sale.course_id) == course.id, col(Review.course_id) == course.id
    elif product is not None:
        subject_sales, subject_reviews = (
            col(Sale.product_id) == product.id,
            col(Review.product_id) == product.id,
        )
    else:
        subject_sales, subject_reviews = col(Sale.store_id) == store.id, _store_reviews(store)
    return VideoContext(
        job_id=saved_id(job),
        kind="course" if course else "product" if product else "brand",
        prompt=job.prompt,
        feedback=job.feedback,
        style=job.style,
        duration_s=job.duration_s,
        aspect=job.aspect,
        voice=job.voice,
        store=_store_info(store),
        course=_course_info(session, course) if course else None,
        product=_product_info(product) if product else None,
        analytics=_analytics(session, subject_sales, subject_reviews),
    )


def _store_info(store: Store) -> StoreInfo:
    return StoreInfo(
        name=store.name,
        slug=store.slug,
        domain=store.domain,
        brand=BrandColours(
            primary=store.brand_primary,
            secondary=store.brand_secondary,
            accent=store.brand_accent,
            background=store.brand_background,
        ),
        logo_path=store.logo_path,
        socials=dict(store.socials),
    )


def _course_info(session: Session, course: Course) -> CourseInfo:
    modules = session.exec(
        select(CourseModule.title, func.count(col(Lesson.id)))
        .join(Lesson, col(Lesson.module_id) == CourseModule.id, isouter=True)
        .where(CourseModule.course_id == course.id)
        .group_by(col(CourseModule.id), col(CourseModule.title), col(CourseModule.position))
        .order_by(col(CourseModule.position))
    ).all()
    enrollments = session.exec(
        select(func.count()).select_from(Enrollment).where(Enrollment.course_id == course.id)
    ).one()
    return CourseInfo(
        slug=course.slug,
        title=course.title,
        description=course.description,
        price=course.price_cents / 100,
        currency=course.currency,
        creator_name=course.creator_name,
        modules=[ModuleInfo(title=title, lesson_count=count) for title, count in modules],
        enrollment_count=enrollments,
    )


def _product_info(product: DigitalProduct) -> ProductInfo:
    return ProductInfo(
        slug=product.slug,
        name=product.name,
        type=product.type,
        description=product.description,
        price=product.price_cents / 100,
        currency=product.currency,
        features=list(product.features),
    )


def _store_reviews(store: Store) -> ColumnElement[bool]:
    store_courses = select(Course.id).where(Course.store_id == store.id)
    store_products = select(DigitalProduct.id).where(DigitalProduct.store_id == store.id)
    return col(Review.course_id).in_(store_courses) | col(Review.product_id).in_(store_products)


def _analytics(session: Session, sales: ColumnElement[bool], reviews: ColumnElement[bool]) -> Analytics:
    sales_count = session.exec(select(func.count()).select_from(Sale).where(sales)).one()
    review_count, rating = session.exec(
        select(func.count(), func.avg(Review.rating)).select_from(Review).where(reviews)
    ).one()
    return Analytics(
        sales_count=sales_count,
        review_count=review_count,
        average_rating=None if rating is None else round(float(rating), 2),
    )
