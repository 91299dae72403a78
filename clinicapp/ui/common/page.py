"""What the shell asks of every area page, and how a location names what it shows.

A location is a string the history keeps and Back returns to: `scheme`
alone ("topics", "glossary", "search") or `scheme:target` ("topic:ID",
"therapy:ID", "term:ID", "compare:ID"). Each area declares the schemes it
serves in `ui/shell/areas.py`; the shell picks the area by scheme and hands
the whole location to its page. The schemes are declared with the area, not
read from the page, because pages are built on first use: the shell must
route to a page that does not exist yet.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


def scheme_of(location: str) -> str:
    """The part of a location before the first colon ("topic" of "topic:knots")."""
    return location.partition(":")[0]


def target_of(location: str) -> str:
    """The part after the first colon ("knots" of "topic:knots"); empty for a bare scheme."""
    return location.partition(":")[2]


@runtime_checkable
class Page(Protocol):
    """An area page: shows the locations its area serves and clears itself between visits.

    Runtime-checkable so the shell can refuse, when it builds a page, a
    factory that returns something else (a TypeError naming the area), rather
    than failing on the first tap.
    """

    def show_location(self, location: str) -> bool:
        """Show this location (one of the area's schemes); False if there is no such thing to show.

        Called before the page is put on screen, and again when the same location is asked for.
        """
        ...

    def reset(self) -> None:
        """Between visits: nothing the last person opened, selected, typed or scrolled stays.

        The session has been reset already; the page brings what it shows in line with it.
        """
        ...
