"""Score every ask against every offer in [0, 1], with a reason a facilitator can read.

Three signals, computed as matrices for the whole room at once:

* concepts: for an ask concept a and an offer concept o the link is
  ``weight_a · weight_o · relation(a, o) · sqrt(spec_a · spec_o)`` (relation 1 for the same
  concept). The best link counts fully and the others a little (``EXTRA_LINKS``): an offer
  that lists five loosely related things must not beat one that names the need. Squashed
  with ``1 - exp(-k·x)`` so one shared specific concept gives about 0.7, never above 1.
* leftover words: TF-IDF cosine of the words no concept explained (names of things the
  vocabulary lacks). It counts less, and much less when both texts clearly speak about
  unrelated concepts: a shared word without a shared meaning is the classic trap.
* nearness in meaning of the whole texts (semantic.py), given by the caller: added before
  the corrections below, for the pairs said in words the vocabulary does not know.

An offer that links to none of the ask's main concepts (only to a side remark, "de sloot"
in "wie kan mijn heg knotten langs de sloot") counts less. Then two corrections: an ask
that wants a *thing* (marker ``goods``) or a *job* is worth less to an offer without that
marker, and two texts naming different members of one group (Spanish vs Dutch practice) are
worth less together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from werkplaats.matching.reading import Profile
from werkplaats.matching.vocabulary import Vocabulary

STEEPNESS = 1.25  # k in 1 - exp(-k·x): one exact specific concept -> 0.71
EXTRA_LINKS = 0.15 # share of the links after the best one that adds to the score
WORDS_WEIGHT = 0.55  # the most that shared leftover words alone can reach
TRAP_FACTOR = 0.25  # leftover-word overlap between texts about unrelated concepts
GROUP_FACTOR = 0.35  # e.g. Spanish conversation for someone practising Dutch
CLEAR_TOPIC = 0.8  # a concept weight at which a text clearly speaks about something
TERMS_WEIGHT = 0.2
# An offer with no link to any of the ask's main concepts (weight at least MAIN_SHARE of its
# strongest) answers a side remark at best: its score is multiplied by COVER_FACTOR.
COVER_FACTOR = 0.7
MAIN_SHARE = 0.7  # same concept in the same words ("wiskunde" ~ "wiskunde"): a small edge


@dataclass
class ScoreTable:
    """Scores of asks (rows) × offers (columns) and what is needed to explain one cell."""

    scores: np.ndarray
    concept_part: np.ndarray
    near: np.ndarray  # the part that nearness in meaning added
    asks: list[Profile]
    offers: list[Profile]
    vocab: Vocabulary

    def why(self, row: int, col: int) -> str:
        """The words behind a score, ask side first: ``knippen ~ kapster``."""
        ask, offer = self.asks[row], self.offers[col]
        best, reason = 0.0, ""
        concepts, root_spec = self.vocab.concepts, _root_specs(self.vocab)
        for a, (wa, sa) in ask.concepts.items():
            links, wa_root = concepts[a].links, wa * root_spec[a]
            for o, (wo, so) in offer.concepts.items():
                r = 1.0 if a == o else links.get(o, 0.0)
                if not r:
                    continue
                strength = wa_root * wo * r * root_spec[o]
                if strength > best + 1e-9:
                    best, reason = strength, f"{sa} ~ {so}"
        shared = [ask.words[k] for k in ask.words if k in offer.words]
        if shared and (not reason or self.concept_part[row, col] < self.scores[row, col] / 2):
            key = next(k for k in ask.words if k in offer.words)
            reason = f"{ask.words[key]} ~ {offer.words[key]}"
        elif not reason and self.near[row, col] > 0:
            from werkplaats.matching.semantic import closest_words

            said, answer = closest_words(_said(ask), _said(offer))
            reason = f"{said} ~ {answer}" if said else reason
        return reason


def _said(profile: Profile) -> list[str]:
    """The words of a text that name something: its concepts' words and the leftovers."""
    return list(dict.fromkeys([*(surface for _, surface in profile.concepts.values()),
                               *profile.words.values()]))


