"""The ASGI application: the JSON API, its OpenAPI description and docs, and the web page."""
from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.context import AppContext
from index.base import IndexUnavailable
from index.factory import open_backend
from index.query import QuerySyntaxError
from index.request import InvalidParameter
from pipeline.errors import CivicError
from pipeline.store import Store, resolve_db_path

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
DESCRIPTION = """Announcements of civic meetings, trainings, consultations and conferences published by
Polish municipalities, regional social-policy centres (ROPS) and NGOs, with every extracted value's
evidence. Read-only. Filters repeat (`?powiat=łęczyński&powiat=lubelski`); region filters take names
or TERYT codes; dates are `YYYY-MM-DD`."""


def _open_store(db_path: str | os.PathLike[str] | None) -> Store:
    path = resolve_db_path(db_path)
    try:
        return Store(path, readonly=True)
    except FileNotFoundError as exc:
        raise CivicError(str(exc)) from None


JSON_PATHS = ("/api/", "/healthz", "/openapi.json")
_HTML_MESSAGES = {404: "Nie ma takiej strony.", 422: "Błędny parametr w adresie strony.",
                  503: "Indeks wyszukiwania jest niedostępny.", 500: "Wystąpił błąd serwera."}


def _problem(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON for API clients, or as a page in Polish for people using the web page."""
    if request.url.path.startswith(JSON_PATHS):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    from api.web import templates

    message = _HTML_MESSAGES.get(status, "Nie udało się wyświetlić strony.")
    return templates.TemplateResponse(request, "error.html", {"message": message, "detail": detail},
                                      status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    """Bad input is a 422 with a message; nothing ever answers with a stack trace."""

    @app.exception_handler(QuerySyntaxError)
    async def query_error(request: Request, exc: QuerySyntaxError) -> Response:
        return _problem(request, 422, str(exc))

    @app.exception_handler(InvalidParameter)
    async def invalid_parameter(request: Request, exc: InvalidParameter) -> Response:
        return _problem(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        messages = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
            messages.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
        return _problem(request, 422, "; ".join(messages) or "invalid request")

    @app.exception_handler(IndexUnavailable)
    async def index_unavailable(request: Request, exc: IndexUnavailable) -> Response:
        return _problem(request, 503, f"search index unavailable: {exc}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _problem(request, exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        return _problem(request, 500, "internal error")


def _install_docs(app: FastAPI) -> None:
    """Swagger UI from files shipped in a Python package, so the docs work offline."""
    import swagger_ui

    assets = Path(swagger_ui.__file__).parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="civic API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")


def create_app(db_path: str | os.PathLike[str] | None = None,
               backend_args: argparse.Namespace | None = None) -> FastAPI:
    """The app over one store and its index (embedded unless `backend_args` names a cluster).

    The store is opened read-only; the API never writes. A crawl may write the same store
    and index meanwhile: the index backend sees each new commit. The store and index stay
    open for the life of the process (ASGI test clients run the lifespan once per request),
    `close_app` releases them.
    """
    store = _open_store(db_path)
    backend = open_backend(backend_args or argparse.Namespace(backend="embedded"), store.index_dir)

    app = FastAPI(title="civic: civic meeting announcements", version="1.0", description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.civic = AppContext(store, backend)
    _install_error_handlers(app)
    _install_docs(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    from api.routes import announcements, export, feed, health, pages, region, search, sources, stats

    for module in (search, announcements, stats, export, feed, sources, health, pages, region):
        app.include_router(module.router)

    return app


def close_app(app: FastAPI) -> None:
    """Release the store and index files an app holds."""
    ctx: AppContext = app.state.civic
    ctx.backend.close()
    ctx.store.close()
