"""The vocabulary of what people ask and offer: concepts with Dutch and English terms.

The data lives in ``vocabulary.toml`` next to this module (read it: the format is explained
at its top) and in ``topics/*.toml`` beside it, one file per field of life, read after it in
name order with the same layout (a topic file may add words to a concept of another file).
A facilitator can add words or whole concepts in their own file, by default
``$WERKPLAATS_HOME/vocabulary.toml``; its concepts extend or add to the built-in ones.
Terms are reduced to keys once, here, with the lemmatiser; the result (with the table of
inflected forms that texts need, see ``stems``) is cached on disk, because building it
loads simplemma's dictionaries (a second or so) and the vocabulary rarely changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from werkplaats.errors import WerkplaatsError
from werkplaats.matching.normalise import tokenize
from werkplaats.matching.stems import LANGUAGES, build_form_table, full_keys, own_keys_digest, stem

BUILTIN = Path(__file__).with_name("vocabulary.toml")
TOPICS = Path(__file__).with_name("topics")
USER_FILE_NAME = "vocabulary.toml"
CACHE_VERSION = "6"  # bump when the built structure or the reading of terms changes


def build_version() -> str:
    """CACHE_VERSION and the own-key table: a build made with other keys is stale."""
    return f"{CACHE_VERSION}-{own_keys_digest()}"


@dataclass
class Concept:
    """One thing people ask for or offer (``kapper``), with how it relates to others."""

    name: str
    spec: float = 1.0  # how telling a shared concept is: generic ones count less
    weak: bool = False  # its words need context in the same text (``Italiaans`` + ``oefenen``)
    group: str = ""  # concepts of one group exclude each other (Spanish vs Dutch practice)
    marker: str = ""  # a mode such as "goods": an ask with it wants an offer with it
    related: dict[str, float] = field(default_factory=dict)
    cues: set[str] = field(default_factory=set)  # keys that confirm this concept in a text
    links: dict[int, float] = field(default_factory=dict)  # ``related`` by concept index
    # Set phrases that only look like a need ("op de hoogte", "rekening houden met"): found
    # like other phrases, their words then name nothing.
    idiom: bool = False


@dataclass(frozen=True, eq=False)  # each term is one object: hashed by identity, fast
class Term:
    """A word or phrase of a concept, as keys; a phrase with stopwords must keep its order."""

    concept: int
    keys: tuple[frozenset[str], ...]  # per word, the keys it may match on
    stops: tuple[bool, ...]
    surface: str

    @property
    def ordered(self) -> bool:
        return any(self.stops)


@dataclass(eq=False)  # hashed by identity: profiles are cached per vocabulary
class Vocabulary:
    concepts: list[Concept]
    abbreviations: dict[str, str]
    mode_factors: dict[str, float]
    mode_answers: dict[str, set[int]]  # mode -> concepts that count as having its marker
    single: dict[str, dict[str, list[Term]]]  # lang -> key -> terms of one word
    phrases: dict[str, dict[str, list[Term]]]  # lang -> any key of the phrase -> phrases
    surfaces: dict[str, list[str]]  # lang -> single-word surfaces, for typo repair
    forms: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> form -> lemma key
    # (lang, word) -> keys of every vocabulary word, so a user's file builds on top quickly
    term_keys: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def keys(self, word: str, lang: str) -> frozenset[str]:
        """A text word's keys: its stem, and its lemma's key when a vocabulary word has it."""
        own = stem(word, lang)
        lemma_key = self.forms[lang].get(word)
        return frozenset((own, lemma_key)) if lemma_key else frozenset((own,))

    def index_of(self, name: str) -> int:
        return next(i for i, c in enumerate(self.concepts) if c.name == name)

    def context_of(self, cid: int) -> set[int]:
        """Concepts whose presence confirms ``cid``: itself and its closer relations."""
        return {cid} | {other for other, r in self.concepts[cid].links.items() if r >= 0.3}


def builtin_files() -> list[Path]:
    """The shipped vocabulary: ``vocabulary.toml``, then the topic files in name order."""
    return [BUILTIN, *sorted(TOPICS.glob("*.toml"))]


def user_vocabulary_path() -> Path | None:
    home = os.environ.get("WERKPLAATS_HOME")
    path = Path(home) / USER_FILE_NAME if home else None
    return path if path is not None and path.is_file() else None


def load_vocabulary(extra: Path | None = None) -> Vocabulary:
    """The built-in vocabulary plus the user's file and ``extra`` (each optional)."""
    own = [p for p in (user_vocabulary_path(), extra) if p is not None]
    stamped = tuple((str(p), p.stat().st_mtime_ns) for p in [*builtin_files(), *own])
    return _load_cached(stamped, len(own))


