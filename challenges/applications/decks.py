"""Pitch decks: a PDF checked by its content, kept under a random name outside the web root.

A file is a PDF when pypdf can open it and count its pages, whatever its name says: a renamed `.exe` is
refused. The size is checked while reading, so a 30 MB upload is refused without being held in memory.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from pathlib import Path
from typing import IO

from flask import current_app
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from challenges.applications.models import StoredFile
from innovation.auth.models import User
from innovation.extensions import db
from innovation.organizations.models import Organization

PDF = "application/pdf"


class DeckError(ValueError):
    """The upload is not an acceptable deck; `reason`: "too_large", "empty", "not_pdf" or "locked"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_deck(stream: IO[bytes], max_bytes: int) -> tuple[bytes, int]:
    """The file's bytes and page count, or `DeckError`."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DeckError("too_large")
    if not data:
        raise DeckError("empty")
    if not data.lstrip()[:5] == b"%PDF-":
        raise DeckError("not_pdf")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DeckError("locked")
        pages = len(reader.pages)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DeckError("not_pdf") from exc
    if pages == 0:
        raise DeckError("not_pdf")
    return data, pages


def storage_dir() -> Path:
    """Where uploads live (created on first use)."""
    path = Path(current_app.config["STORAGE_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_deck(stream: IO[bytes], filename: str, owner: Organization, uploader: User) -> StoredFile:
    """Check and keep an uploaded deck for `owner` (flushed, not committed)."""
    data, pages = read_deck(stream, current_app.config["UPLOAD_MAX_BYTES"])
    stored_name = secrets.token_hex(16) + ".pdf"
    (storage_dir() / stored_name).write_bytes(data)
    record = StoredFile(
        organization_id=owner.id,
        uploaded_by_id=uploader.id,
        original_name=safe_filename(filename),
        stored_name=stored_name,
        content_type=PDF,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
    )
    db.session.add(record)
    db.session.flush()
    return record


def safe_filename(name: str) -> str:
    """A name to offer on download: the base name, printable, ending in .pdf."""
    base = Path(name.replace("\\", "/")).name
    cleaned = "".join(char for char in base if char.isprintable() and char not in '"<>|:*?')[:200].strip()
    if not cleaned.lower().endswith(".pdf"):
        cleaned = (cleaned or "deck") + ".pdf"
    return cleaned


def deck_path(record: StoredFile) -> Path:
    """The stored file's place on disk."""
    return storage_dir() / record.stored_name
