"""Bytes to text: UTF-8 (with or without a byte order mark), UTF-16 (with or without one) or
Windows-1256 Arabic. Anything else raises InputError: one line, path and reason."""

from __future__ import annotations

from pathlib import Path

from conflict_timeline.errors import InputError


def _arabic_ratio(text: str) -> float:
    """Share of Arabic-block characters among the non-ASCII ones (ASCII decodes the same anyway)."""
    high = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not high:
        return 0.0
    return sum(1 for c in high if "\u0600" <= c <= "\u06ff") / len(high)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: every NUL byte on the same side of its pair (the
    high byte of ASCII characters), and printable text once decoded. None for anything else."""
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd and even:
        return None
    try:
        text = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if any(not c.isprintable() and not c.isspace() for c in text):
        return None
    return text


def decode(data: bytes, path: str | Path = "<input>") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), or Windows-1256 Arabic."""
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"undecodable UTF-16 text at byte {exc.start}") from None
    elif b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(path, "binary file (NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError:
                text = ""
            if not text or _arabic_ratio(text) < 0.8:
                raise InputError(
                    path, f"undecodable text (not UTF-8 at byte {exc.start}, not Windows-1256 Arabic)"
                ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(path, "empty file")
    return text
