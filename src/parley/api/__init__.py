"""The JSON API under /api/v1: `create_app(settings)` builds it; nothing is built on import."""

from parley.api.app import create_app

__all__ = ["create_app"]
