"""Forgetting a person reaches the files written outside the data folder too."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from werkplaats.cli import main
from werkplaats.model import PairStatus
from werkplaats.store import SessionStore, resolve_session


def all_text(folder: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace")
                     for p in folder.rglob("*") if p.is_file())


def test_forget_rewrites_qr_and_summary_folders(demo_session, data_root: Path,
                                               tmp_path: Path) -> None:
    from werkplaats.matching import propose_pairs

    with SessionStore(resolve_session(demo_session.id, data_root), writer=True) as store, \
            store.edit() as session:
        for pair in propose_pairs(session).pairs:
            pair.status = PairStatus.CONFIRMED
            session.pairs.append(pair)
        # someone who shares everything and is in a pair with codes
        person = next(p for p in session.participants
                      if p.consent.share_contact and p.consent.in_summary and p.contact.email
                      and any(p.id in (x.ask.participant, x.offer.participant)
                              for x in session.pairs))
    runner = CliRunner()
    cards, harvest = tmp_path / "kaarten", tmp_path / "oogst"
    assert runner.invoke(main, ["qr", demo_session.id, "-o", str(cards)]).exit_code == 0
    assert runner.invoke(main, ["summary", demo_session.id, "-o", str(harvest)]).exit_code == 0
    assert list(cards.glob(f"*-{person.id}.png"))  # their code, holding their vCard
    assert person.first_name in all_text(cards)
    assert person.name in all_text(harvest)
    assert list(harvest.glob(f"personal/{person.id}.*"))

    result = runner.invoke(main, ["forget", demo_session.id, person.id])
    assert result.exit_code == 0, result.output

    for folder in (cards, harvest):
        text = all_text(folder)
        assert person.contact.email not in text
        assert person.name not in text
        assert person.first_name not in text
    assert not list(harvest.glob(f"personal/{person.id}.*"))
    assert not list(cards.glob(f"*-{person.id}.*"))
    assert (harvest / "group.html").is_file() and (cards / "pair-cards.html").is_file()
