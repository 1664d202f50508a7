"""``python -m desktop`` runs the app (same as ``cxdesk``)."""

import sys

from desktop.app import main

sys.exit(main())
