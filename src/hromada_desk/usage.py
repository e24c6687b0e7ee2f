"""What the command line's entry point and its commands share: exit codes and the usage
error a command raises (kept apart so that the commands need not import ``cli``)."""

from __future__ import annotations

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command called the wrong way (arguments that go together or exclude each other):
    reported as argparse reports its own usage errors, with exit code 2."""
