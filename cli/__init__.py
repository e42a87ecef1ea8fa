"""The `ppr-video` command line."""
