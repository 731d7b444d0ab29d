"""Romanisation and skeletons now live in the domain (they are pure); re-exported here."""

from parley.domain.romanise import romanise, skeleton

__all__ = ["romanise", "skeleton"]
