"""Importing this package registers every command module on the Typer app."""

from cli.commands import (
    doctor_commands,  # noqa: F401
    eval_commands,  # noqa: F401
    generate_commands,  # noqa: F401
    iterate_commands,  # noqa: F401
    job_commands,  # noqa: F401
    render_commands,  # noqa: F401
    serve_commands,  # noqa: F401
    stills_commands,  # noqa: F401
    store_commands,  # noqa: F401
    user_commands,  # noqa: F401
    validate_commands,  # noqa: F401
    worker_commands,  # noqa: F401
)
