"""The agenda tree fits its titles to the pane: shortened at a word with "…" (the detail below
then gives the title whole), never cut off mid-word at the pane's edge."""

from __future__ import annotations

import pytest
from textual.widgets import Static, Tree

from core import formats
from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.widgets.agenda import AgendaPane


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_agenda_titles_are_shortened_at_a_word(new_app: MakeApp, lang: formats.Lang) -> None:
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await settle(pilot)
        tree = app.query_one("#agenda-tree", Tree)
        room = tree.size.width - tree.styles.scrollbar_size_vertical - 2  # `├ ` before a label
        leaves = [node for day in tree.root.children for node in day.children]
        assert len(leaves) == 8
        shortened = []
        for node in leaves:
            assert node.data is not None
            said = node.data.words()
            whole = said.title + (f" ({said.time})" if said.time else "")
            label = str(node.label)
            assert len(label) <= room, label
            if label != whole:
                assert label.endswith("…") and whole.startswith(label[:-1]), (label, whole)
                assert whole[len(label) - 1] in " ,;:(", (label, whole)  # at a word's end
                shortened.append(node)
        assert shortened  # the Council of heads of state and government is longer than the pane
        nac = next(n for n in shortened if n.data is not None and n.data.id == "nac-leaders")
        assert nac.data is not None
        app.query_one(AgendaPane).select("nac-leaders")
        await settle(pilot)
        assert tree.cursor_node is nac
        detail = str(app.query_one("#agenda-detail", Static).render())
        assert detail.startswith(nac.data.words().title + "\n")


async def test_the_highlighted_item_stays_in_view_when_its_detail_takes_room(new_app: MakeApp) -> None:
    """At 80x24 the detail of the last item took the room its line was on: it was highlighted,
    described, and out of sight."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        await pilot.press("1", "end")
        await settle(pilot)
        tree = app.query_one("#agenda-tree", Tree)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.id == "nac-leaders"
        top = tree.scroll_offset.y
        assert top <= tree.cursor_line < top + tree.scrollable_content_region.height
