"""Where a duplicate is decided: same content hash, or a reprint by MinHash LSH over word shingles.

Decisions
---------
(a) One canonical URL, one article: decided before this module, in
    :func:`pipeline.processing.process` with the article registry (first version wins; later
    versions go to ``rejects`` as ``content_changed``; see processing.py).
(b) Identical normalised bodies share ``content_hash`` (SHA-256 of the normalised text); a later
    article with the hash of an earlier one is a duplicate (reason ``same_content``, similarity 1).
(c) Near-duplicates: MinHash (datasketch, 128 permutations) over normalised 5-word shingles
    (hashed with NumPy, see :func:`shingle_hashes`). A
    banded LSH index (32 bands of 4 rows, kept in NumPy arrays: about 40 MB per 100,000 articles)
    yields candidates; a candidate whose estimated Jaccard is at least 0.7 makes the article a
    reprint (reason ``near_duplicate``). Distinct stories on the same incident share facts, not
    5-word runs, and stay far below 0.7.

A reprint's ``duplicate_of`` is the ``article_id`` of the earliest-published member of its cluster
known when it is decided, and it takes that cluster's ``cluster_id`` (every article founds its
own cluster: ``cluster_id = article_id``). Rows already written are never rewritten: when a member
turns up that was published before the cluster's original (late crawl), it is recorded as the
original of the cluster (``duplicate_of`` null, reason ``earlier_than_cluster``) and keeps the
cluster id. Candidates are looked for within ``window`` (default 30 days) of the article's time
(publication, else crawl), over the signatures persisted in the SIGNATURES dataset.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from datasketch import MinHash

from pipeline.normalize import word_tokens


def _identity_hash(value: int) -> int:
    return value


def _odd_multipliers(seed: int, count: int) -> np.ndarray:
    """Fixed odd 64-bit multipliers (the same in every process)."""
    return np.random.default_rng(seed).integers(1, 2**63, size=count, dtype=np.uint64) | np.uint64(
        1
    )


NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.7
BANDS, ROWS = 32, 4  # P(candidate | J=0.7) > 0.999, P(candidate | J=0.3) ~ 0.23 (then verified)
WINDOW = timedelta(days=30)
_MULT = _odd_multipliers(20240101, ROWS)  # band key = sum of a band's rows times these
_SHINGLE_MULT = _odd_multipliers(5, 16)  # shingle hash = sum of its tokens' CRC-32 times these
# shingles arrive already hashed (see shingle_hashes): the MinHash hash function is the identity
_SEED_MINHASH = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity_hash)


def content_hash(normalized_text: str) -> str:
    """SHA-256 (hex) of a normalised body: identical bodies share it."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()


