"""`python -m cli`: the same as the `ppr-video` command."""

from cli.app import main

main()
