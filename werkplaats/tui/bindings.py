"""Bindings in the facilitator's language, and a command palette that finds every action.

Binding descriptions are written as catalog keys (``"app.key_help"``); :func:`translate_bindings`
swaps them for the words in the app's language when a screen or widget is made. The
:class:`ActionCommands` provider lists every binding that is active where the palette was
opened (the focused widget, its round, the screen and the app), so anything with a key can
also be found by typing its name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from textual.binding import Binding, BindingsMap
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from werkplaats.i18n import t

_PLUMBING = frozenset({"focus_next", "focus_previous", "copy_text", "maximize", "minimize"})
_CATALOG_KEY = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")


def _words(text: str, language: str) -> str:
    return t(text, language) if text and _CATALOG_KEY.match(text) else text


def translate_bindings(node: DOMNode, language: str) -> None:
    """Replace catalog keys in ``node``'s binding descriptions and tooltips with words."""
    translated = BindingsMap()
    for bindings in node._bindings.key_to_bindings.values():
        for binding in bindings:
            translated._add_binding(
                replace(
                    binding,
                    description=_words(binding.description, language),
                    tooltip=_words(binding.tooltip, language),
                )
            )
    node._bindings = translated


def describe_key(binding: Binding) -> str:
    """How a key is written for people: ``F5``, ``Ctrl+N``."""
    if binding.key_display:
        return binding.key_display
    names = {"question_mark": "?", "pagedown": "PgDn", "pageup": "PgUp", "escape": "Esc"}
    parts = [names.get(p, p.upper() if len(p) <= 3 else p.capitalize())
             for p in binding.key.split("+")]
    if len(parts) == 2 and parts[0] == "Ctrl" and len(parts[1]) == 1:
        return f"^{parts[1]}"
    return "+".join(parts)


def active_actions(screen) -> list[tuple[str, Binding, DOMNode]]:  # type: ignore[no-untyped-def]
    """(keys, binding, node) for each action reachable on ``screen``, focused widget first.

    Walks the screen's own binding chain (its focused widget up to the app), so it gives the
    same answer while a palette or help screen is open on top. Bindings of Textual's own
    widgets (cursor keys of a text field) are left out.
    """
    seen: dict[tuple[int, str], tuple[list[str], Binding, DOMNode]] = {}
    for node, bindings_map in screen._binding_chain:
        if type(node).__module__.startswith("textual."):
            continue  # a text field's cursor keys are not actions of the workshop
        for bindings in bindings_map.key_to_bindings.values():
            for binding in bindings:
                action = binding.action.rpartition(".")[2]
                if not binding.description or binding.system or action in _PLUMBING:
                    continue
                if binding.id is None:
                    continue  # inherited from a Textual widget (a list's cursor keys)
                marker = (id(node), binding.action)
                if marker in seen:
                    if describe_key(binding) not in seen[marker][0]:
                        seen[marker][0].append(describe_key(binding))
                else:
                    seen[marker] = ([describe_key(binding)], binding, node)
    return [(" ".join(keys), binding, node) for keys, binding, node in seen.values()]


class ActionCommands(Provider):
    """Every action that has a key, findable by its description."""

    def _actions(self) -> list[tuple[str, Binding, DOMNode]]:
        return active_actions(self.screen)

    def _run(self, binding: Binding, node: DOMNode) -> None:
        self.app.call_later(self.app.run_action, binding.action, node)

    async def discover(self) -> Hits:
        for keys, binding, node in self._actions():
            yield DiscoveryHit(
                f"{binding.description}  ({keys})",
                partial(self._run, binding, node),
                help=binding.tooltip or None,
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for keys, binding, node in self._actions():
            text = f"{binding.description}  ({keys})"
            score = matcher.match(f"{binding.description} {binding.tooltip}")
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(self._run, binding, node),
                          help=binding.tooltip or None)
