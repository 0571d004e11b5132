"""werkplaats: run a community-building workshop from a laptop."""

import os

# The matcher's matrix products are small (a room of 1,000 people is 1,300 texts × a few
# dozen concepts); on the two-core laptops this runs on, a second BLAS thread only competes
# with the interface thread and whatever else the machine does (measured under load: the
# matcher 1.5-2x slower with two threads). Set before numpy loads; the user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
