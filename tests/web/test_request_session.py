"""A request's database session: one for the request, shared by authentication and the route, given back to
the pool when the route returns (before its response runs), and rolled back when the route fails."""

from collections.abc import Iterator
from typing import ClassVar

import pytest
from fastapi import APIRouter, FastAPI, HTTPException, Response
from fastapi.testclient import TestClient
from sqlalchemy import text
from starlette.types import Receive, Scope, Send

from service.workers import WorkerSettings
from store.db import engine_for
from tests.web.conftest import ALICE, Studio, log_in
from web.app import create_app
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.settings import StudioSettings


class PoolProbe(Response):
    """A response that notes how many pooled connections are checked out when it starts to run."""

    seen: ClassVar[list[int]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        PoolProbe.seen.append(engine_for().pool.checkedout())  # type: ignore[attr-defined]
        await super().__call__(scope, receive, send)


def probe_app() -> FastAPI:
    app = create_app(StudioSettings(workers=WorkerSettings(count=0)))
    router = APIRouter(prefix="/probe", route_class=SessionRoute)

    @router.get("/sync")
    def read_in_a_thread(user: CurrentUser, db: SessionDep) -> Response:
        db.connection().execute(text("SELECT 1"))
        return PoolProbe(b"ok")

    @router.get("/async")
    async def read_inline(user: CurrentUser, db: SessionDep) -> Response:
        db.connection().execute(text("SELECT 1"))
        return PoolProbe(b"ok")

    @router.get("/same")
    async def same_session(user: CurrentUser, db: SessionDep, again: SessionDep) -> dict[str, bool]:
        return {"same": db is again}

    @router.post("/write-then-fail")
    def write_then_fail(user: CurrentUser, db: SessionDep) -> None:
        db.connection().execute(text("UPDATE users SET plan = 'business' WHERE id = :id"), {"id": user.id})
        raise HTTPException(409, "stopped after writing")

    app.include_router(router)
    return app


@pytest.fixture
def client(studio: Studio) -> Iterator[TestClient]:
    PoolProbe.seen = []
    with TestClient(probe_app(), base_url="http://127.0.0.1") as client:
        log_in(client, ALICE)
        yield client


@pytest.mark.parametrize("route", ["sync", "async"])
def test_the_routes_connection_is_back_in_the_pool_before_its_response_runs(
    client: TestClient, route: str
) -> None:
    assert client.get(f"/probe/{route}").status_code == 200
    assert PoolProbe.seen == [0]


def test_authentication_and_the_route_share_one_session(client: TestClient) -> None:
    assert client.get("/probe/same").json() == {"same": True}


def test_a_route_that_fails_after_writing_leaves_nothing_written(client: TestClient, studio: Studio) -> None:
    response = client.post("/probe/write-then-fail")
    assert response.status_code == 409 and response.json()["error"] == "stopped after writing"
    studio.db.expire_all()
    assert studio.user(ALICE).plan == "creator"
    assert engine_for().pool.checkedout() == 0  # type: ignore[attr-defined]
