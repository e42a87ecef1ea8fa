"""Every store table; importing this package registers them all on `metadata`."""

from store.models.accounts import ApiToken, FailedLogin, LoginSession
from store.models.base import StoreTable, metadata, saved_id
from store.models.catalog import (
    Course,
    CourseModule,
    DigitalProduct,
    Enrollment,
    Lesson,
    Review,
    Sale,
    Store,
    User,
)
from store.models.events import JobEventRecord
from store.models.posts import ScheduledPost
from store.models.videos import ChatTurn, VideoJob, VideoLibraryEntry, VideoScriptRecord

__all__ = [
    "ApiToken",
    "ChatTurn",
    "Course",
    "CourseModule",
    "DigitalProduct",
    "Enrollment",
    "FailedLogin",
    "JobEventRecord",
    "Lesson",
    "LoginSession",
    "Review",
    "Sale",
    "ScheduledPost",
    "Store",
    "StoreTable",
    "User",
    "VideoJob",
    "VideoLibraryEntry",
    "VideoScriptRecord",
    "metadata",
    "saved_id",
]
