"""Tables in and out of CSV and XLSX files: an adapter that imports only parley.errors."""

from parley.tabular._api import read_table, write_table
from parley.tabular._table import Row, Table

__all__ = ["Row", "Table", "read_table", "write_table"]
