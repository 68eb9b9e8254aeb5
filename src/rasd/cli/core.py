"""Core commands: ingest, extract, export, show, events."""

from __future__ import annotations