@lru_cache(maxsize=8)
def _load_cached(stamped: tuple[tuple[str, int], ...], own: int) -> Vocabulary:
    """The shipped build of the built-in file, or a build of it plus the user's files.

    A user's words are built on top of the shipped build (only their own words need the
    lemmatiser), and the result is cached on disk under ``cache_dir()``.
    """
    from werkplaats.matching.build import load_builtin

    builtin = load_builtin()
    if own == 0 and builtin is not None:
        return builtin
    contents = [Path(path_text).read_bytes() for path_text, _ in stamped]
    digest = hashlib.sha256(build_version().encode() + b"\0".join(contents)).hexdigest()[:20]
    cache = cache_dir() / f"vocabulary-{digest}.pickle"
    try:
        with cache.open("rb") as fh:
            vocab = pickle.load(fh)
        if isinstance(vocab, Vocabulary):
            return vocab
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # no cache yet, or one from another version: build it
    raw: dict[str, Any] = {"abbreviations": {}, "modes": {}, "concepts": {}}
    for path_text, _ in stamped:
        _merge(raw, _read_toml(Path(path_text)))
    vocab = build_vocabulary(raw, builtin.term_keys if builtin else {},
                             builtin.forms if builtin else {})
    write_cache(cache, vocab)
    return vocab


def read_builtin_raw() -> dict[str, Any]:
    raw: dict[str, Any] = {"abbreviations": {}, "modes": {}, "concepts": {}}
    for path in builtin_files():
        _merge(raw, _read_toml(path))
    return raw


