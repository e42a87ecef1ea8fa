"""Creator accounts, including the local creator that the CLI acts as."""

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.models import User

LOCAL_CREATOR_EMAIL = "creator@localhost"
LOCAL_CREATOR_NAME = "Local Creator"


def get_or_create_user(session: Session, email: str, name: str) -> User:
    query = select(User).where(User.email == email)
    user = session.exec(query).first()
    if user is None:
        user = User(email=email, name=name)
        session.add(user)
        try:
            session.commit()
        except IntegrityError:
            # Another session made it between the read and the commit (`eval --concurrency 2`'s cases).
            session.rollback()
            return session.exec(query).one()
    return user


def local_creator(session: Session) -> User:
    """The account the CLI acts as (created on first use; `ppr-video demo-data` gives it the demo store)."""
    return get_or_create_user(session, LOCAL_CREATOR_EMAIL, LOCAL_CREATOR_NAME)
