"""Files written for people are put in place in one rename, and never over a folder or a
device: the target is refused with a plain message and nothing is written."""

from pathlib import Path

import pytest

from desktop.services.core.files import NotAFile, replacing, write_bytes


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old", encoding="utf-8")
    with replacing(target) as handle:
        handle.write("新的")
    assert target.read_text(encoding="utf-8-sig") == "新的"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]  # no part file left


def test_a_folder_or_a_device_is_never_replaced(tmp_path: Path) -> None:
    with pytest.raises(NotAFile):
        write_bytes(tmp_path, b"x")
    assert tmp_path.is_dir()
    devnull = Path("/dev/null")
    if devnull.exists():
        with pytest.raises(NotAFile):
            write_bytes(devnull, b"x")
        assert not devnull.is_file()
