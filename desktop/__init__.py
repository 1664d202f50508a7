"""CX Account Desk: manage a carrier's account on the ConnexCS platform from the desktop."""

__version__ = "0.1.0"
APP_NAME = "CX Account Desk"
APP_ID = "cxdesk"
