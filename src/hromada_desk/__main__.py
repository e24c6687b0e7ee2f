"""Entry point for ``python -m hromada_desk``."""

import sys

from hromada_desk.cli import main

sys.exit(main())