def score_profiles(asks: list[Profile], offers: list[Profile], vocab: Vocabulary,
                   near: np.ndarray | None = None) -> ScoreTable:
    """All asks × offers at once: a handful of matrix products, no loop over pairs.

    ``near``: asks × offers, nearness in meaning of the whole texts (semantic.nearness),
    added to the score: it finds the pairs said in words the vocabulary does not know.

    Shared words are rare (a few percent of the pairs), so both word signals are kept as
    lists of cells and applied to those cells only, never as dense matrices.
    """
    weighted = _weighted_relations(vocab)
    a, o = _concept_matrix(asks, vocab), _concept_matrix(offers, vocab)
    in_a, in_o = np.flatnonzero(a.any(axis=0)), np.flatnonzero(o.any(axis=0))
    raw = _best_link(a, o, weighted)  # float32 throughout: half the memory traffic
    # the other links, through the concepts that occur only (a few dozen of hundreds)
    total = (a[:, in_a] @ weighted[np.ix_(in_a, in_o)]) @ o[:, in_o].T
    total -= raw
    total *= EXTRA_LINKS
    raw += total  # raw link strength: the best link plus a share of the others
    concept_part = total  # reuse the buffer: 1 - exp(-k·raw)
    np.multiply(raw, -STEEPNESS, out=concept_part)
    np.expm1(concept_part, out=concept_part)
    np.negative(concept_part, out=concept_part)

    scores = raw  # raw is not needed after the trap test below
    rows, cols, words = _word_overlap([p.words for p in asks], [p.words for p in offers])
    words *= WORDS_WEIGHT
    clear_a = a.max(axis=1, initial=0.0) >= CLEAR_TOPIC
    clear_o = o.max(axis=1, initial=0.0) >= CLEAR_TOPIC
    trap = (raw[rows, cols] < 0.05) & clear_a[rows] & clear_o[cols]
    words[trap] *= TRAP_FACTOR
    scores[...] = concept_part
    # scores = 1 - (1 - concept) · (1 - words) on the cells that share words
    _combine(scores, rows, cols, words)
    if near is None:
        near = np.zeros_like(scores)
    scores += near  # before the corrections: nearness in meaning knows no thing from a job
    # Mode and group corrections multiply: one product of logarithms for all of them.
    log_a, log_o = _corrections(asks, offers, a, o, vocab)
    if log_a.size:
        factor = np.matmul(log_a, log_o.T)
        np.minimum(factor, 0.0, out=factor)
        scores *= np.exp(factor, out=factor)
    # Of two offers with the same concepts, the one in the ask's own words fits better.
    rows, cols, terms = _word_overlap([p.terms for p in asks], [p.terms for p in offers])
    linked = concept_part[rows, cols] > 0
    terms *= TERMS_WEIGHT
    _combine(scores, rows[linked], cols[linked], terms[linked])
    np.multiply(scores, COVER_FACTOR, out=scores,
                where=_uncovered(a, o, weighted, in_a, in_o))
    np.clip(scores, 0.0, 1.0, out=scores)
    return ScoreTable(scores, concept_part, near, asks, offers, vocab)


def _combine(scores: np.ndarray, rows: np.ndarray, cols: np.ndarray, extra: np.ndarray) -> None:
    """``scores = 1 - (1 - scores) · (1 - extra)`` on the given cells, in place."""
    if rows.size:
        current = scores[rows, cols]
        scores[rows, cols] = 1.0 - (1.0 - current) * (1.0 - extra)


def _uncovered(a: np.ndarray, o: np.ndarray, weighted: np.ndarray, in_a: np.ndarray,
               in_o: np.ndarray) -> np.ndarray:
    """asks × offers: True where the offer links to none of the ask's main concepts.

    ``in_a``/``in_o``: the concepts that occur on each side (a few dozen of hundreds).
    """
    local = a[:, in_a]
    top = local.max(axis=1, keepdims=True, initial=0.0)
    main = ((local >= MAIN_SHARE * top) & (top > 0)).astype(np.float32)
    links = (weighted[np.ix_(in_a, in_o)] > 0).astype(np.float32)
    reach = (main @ links) > 0  # ask × the offer concepts it links to
    cover = reach.astype(np.float32) @ (o[:, in_o] > 0).T.astype(np.float32)
    return (cover == 0) & (top > 0)


@lru_cache(maxsize=8)
def _root_specs(vocab: Vocabulary) -> list[float]:
    return [math.sqrt(c.spec) for c in vocab.concepts]


@lru_cache(maxsize=8)
def _weighted_relations(vocab: Vocabulary) -> np.ndarray:
    """relation(c, d) · sqrt(spec_c · spec_d), with relation 1 on the diagonal."""
    n = len(vocab.concepts)
    relations = np.eye(n)
    for i, concept in enumerate(vocab.concepts):
        for j, strength in concept.links.items():
            relations[i, j] = max(relations[i, j], strength)
    root_spec = np.sqrt(np.array([c.spec for c in vocab.concepts]))
    return (relations * root_spec[:, None] * root_spec[None, :]).astype(np.float32)


