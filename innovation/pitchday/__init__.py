"""The pitch day: finalists scheduled into slots per room, the printable agenda, calendar files."""
