"""Exports of a program's records as CSV and XLSX, safe to open in a spreadsheet."""
