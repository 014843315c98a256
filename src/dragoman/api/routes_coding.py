"""Coding posted text: without storing it (/api/code) or into the store (/api/documents)."""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..coding import parse_date
from ..schemas import Article
from ..store import StoredDocument
from ..store.loader import coder_version
from .deps import AppState, state
from .errors import ApiError

router = APIRouter(prefix="/api", tags=["coding"])
MAX_TEXT_CHARS = 200_000
_pipeline_lock = threading.Lock()
_coding_lock = threading.Lock()  # stages and models are not known to be thread-safe: one text at a time


class TextIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the article text")
    published: str | None = Field(None, max_length=40, description="publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=1000)


class DocumentIn(TextIn):
    doc_id: str | None = Field(None, max_length=200, description="defaults to a hash of the text")
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="outlet name")


def _pipeline(app: AppState) -> Any:
    with _pipeline_lock:
        if app.pipeline is None:
            from ..coding import default_pipeline

            app.pipeline = default_pipeline()
    return app.pipeline


def _article(body: TextIn, doc_id: str) -> Article:
    extra = body.model_dump(include={"url", "source"}) if isinstance(body, DocumentIn) else {}
    return Article(
        doc_id=doc_id, text=body.text, title=body.title, published=parse_date(body.published), **extra
    )


def _code(app: AppState, article: Article) -> Any:
    pipeline = _pipeline(app)
    with _coding_lock:
        coded = pipeline.run(article)
    if coded.error:
        raise ApiError(422, f"the text could not be coded: {coded.error}", code="E010")
    return coded


def require_token(
    app: Annotated[AppState, Depends(state)],
    authorization: Annotated[str | None, Header(max_length=500)] = None,
) -> None:
    """When DRAGOMAN_API_TOKEN is set, writes need ``Authorization: Bearer <token>``."""
    expected = app.settings.api_token
    if not expected:
        return
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(
            401, "this server needs a token to store documents: send 'Authorization: Bearer <token>'"
        )


@router.post("/code")
def code(body: TextIn, app: Annotated[AppState, Depends(state)]) -> dict[str, Any]:
    """Code the posted text and return its events; nothing is stored."""
    coded = _code(app, _article(body, "posted"))
    return {"events": [e.to_dict() for e in coded.events]}


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)])
def store_document(body: DocumentIn, app: Annotated[AppState, Depends(state)]) -> Any:
    """Code the posted text and store it with its events (same text twice is stored once)."""
    doc_id = body.doc_id or "post-" + hashlib.sha256(body.text.encode()).hexdigest()[:12]
    article = _article(body, doc_id)
    known = app.store.fetch("SELECT doc_id FROM documents WHERE content_hash = ?", [article.content_hash])
    if known:
        return JSONResponse({"doc_id": known[0]["doc_id"], "stored": False, "events": None}, status_code=200)
    if app.store.doc_id_taken(doc_id):
        raise ApiError(
            409, f"doc_id '{doc_id}' is taken by another text; choose another or leave it out", code="E409"
        )
    coded = _code(app, article)
    version = coder_version(app.pipeline)
    stored = app.store.add_documents(
        [StoredDocument(article, coded.events, list(coded.places or []), version)]
    )
    return {"doc_id": doc_id, "stored": stored == 1, "events": len(coded.events)}
