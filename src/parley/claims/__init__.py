"""Claim extraction: propose draft claims from English news text.

An adapter: imports only `parley.domain` and `parley.errors` of ours.
"""

from parley.claims.draft import DraftClaim
from parley.claims.extract import extract_claims

__all__ = ["DraftClaim", "extract_claims"]
