"""Colours as Chromium paints them, and their contrast (WCAG 2.1 relative luminance), for the tests that
check a figure or a highlight in both palettes: a colour with opacity is laid over what shows behind it."""

from __future__ import annotations

import re

from playwright.sync_api import Page

Rgba = tuple[float, float, float, float]

# An element's colours as computed, and the colour of the first painted background behind it (the page's
# own at the root), so contrast is measured against what the reader sees.
PAINT = """element => {
  const style = getComputedStyle(element);
  let behind = element.parentElement, background = 'rgba(0, 0, 0, 0)';
  for (; behind; behind = behind.parentElement) {
    const colour = getComputedStyle(behind).backgroundColor;
    if (!/^rgba\\(.*, 0\\)$/.test(colour) && colour !== 'transparent') { background = colour; break; }
  }
  return {color: style.color, fill: style.fill, stroke: style.stroke, opacity: style.opacity,
          backgroundColor: style.backgroundColor, outlineColor: style.outlineColor,
          outlineStyle: style.outlineStyle, boxShadow: style.boxShadow, behind: background,
          page: getComputedStyle(document.body).backgroundColor};
}"""


def rgba(css: str) -> Rgba:
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' as four numbers, alpha last."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    assert css.startswith("rgb") and len(numbers) in (3, 4), css
    return (*numbers[:3], numbers[3] if len(numbers) == 4 else 1.0)  # type: ignore[return-value]


def over(top: Rgba, bottom: Rgba, opacity: float = 1.0) -> Rgba:
    """``top`` (with its alpha, times ``opacity``) painted over an opaque ``bottom``."""
    alpha = top[3] * opacity
    mixed = (alpha * t + (1 - alpha) * b for t, b in zip(top[:3], bottom[:3], strict=True))
    return (*mixed, 1.0)  # type: ignore[return-value]


def luminance(colour: Rgba) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Rgba, b: Rgba) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def paint(page: Page, selector: str) -> dict[str, str]:
    """The computed colours of the first element ``selector`` finds, and what is painted behind it."""
    return page.locator(selector).first.evaluate(PAINT)


def page_background(paint_: dict[str, str]) -> Rgba:
    """The opaque colour behind an element: its nearest painted background over the page's own."""
    return over(rgba(paint_["behind"]), rgba(paint_["page"]))
