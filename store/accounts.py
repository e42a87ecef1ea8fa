"""Studio accounts: adding creators with a password hash, changing it, finding and listing them."""

from sqlmodel import Session, col, select

from domain.errors import NotFound, UserError
from domain.vocab import PLANS
from store.models import User

MAX_EMAIL = 320


def normalized_email(email: str) -> str:
    """The address as accounts are keyed: trimmed and lower-case; a UserError when it is not an address."""
    address = email.strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or len(address) > MAX_EMAIL or any(c.isspace() for c in address):
        raise UserError(f"email: '{email[:60]}' is not an email address")
    return address


def find_account(session: Session, email: str) -> User | None:
    return session.exec(select(User).where(User.email == email.strip().lower())).first()


def add_account(
    session: Session, email: str, password_hash: str, *, plan: str = "free", admin: bool = False
) -> User:
    """A new creator who can log in to the Studio."""
    address = normalized_email(email)
    if plan not in PLANS:
        raise UserError(f"plan: must be one of {', '.join(PLANS)} (got {plan!r})")
    if find_account(session, address) is not None:
        raise UserError(f"email: {address} already has an account; change its password with `users passwd`")
    user = User(
        email=address,
        name=address.partition("@")[0],
        password_hash=password_hash,
        plan=plan,
        is_admin=admin,
    )
    session.add(user)
    session.commit()
    return user


def set_password_hash(session: Session, email: str, password_hash: str) -> User:
    user = find_account(session, email)
    if user is None:
        raise NotFound(f"email: no account for {email.strip().lower()}; add it with `users add`")
    user.password_hash = password_hash
    session.add(user)
    session.commit()
    return user


def list_accounts(session: Session) -> list[User]:
    """Every creator, oldest first."""
    return list(session.exec(select(User).order_by(col(User.id))).all())
