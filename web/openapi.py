"""The OpenAPI schema at /openapi.json, with the two ways to authenticate that web/auth/deps.py reads from
the request (it reads them itself, so FastAPI cannot see them)."""

from typing import Any

from fastapi import FastAPI

from web.auth.cookies import SESSION_COOKIE

SECURITY_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "description": "A token from POST /api/tokens"},
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": SESSION_COOKIE,
        "description": "Set by POST /api/login; changes also need the X-CSRF-Token header it returned",
    },
}
PUBLIC_PATHS = ("/api/login",)


def document_security(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = FastAPI.openapi(app)
        schema.setdefault("components", {}).setdefault("securitySchemes", {}).update(SECURITY_SCHEMES)
        for path, operations in schema["paths"].items():
            if path.startswith("/api/") and path not in PUBLIC_PATHS:
                for operation in operations.values():
                    operation["security"] = [{"bearer": []}, {"session": []}]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
