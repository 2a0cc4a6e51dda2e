"""What a file is, judged from its bytes (the extension is only a hint), and how to decode text."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from classifier.errors import InputError

PDF, WORKBOOK, RESULTS_TEXT, CSV_TABLE, JSONL_TABLE = "pdf", "xlsx", "results_text", "csv", "jsonl"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Text that is mostly letters and punctuation; share of control characters above this means binary.
_MAX_CONTROL_SHARE = 0.01


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (files saved in two encodings, or in 1252 alone)."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("msq_cp1252_fallback", _cp1252_fallback)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: mostly-ASCII text leaves every other byte zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    for zeros, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(path: Path, data: bytes) -> str:
    """Decode UTF-8/16/32 with a BOM, else UTF-8 with any stray Windows-1252 bytes; reject binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(path, data[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                problem = f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                raise InputError(path, problem) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(path, "binary data, not a text, PDF or Excel file")
        return _checked(path, text)
    return _checked(path, data.decode("utf-8", errors="msq_cp1252_fallback"))


def _checked(path: Path, text: str) -> str:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > _MAX_CONTROL_SHARE * max(len(text), 1) or "\ufffd" * 3 in text:
        raise InputError(path, "binary data, not a text, PDF or Excel file")
    if not text.strip():
        raise InputError(path, "file is empty (only whitespace)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sniff(path: Path, data: bytes) -> str:
    """The kind of submission file: PDF, workbook, View-results text, CSV or JSONL answer table."""
    suffix = path.suffix.lower()
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"%PDF-" in data[:1024]:
        return PDF
    if suffix == ".pdf":
        raise InputError(path, "not a PDF (no %PDF header); export the page to PDF again")
    if data.startswith(b"PK\x03\x04"):
        return WORKBOOK
    if suffix in (".xlsx", ".xlsm"):
        raise InputError(path, "corrupt .xlsx workbook (not a ZIP archive); export it from Forms again")
    return _text_kind(suffix, data)


def _text_kind(suffix: str, data: bytes) -> str:
    if suffix == ".jsonl":
        return JSONL_TABLE
    if suffix == ".csv":
        return CSV_TABLE
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if head.lstrip().startswith(b"{"):
        first = head.lstrip().split(b"\n", 1)[0]
        try:
            json.loads(first)
            return JSONL_TABLE
        except ValueError:
            pass
    first_line = head.split(b"\n", 1)[0].strip().lower()
    cells = [cell.strip(b' "') for cell in first_line.split(b",")]
    if len(cells) > 1 and (b"text" in cells or b"answer" in cells):
        return CSV_TABLE
    return RESULTS_TEXT
