"""Table columns follow the window: after it shrinks every column is still in view.

Textual's DataTable widens an auto-width column but never narrows it, so before this the
Score/Waarom/Cap columns of the pairing round slid out of view after 120 -> 80 columns.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.tui_support import open_store
from werkplaats.model import Pair, PairStatus, Ref, Session
from werkplaats.tips import add_tip, merge_tips
from werkplaats.tui.factory import facilitator_app
from werkplaats.tui.rounds import clip, share_width

LONG_WHY = "thermostaat ~ cv-monteur, en ook nog verwarming ~ loodgieter en radiatoren"
LONG_TIP = ("Vraag altijd eerst aan de buren of ze iets te lenen hebben, voordat je iets "
            "nieuws koopt in de winkel op de hoek van de straat")


def with_pairs(session: Session) -> None:
    session.round.index = 1
    people = session.participants
    for n in range(5):
        ask = Ref(people[n].id, 0)
        offer = Ref(people[n + 1].id, 0)
        status = [PairStatus.PROPOSED, PairStatus.CONFIRMED, PairStatus.REJECTED][n % 3]
        session.pairs.append(Pair(ask, offer, status, 0.5 + n / 20, LONG_WHY))


def with_tips(session: Session) -> None:
    session.round.index = 3
    session.tips.clear()
    first = add_tip(session, LONG_TIP, group="tafel bij het raam aan de straatkant")
    second = add_tip(session, LONG_TIP + " om de hoek", group="tafel 2")
    add_tip(session, "Begin klein", group="tafel 3")
    merge_tips(session, [first.id, second.id])


def header(table: DataTable) -> str:  # type: ignore[type-arg]
    return table.render_line(0).text


def assert_in_view(table: DataTable) -> None:  # type: ignore[type-arg]
    """Every column ends inside the table, so no column needs scrolling to be seen."""
    visible = table.scrollable_content_region.width
    right = sum(column.get_render_width(table) for column in table.ordered_columns)
    assert right <= visible, (right, visible)
    assert table.max_scroll_x == 0
    for column in table.ordered_columns if table.show_header else []:
        assert column.label.plain.strip() in header(table)


def widths(table: DataTable) -> dict[str, int]:  # type: ignore[type-arg]
    return {str(c.key.value): c.get_render_width(table) for c in table.ordered_columns}


async def settle(pilot: Pilot, size: tuple[int, int]) -> None:  # type: ignore[type-arg]
    await pilot.resize_terminal(*size)
    await pilot.pause()
    await pilot.pause()


async def test_pairing_columns_follow_the_window(demo_session: Session, data_root: Path) -> None:
    store = open_store(demo_session, data_root, with_pairs)
    app = facilitator_app(store, root=data_root, clock=lambda: 1_800_000_000.0)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        pairs = app.screen.query_one("#pairs", DataTable)
        asks = app.screen.query_one("#open-asks", DataTable)
        assert pairs.row_count == 5
        assert_in_view(pairs)
        at_120 = widths(pairs)

        await settle(pilot, (80, 24))
        assert pairs.size.width == 80
        assert_in_view(pairs)
        assert_in_view(asks)
        at_80 = widths(pairs)
        assert at_80["why"] < at_120["why"] and at_80["ask"] < at_120["ask"]
        assert at_80["score"] == at_120["score"]  # the short columns keep their width
        assert "…" in str(pairs.get_cell_at((0, 4)))  # the long reason is cut, visibly

        await settle(pilot, (160, 40))
        assert_in_view(pairs)
        assert_in_view(asks)
        at_160 = widths(pairs)
        assert at_160["ask"] > at_120["ask"] and at_160["why"] > at_120["why"]
        # the columns use the room: at most the reserved scrollbar is left over
        assert sum(at_160.values()) >= pairs.size.width - 2
    store.close()


async def test_tips_columns_follow_the_window(demo_session: Session, data_root: Path) -> None:
    store = open_store(demo_session, data_root, with_tips)
    app = facilitator_app(store, root=data_root, clock=lambda: 1_800_000_000.0)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        tips = app.screen.query_one("#tips", DataTable)
        assert tips.row_count == 3
        assert_in_view(tips)
        at_120 = widths(tips)

        await settle(pilot, (80, 24))
        assert_in_view(tips)
        at_80 = widths(tips)
        assert at_80["tip"] < at_120["tip"] and at_80["votes"] == at_120["votes"]
        lead = str(tips.get_cell_at((0, 1)))
        assert lead.endswith("[+1]") and "…" in lead  # the merge count stays in view
        assert str(tips.get_cell_at((0, 2))).endswith("…")  # a long table name too

        await settle(pilot, (160, 40))
        assert_in_view(tips)
        assert widths(tips)["tip"] > at_120["tip"]
    store.close()


async def test_a_round_shown_after_the_window_shrank_fits(demo_session: Session,
                                                          data_root: Path) -> None:
    store = open_store(demo_session, data_root, with_pairs)
    app = facilitator_app(store, root=data_root, clock=lambda: 1_800_000_000.0)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+pageup")  # to the intro round; the pairing round hides
        await pilot.pause()
        await settle(pilot, (80, 24))
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        await pilot.pause()
        pairs = app.screen.query_one("#pairs", DataTable)
        assert pairs.display and pairs.size.width == 80
        assert_in_view(pairs)
    store.close()


async def test_a_long_name_in_the_speaker_queue_ends_in_an_ellipsis(
        demo_session: Session, data_root: Path) -> None:
    def long_name(session: Session) -> None:
        session.participants[1].name = "Maria-Josefina van den Bergh-Hoogeveen"

    store = open_store(demo_session, data_root, long_name)
    app = facilitator_app(store, root=data_root, clock=lambda: 1_800_000_000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        queue = app.screen.query_one("#queue", DataTable)
        assert_in_view(queue)
        shown = [queue.render_line(y).text for y in range(queue.size.height)]
        assert any("Maria-Josefina" in line and "…" in line for line in shown), shown
    store.close()


def test_share_width_gives_the_text_columns_what_is_left() -> None:
    got = share_width(78, {"mark": 1, "score": 5}, {"ask": 3, "offer": 3, "why": 2})
    assert got["mark"] == 1 and got["score"] == 5
    assert sum(got.values()) + 2 * len(got) == 78  # padding of one cell each side
    assert got["ask"] >= got["why"] and abs(got["ask"] - got["offer"]) <= 1


def test_share_width_keeps_a_least_width_in_a_tiny_window() -> None:
    assert share_width(10, {"score": 5}, {"ask": 1, "why": 1}, least=4)["why"] == 4


def test_clip_cuts_at_a_word_unless_that_loses_most_of_the_line() -> None:
    assert clip("kort", 10) == "kort"
    assert clip("Ik zoek iemand die kan knippen", 20) == "Ik zoek iemand die…"
    assert clip("Mijn thermostaat doet raar", 20) == "Mijn thermostaat…"
    assert clip("Mijn keukenkraanleertje lekt", 14) == "Mijn keukenkr…"
    assert clip("  twee\n regels  ", 20) == "twee regels"


def test_clip_counts_wide_characters_as_two_cells() -> None:
    from rich.cells import cell_len

    assert cell_len(clip("日本語のテキストはとても長いです", 11)) <= 11
