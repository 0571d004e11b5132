"""Score every ask against every offer in [0, 1], with a reason a facilitator can read.

Two signals, computed as matrices for the whole room at once:

* concepts: for an ask concept a and an offer concept o the link is
  ``weight_a · weight_o · relation(a, o) · sqrt(spec_a · spec_o)`` (relation 1 for the same
  concept). The best link counts fully and the others a little (``EXTRA_LINKS``): an offer
  that lists five loosely related things must not beat one that names the need. Squashed
  with ``1 - exp(-k·x)`` so one shared specific concept gives about 0.7, never above 1.
* leftover words: TF-IDF cosine of the words no concept explained (names of things the
  vocabulary lacks). It counts less, and much less when both texts clearly speak about
  unrelated concepts: a shared word without a shared meaning is the classic trap.

Then two corrections: an ask that wants a *thing* (marker ``goods``) or a *job* is worth
less to an offer without that marker, and two texts naming different members of one group
(Spanish vs Dutch practice) are worth less together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from werkplaats.matching.reading import Profile
from werkplaats.matching.vocabulary import Vocabulary

STEEPNESS = 1.25  # k in 1 - exp(-k·x): one exact specific concept -> 0.71
EXTRA_LINKS = 0.15 # share of the links after the best one that adds to the score
WORDS_WEIGHT = 0.55  # the most that shared leftover words alone can reach
TRAP_FACTOR = 0.25  # leftover-word overlap between texts about unrelated concepts
GROUP_FACTOR = 0.35  # e.g. Spanish conversation for someone practising Dutch
CLEAR_TOPIC = 0.8  # a concept weight at which a text clearly speaks about something


@dataclass
class ScoreTable:
    """Scores of asks (rows) × offers (columns) and what is needed to explain one cell."""

    scores: np.ndarray
    concept_part: np.ndarray
    asks: list[Profile]
    offers: list[Profile]
    vocab: Vocabulary

    def why(self, row: int, col: int) -> str:
        """The words behind a score, ask side first: ``knippen ~ kapster``."""
        ask, offer = self.asks[row], self.offers[col]
        best, reason = 0.0, ""
        for a, (wa, sa) in ask.concepts.items():
            links = self.vocab.concepts[a].links
            for o, (wo, so) in offer.concepts.items():
                r = 1.0 if a == o else links.get(o, 0.0)
                strength = wa * wo * r * math.sqrt(self.vocab.concepts[a].spec
                                                   * self.vocab.concepts[o].spec)
                if strength > best + 1e-9:
                    best, reason = strength, f"{sa} ~ {so}"
        shared = [ask.words[k] for k in ask.words if k in offer.words]
        if shared and (not reason or self.concept_part[row, col] < self.scores[row, col] / 2):
            key = next(k for k in ask.words if k in offer.words)
            reason = f"{ask.words[key]} ~ {offer.words[key]}"
        return reason


def score_profiles(asks: list[Profile], offers: list[Profile], vocab: Vocabulary) -> ScoreTable:
    n_concepts = len(vocab.concepts)
    a = _concept_matrix(asks, n_concepts)
    o = _concept_matrix(offers, n_concepts)
    root_spec = np.sqrt(np.array([c.spec for c in vocab.concepts]))
    relations = np.eye(n_concepts)
    for i, concept in enumerate(vocab.concepts):
        for j, strength in concept.links.items():
            relations[i, j] = max(relations[i, j], strength)
    weighted = relations * root_spec[:, None] * root_spec[None, :]
    total = a @ weighted @ o.T
    best = _best_link(a, o, weighted)
    raw = best + EXTRA_LINKS * (total - best)
    concept_part = 1.0 - np.exp(-STEEPNESS * raw)

    words = _word_overlap(asks, offers) * WORDS_WEIGHT
    clear_a = a.max(axis=1, initial=0.0) >= CLEAR_TOPIC
    clear_o = o.max(axis=1, initial=0.0) >= CLEAR_TOPIC
    unrelated = clear_a[:, None] & clear_o[None, :] & (raw < 0.05)
    words = np.where(unrelated, words * TRAP_FACTOR, words)
    scores = 1.0 - (1.0 - concept_part) * (1.0 - words)

    for mode, factor in vocab.mode_factors.items():
        wants = np.array([mode in p.markers for p in asks], dtype=bool)
        answers = vocab.mode_answers.get(mode, set())
        gives = np.array([mode in p.markers or bool(answers & p.concepts.keys())
                          for p in offers], dtype=bool)
        scores = np.where(wants[:, None] & ~gives[None, :], scores * factor, scores)
    scores = scores * _group_factor(a, o, vocab)
    return ScoreTable(np.clip(scores, 0.0, 1.0), concept_part, asks, offers, vocab)


def _best_link(a: np.ndarray, o: np.ndarray, weighted: np.ndarray) -> np.ndarray:
    """max over concept pairs (c, d) of a[i, c] · weighted[c, d] · o[j, d], sparsely."""
    best = np.zeros((a.shape[0], o.shape[0]))
    for c in np.flatnonzero(a.any(axis=0)):
        linked = np.flatnonzero(weighted[c])
        reach = (o[:, linked] * weighted[c, linked]).max(axis=1)  # best partner per offer
        rows = np.flatnonzero(a[:, c])
        best[rows] = np.maximum(best[rows], a[rows, c][:, None] * reach[None, :])
    return best


def _concept_matrix(profiles: list[Profile], n_concepts: int) -> np.ndarray:
    matrix = np.zeros((len(profiles), n_concepts))
    for row, profile in enumerate(profiles):
        for cid, (weight, _) in profile.concepts.items():
            matrix[row, cid] = weight
    return matrix


def _group_factor(a: np.ndarray, o: np.ndarray, vocab: Vocabulary) -> np.ndarray:
    factor = np.ones((a.shape[0], o.shape[0]))
    groups: dict[str, list[int]] = {}
    for cid, concept in enumerate(vocab.concepts):
        if concept.group:
            groups.setdefault(concept.group, []).append(cid)
    for members in groups.values():
        in_a, in_o = a[:, members] > 0, o[:, members] > 0
        if not (in_a.any() and in_o.any()):
            continue
        shared = (in_a.astype(float) @ in_o.T.astype(float)) > 0
        clash = in_a.any(axis=1)[:, None] & in_o.any(axis=1)[None, :] & ~shared
        factor = np.where(clash, factor * GROUP_FACTOR, factor)
    return factor


def _word_overlap(asks: list[Profile], offers: list[Profile]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors over the words no concept explained.

    Computed per shared word (an inverted index), which is cheap because texts are short
    and needs no sparse-matrix library.
    """
    df: dict[str, int] = {}
    for profile in (*asks, *offers):
        for key in profile.words:
            df[key] = df.get(key, 0) + 1
    total = len(asks) + len(offers) + 1

    def postings(profiles: list[Profile]) -> dict[str, tuple[list[int], list[float]]]:
        index: dict[str, tuple[list[int], list[float]]] = {}
        for row, profile in enumerate(profiles):
            weights = {k: math.log(total / (df[k] + 1)) + 1.0 for k in profile.words}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for key, weight in weights.items():
                rows, values = index.setdefault(key, ([], []))
                rows.append(row)
                values.append(weight / norm)
        return index

    from_asks, from_offers = postings(asks), postings(offers)
    overlap = np.zeros((len(asks), len(offers)))
    for key in sorted(from_asks.keys() & from_offers.keys()):
        rows, ask_weights = from_asks[key]
        cols, offer_weights = from_offers[key]
        overlap[np.ix_(rows, cols)] += np.outer(ask_weights, offer_weights)
    return overlap
