from parley.errors import InputError, Problem


def test_problem_names_file_row_and_field() -> None:
    p = Problem("not a date", file="list.csv", row=7, field="date_of_birth", value="31.02.1990")
    assert str(p) == "list.csv, row 7, field 'date_of_birth': not a date (got '31.02.1990')"


def test_input_error_summarises_many_problems() -> None:
    err = InputError([Problem(f"bad {i}", row=i) for i in range(8)])
    assert "and 3 more" in str(err)
    assert len(err.problems) == 8