def shingles(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> list[str]:
    """Distinct ``size``-word shingles of a token list (the whole text when shorter)."""
    if not tokens:
        return []
    if len(tokens) < size:
        return [" ".join(tokens)]
    return sorted({" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)})


def shingle_hashes(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of the ``size``-word shingles, computed with NumPy.

    Each token is hashed once (CRC-32); a shingle's hash combines its tokens' hashes with fixed
    odd 64-bit multipliers (position-sensitive), folded to 32 bits. Same shingles, same hashes,
    in every process and on every machine.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    words = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), np.uint64, len(tokens))
    width = min(size, len(words))
    count = len(words) - width + 1
    acc = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(width):
            acc = acc + words[k : k + count] * _SHINGLE_MULT[k]
        folded = (acc ^ (acc >> np.uint64(29))) & np.uint64(0xFFFFFFFF)
    return np.unique(folded.astype(np.uint32))


def signature_from_tokens(tokens: Sequence[str]) -> np.ndarray:
    """MinHash signature (datasketch, uint32[128]) of a token list's 5-word shingles."""
    mh = _SEED_MINHASH.copy()
    hashes = shingle_hashes(tokens)
    if len(hashes):
        mh.update_batch(hashes.tolist())
    return mh.hashvalues.astype(np.uint32)


def signature(text: str) -> np.ndarray:
    """MinHash signature of a text (normalised, tokenised, shingled)."""
    return signature_from_tokens(word_tokens(text))


def to_bytes(sig: np.ndarray) -> bytes:
    """Serialise a signature for the SIGNATURES dataset."""
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    """Read a signature back from the SIGNATURES dataset."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def band_keys(sigs: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """LSH band keys (uint64[n, BANDS]) of signatures (uint32[n, 128]), in bounded-memory chunks."""
    sigs = np.atleast_2d(sigs)
    keys = np.empty((len(sigs), BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(sigs), chunk):
            part = sigs[start : start + chunk].astype(np.uint64).reshape(-1, BANDS, ROWS)
            keys[start : start + chunk] = (part * _MULT).sum(axis=2, dtype=np.uint64)
    return keys


@dataclass
class Member:
    """An article as the dedup index knows it."""

    article_id: str
    time: datetime  # publication time, else crawl time
    content_hash: str
    cluster_id: str
    original_id: str  # itself when it is the cluster's original
    original_time: datetime


@dataclass
class Decision:
    """The dedup decision for one article, recorded in its row."""

    article_id: str
    content_hash: str
    cluster_id: str
    duplicate_of: str | None
    reason: str  # unique, same_content, near_duplicate, earlier_than_cluster
    similarity: float | None
    matched: str | None  # article_id of the closest earlier member


class DedupIndex:
    """Signatures of the look-back window plus those added in this run, with a banded LSH index."""

    def __init__(self, threshold: float = THRESHOLD, window: timedelta = WINDOW) -> None:
        self.threshold = threshold
        self.window = window
        self.members: list[Member] = []
        self.sigs = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self._frozen_keys = np.zeros((0, BANDS), dtype=np.uint64)
        self._frozen_order: list[np.ndarray] = []
        self._frozen_sorted: list[np.ndarray] = []
        self._frozen_n = 0
        self._live: list[dict[int, list[int]]] = [defaultdict(list) for _ in range(BANDS)]
        self._live_sigs: list[np.ndarray] = []
        self._by_hash: dict[str, int] = {}
        self._by_id: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.members)

    def load(self, members: Sequence[Member], sigs: np.ndarray) -> None:
        """Bulk-load the window (persisted signatures) into sorted NumPy band arrays."""
        if self.members:
            raise RuntimeError("load() must come before add()")
        self.members = list(members)
        self.sigs = np.ascontiguousarray(sigs, dtype=np.uint32).reshape(-1, NUM_PERM)
        keys = band_keys(self.sigs) if len(self.members) else self._frozen_keys
        self._frozen_n = len(self.members)
        self._frozen_order = [
            np.argsort(keys[:, b], kind="stable").astype(np.int32) for b in range(BANDS)
        ]
        self._frozen_sorted = [keys[order, b] for b, order in enumerate(self._frozen_order)]
        for i, m in enumerate(self.members):
            self._remember(m, i)

    def _remember(self, member: Member, index: int) -> None:
        if self._by_hash.get(member.content_hash) is None or (
            member.time < self.members[self._by_hash[member.content_hash]].time
        ):
            self._by_hash[member.content_hash] = index
        self._by_id[member.article_id] = index

    def signature_of(self, index: int) -> np.ndarray:
        """The signature of member ``index``."""
        if index < self._frozen_n:
            return self.sigs[index]
        return self._live_sigs[index - self._frozen_n]

    def candidates(self, sig: np.ndarray) -> set[int]:
        """Members sharing at least one LSH band with ``sig``."""
        keys = band_keys(sig)[0]
        found: set[int] = set()
        for b in range(BANDS):
            key = keys[b]
            if self._frozen_n:
                lo = np.searchsorted(self._frozen_sorted[b], key, side="left")
                hi = np.searchsorted(self._frozen_sorted[b], key, side="right")
                if hi > lo:
                    found.update(self._frozen_order[b][lo:hi].tolist())
            found.update(self._live[b].get(int(key), ()))
        return found

    def decide(self, article_id: str, time: datetime, chash: str, sig: np.ndarray) -> Decision:
        """Decide whether an article is a reprint of a member, then add it to the index."""
        matches: list[tuple[float, int]] = []
        same = self._by_hash.get(chash)
        if same is not None and self._in_window(same, article_id, time):
            matches.append((1.0, same))
        for idx in self.candidates(sig):
            if idx == same or not self._in_window(idx, article_id, time):
                continue
            sim = jaccard(sig, self.signature_of(idx))
            if sim >= self.threshold:
                matches.append((sim, idx))
        if not matches:
            decision = Decision(article_id, chash, article_id, None, "unique", None, None)
            self.add(Member(article_id, time, chash, article_id, article_id, time), sig)
            return decision
        best_sim, best = max(matches, key=lambda m: (m[0], -self.members[m[1]].time.timestamp()))
        # the cluster of the earliest original among the matches
        origin = min(
            (self.members[i] for _, i in matches), key=lambda m: (m.original_time, m.original_id)
        )
        same_body = self.members[best].content_hash == chash
        reason = "same_content" if same_body else "near_duplicate"
        matched = self.members[best].article_id
        if origin.original_id == article_id:  # re-processed original: later reprints point here
            self.add(Member(article_id, time, chash, origin.cluster_id, article_id, time), sig)
            return Decision(article_id, chash, origin.cluster_id, None, "unique", None, None)
        if time < origin.original_time:
            decision = Decision(
                article_id,
                chash,
                origin.cluster_id,
                None,
                "earlier_than_cluster",
                best_sim,
                matched,
            )
            member = Member(article_id, time, chash, origin.cluster_id, article_id, time)
        else:
            decision = Decision(
                article_id, chash, origin.cluster_id, origin.original_id, reason, best_sim, matched
            )
            member = Member(
                article_id, time, chash, origin.cluster_id, origin.original_id, origin.original_time
            )
        self.add(member, sig)
        return decision

    def _in_window(self, index: int, article_id: str, time: datetime) -> bool:
        member = self.members[index]
        return member.article_id != article_id and abs(member.time - time) <= self.window

    def add(self, member: Member, sig: np.ndarray) -> None:
        """Add a decided article to the live part of the index."""
        index = len(self.members)
        self.members.append(member)
        self._live_sigs.append(np.asarray(sig, dtype=np.uint32))
        for b, key in enumerate(band_keys(sig)[0].tolist()):
            self._live[b][key].append(index)
        self._remember(member, index)


def decide_batch(
    index: DedupIndex, items: Iterable[tuple[str, datetime, str, np.ndarray]]
) -> list[Decision]:
    """Decide a batch of (article_id, time, content_hash, signature) in time order."""
    ordered = sorted(items, key=lambda it: (it[1], it[0]))
    return [index.decide(aid, t, chash, sig) for aid, t, chash, sig in ordered]
