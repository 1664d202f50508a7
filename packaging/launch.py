"""Entry script of the frozen app (PyInstaller): the same as the ``cxdesk`` console script."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
