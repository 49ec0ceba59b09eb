"""A horizontal bar chart of a vote's breakdown, drawn as SVG by a template.

``bar_chart`` does the arithmetic (bar lengths and positions); the template
``_chart.html`` writes the SVG elements, so every label passes through escaping.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 96
VALUE_WIDTH = 48
BAR_HEIGHT = 22
GAP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    css: str  # option name, for its colour
    x: int
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    title: str
    width: int
    height: int
    bars: tuple[Bar, ...]

    @property
    def total(self) -> int:
        return sum(b.value for b in self.bars)


def bar_chart(title: str, counts: dict[str, int], width: int = 520) -> Chart:
    """Bars for each option with a count, scaled to the largest count."""
    items = [(option, value) for option, value in counts.items() if value]
    top = max((value for _, value in items), default=0)
    room = width - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for row, (option, value) in enumerate(items):
        length = round(room * value / top) if top else 0
        bars.append(
            Bar(
                option,
                value,
                option.replace(" ", "-"),
                LABEL_WIDTH,
                GAP + row * (BAR_HEIGHT + GAP),
                max(length, 1),
            )
        )
    height = GAP + len(bars) * (BAR_HEIGHT + GAP)
    return Chart(title, width, height, tuple(bars))
