"""The API's request and response shapes (never the table classes)."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginIn(Strict):
    email: Annotated[str, Field(max_length=320)]
    password: Annotated[str, Field(max_length=1024)]


class LoginOut(BaseModel):
    csrf_token: str


class MeOut(BaseModel):
    email: str
    plan: str
    is_admin: bool


class TokenIn(Strict):
    name: Annotated[str, Field(max_length=100)] = ""


class TokenOut(BaseModel):
    id: int
    token: str


class TokenInfo(BaseModel):
    id: int
    name: str
    created_at: datetime


class JobAccepted(BaseModel):
    job_id: int


class IterationIn(Strict):
    feedback: Annotated[str, Field(max_length=1000)]


class StepOut(BaseModel):
    name: str
    detail: str
    seconds: float | None
    ok: bool | None


class VideoOut(BaseModel):
    job_id: int
    status: str
    progress: int
    render_progress: float | None
    steps: list[StepOut]
    version: int
    version_label: str
    parent_job_id: int | None
    error: str | None
    created_at: datetime
    files: dict[str, str]


class VersionOut(BaseModel):
    job_id: int
    version: int
    label: str
    status: str
    parent_job_id: int | None
    created_at: datetime


class LibraryItem(BaseModel):
    video_id: int
    job_id: int
    title: str
    version: int
    version_label: str
    duration_s: float
    aspect: str
    created_at: datetime
    files: dict[str, str]


class CourseOut(BaseModel):
    slug: str
    title: str


class ProductOut(BaseModel):
    slug: str
    name: str
    type: str


class StoreOut(BaseModel):
    slug: str
    name: str
    courses: list[CourseOut]
    products: list[ProductOut]


class CatalogOut(BaseModel):
    stores: list[StoreOut]


class PostIn(Strict):
    job_id: int
    platforms: list[str]
    captions: dict[str, Annotated[str, Field(max_length=2200)]] = Field(default_factory=dict)
    at: datetime


class PostOut(BaseModel):
    id: int
    job_id: int
    platforms: list[str]
    captions: dict[str, str]
    at: datetime
    status: str
