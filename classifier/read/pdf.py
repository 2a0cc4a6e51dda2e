"""Layout A printed to PDF: text per page with pypdf, browser header/footer lines removed."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pypdf import PdfReader

from classifier.catalog import load_catalog, match_key
from classifier.errors import InputError

# Browser print furniture: "11/28/26, 7:26 PM  Microsoft Forms" at the top, the page URL and "3/12" at the bottom.
_DATE_TIME = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?(\s|$)")
_PAGE_COUNTER = re.compile(r"^(page\s+)?\d{1,3}\s*(/|of)\s*\d{1,3}$", re.IGNORECASE)
_PAGE_URL = re.compile(
    r"^(https?://)?[\w.-]*forms\.(office|microsoft|cloud\.microsoft)(\.com)?/\S*(\s+\d{1,3}\s*/\s*\d{1,3})?$"
)
# The page address followed by the page counter: "https://forms.office.com/… 3/17", "about:blank 3/17".
_ADDRESS_AND_COUNTER = re.compile(r"^[a-z][a-z0-9+.-]*:\S*\s+\d{1,3}\s*/\s*\d{1,3}$", re.IGNORECASE)
# Lines this close to a page edge that recur on most pages are header/footer text (e.g. the page title).
_EDGE_LINES = 3

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_lines(path: Path, data: bytes) -> list[str]:
    """The text lines of a "View results" PDF, pages in order, without browser headers and footers."""
    if b"%%EOF" not in data[-2048:]:
        raise InputError(path, "truncated PDF (no end-of-file marker); download or print it again")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "encrypted PDF; save a copy without a password and read that")
        pages = [(page.extract_text() or "").replace("\r\n", "\n").split("\n") for page in reader.pages]
    except InputError:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files; the analyst needs one line
        if "crypt" in str(error).lower():
            raise InputError(path, "encrypted PDF; save a copy without a password and read that") from None
        raise InputError(path, f"cannot be read as a PDF ({type(error).__name__}: {error})") from None
    if not any(line.strip() for page in pages for line in page):
        raise InputError(path, "PDF has no text layer (scanned image?); print the View results page to PDF again")
    return strip_page_furniture(pages)


def strip_page_furniture(pages: list[list[str]]) -> list[str]:
    """Drop print date/time, page URL, page counter and page-title lines; join the pages.

    Text without page breaks is cut into pages at its print date/time lines, if it has them.
    """
    if len(pages) == 1:
        pages = _split_at_dates(pages[0])
    edge_counts: Counter[str] = Counter()
    for page in pages:
        edge_counts.update(set(_edges(page)))
    recurring = {
        text for text, count in edge_counts.items()
        if len(pages) >= 3 and count >= 0.6 * len(pages) and _may_be_furniture(text)
    }
    lines: list[str] = []
    for page in pages:
        edges = set(_edges(page))
        for line in page:
            stripped = line.strip()
            if any(p.match(stripped) for p in (_DATE_TIME, _PAGE_COUNTER, _PAGE_URL, _ADDRESS_AND_COUNTER)):
                continue
            if stripped in recurring and stripped in edges:
                continue
            lines.append(line)
    return lines


def _split_at_dates(lines: list[str]) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        if _DATE_TIME.match(line.strip()) and pages[-1]:
            pages.append([])
        pages[-1].append(line)
    return pages


def _edges(page: list[str]) -> list[str]:
    texts = [line.strip() for line in page if line.strip()]
    return texts[:_EDGE_LINES] + texts[-_EDGE_LINES:]


def _may_be_furniture(text: str) -> bool:
    """Only a line that is no part of the form (a title, heading, option or `N.` marker) can be page furniture."""
    if sum(c.isalpha() for c in text) < 4:
        return False
    key = re.sub(r"\d+\.$", "", match_key(text))
    return key not in _form_keys()


@lru_cache(maxsize=1)
def _form_keys() -> frozenset[str]:
    keys = set()
    for question in load_catalog().questions.values():
        keys.add(match_key(question.title))
        keys.update(match_key(text) for text in question.printed_before)
    return frozenset(keys)
