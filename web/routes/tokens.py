"""API tokens for scripts: created by a logged-in creator, shown once, revocable."""

from fastapi import APIRouter, status

from store.credentials import issue_api_token, list_api_tokens, revoke_api_token
from store.models import saved_id
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import TokenIn, TokenInfo, TokenOut

router = APIRouter(prefix="/api/tokens", tags=["accounts"], route_class=SessionRoute)


@router.post("", status_code=status.HTTP_201_CREATED)
def create_token(user: CurrentUser, db: SessionDep, body: TokenIn | None = None) -> TokenOut:
    """A new token for `Authorization: Bearer TOKEN`; only its hash is kept, so it is shown only now."""
    row, secret = issue_api_token(db, user, body.name if body else "")
    return TokenOut(id=saved_id(row), token=secret)


@router.get("")
def list_tokens(user: CurrentUser, db: SessionDep) -> list[TokenInfo]:
    return [
        TokenInfo(id=saved_id(row), name=row.name, created_at=row.created_at)
        for row in list_api_tokens(db, user)
    ]


@router.delete("/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_token(token_id: int, user: CurrentUser, db: SessionDep) -> None:
    revoke_api_token(db, user, token_id)
