"""A date as the engine holds it once read (CSL 1.0.2 §Date), in a module of its own so that
the variables' tests can tell it by its class without importing the date renderers (which
import them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateValue:
    start: tuple[int, int, int]   # year, month (0 = none; 13-16 seasons), day
    end: tuple[int, int, int] | None
    literal: str = ""
    circa: bool = False
