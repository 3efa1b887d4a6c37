"""Exact and near duplicates: the same wire story arrives from many outlets.

Exact copies (same whitespace-normalised text) are set aside. Near copies
(MinHash over word 5-shingles, LSH at ``settings.near_duplicate_threshold``)
are kept but marked ``duplicate_of`` the first copy, so the store has every
outlet's version while the pipeline codes the story once.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from tidings.ingest.rejected import Rejected
from tidings.ingest.textutil import content_hash, short_hash
from tidings.records import Article

__all__ = ["Deduplicator"]

SHINGLE_WORDS = 5
NUM_PERM = 128
# LSH only proposes candidates; it looks this far below the threshold so that
# copies just above it are not missed, and each candidate is then confirmed
# against its stored signature. (LSH alone at 0.9 marked only 47% of copies with
# a true similarity of 0.90-0.95 and 86% of 0.95-1.0: tests/ingest/bench_dedup.py.)
CANDIDATE_MARGIN = 0.15
SEED = 1  # datasketch's default; a stored signature is only valid for the same seed


class Deduplicator:
    """Remembers every article seen (or already stored) and judges each new one."""

    def __init__(self, threshold: float = 0.9, *, num_perm: int = NUM_PERM) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self._num_perm = num_perm
        self._threshold = threshold
        # 1.0 means "exact copies only": MinHash would only confirm identical
        # shingle sets, which the content hash already catches, so skip its cost.
        self._near_enabled = threshold < 1.0
        self._lsh = MinHashLSH(threshold=max(0.5, threshold - CANDIDATE_MARGIN), num_perm=num_perm)
        self._by_hash: dict[str, str] = {}
        self._order: dict[str, int] = {}  # id -> arrival, to name the *first* copy
        # Signatures fit in 32 bits (datasketch hashes mod 2**32-1): 512 bytes an article.
        self._signatures: dict[str, np.ndarray] = {}
        probe = MinHash(num_perm=num_perm, seed=SEED)
        self._hash_scheme: str = probe.scheme
        self._dtype = probe.hashvalues.dtype

    @property
    def scheme(self) -> str | None:
        """Names the signature parameters (None when near-duplicate detection is off).

        Signatures are stored under this name; one stored under another name was
        made with other parameters and cannot be compared.
        """
        if not self._near_enabled:
            return None
        return f"minhash-{self._hash_scheme}-w{SHINGLE_WORDS}-p{self._num_perm}-s{SEED}"

    def signature(self, article_id: str) -> bytes | None:
        """The remembered MinHash signature of an article, as stored (uint32 values)."""
        values = self._signatures.get(article_id)
        return None if values is None else values.tobytes()

    def add_existing(
        self,
        article_id: str,
        text: str | None,
        content_hash: str | None = None,
        signature: bytes | None = None,
    ) -> None:
        """Seed with an article already stored, so new copies of it are caught.

        A stored ``signature`` (of :attr:`scheme`) spares hashing the text again;
        without one the text is needed.
        """
        if content_hash is None and text is None:
            raise ValueError(f"article {article_id}: need its text or its content hash")
        digest = content_hash or _hash(text or "")
        self._by_hash.setdefault(digest, article_id)
        if article_id in self._order:
            return
        minhash: MinHash | None = None
        if self._near_enabled:
            if signature is not None:
                minhash = self._from_signature(signature)
            elif text is not None:
                minhash = self._minhash(text)
            else:
                raise ValueError(f"article {article_id}: need its text or its signature")
        self._remember(article_id, minhash)

    def check(self, article: Article) -> Article | Rejected:
        """The article (hashed, id made unique, maybe ``duplicate_of``), or a rejection.

        An exact copy is rejected (skipped, ``duplicate of <id>``); anything
        else is remembered and returned.
        """
        digest = _hash(article.text)
        first = self._by_hash.get(digest)
        if first is not None:
            return Rejected(article.source or article.id, f"duplicate of {first}", "skipped")
        article = dataclasses.replace(article, content_hash=digest, id=self._unique_id(article))
        minhash = self._minhash(article.text) if self._near_enabled else None
        near = self._near(minhash) if minhash is not None else []
        if near:
            first_copy = min(near, key=self._order.__getitem__)
            article = dataclasses.replace(article, duplicate_of=first_copy)
        self._by_hash[digest] = article.id
        self._remember(article.id, minhash)
        return article

    def _near(self, minhash: MinHash | LeanMinHash) -> list[str]:
        """Stored ids whose estimated Jaccard similarity reaches the threshold."""
        signature = minhash.hashvalues.astype(np.uint32)
        return [
            key
            for key in self._lsh.query(minhash)
            if key in self._signatures
            and float(np.mean(self._signatures[key] == signature)) >= self._threshold
        ]

    def _remember(self, article_id: str, minhash: MinHash | LeanMinHash | None) -> None:
        self._order[article_id] = len(self._order)
        if minhash is not None:
            self._signatures[article_id] = minhash.hashvalues.astype(np.uint32)
            self._lsh.insert(article_id, minhash)

    def _unique_id(self, article: Article) -> str:
        """Two files may share a stem (``a/x.txt``, ``b/x.txt``); the later gets a suffix."""
        candidate, salt = article.id, article.source or article.text
        while candidate in self._order:
            salt = short_hash(salt)
            candidate = f"{article.id}-{salt[:8]}"
        return candidate

    def _from_signature(self, signature: bytes) -> LeanMinHash:
        values = np.frombuffer(signature, dtype=np.uint32)
        if len(values) != self._num_perm:
            raise ValueError(f"signature has {len(values)} values, expected {self._num_perm}")
        # LSH band keys are the bytes of the values, so keep MinHash's own dtype.
        values = values.astype(self._dtype)
        return LeanMinHash(seed=SEED, hashvalues=values, scheme=self._hash_scheme)

    def _minhash(self, text: str) -> MinHash:
        minhash = MinHash(num_perm=self._num_perm, seed=SEED)
        minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
        return minhash


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of the lower-cased text (the whole text if it is shorter)."""
    words = text.lower().split()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash(text: str) -> str:
    return content_hash(text)

