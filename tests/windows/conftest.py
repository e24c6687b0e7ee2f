"""tests/windows run under Windows' own Python only: on Windows, or under wine after the
Windows build (packaging/windows-under-wine.sh). Elsewhere they are not even collected."""

import sys

collect_ignore_glob = [] if sys.platform == "win32" else ["test_*.py"]
