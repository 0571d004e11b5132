"""The files of the contact exchange: QR codes as PNG and SVG, and a printable A4 sheet.

``write_contact_files`` is what ``werkplaats qr`` calls. Every confirmed pair gets a card
on the sheet; a pair in which both people agreed to share gets both QR codes (also as
``pair-01-p03.png`` / ``.svg``), any other pair gets "vraag elkaar om contactgegevens".
Code files of an earlier run are removed first, so a withdrawn consent leaves nothing behind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from werkplaats.contact.cards import CardSide, PairCard, pair_cards
from werkplaats.contact.qr import png_bytes, qr_matrix, svg_text
from werkplaats.contact.vcard import DEFAULT_REGION
from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t
from werkplaats.model import Session

SHEET_NAME = "pair-cards.html"
_CODE_FILE = re.compile(r"^pair-\d+-.+\.(png|svg)$")


@dataclass(frozen=True)
class ContactFiles:
    """What ``write_contact_files`` wrote."""

    folder: Path
    sheet: Path
    codes: list[Path]  # PNG and SVG files
    pairs: int
    fallback_pairs: int


def code_stem(card: PairCard, side: CardSide) -> str:
    """``pair-01-p03``: the file name (without suffix) of one side's code."""
    return f"pair-{card.number:02d}-{side.person_id}"


def render_sheet(
    session: Session,
    cards: list[PairCard],
    language: str | None = None,
    svgs: Mapping[str, str] | None = None,
) -> str:
    """The printable HTML sheet of pair cards: no external assets, QR codes as inline SVG.

    ``svgs`` maps a vCard to its SVG when the caller already made them.
    """
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    language = language or session.language
    env = Environment(
        loader=PackageLoader("werkplaats.contact", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    rows = []
    for card in cards:
        codes = []
        if card.has_codes:
            for side in card.sides():
                assert side.vcard is not None
                # The SVG is made from the QR matrix only: no user text inside, safe to inline.
                known = svgs.get(side.vcard) if svgs else None
                svg = Markup(known or svg_text(qr_matrix(side.vcard)))
                codes.append({"svg": svg, "caption": t("contact.code_of", language,
                                                        name=side.name)})
        rows.append(
            {
                "number": card.number,
                "label": t("contact.pair_number", language, number=card.number,
                           total=len(cards)),
                "asker_name": card.asker.name,
                "helper_name": card.helper.name,
                "ask": card.asker.text,
                "offer": card.helper.text,
                "codes": codes,
                "fallback": card.fallback,
            }
        )
    return env.get_template("sheet.html.j2").render(
        language=language,
        title=t("contact.sheet_title", language, title=session.title),
        intro=t("contact.sheet_intro", language),
        empty=t("contact.sheet_empty", language),
        asks_word=t("contact.asks", language),
        offers_word=t("contact.offers", language),
        cards=rows,
    )


def remove_old_codes(folder: Path) -> int:
    """Delete code files an earlier run wrote here; returns how many."""
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and _CODE_FILE.match(path.name):
            path.unlink()
            removed += 1
    return removed


def write_contact_files(
    session: Session,
    folder: Path,
    region: str = DEFAULT_REGION,
    language: str | None = None,
    scale: int = 8,
) -> ContactFiles:
    """Write both codes of every consenting pair (PNG + SVG) and the sheet into ``folder``."""
    cards = pair_cards(session, region=region, language=language)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_old_codes(folder)
        written, svgs = [], {}
        for card in cards:
            if not card.has_codes:
                continue
            for side in card.sides():
                assert side.vcard is not None
                matrix = qr_matrix(side.vcard)
                stem = folder / code_stem(card, side)
                png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
                png.write_bytes(png_bytes(matrix, scale=scale))
                svgs[side.vcard] = svg_text(matrix)
                svg.write_text(svgs[side.vcard], encoding="utf-8")
                written += [png, svg]
        sheet = folder / SHEET_NAME
        sheet.write_text(render_sheet(session, cards, language, svgs), encoding="utf-8")
    except OSError as exc:
        where = exc.filename or folder
        raise WerkplaatsError(f"cannot write the QR files in {where}: {exc.strerror}") from None
    fallback = sum(1 for card in cards if not card.has_codes)
    return ContactFiles(folder, sheet, written, len(cards), fallback)
