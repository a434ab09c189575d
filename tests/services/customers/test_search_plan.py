from desktop.services.customers.search import plan


def test_digits_look_in_phones_plates_and_vins() -> None:
    p = plan("5678")
    assert p is not None
    assert (p.phone, p.plate, p.vin_tail, p.pinyin, p.name) == ("5678", "5678", "5678", None, None)


def test_letters_look_in_pinyin_plates_vins_and_names() -> None:
    p = plan("zw")
    assert p is not None and p.pinyin == "zw" and p.plate == "ZW" and p.vin_tail is None


def test_chinese_looks_in_names_and_plates() -> None:
    p = plan("粤B12")
    assert p is not None and p.plate == "粤B12" and p.name == "粤B12" and p.phone is None
    p = plan("张伟")
    assert p is not None and p.name == "张伟" and p.plate is None


def test_phone_with_country_code_and_dashes() -> None:
    p = plan("+86 138-1234-5678")
    assert p is not None and p.phone == "13812345678"


def test_full_width_and_empty() -> None:
    p = plan("１２３４")
    assert p is not None and p.phone == "1234"
    assert plan("   ") is None
