"""The editor's steps around the repair: the car leaves unrepaired through its dialog (the
exit slip opens), the customer is told from the template and it is logged."""

from datetime import timedelta

import pytest

from desktop.models.base import utcnow
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized

from desktop.views.workorders.editor import WorkOrderEditor
from desktop.views.workorders.visit_actions import NoticeDialog, ReleaseDialog


@pytest.fixture
def editor(qtbot, services: Services, workshop: Workshop, monkeypatch) -> WorkOrderEditor:  # type: ignore[no-untyped-def]
    widget = WorkOrderEditor(services)
    qtbot.addWidget(widget)
    widget.show()
    printed: list[str] = []
    monkeypatch.setattr(widget, "print_document", lambda kind, title: printed.append(kind))
    widget.printed = printed  # type: ignore[attr-defined]
    return widget


def test_a_car_leaves_unrepaired_with_its_exit_slip(qtbot, editor: WorkOrderEditor, services: Services,  # type: ignore[no-untyped-def]
                                                    workshop: Workshop, type_into) -> None:
    order = authorized(services, workshop)
    editor.open(order.id)
    assert editor.actions["release"].isVisibleTo(editor)
    dialog = editor.do_release()
    assert isinstance(dialog, ReleaseDialog)
    dialog.save()  # no reason given: said where
    assert dialog.isVisible() and dialog.errors.text("reason")
    dialog.reason.setEditText("客户不同意报价")
    dialog.save()
    assert not dialog.isVisible()
    assert editor.order is not None and editor.order.state == "released"
    assert editor.printed == ["exit-slip"]  # type: ignore[attr-defined]
    assert not editor.actions["release"].isVisibleTo(editor) and editor.actions["settle"].isVisibleTo(editor) is False


def test_the_customer_is_told_and_it_is_logged(qtbot, editor: WorkOrderEditor, services: Services,  # type: ignore[no-untyped-def]
                                               workshop: Workshop) -> None:
    order = authorized(services, workshop)
    editor.open(order.id)
    dialog = editor.do_tell()
    assert isinstance(dialog, NoticeDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("delayed"))
    assert "粤B12345" in dialog.text.toPlainText() and dialog.phone.text() == "13812345678"
    dialog.new_time.setDateTime(dialog.new_time.dateTime().addSecs(-10 * 3600))  # in the past: refused
    dialog.save()
    assert dialog.isVisible() and dialog.errors.text("new_promised_at")
    dialog.new_time.setDateTime(dialog.new_time.dateTime().addSecs(20 * 3600))
    dialog.save()
    assert not dialog.isVisible()
    notices = services.visit.notices(order.id)
    assert [n.kind for n in notices] == ["delayed"]
    assert editor.order is not None and editor.order.promised_at is not None
    assert editor.order.promised_at > utcnow() + timedelta(hours=5)
