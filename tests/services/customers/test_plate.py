import pytest

from desktop.services.customers.rules.plate import is_new_energy, normalize_plate, plate_problem


@pytest.mark.parametrize("plate", ["京A12345", "粤B3K8F2", "沪C1234学", "粤BD12345", "粤BFA1234",
                                   "粤B12345D", "川A0000F", "新A12345"])
def test_valid_plates(plate: str) -> None:
    assert plate_problem(plate) is None


@pytest.mark.parametrize("plate", ["粤BD12345", "粤B12345D"])
def test_new_energy_plates(plate: str) -> None:
    assert is_new_energy(plate)


@pytest.mark.parametrize(
    ("plate", "words"),
    [
        ("京A1234", "not a valid plate"),
        ("京A1234567", "not a valid plate"),
        ("AB12345", "province"),
        ("京AI2345", "I or O"),
        ("京AO2345", "I or O"),
        ("京1A2345", "not a valid plate"),
        ("", "Enter the plate"),
    ],
)
def test_invalid_plates_say_why(plate: str, words: str) -> None:
    problem = plate_problem(plate)
    assert problem is not None and words in problem.render()


@pytest.mark.parametrize(
    ("typed", "plate"),
    [("京a12345", "京A12345"), ("京A·12345", "京A12345"), (" 粤 B-D1 2345 ", "粤BD12345"),
     ("粤ｂ１２３４５", "粤B12345")],
)
def test_normalize(typed: str, plate: str) -> None:
    assert normalize_plate(typed) == plate
