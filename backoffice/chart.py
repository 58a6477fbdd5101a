"""A bar chart drawn on the server as SVG: the geometry here, the markup in
backoffice/includes/chart.html. No JavaScript library: the page works, and prints, as it comes.

Bars of each month stand side by side (one per series), on a scale starting at zero whose top is a
round number; the months are named under the bars, every few months when there are many."""

import math
from dataclasses import dataclass

WIDTH = 720
HEIGHT = 260
LEFT = 44  # room for the scale's numbers
BOTTOM = 28  # room for the months' names
TOP = 10
MOST_MONTH_NAMES = 12
TICKS = 4


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: list


@dataclass(frozen=True)
class Bar:
    series: str
    x: float
    y: float
    width: float
    height: float
    title: str


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class MonthName:
    x: float
    text: str


def round_top(largest):
    """The top of the scale: TICKS times a round step (1, 2, 2.5 or 5 times a power of ten, a whole
    number), the smallest at least `largest`."""
    step = largest / TICKS
    if step <= 1:
        return TICKS
    magnitude = 10 ** math.floor(math.log10(step))
    steps = (factor * magnitude for factor in (1, 2, 2.5, 5, 10))
    return int(TICKS * next(nice for nice in steps if nice >= step and float(nice).is_integer()))


class BarChart:
    width = WIDTH
    height = HEIGHT
    left = LEFT
    right = WIDTH
    baseline = HEIGHT - BOTTOM

    def __init__(self, month_names, series):
        self.month_names = month_names
        self.series = series
        self.top = round_top(max((value for one in series for value in one.values), default=0))
        self.slot = (WIDTH - LEFT) / max(len(month_names), 1)

    def scaled(self, value):
        return (self.baseline - TOP) * value / self.top

    def bars(self):
        bar_width = self.slot * 0.8 / len(self.series)
        bars = []
        for month, name in enumerate(self.month_names):
            for position, one in enumerate(self.series):
                value = one.values[month]
                height = self.scaled(value)
                x = LEFT + month * self.slot + self.slot * 0.1 + position * bar_width
                bars.append(Bar(one.key, x, self.baseline - height, bar_width, height, f"{name}: {one.label} {value}"))
        return bars

    def ticks(self):
        return [
            Tick(self.top * n // TICKS, self.baseline - self.scaled(self.top * n // TICKS)) for n in range(TICKS + 1)
        ]

    def names(self):
        every = math.ceil(len(self.month_names) / MOST_MONTH_NAMES)
        return [
            MonthName(LEFT + (month + 0.5) * self.slot, name)
            for month, name in enumerate(self.month_names)
            if month % every == 0
        ]
