"""One JSON error body for every failure the API returns.

``{"error": {"status": 404, "code": "E044", "message": "no event 'x'; ..."}}`` — the same shape
for bad filters, unknown routes, oversize bodies, missing tokens and internal errors.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DragomanError, InputError, QueryError, StoreError

log = logging.getLogger(__name__)

# codes for failures that are not DragomanErrors
HTTP_CODES = {400: "E400", 401: "E401", 403: "E403", 404: "E044", 405: "E405", 413: "E413", 422: "E041"}


class ApiError(DragomanError):
    """An error with an HTTP status, raised by route handlers."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or HTTP_CODES.get(status, "E500")


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """The JSON error body.

    >>> error_response(404, "E044", "no such event").status_code
    404
    """
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)


def _status_for(exc: DragomanError) -> int:
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, QueryError | InputError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid value')}")
    return "; ".join(parts) + " (see /openapi.json for accepted values)"


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to ``error_response``."""

    @app.exception_handler(DragomanError)
    async def dragoman_error(request: Request, exc: DragomanError) -> JSONResponse:
        status = _status_for(exc)
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        return error_response(status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, HTTP_CODES[422], _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = (
            str(exc.detail) if exc.status_code != 404 else f"no route {request.url.path}; see /openapi.json"
        )
        return error_response(
            exc.status_code, HTTP_CODES.get(exc.status_code, f"E{exc.status_code}"), message
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(
            500, "E500", f"internal error ({type(exc).__name__}); the server log has details"
        )
