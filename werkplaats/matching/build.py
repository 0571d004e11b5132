"""Build artefacts shipped in the package, so the first ``werkplaats pair`` is fast anywhere.

Reducing the vocabulary to keys needs simplemma's dictionaries (seconds), and so does the
list of known words. Both are built here ahead of time and shipped next to this module in
``built/``: ``vocabulary.pickle`` (the built-in vocabulary, stamped with a digest of
``vocabulary.toml`` and ``topics/*.toml``, the build code's version and simplemma's version) and
``words-<lang>.zlib`` (the sorted word lists). At run time they are used when their stamp
fits; otherwise the matcher builds what it needs and caches it under ``cache_dir()``.

Regenerate after editing ``vocabulary.toml``, a topic file or the reading of terms
(``tests/test_matching_build.py`` fails while they are stale)::

    python -m werkplaats.matching.build
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from functools import lru_cache
from pathlib import Path

from werkplaats.matching.vocabulary import (
    Vocabulary,
    build_version,
    build_vocabulary,
    builtin_files,
    cache_dir,
    read_builtin_raw,
)

BUILT = Path(__file__).with_name("built")
VOCABULARY_ARTEFACT = BUILT / "vocabulary.pickle"


def _simplemma_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simplemma")
    except PackageNotFoundError:
        return "none"


def builtin_stamp() -> str:
    """What the shipped vocabulary must have been built from to be used."""
    digest = hashlib.sha256()
    for path in builtin_files():
        digest.update(f"{path.name}\0".encode() + path.read_bytes() + b"\0")
    digest.update(f"\0{build_version()}\0{_simplemma_version()}".encode())
    return digest.hexdigest()[:24]


def words_path(lang: str) -> Path:
    return BUILT / f"words-{lang}.zlib"


@lru_cache(maxsize=1)
def load_builtin() -> Vocabulary | None:
    """The shipped build of ``vocabulary.toml``, or None when it is missing or stale."""
    try:
        with VOCABULARY_ARTEFACT.open("rb") as fh:
            stamp, vocab = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            ValueError, TypeError):
        return None
    return vocab if stamp == builtin_stamp() and isinstance(vocab, Vocabulary) else None


def load_words(lang: str) -> list[str]:
    """The sorted word list of ``lang``: shipped, else from the disk cache, else built."""
    from werkplaats.matching.stems import word_list

    version = _simplemma_version()
    for path in (words_path(lang), cache_dir() / f"words-{lang}-{version}.zlib"):
        words = _read_words(path, version)
        if words is not None:
            return words
    words = word_list(lang)
    _write_words(cache_dir() / f"words-{lang}-{version}.zlib", words, version)
    return words


def _read_words(path: Path, version: str) -> list[str] | None:
    try:
        lines = zlib.decompress(path.read_bytes()).decode().split("\n")
    except (OSError, zlib.error, UnicodeDecodeError):
        return None
    return lines[1:] if lines[0] == f"#simplemma {version}" else None


def _write_words(path: Path, words: list[str], version: str) -> None:
    data = zlib.compress("\n".join([f"#simplemma {version}", *words]).encode(), 9)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        pass


def write_artefacts() -> None:
    """Build the built-in vocabulary and the word lists from scratch and ship them."""
    from werkplaats.matching.stems import LANGUAGES, word_list

    vocab = build_vocabulary(read_builtin_raw(), {}, {})
    BUILT.mkdir(exist_ok=True)
    VOCABULARY_ARTEFACT.write_bytes(
        pickle.dumps((builtin_stamp(), vocab), protocol=pickle.HIGHEST_PROTOCOL))
    for lang in LANGUAGES:
        _write_words(words_path(lang), word_list(lang), _simplemma_version())
    load_builtin.cache_clear()


def stale() -> list[str]:
    """The shipped artefacts that do not fit the current sources (empty when all fit)."""
    version = _simplemma_version()
    found = [] if load_builtin() is not None else [str(VOCABULARY_ARTEFACT)]
    return found + [str(words_path(lang)) for lang in ("nl", "en")
                    if _read_words(words_path(lang), version) is None]


# Spelling dictionaries of the system (Debian's hunspell-nl and hunspell-en-us): the Dutch list
# is OpenTaal's (BSD or CC BY 3.0), the English one SCOWL's (MIT-like). Only their plain words
# that simplemma does not know are kept, and only to tell a real word from a typo: "oost" is
# not a misspelt "oogst", "achterin" not "achtertuin".
HUNSPELL = {"nl": Path("/usr/share/hunspell/nl.dic"), "en": Path("/usr/share/hunspell/en_US.dic")}


def dictionary_path(lang: str) -> Path:
    return BUILT / f"dictionary-{lang}.zlib"


def load_dictionary(lang: str) -> list[str]:
    """The shipped extra real words of ``lang``, sorted (empty when not shipped)."""
    try:
        return zlib.decompress(dictionary_path(lang).read_bytes()).decode().split("\n")
    except (OSError, zlib.error, UnicodeDecodeError):
        return []


def write_dictionaries() -> None:
    """Ship the hunspell words simplemma lacks (run by hand where hunspell is installed)."""
    import re

    from werkplaats.matching.stems import LANGUAGES, word_list

    for lang in LANGUAGES:
        lines = HUNSPELL[lang].read_text(encoding="utf-8", errors="ignore").splitlines()[1:]
        words = {line.split("/")[0].strip().casefold() for line in lines}
        known = set(word_list(lang))
        extra = sorted(w for w in words if re.fullmatch(r"[a-z]+", w) and w not in known)
        dictionary_path(lang).write_bytes(zlib.compress("\n".join(extra).encode(), 9))


if __name__ == "__main__":
    import sys

    if "--dictionaries" in sys.argv:
        write_dictionaries()
        print("wrote " + ", ".join(str(dictionary_path(lang)) for lang in ("nl", "en")))
    write_artefacts()
    print(f"wrote {VOCABULARY_ARTEFACT} and word lists; stale: {stale() or 'none'}")
