"""Who is asking: a session cookie (with its CSRF token on changes) or an API token."""
