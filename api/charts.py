"""Geometry of the regional view's pictures, computed on the server and drawn as inline SVG.

No chart or map library, nothing loaded from outside: the template only places the
numbers these functions return.
"""
from __future__ import annotations

from typing import Any

from api.coverage import BLIND, SILENT

SHADES = 5   # count classes of the map, lightest to darkest


def shade_bins(peak: int) -> list[tuple[int, int]]:
    """Count ranges of the map's shades, from 1 to `peak`, growing geometrically (a few areas
    with many records must not wash out all the rest)."""
    if peak <= 0:
        return []
    tops = sorted({max(1, round(peak ** (i / SHADES))) for i in range(1, SHADES + 1)})
    bins, low = [], 1
    for high in tops:
        if high >= low:
            bins.append((low, high))
            low = high + 1
    return bins


def shade_of(count: int, bins: list[tuple[int, int]]) -> int:
    """1..len(bins) for a count with records (0 for none)."""
    for i, (low, high) in enumerate(bins, start=1):
        if low <= count <= high:
            return i
    return len(bins) if count > 0 else 0


def area_class(count: int, state: str, bins: list[tuple[int, int]]) -> str:
    """The CSS class of a map area: its count's shade, or its coverage when it has no records."""
    if count > 0:
        return f"shade-{shade_of(count, bins)}"
    return "state-blind" if state == BLIND else ("state-silent" if state == SILENT else "shade-0")


def month_comparison(months: list[str], current: list[int], earlier: list[int], width: int = 720,
                     height: int = 220) -> dict[str, Any] | None:
    """Bars per month of the period beside thinner bars for the same month a year earlier."""
    if not months:
        return None
    base, top, margin = height - 24, 16, 28
    peak = max(current + earlier) or 1
    step = (width - 2 * margin) / len(months)
    every = len(months) // 8 + 1
    bars = []
    for i, (month, now, before) in enumerate(zip(months, current, earlier)):
        left = margin + i * step
        h_now, h_before = (base - top) * now / peak, (base - top) * before / peak
        bars.append({"key": month, "count": now, "earlier": before,
                     "x": round(left + step * 0.1, 1), "w": round(step * 0.5, 1),
                     "y": round(base - h_now, 1), "h": round(h_now, 1),
                     "ex": round(left + step * 0.6, 1), "ew": round(step * 0.3, 1),
                     "ey": round(base - h_before, 1), "eh": round(h_before, 1),
                     "cx": round(left + step * 0.35, 1), "labelled": i % every == 0})
    return {"width": width, "height": height, "base": base, "bars": bars}


def sparkline(current: list[int], earlier: list[int], width: int = 160, height: int = 36) -> dict[str, Any]:
    """A small chart: the period's months as bars, a year earlier as a line over them."""
    n = max(1, len(current))
    peak = max(current + earlier + [1])
    step = width / n
    bars = [{"x": round(i * step + step * 0.15, 1), "w": round(step * 0.7, 1),
             "y": round(height - height * v / peak, 1), "h": round(height * v / peak, 1)} for i, v in enumerate(current)]
    line = " ".join(f"{round(i * step + step / 2, 1)},{round(height - height * v / peak, 1)}"
                    for i, v in enumerate(earlier))
    return {"width": width, "height": height, "bars": bars, "line": line}


def change_label(change: float | None) -> str:
    """`+25%`, `−10%`, `bez zmian`, or `nowe` when there was nothing a year earlier."""
    if change is None:
        return "nowe"
    percent = round(change * 100)
    if percent == 0:
        return "bez zmian"
    return f"+{percent}%" if percent > 0 else f"\u2212{abs(percent)}%"


def bars(counts: dict[str, int], limit: int) -> list[dict[str, Any]]:
    """The largest counts with their share of the largest, for a table of bars."""
    top = list(counts.items())[:limit]
    peak = max((n for _, n in top), default=0) or 1
    return [{"key": k, "count": n, "percent": round(100 * n / peak, 1)} for k, n in top]


def legend(bins: list[tuple[int, int]]) -> list[dict[str, Any]]:
    return [{"shade": i, "label": str(low) if low == high else f"{low}–{high}"}
            for i, (low, high) in enumerate(bins, start=1)]

