"""Translatable messages for code that must not import Qt.

``QT_TRANSLATE_NOOP`` only marks a string so that ``pyside6-lupdate`` collects it into the
.ts files.  A ``Message`` carries the untranslated template and its values; whoever shows
it (a view, the command line) translates the template and then fills in ``{name}``
placeholders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

VALIDATION = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str = VALIDATION

    def render(self, translate: Translator | None = None) -> str:
        """Translate the template, then fill it; a parameter that is itself a Message is
        translated too."""
        translate = translate or _identity
        template = translate(self.context, self.text)
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        for text in (template, self.text):
            try:
                return text.format(**params)
            except (KeyError, IndexError, ValueError):
                continue
        return template  # a message is never worth a crash

    def __str__(self) -> str:
        return self.render()
