"""Option help that quotes a list from a heavy module, filled in only when help is shown.

Typer builds every command's options on each start, whichever command runs, so an
f-string help such as "only these sources (irc, ...)" would import the module that
holds the list (and all it imports) for ``chatwarden --help`` too. Such a help is
written with a ``{}`` where the list goes, and the command is registered with
``cls=fills(param=function)``: the function runs when this command's help is
formatted, nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperOption


def fills(**params: Callable[[], str]) -> type[TyperCommand]:
    """A command class whose named parameters' help gets its ``{}`` filled when help is shown."""

    class FilledHelp(TyperCommand):
        def format_help(self, ctx: Any, formatter: Any) -> None:
            for param in self.params:
                make = params.get(param.name or "")
                if make is not None and isinstance(param, TyperOption | TyperArgument) and param.help:
                    param.help = param.help.format(make())
            super().format_help(ctx, formatter)

    return FilledHelp
