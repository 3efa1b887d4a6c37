"""The ``actors`` stage: every actor mention in the article, resolved and clustered.

See :mod:`tidings.actors.candidates` for what counts as a mention (and the rule that keeps
place-only uses of place names out) and :mod:`tidings.actors.coref` for the clustering.
Dictionary entries are chosen as of ``Article.published`` (today when unknown).
"""

from __future__ import annotations

from datetime import date

from tidings.actors.candidates import candidates_in
from tidings.actors.context_country import lend_article_country
from tidings.actors.coref import cluster
from tidings.actors.kb import KB
from tidings.actors.recall import recall
from tidings.actors.resolve import current_kb
from tidings.actors.view import View
from tidings.document import Document, stage
from tidings.records import Entity, Mention

__all__ = ["actors_stage", "extract"]


def extract(doc: Document, kb: KB | None = None) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Mentions and entities of a parsed document (``doc.spacy_doc`` must be set)."""
    kb = kb or current_kb()
    sdoc = doc.spacy_doc
    if sdoc is None:
        return (), ()
    on = doc.article.published or date.today()
    # the parse is of the article text: checked cheaply on the last token's end
    last = sdoc[-1] if len(sdoc) else None
    same = last is None or last.idx + len(last.text_with_ws) == len(doc.text)
    view = View(sdoc, doc.text if same else None)
    cands = candidates_in(kb, view)
    mentions, entities = recall(kb, view, cands, *cluster(kb, view, cands, on), on)
    return mentions, lend_article_country(doc, mentions, entities, kb, view.ents)


@stage("actors", requires=("spacy_doc",), assigns=("mentions", "entities"))
def actors_stage(doc: Document) -> Document:
    mentions, entities = extract(doc)
    return doc.replace(mentions=mentions, entities=entities)
