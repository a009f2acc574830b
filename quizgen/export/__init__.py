"""Exporters: Anki, GIFT, CSV, Markdown."""
