"""The nudge: job-description intros in Dutch and English, persons left alone."""

from __future__ import annotations

import pytest

from werkplaats.nudge import job_signals, nudge_for


@pytest.mark.parametrize(
    "intro",
    [
        "Ik werk bij de gemeente, afdeling Wonen, in het project Samen Sterk.",
        "Ik ben beleidsmedewerker bij de woningcorporatie.",
        "Mijn functie is kwartiermaker in de wijk.",
        "Vanuit de stichting doe ik het programma Buurtkracht.",
        "I work for the council as a policy officer.",
        "My role is project coordinator at a welfare organisation.",
    ],
)
def test_job_descriptions_get_a_nudge(intro: str) -> None:
    verdict = nudge_for(intro)
    assert verdict.job_like
    assert verdict.words


@pytest.mark.parametrize(
    "intro",
    [
        "Ik ben Jort en ik houd mijn haren liever kort.",
        "Ik zwem elke ochtend buiten, ook in februari.",
        "Ik ben Fatima, ik dans graag en mijn kinderen zijn mijn team.",
        "I'm Kofi, I love cooking for the whole street.",
        "Ik bak börek op zondag voor wie langskomt.",
        "",
    ],
)
def test_persons_are_left_alone(intro: str) -> None:
    assert not nudge_for(intro).job_like


def test_one_loose_work_word_is_not_enough() -> None:
    assert not nudge_for("De gemeente heeft mijn straat opgebroken, dus ik fiets om.").job_like
    assert job_signals("Afdeling en project") == ["afdeling", "project"]
