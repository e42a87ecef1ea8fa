"""One router per resource, mounted together by `web.app`."""
