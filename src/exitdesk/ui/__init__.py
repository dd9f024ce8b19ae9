"""The PySide6 desktop window. It calls the services in ``exitdesk.app`` only; it never runs SQL."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; it is translated later, where shown.
    (PySide's own returns ``object`` to type checkers.)"""
    return text
