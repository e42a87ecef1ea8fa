"""`ppr-video users add/list/passwd` and `ppr-video serve`'s options."""

import json

from sqlmodel import Session
from typer.testing import CliRunner

from cli import commands  # noqa: F401  (registers the commands)
from cli.app import app
from service.accounts import log_in
from store.catalog_listing import creator_catalog
from store.db import open_session

runner = CliRunner()


def users(*args: str, password: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["users", *args], input=None if password is None else password + "\n")
    return result.exit_code, result.output


def session() -> Session:
    return open_session()


def test_users_are_added_listed_and_their_passwords_changed(store_env: str) -> None:
    code, output = users(
        "add",
        "Dana@Example.com",
        "--password-stdin",
        "--plan",
        "creator_pro",
        "--admin",
        "--demo-store",
        password="first password",
    )
    assert code == 0, output
    assert "added dana@example.com (plan creator_pro, admin)" in output
    code, output = users("list", "--json")
    listed = json.loads(output)
    assert [(u["email"], u["plan"], u["admin"], u["can_log_in"]) for u in listed] == [
        ("dana@example.com", "creator_pro", True, True)
    ]
    with session() as db:
        user, _ = log_in(db, "dana@example.com", "first password")

        assert creator_catalog(db, user)[0].courses, "--demo-store gave a catalog"
    assert users("passwd", "dana@example.com", "--password-stdin", password="second password")[0] == 0
    with session() as db:
        log_in(db, "dana@example.com", "second password")


def test_bad_accounts_are_refused_with_one_line(store_env: str) -> None:
    assert users("add", "erin@example.com", "--password-stdin", password="long enough")[0] == 0
    for args, password, message in [
        (("add", "erin@example.com", "--password-stdin"), "long enough", "already has an account"),
        (("add", "not-an-address", "--password-stdin"), "long enough", "email: 'not-an-address' is not"),
        (("add", "f@example.com", "--password-stdin"), "short", "password: must be 8 to 1024 characters"),
        (
            ("add", "f@example.com", "--password-stdin", "--plan", "gold"),
            "long enough",
            "plan: must be one of",
        ),
        (("add", "f@example.com"), None, "--password-stdin"),
        (("passwd", "nobody@example.com", "--password-stdin"), "long enough", "no account for"),
    ]:
        code, output = users(*args, password=password)
        assert code == 2, (args, output)
        assert message in output and "Traceback" not in output, output


def test_serve_has_the_documented_options() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers"):
        assert option in result.output
