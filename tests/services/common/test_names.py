import pytest

from desktop.services.common.names import initials, name_keys


def test_initials_and_full_pinyin() -> None:
    assert name_keys("张伟") == ["zw", "zhangwei"]
    assert initials("李娜") == "ln"


@pytest.mark.parametrize(("name", "key"), [("曾小明", "zxm"), ("曾小明", "cxm"), ("单田芳", "stf"),
                                           ("仇英", "qy"), ("解晓东", "xxd")])
def test_polyphonic_surnames_are_found_either_way(name: str, key: str) -> None:
    assert key in name_keys(name)


def test_surname_table_does_not_invent_readings() -> None:
    assert name_keys("董文") == ["dw", "dongwen"]
    assert name_keys("朱文磊") == ["zwl", "zhuwenlei"]


def test_phrases_read_in_context() -> None:
    assert name_keys("重庆宝马4S店")[0] == "cqbm4sd"


def test_latin_names_have_no_pinyin_keys() -> None:
    assert name_keys("John Smith") == []
    assert name_keys("BMW 4S店") == ["bmw4sd", "bmw4sdian"]
