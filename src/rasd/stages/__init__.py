"""Pipeline stages: each declares what it requires and what it provides.

A stage is a class decorated with :func:`stage`; calling it on a
:class:`~rasd.document.Document` adds annotations and returns the document. The
registry lets :mod:`rasd.pipeline` build a pipeline by name and check, before any
document runs, that every requirement is provided by an earlier stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rasd.document import Document

REGISTRY: dict[str, type[Stage]] = {}


class Stage:
    """Base class of a document stage."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - interface
        raise NotImplementedError


def stage(name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()) -> Callable:
    """Register a stage class under ``name`` with its requirements and products."""

    def register(cls: type[Stage]) -> type[Stage]:
        cls.name = name
        cls.requires = requires
        cls.provides = provides or (name,)
        REGISTRY[name] = cls
        return cls

    return register
