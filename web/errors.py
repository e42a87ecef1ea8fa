"""Every error the API returns is JSON `{error, field?}`: one sentence, never a traceback."""

import logging
import re
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from domain.errors import Conflict, NotFound, UserError
from service.accounts import LoginRefused, LoginThrottled
from store.validation_messages import describe, field_path

log = logging.getLogger("ppr_video.web")

# `request.duration: must be one of ...` names its field before the colon.
_FIELD = re.compile(r"^([A-Za-z_][\w.\[\]]*): ")
_STATUS_OF: tuple[tuple[type[UserError], int], ...] = (
    (NotFound, 404),
    (Conflict, 409),
    (LoginRefused, 401),
    (LoginThrottled, 429),
)
_HTTP_MESSAGES = {
    401: "log in first, or send an API token as Authorization: Bearer TOKEN",
    403: "not allowed",
    404: "no such page or resource",
    405: "this method is not allowed here",
}


def error_response(status: int, message: str, field: str | None = None) -> JSONResponse:
    body = {"error": message} | ({"field": field} if field else {})
    return JSONResponse(body, status_code=status)


def user_error_response(error: UserError) -> JSONResponse:
    message = str(error)
    status = next((code for kind, code in _STATUS_OF if isinstance(error, kind)), 422)
    match = _FIELD.match(message)
    return error_response(status, message, match.group(1) if match and status == 422 else None)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(UserError)
    async def on_user_error(_request: Request, error: UserError) -> JSONResponse:
        return user_error_response(error)

    @app.exception_handler(RequestValidationError)
    async def on_invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        if first["loc"][0] == "path":
            # A URL whose id is not a number names nothing (it may be a `..` the client resolved).
            return error_response(404, _HTTP_MESSAGES[404])
        where = [part for part in first["loc"] if part != "body"]
        root, rest = (str(where[0]), tuple(where[1:])) if where else ("body", ())
        field = field_path(root, rest)
        message = "body: must be valid JSON" if first["type"] == "json_invalid" else describe(first)
        return error_response(422, message if message.startswith("body:") else f"{field}: {message}", field)

    @app.exception_handler(HTTPException)
    async def on_http_error(_request: Request, error: HTTPException) -> JSONResponse:
        default = _HTTP_MESSAGES.get(error.status_code, "the request failed")
        given = error.detail if isinstance(error.detail, str) else None
        message = default if given in (None, HTTPStatus(error.status_code).phrase) else given
        return JSONResponse({"error": message}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path, exc_info=error)
        return error_response(500, "the server failed on this request; it has been logged")
