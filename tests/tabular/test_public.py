import parley.tabular


def test_public_surface_is_pinned() -> None:
    assert parley.tabular.__all__ == ["Row", "Table", "read_table", "write_table"]
