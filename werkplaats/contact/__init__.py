"""Contact exchange: consent-gated vCards, their QR codes, and the printable pair sheet.

``vcard_for`` makes one person's card, ``pair_cards`` decides which confirmed pair gets
which cards. Nothing here imports textual; the TUI shows ``terminal.half_block_lines``.
"""

from werkplaats.contact.cards import CardSide, PairCard, pair_card_at, pair_cards
from werkplaats.contact.vcard import ContactNotShared, can_share, vcard_for

__all__ = [
    "CardSide",
    "ContactNotShared",
    "PairCard",
    "can_share",
    "pair_card_at",
    "pair_cards",
    "vcard_for",
]