def _best_link(a: np.ndarray, o: np.ndarray, weighted: np.ndarray) -> np.ndarray:
    """max over concept pairs (c, d) of a[i, c] · weighted[c, d] · o[j, d].

    ``reach[c, j]`` is offer j's best partner for concept c; an ask has few concepts, so
    the maximum runs over its k-th concept for k = 1, 2, … (a pass over the matrix for the
    first, then over the ever fewer asks that name a second, a third...).
    """
    present = np.flatnonzero(a.any(axis=0))
    best = np.zeros((a.shape[0], o.shape[0]), dtype=np.float32)
    if present.size == 0 or o.shape[0] == 0:
        return best
    reach = np.empty((present.size, o.shape[0]), dtype=np.float32)  # present concept × offer
    for k, c in enumerate(present):
        linked = np.flatnonzero(weighted[c])
        reach[k] = (o[:, linked] * weighted[c, linked]).max(axis=1)
    local = a[:, present]
    order = np.argsort(-local, axis=1, kind="stable")
    counts = (local > 0).sum(axis=1)
    every = np.arange(local.shape[0])
    np.multiply(local[every, order[:, 0]][:, None], reach[order[:, 0]], out=best)
    for k in range(1, int(counts.max())):
        rows = np.flatnonzero(counts > k)  # only the asks that name a k-th concept
        cols = order[rows, k]
        best[rows] = np.maximum(best[rows], local[rows, cols][:, None] * reach[cols])
    return best


def _concept_matrix(profiles: list[Profile], vocab: Vocabulary) -> np.ndarray:
    matrix = np.zeros((len(profiles), len(vocab.concepts)), dtype=np.float32)
    for row, profile in enumerate(profiles):
        for cid, (weight, _) in profile.concepts.items():
            matrix[row, cid] = weight
    return matrix


def _corrections(asks: list[Profile], offers: list[Profile], a: np.ndarray, o: np.ndarray,
                 vocab: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """Factors as ``exp(L_a · L_o)``: per mode and per group one column of each side.

    Mode: ask wants it (log factor) × offer lacks it (1). Group: the ask names a member
    (log factor) × the offer names a member (1), minus the same for each shared member, so a
    pair that shares a member of the group is not corrected (Spanish for Spanish).
    """
    # columns of the low-rank correction, one list or array of floats per asks/offers side
    left: list[Any] = []
    right: list[Any] = []
    for mode, factor in vocab.mode_factors.items():
        answers = sorted(vocab.mode_answers.get(mode, set()))
        has = np.array([mode in p.markers for p in offers], dtype=bool)
        if answers:
            has |= o[:, answers].any(axis=1)
        left.append([math.log(factor) if mode in p.markers else 0.0 for p in asks])
        right.append((~has).astype(float))
    log_group = math.log(GROUP_FACTOR)
    for members in _groups(vocab):
        in_a, in_o = a[:, members] > 0, o[:, members] > 0
        if not (in_a.any() and in_o.any()):
            continue
        left.append(np.where(in_a.any(axis=1), log_group, 0.0))
        right.append(in_o.any(axis=1).astype(float))
        for k in np.flatnonzero(in_a.any(axis=0) & in_o.any(axis=0)):
            left.append(np.where(in_a[:, k], -log_group, 0.0))
            right.append(in_o[:, k].astype(float))
    if not left:
        return np.zeros((len(asks), 0)), np.zeros((len(offers), 0))
    return np.array(left, dtype=np.float32).T, np.array(right, dtype=np.float32).T


@lru_cache(maxsize=8)
def _groups(vocab: Vocabulary) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for cid, concept in enumerate(vocab.concepts):
        if concept.group:
            groups.setdefault(concept.group, []).append(cid)
    return list(groups.values())


def _word_overlap(asks: list[dict[str, str]], offers: list[dict[str, str]],
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cosine similarity of TF-IDF vectors over sets of word keys: (rows, cols, values).

    Only the cells with a shared word, each once.
    """
    from scipy.sparse import csr_matrix

    column: dict[str, int] = {}
    for words in (*asks, *offers):
        for key in words:
            column.setdefault(key, len(column))
    df = np.zeros(len(column))
    for words in (*asks, *offers):
        for key in words:
            df[column[key]] += 1
    idf = np.log((len(asks) + len(offers) + 1) / (df + 1)) + 1.0

    def tfidf(profiles: list[dict[str, str]]):  # type: ignore[no-untyped-def]
        cols = [column[k] for p in profiles for k in p]
        rows = np.repeat(np.arange(len(profiles)), [len(p) for p in profiles])
        values = (idf[cols] if cols else np.zeros(0)).astype(np.float32)
        matrix = csr_matrix((values, (rows, cols)), shape=(len(profiles), len(column)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return csr_matrix(matrix.multiply(1.0 / norms[:, None]))

    if not column:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, np.zeros(0, dtype=np.float32)
    product = (tfidf(asks) @ tfidf(offers).T).tocoo()
    keep = product.data != 0
    return (product.row[keep].astype(np.intp), product.col[keep].astype(np.intp),
            product.data[keep].astype(np.float32))
