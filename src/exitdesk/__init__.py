"""ExitDesk: an offline, encrypted case tool for Exit Programme workers."""

__version__ = "0.1.0"
APP_NAME = "ExitDesk"
