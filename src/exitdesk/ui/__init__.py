"""The PySide6 desktop window. It calls the services in ``exitdesk.app`` only; it never runs SQL."""
