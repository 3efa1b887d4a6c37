"""``POST /api/articles``: run the pipeline on posted articles and store them.

Disabled (403) unless ``Settings.api_token`` (env ``TIDINGS_API_TOKEN``) is set; then a
request needs ``Authorization: Bearer <token>`` (401 otherwise). Tokens are compared
in constant time. The body is one article object or a list of at most 100.
"""

from __future__ import annotations

import hmac
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, HTTPException, Request
from pydantic import BaseModel, Field

from tidings.errors import InputError
from tidings.ingest import content_hash, detect_language
from tidings.ingest.structured import article_from_record
from tidings.records import Article

__all__ = ["ArticleIn", "router"]

router = APIRouter(prefix="/api")
MAX_BATCH = 100


class ArticleIn(BaseModel):
    """One article to ingest."""

    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    text: str = Field(min_length=1)
    published: str | None = Field(None, max_length=40, description="a date, e.g. 2024-02-14")
    url: str | None = Field(None, max_length=2000)
    dateline: str | None = Field(None, max_length=200)


def _authorise(request: Request, authorization: str | None) -> None:
    token: str | None = request.app.state.settings.api_token
    if not token:
        raise HTTPException(403, "ingest is disabled: the server has no API token configured "
                                 "(set TIDINGS_API_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                            token.encode()):
        raise HTTPException(401, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


def _pipeline(request: Request) -> Any:
    state = request.app.state
    with state.pipeline_lock:
        if state.pipeline is None:
            from tidings.pipeline import Pipeline

            state.pipeline = Pipeline(state.settings)
        return state.pipeline


def _article(item: ArticleIn) -> Article:
    art = article_from_record(item.model_dump(exclude_none=True), source="api")
    return replace(art, content_hash=content_hash(art.text))


@router.post("/articles", status_code=201, summary="Ingest articles (bearer token required)")
def ingest(request: Request,
           payload: Annotated[ArticleIn | list[ArticleIn], Body()],
           authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    _authorise(request, authorization)
    items = payload if isinstance(payload, list) else [payload]
    if not 1 <= len(items) <= MAX_BATCH:
        raise HTTPException(422, f"post between 1 and {MAX_BATCH} articles at a time")
    accepted: list[Article] = []
    rejected: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        try:
            art = _article(item)
        except InputError as exc:
            rejected.append({"index": i, "id": item.id, "reason": exc.reason})
            continue
        language = detect_language(art.text)
        if language != "en":
            rejected.append({"index": i, "id": art.id,
                             "reason": f"non-English text (detected: {language})"})
            continue
        accepted.append(art)
    stored: list[str] = []
    duplicates: list[str] = []
    if accepted:
        docs = list(_pipeline(request).run(accepted))
        saved = request.app.state.pool.get().save_many(docs)
        for doc, ok in zip(docs, saved, strict=True):
            (stored if ok else duplicates).append(doc.article.id)
    return {"stored": stored, "duplicates": duplicates, "rejected": rejected}
