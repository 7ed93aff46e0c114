"""Blind mode: what judges see of an application when the organizer hides who the startup is."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError


def deck_download_name(application_id: int, original_name: str, blind: bool) -> str:
    """The file name a judge downloads the deck under: a neutral one in blind mode."""
    return f"application-{application_id}.pdf" if blind else original_name


def anonymous_deck(path: Path) -> bytes | None:
    """The deck's pages without its document information and XMP metadata (author, title, company and
    the tool that made it often name the startup); None when the file cannot be read as a PDF."""
    output = io.BytesIO()
    try:
        with path.open("rb") as stream:
            writer = PdfWriter(clone_from=PdfReader(stream))
            writer.metadata = None
            if "/Metadata" in writer.root_object:
                del writer.root_object["/Metadata"]
            writer.write(output)
    except (PdfReadError, OSError, ValueError):
        return None
    return output.getvalue()
