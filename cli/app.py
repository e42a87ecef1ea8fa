"""The `ppr-video` Typer app: each command group lives in its own module and registers itself here."""

import typer

app = typer.Typer(
    name="ppr-video",
    help="PPR Video Studio: promo videos for music creators, written and rendered by an agent.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def main() -> None:
    from cli import commands  # noqa: F401  (registers every command on `app`)

    app()
