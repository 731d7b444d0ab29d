"""Pure domain: ids, events, the lifecycle, agreements and balances, chain hashing, access rules.

Nothing here does I/O or imports an adapter; ports (Protocols) name what the domain needs.
"""
