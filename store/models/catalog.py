"""The catalog: creators, stores, courses with modules and lessons, digital products and their activity."""

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Index, Text, UniqueConstraint
from sqlmodel import Field

from store.clock import utc_now
from store.models.base import StoreTable


class User(StoreTable, table=True):
    """A creator: owns stores and video jobs. Without a password hash the account cannot log in to the
    Studio (the CLI's local creator)."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("email"),
        CheckConstraint("plan IN ('free', 'starter', 'creator', 'creator_pro', 'business')", name="plan"),
    )

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320)
    name: str = Field(max_length=200)
    password_hash: str | None = Field(default=None, max_length=512)
    plan: str = Field(default="free", max_length=16)
    is_admin: bool = False
    created_at: datetime = Field(default_factory=utc_now)


class Store(StoreTable, table=True):
    __tablename__ = "stores"
    __table_args__ = (UniqueConstraint("slug"), Index("ix_stores_owner_id", "owner_id"))

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="users.id")
    name: str = Field(max_length=200)
    slug: str = Field(max_length=64)
    domain: str = Field(max_length=253)
    brand_primary: str = Field(max_length=7)
    brand_secondary: str = Field(max_length=7)
    brand_accent: str = Field(max_length=7)
    brand_background: str = Field(max_length=7)
    logo_path: str | None = Field(default=None, max_length=1024)
    socials: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    created_at: datetime = Field(default_factory=utc_now)


class Course(StoreTable, table=True):
    __tablename__ = "courses"
    __table_args__ = (UniqueConstraint("store_id", "slug"), CheckConstraint("price_cents >= 0", name="price"))

    id: int | None = Field(default=None, primary_key=True)
    store_id: int = Field(foreign_key="stores.id", ondelete="CASCADE")
    slug: str = Field(max_length=64)
    title: str = Field(max_length=200)
    description: str = Field(default="", sa_type=Text)
    price_cents: int = 0
    currency: str = Field(default="USD", max_length=3)
    creator_name: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utc_now)


class CourseModule(StoreTable, table=True):
    __tablename__ = "course_modules"
    __table_args__ = (UniqueConstraint("course_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="courses.id", ondelete="CASCADE")
    position: int
    title: str = Field(max_length=200)


class Lesson(StoreTable, table=True):
    __tablename__ = "lessons"
    __table_args__ = (UniqueConstraint("module_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    module_id: int = Field(foreign_key="course_modules.id", ondelete="CASCADE")
    position: int
    title: str = Field(max_length=200)
    duration_minutes: int | None = None


class Enrollment(StoreTable, table=True):
    """A student in a course. Rows a brief imported have source 'brief'; the next brief replaces them."""

    __tablename__ = "enrollments"
    __table_args__ = (Index("ix_enrollments_course_id", "course_id"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="courses.id", ondelete="CASCADE")
    student_email: str | None = Field(default=None, max_length=320)
    source: str = Field(default="store", max_length=16)
    enrolled_at: datetime = Field(default_factory=utc_now)


class DigitalProduct(StoreTable, table=True):
    __tablename__ = "digital_products"
    __table_args__ = (
        UniqueConstraint("store_id", "slug"),
        CheckConstraint("price_cents >= 0", name="price"),
        CheckConstraint(
            "type IN ('sample_pack', 'preset', 'beat', 'midi_pack', 'template', 'other')", name="type"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    store_id: int = Field(foreign_key="stores.id", ondelete="CASCADE")
    slug: str = Field(max_length=64)
    name: str = Field(max_length=200)
    type: str = Field(max_length=16)
    price_cents: int = 0
    currency: str = Field(default="USD", max_length=3)
    description: str = Field(default="", sa_type=Text)
    features: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = Field(default_factory=utc_now)


class Review(StoreTable, table=True):
    """A rating of one course or one product."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_course_id", "course_id"),
        Index("ix_reviews_product_id", "product_id"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        CheckConstraint("(course_id IS NULL) <> (product_id IS NULL)", name="one_subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: int | None = Field(default=None, foreign_key="courses.id", ondelete="CASCADE")
    product_id: int | None = Field(default=None, foreign_key="digital_products.id", ondelete="CASCADE")
    rating: int
    author_name: str | None = Field(default=None, max_length=200)
    body: str | None = Field(default=None, sa_type=Text)
    source: str = Field(default="store", max_length=16)
    created_at: datetime = Field(default_factory=utc_now)


class Sale(StoreTable, table=True):
    """One purchase of a course or a product in a store."""

    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_store_id", "store_id"),
        Index("ix_sales_course_id", "course_id"),
        Index("ix_sales_product_id", "product_id"),
        CheckConstraint("(course_id IS NULL) <> (product_id IS NULL)", name="one_subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    store_id: int = Field(foreign_key="stores.id", ondelete="CASCADE")
    course_id: int | None = Field(default=None, foreign_key="courses.id", ondelete="CASCADE")
    product_id: int | None = Field(default=None, foreign_key="digital_products.id", ondelete="CASCADE")
    amount_cents: int
    currency: str = Field(default="USD", max_length=3)
    sold_at: datetime = Field(default_factory=utc_now)
