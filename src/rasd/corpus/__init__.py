"""Across documents: mentions that describe one happening become one merged event."""

from rasd.corpus.merge import merge_pending

__all__ = ["merge_pending"]
