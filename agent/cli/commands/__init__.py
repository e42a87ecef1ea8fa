"""Importing this package registers every command module on the Typer app."""
