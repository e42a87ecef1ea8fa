"""The Studio server: the JSON API, accounts, live progress and in-process job workers (`ppr-video serve`)."""
