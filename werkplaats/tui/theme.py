"""The app's themes: the laptop uses a calm dark theme, the projector a high-contrast one.

Colours live here and only here; the .tcss files use the theme's variables.
"""

from __future__ import annotations

from textual.theme import Theme

PROJECTOR_THEME = Theme(
    name="werkplaats-projector",
    primary="#FFD400",  # yellow on black reads from the back of a hall
    secondary="#7FDBFF",
    accent="#FFD400",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#3DF56B",
    warning="#FFB000",
    error="#FF5A5A",
    dark=True,
    variables={
        "footer-background": "#000000",
        "block-cursor-background": "#FFD400",
    },
)

FACILITATOR_THEME = Theme(
    name="werkplaats",
    primary="#4EA8DE",
    secondary="#80B918",
    accent="#FFB703",
    foreground="#E8E8E8",
    background="#16181D",
    surface="#1F232B",
    panel="#2A2F3A",
    success="#80B918",
    warning="#FFB703",
    error="#E5484D",
    dark=True,
)
