"""Creator accounts, including the local creator that the CLI acts as."""

from sqlmodel import Session, select

from store.models import User

LOCAL_CREATOR_EMAIL = "creator@localhost"
LOCAL_CREATOR_NAME = "Local Creator"


def get_or_create_user(session: Session, email: str, name: str) -> User:
    user = session.exec(select(User).where(User.email == email)).first()
    if user is None:
        user = User(email=email, name=name)
        session.add(user)
        session.commit()
    return user


def local_creator(session: Session) -> User:
    """The account the CLI acts as (created on first use; `ppr-video demo-data` gives it the demo store)."""
    return get_or_create_user(session, LOCAL_CREATOR_EMAIL, LOCAL_CREATOR_NAME)
