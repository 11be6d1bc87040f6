"""`python -m bataille` is the same as the `bataille` command."""

import sys

from .cli import main

sys.exit(main())
