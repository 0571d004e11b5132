"""werkplaats: run a community-building workshop from a laptop."""

__version__ = "0.1.0"
