"""Entry point for ``python -m hromada_desk``."""

from hromada_desk.cli import run

run()
