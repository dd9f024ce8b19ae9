"""The CLI's sentences to people, as templates marked for translation in the "Cli" context.

Printed in English today; a translated CLI looks the same template up and fills in the same
named values, so no sentence has to be rewritten for it. Table rows and ids are not sentences
and are printed as they are.
"""

from __future__ import annotations

import sys
from typing import TextIO

CLI_CONTEXT = "Cli"


def say(template: str, /, *, file: TextIO | None = None, **params: object) -> None:
    """Print one sentence: ``template`` filled with ``params``."""
    text = template.format(**params) if params else template
    print(text, file=file if file is not None else sys.stdout)
