"""The frozen app's entry point: the same front door as the ``bataille`` command."""

import sys

from bataille.cli import main

if __name__ == "__main__":
    sys.exit(main())
