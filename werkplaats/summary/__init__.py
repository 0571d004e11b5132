"""Session summaries: the group's, each participant's and the organiser's (Markdown + HTML).

``summaries(session)`` builds them as data (``build``), following the consent rules in
``privacy``; ``render`` turns one into Markdown or HTML with the jinja2 templates in
``templates/``; ``write_summaries(session, folder)`` writes them all. jinja2 is imported
only when something is rendered.
"""

from werkplaats.summary.build import GroupSummary, OrganiserSummary, PersonalSummary
from werkplaats.summary.privacy import gets_mail, may_name, may_reach
from werkplaats.summary.render import file_stem, render, summaries, write_summaries

__all__ = [
    "GroupSummary",
    "OrganiserSummary",
    "PersonalSummary",
    "file_stem",
    "gets_mail",
    "may_name",
    "may_reach",
    "render",
    "summaries",
    "write_summaries",
]