def cache_dir() -> Path:
    override = os.environ.get("WERKPLAATS_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("werkplaats"))


def write_cache(path: Path, value: object) -> None:
    """Write atomically; a cache that cannot be written only costs time next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise WerkplaatsError(f"{path}: not a readable vocabulary file ({exc})") from exc
    problem = _layout_problem(data)
    if problem:
        raise WerkplaatsError(f"{path}: {problem}")
    return data


_WORD_LISTS = ("nl", "en", "cues")
_FLAGS = ("weak", "idiom")
_NAMES = ("group", "marker")


def _layout_problem(data: dict[str, Any]) -> str | None:
    """What is wrong with the layout of a vocabulary file, in one sentence, or None.

    A facilitator edits these files by hand: ``nl = "knippen"`` (no list) would otherwise be
    read letter by letter, and ``spec = "hoog"`` would stop the matcher halfway a room.
    """
    for key in data:
        if key not in ("concepts", "abbreviations", "modes"):
            return f"unknown section [{key}] (known: concepts, abbreviations, modes)"
    for short, full in data.get("abbreviations", {}).items():
        if not isinstance(full, str):
            return f"abbreviation {short!r} must be text in quotes"
    for name, spec in data.get("concepts", {}).items():
        if not isinstance(spec, dict):
            return f"concept {name!r} must be a table ([concepts.{name}])"
        for key, value in spec.items():
            where = f"concept {name!r}: {key!r}"
            if key in _WORD_LISTS:
                if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                    return f'{where} must be a list of words in quotes, like ["a", "b"]'
            elif key == "spec":
                if not _is_number(value) or not 0 < value <= 1:
                    return f"{where} must be a number above 0 and at most 1"
            elif key == "related":
                if not isinstance(value, dict) or not all(
                        _is_number(v) and 0 <= v <= 1 for v in value.values()):
                    return f"{where} must be a table of concepts with a strength from 0 to 1"
            elif key in _FLAGS:
                if not isinstance(value, bool):
                    return f"{where} must be true or false"
            elif key in _NAMES:
                if not isinstance(value, str):
                    return f"{where} must be a name in quotes"
            else:
                return (f"concept {name!r}: unknown setting {key!r} (known: nl, en, cues, "
                        "related, spec, weak, idiom, group, marker)")
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    """Later files add words to existing concepts, override settings, or add concepts."""
    into["abbreviations"].update(data.get("abbreviations", {}))
    into["modes"].update(data.get("modes", {}))
    for name, spec in data.get("concepts", {}).items():  # layout checked by _read_toml
        target = into["concepts"].setdefault(name, {})
        for key, value in spec.items():
            if isinstance(value, list) and isinstance(target.get(key), list):
                target[key] = target[key] + value
            elif isinstance(value, dict) and isinstance(target.get(key), dict):
                target[key] = {**target[key], **value}
            else:
                target[key] = value


def build_vocabulary(raw: dict[str, Any], known_keys: dict[tuple[str, str], frozenset[str]],
                     known_forms: dict[str, dict[str, str]]) -> Vocabulary:
    """Reduce every term to keys; ``known_keys``/``known_forms`` come from a previous build.

    Only words not in ``known_keys`` go through the lemmatiser, and the table of inflected
    forms is only searched for keys the previous build did not have.
    """
    term_keys: dict[tuple[str, str], frozenset[str]] = {}

    def keys_of(word: str, lang: str) -> frozenset[str]:
        found = known_keys.get((lang, word))
        term_keys[lang, word] = found if found is not None else full_keys(word, lang)
        return term_keys[lang, word]

    names = list(raw["concepts"])
    concepts: list[Concept] = []
    single: dict[str, dict[str, list[Term]]] = {lang: {} for lang in LANGUAGES}
    phrases: dict[str, dict[str, list[Term]]] = {lang: {} for lang in LANGUAGES}
    surfaces: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    abbreviations = {str(k): str(v) for k, v in raw["abbreviations"].items()}
    for cid, name in enumerate(names):
        spec = raw["concepts"][name]
        related = {str(k): float(v) for k, v in spec.get("related", {}).items() if k in names}
        cues = {k for w in spec.get("cues", []) for lang in LANGUAGES for k in keys_of(w, lang)}
        concepts.append(
            Concept(name, float(spec.get("spec", 1.0)), bool(spec.get("weak", False)),
                    str(spec.get("group", "")), str(spec.get("marker", "")), related, cues,
                    idiom=bool(spec.get("idiom", False)))
        )
        for lang in LANGUAGES:
            for text in spec.get(lang, []):
                tokens = tokenize(text, abbreviations, lang)
                if not tokens or all(t.stop for t in tokens):
                    continue
                term = Term(cid, tuple(keys_of(t.surface, lang) for t in tokens),
                            tuple(t.stop for t in tokens), " ".join(t.surface for t in tokens))
                if len(tokens) == 1:
                    for key in term.keys[0]:
                        single[lang].setdefault(key, []).append(term)
                    surfaces[lang].add(tokens[0].surface)
                else:
                    for keys, stop in zip(term.keys, term.stops, strict=True):
                        for key in keys if not stop else ():
                            phrases[lang].setdefault(key, []).append(term)
    # Relations hold both ways, whichever side of the file names them.
    for concept in concepts:
        for other, strength in list(concept.related.items()):
            back = concepts[names.index(other)].related
            back[concept.name] = max(back.get(concept.name, 0.0), strength)
    for concept in concepts:
        concept.links = {names.index(other): r for other, r in concept.related.items()}
    modes = {str(k): float(v["factor"]) for k, v in raw["modes"].items()}
    answers = {str(k): {names.index(n) for n in v.get("answered_by", []) if n in names}
               for k, v in raw["modes"].items()}
    wanted = {k for c in concepts for k in c.cues}
    for index in (*single.values(), *phrases.values()):
        wanted.update(index)
    known_wanted = {k for keys in known_keys.values() for k in keys}
    forms = {}
    for lang in LANGUAGES:
        forms[lang] = dict(known_forms.get(lang, {}))
        missing = wanted - known_wanted if known_forms else wanted
        if missing:
            forms[lang].update(build_form_table(lang, missing))
    return Vocabulary(concepts, abbreviations, modes, answers, single, phrases,
                      {lang: sorted(s) for lang, s in surfaces.items()}, forms, term_keys)
