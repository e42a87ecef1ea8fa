"""Logging in and out, the session cookie, CSRF, throttled logins, API tokens and their revocation."""

from fastapi.testclient import TestClient

from service.accounts import add_user
from store.failed_logins import MAX_FAILURES
from tests.web.conftest import ALICE, BOB, PASSWORD, Studio, log_in

REQUEST = {"course": "saturation-secrets", "duration": 15}


def test_login_sets_an_httponly_lax_session_cookie_and_returns_a_csrf_token(anonymous: TestClient) -> None:
    response = anonymous.post("/api/login", json={"email": ALICE, "password": PASSWORD})
    assert response.status_code == 200
    assert len(response.json()["csrf_token"]) >= 32
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("ppr_session=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert anonymous.get("/api/me").json() == {"email": ALICE, "plan": "creator", "is_admin": False}


def test_a_wrong_password_or_unknown_address_is_401_with_the_same_sentence(anonymous: TestClient) -> None:
    wrong = anonymous.post("/api/login", json={"email": ALICE, "password": "not the password"})
    unknown = anonymous.post("/api/login", json={"email": "nobody@example.com", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"error": "email: wrong email address or password"}
    assert "set-cookie" not in wrong.headers
    assert anonymous.post("/api/login", json={"email": ALICE}).status_code == 422


def test_repeated_failures_for_an_address_are_throttled_even_with_the_right_password(
    anonymous: TestClient,
) -> None:
    for _ in range(MAX_FAILURES):
        assert anonymous.post("/api/login", json={"email": BOB, "password": "guess"}).status_code == 401
    throttled = anonymous.post("/api/login", json={"email": BOB, "password": PASSWORD})
    assert throttled.status_code == 429
    assert "too many wrong passwords" in throttled.json()["error"]
    assert anonymous.post("/api/login", json={"email": ALICE, "password": PASSWORD}).status_code == 200


def test_anonymous_requests_to_the_api_are_401(anonymous: TestClient) -> None:
    for method, path in [
        ("GET", "/api/me"),
        ("GET", "/api/videos"),
        ("POST", "/api/videos"),
        ("GET", "/api/videos/1"),
        ("GET", "/api/videos/1/events"),
        ("GET", "/api/videos/1/files/video.mp4"),
        ("GET", "/api/library"),
        ("GET", "/api/catalog"),
        ("POST", "/api/tokens"),
        ("GET", "/api/scheduled-posts"),
        ("POST", "/api/logout"),
    ]:
        response = anonymous.request(method, path, json={})
        assert response.status_code == 401, (method, path)
        assert set(response.json()) == {"error"}


def test_changes_made_with_the_cookie_need_the_csrf_header(studio: Studio, anonymous: TestClient) -> None:
    csrf = log_in(anonymous, ALICE)
    del anonymous.headers["X-CSRF-Token"]
    refused = anonymous.post("/api/videos", json=REQUEST)
    assert refused.status_code == 403 and refused.json()["error"].startswith("X-CSRF-Token:")
    wrong = anonymous.post("/api/videos", json=REQUEST, headers={"X-CSRF-Token": csrf[::-1]})
    assert wrong.status_code == 403
    assert anonymous.get("/api/videos").status_code == 200, "reads need no CSRF token"
    accepted = anonymous.post("/api/videos", json=REQUEST, headers={"X-CSRF-Token": csrf})
    assert accepted.status_code == 202


def test_logout_ends_the_session_on_the_server(studio: Studio, alice: TestClient) -> None:
    cookie = alice.cookies["ppr_session"]
    assert alice.post("/api/logout").status_code == 204
    assert alice.get("/api/me").status_code == 401
    with studio.client() as replay:
        replay.cookies.set("ppr_session", cookie)
        assert replay.get("/api/me").status_code == 401, "a copied cookie dies with the session"


def test_bearer_tokens_work_without_csrf_and_stop_working_when_revoked(
    studio: Studio, alice: TestClient
) -> None:
    created = alice.post("/api/tokens", json={"name": "my script"})
    assert created.status_code == 201
    token, token_id = created.json()["token"], created.json()["id"]
    with studio.client() as script:
        script.headers["Authorization"] = f"Bearer {token}"
        assert script.post("/api/videos", json=REQUEST).status_code == 202
        assert [t["name"] for t in alice.get("/api/tokens").json()] == ["my script"]
        assert alice.delete(f"/api/tokens/{token_id}").status_code == 204
        revoked = script.get("/api/videos")
        assert revoked.status_code == 401 and "revoked" in revoked.json()["error"]
        script.headers["Authorization"] = "Bearer ppr_madeup"
        assert script.get("/api/videos").status_code == 401
    assert alice.delete(f"/api/tokens/{token_id}").status_code == 404


def test_only_a_hash_of_a_token_is_stored(studio: Studio, alice: TestClient) -> None:
    token = alice.post("/api/tokens").json()["token"]
    stored = studio.db.connection().exec_driver_sql("SELECT token_hash FROM api_tokens").scalars().all()
    assert stored and token not in stored and all(len(value) == 64 for value in stored)


def test_a_creator_cannot_revoke_another_creators_token(alice: TestClient, bob: TestClient) -> None:
    token_id = alice.post("/api/tokens").json()["id"]
    assert bob.delete(f"/api/tokens/{token_id}").status_code == 404
    assert len(alice.get("/api/tokens").json()) == 1


def test_the_login_page_escapes_what_it_shows(studio: Studio, anonymous: TestClient) -> None:
    assert '<form id="login">' in anonymous.get("/").text
    add_user(studio.db, "<script>alert(1)</script>@example.com", PASSWORD)
    log_in(anonymous, "<script>alert(1)</script>@example.com")
    page = anonymous.get("/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;@example.com" in page.text
    assert "<script>alert" not in page.text
    assert "script-src 'nonce-" in page.headers["content-security-policy"]


def test_the_openapi_docs_are_served(anonymous: TestClient) -> None:
    assert anonymous.get("/docs").status_code == 200
    assert "/api/videos/{job_id}/events" in anonymous.get("/openapi.json").json()["paths"]


def test_the_openapi_docs_say_how_each_route_authenticates(anonymous: TestClient) -> None:
    schema = anonymous.get("/openapi.json").json()
    schemes = schema["components"]["securitySchemes"]
    assert schemes["bearer"]["scheme"] == "bearer"
    assert (schemes["session"]["in"], schemes["session"]["name"]) == ("cookie", "ppr_session")
    either = [{"bearer": []}, {"session": []}]
    assert schema["paths"]["/api/videos/{job_id}"]["get"]["security"] == either
    assert schema["paths"]["/api/videos"]["post"]["security"] == either
    assert "security" not in schema["paths"]["/api/login"]["post"]
