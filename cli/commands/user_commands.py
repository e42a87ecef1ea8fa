"""`ppr-video users add/list/passwd`: the creators who can log in to the Studio."""

import sys
from typing import Annotated

import typer

from cli.app import app
from cli.output import console, fail, print_json, user_errors
from domain.vocab import PLANS
from service.accounts import add_user, change_password, list_users
from store.db import session_scope

users = typer.Typer(help="Studio accounts: add creators, list them, change a password.", no_args_is_help=True)
app.add_typer(users, name="users")

PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from the first line of standard input.")
]


def _password(from_stdin: bool) -> str:
    if not from_stdin:
        fail("password: pass it with --password-stdin (never on the command line)", code=2)
    return sys.stdin.readline().rstrip("\r\n")


@users.command("add")
def add(
    email: Annotated[str, typer.Argument(help="The creator's email address (their login).")],
    password_stdin: PasswordStdin = False,
    plan: Annotated[str, typer.Option("--plan", help=f"One of {', '.join(PLANS)}.")] = "free",
    admin: Annotated[bool, typer.Option("--admin", help="Make the creator an admin.")] = False,
    demo_store: Annotated[
        bool, typer.Option("--demo-store", help="Give the creator a copy of the demo catalog.")
    ] = False,
) -> None:
    """Add a creator who can log in to the Studio."""
    password = _password(password_stdin)
    with user_errors(), session_scope() as session:
        user = add_user(session, email, password, plan=plan, admin=admin, demo_store=demo_store)
    console.print(f"added {user.email} (plan {user.plan}{', admin' if user.is_admin else ''})")


@users.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List every creator."""
    with session_scope() as session:
        rows = [
            {
                "id": u.id,
                "email": u.email,
                "plan": u.plan,
                "admin": u.is_admin,
                "can_log_in": bool(u.password_hash),
            }
            for u in list_users(session)
        ]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        flags = ", ".join(
            f for f, on in (("admin", row["admin"]), ("no password", not row["can_log_in"])) if on
        )
        typer.echo(f"{row['id']}\t{row['email']}\t{row['plan']}" + (f"\t{flags}" if flags else ""))


@users.command("passwd")
def passwd(
    email: Annotated[str, typer.Argument(help="The creator's email address.")],
    password_stdin: PasswordStdin = False,
) -> None:
    """Change a creator's password (their open sessions stay open)."""
    password = _password(password_stdin)
    with user_errors(), session_scope() as session:
        user = change_password(session, email, password)
    console.print(f"password changed for {user.email}")
