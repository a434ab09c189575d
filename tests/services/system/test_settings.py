"""The shop's own settings (system): kept in the shop's database so every workstation
shares them, each checked against its range, never trusted when written behind the
program's back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.db import Database
from desktop.services.core.errors import ValidationFailed
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.service import CustomerService
from desktop.services.system.settings import (
    LOGO_MAX_BYTES,
    SPECS,
    ShopSettings,
    check_logo,
    is_empty,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_shop_settings_have_ranges(db: Database) -> None:
    settings = ShopSettings(db)
    with pytest.raises(ValidationFailed) as info:
        settings.set("vat_rate", "13")  # a fraction here; the screens show percent
    assert "vat_rate" in info.value.errors
    with pytest.raises(ValidationFailed):
        settings.set("labour_rate", "1e20")
    settings.set("vat_rate", "0.09")
    assert settings.get("vat_rate") == Decimal("0.09")


def test_prices_are_typed_in_percent_and_checked_together(db: Database) -> None:
    settings = ShopSettings(db)
    settings.set_prices("180", "13%")
    assert settings.get("labour_rate") == Decimal("180") and settings.vat_percent() == Decimal("13")
    with pytest.raises(ValidationFailed) as info:
        settings.set_prices("-5", "130")
    assert set(info.value.errors) == {"labour_rate", "vat_rate"}
    assert settings.get("labour_rate") == Decimal("180")  # nothing half-saved


def test_the_details_need_a_name_and_a_real_phone(db: Database) -> None:
    settings = ShopSettings(db)
    with pytest.raises(ValidationFailed) as info:
        settings.set_details({"shop_name": " ", "shop_phone": "12"})
    assert set(info.value.errors) == {"shop_name", "shop_phone"}
    settings.set_details({"shop_name": "顺达汽修", "shop_phone": "0755 8888 6666"})
    assert settings.get("shop_name") == "顺达汽修"
    assert settings.get("shop_phone").replace("-", "") == "075588886666"


def test_a_value_written_behind_the_programs_back_is_not_trusted(db: Database) -> None:
    settings = ShopSettings(db)
    settings.set("labour_rate", "200")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE shop_setting SET value = '1e30' WHERE name = 'labour_rate'"))
    assert settings.get("labour_rate") == SPECS["labour_rate"].default  # out of range: the default


def test_the_logo_is_a_png_or_jpeg_of_at_most_512_kb(db: Database) -> None:
    assert check_logo(PNG) is None
    assert check_logo(b"GIF89a....") is not None
    assert check_logo(PNG + b"\0" * LOGO_MAX_BYTES) is not None
    settings = ShopSettings(db)
    with pytest.raises(ValidationFailed):
        settings.set_logo(b"not an image")
    settings.set_logo(PNG)
    assert settings.get("shop_logo")


def test_a_shop_is_empty_until_its_first_customer(db: Database) -> None:
    assert is_empty(db)
    ShopSettings(db).set_details({"shop_name": "顺达汽修"})  # settings alone are not a started shop
    assert is_empty(db)
    CustomerService(db).create_customer(CustomerForm(name="张伟"))
    assert not is_empty(db)


def test_a_stale_copy_of_the_settings_never_puts_back_what_another_saved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.config import Settings

    path = tmp_path / "settings.json"
    window = Settings(path)  # read at start
    wizard = Settings(path)
    wizard.set("database_url", "postgresql+psycopg://servicebay@10.0.0.2/servicebay")
    wizard.save()
    window.set("language", "en")
    window.save()
    again = Settings(path)
    assert again.get("database_url").startswith("postgresql") and again.get("language") == "en"
    assert window.get("database_url").startswith("postgresql")  # the window's copy now reads it too
