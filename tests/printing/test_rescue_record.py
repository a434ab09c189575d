"""The rescue record read back from its PDF in Chinese: the call, the place, the problem,
the van, the times, the outcome with the work order opened, the charge and both signatures."""

from desktop.services.container import Services
from desktop.services.rescue.records import CallForm, CloseForm, VanForm
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text


def test_the_rescue_record(services: Services, workshop: Workshop) -> None:
    van = services.vans.save_van(None, VanForm("救援车1", crew="刘师傅", km=1000)).id
    call = services.rescues.take_call(CallForm("13812345678", "机场高速出口", "行驶中熄火", "张先生",
                                               vehicle_id=workshop.vehicle_id, landmark="收费站前", distance_km=35))
    call = services.rescues.dispatch(call.id, call.version, van_id=van)
    call = services.rescues.arrived(call.id, call.version)
    call = services.rescues.close(call.id, call.version, CloseForm("towed", tow_km=36, odometer_km=21000))
    words = text(services.rescues.record_pdf(call.id, "zh_CN"))
    for expected in ("道路救援服务单", call.number, "张先生", "13812345678", "粤B12345", "机场高速出口", "收费站前",
                     "行驶中熄火", "救援车1", "刘师傅", "拖车回厂", "36 km", call.work_order, "560.00", "客户签字",
                     "救援人员签字", "无（按次收费）"):
        assert expected in words, expected
