"""Errors a user can cause. The CLI and the web app print them as one line, never as a traceback."""


class UserError(Exception):
    """Bad input the user can fix; the message names the field and the fix."""


class NotFound(UserError):
    """An id that does not exist or belongs to someone else (the message never says which)."""


class Conflict(UserError):
    """A request that the thing's current state does not allow (deleting a running job)."""
