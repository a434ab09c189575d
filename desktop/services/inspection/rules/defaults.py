"""The checklists the program ships (the shop edits them, or adds its own): the routine
maintenance inspection of 40 points, the seasonal check, the new-car PDI and the stored
new car's periodic check.

A row: (area, label, answer, unit, plausible range, attention below, urgent below,
attention above, urgent above, labour operation, part, part quantity).  Limits follow
common practice: tread 1.6 mm is the legal minimum (GB 7258), 3 mm the time to plan
tyres; brake pads under 3 mm are due, under 2 mm urgent; a resting 12 V battery below
12.4 V is weak, below 12.0 V flat."""

from __future__ import annotations

from typing import NamedTuple


class ItemSpec(NamedTuple):
    area: str
    label: str
    answer: str = "status"
    unit: str = ""
    plausible: tuple[str, str] | None = None
    attention_below: str | None = None
    urgent_below: str | None = None
    attention_above: str | None = None
    urgent_above: str | None = None
    operation: str = ""
    part: str = ""
    qty: str = "1"


def _s(area: str, label: str, operation: str = "", part: str = "", qty: str = "1") -> ItemSpec:
    return ItemSpec(area, label, operation=operation, part=part, qty=qty)


def _tread(label: str) -> ItemSpec:
    return ItemSpec("轮胎与制动", label, "measure", "mm", ("0", "20"), "3", "1.6", operation="S002")


def _pad(label: str, operation: str, part: str) -> ItemSpec:
    return ItemSpec("轮胎与制动", label, "measure", "mm", ("0", "25"), "3", "2", operation=operation, part=part)


def _pressure(label: str) -> ItemSpec:
    # below 20 kPa is a reading in bar (2.4) typed into the kPa box, not a tyre
    return ItemSpec("轮胎与制动", label, "measure", "kPa", ("20", "600"), "210", "180", "280", "320")


MAINTENANCE = (
    _s("发动机舱", "机油液位及油质", "M001", "OIL-5W30-4L"),
    _s("发动机舱", "冷却液液位及冰点", "M007"),
    _s("发动机舱", "制动液液位及含水量", "M005", "DOT4-1L"),
    _s("发动机舱", "转向助力油液位"),
    _s("发动机舱", "玻璃水液位"),
    _s("发动机舱", "空气滤清器", "M002", "FLT-AIR"),
    _s("发动机舱", "发动机皮带（裂纹、张紧）"),
    _s("发动机舱", "各油管、水管有无渗漏"),
    _s("发动机舱", "火花塞（按里程）", "M004", "PLUG-IR", "4"),
    ItemSpec("发动机舱", "蓄电池静态电压", "measure", "V", ("0", "16"), "12.4", "12.0", "14.8", "15.5",
             "E002", "BAT-60"),
    _s("发动机舱", "蓄电池接线柱及固定"),
    _s("底盘", "发动机油底壳有无渗漏"),
    _s("底盘", "变速箱有无渗漏", "M006"),
    _s("底盘", "减震器有无漏油", "S003", "SHK-FR"),
    _s("底盘", "球头、摆臂及防尘套"),
    _s("底盘", "传动轴防尘套"),
    _s("底盘", "排气管及吊耳"),
    _s("底盘", "底盘螺栓紧固"),
    _tread("左前轮胎花纹深度"),
    _tread("右前轮胎花纹深度"),
    _tread("左后轮胎花纹深度"),
    _tread("右后轮胎花纹深度"),
    _pressure("轮胎气压（前）"),
    _pressure("轮胎气压（后）"),
    _s("轮胎与制动", "轮胎有无鼓包、割伤、偏磨", "S001"),
    _pad("前制动片厚度", "B001", "BP-F"),
    _pad("后制动片厚度", "B002", ""),
    _s("轮胎与制动", "制动盘磨损", "B003"),
    _s("轮胎与制动", "驻车制动"),
    _s("灯光", "前大灯（远近光）"),
    _s("灯光", "转向灯及危险警告灯"),
    _s("灯光", "刹车灯及倒车灯"),
    _s("灯光", "仪表指示灯及故障灯", "E001"),
    _s("车内", "喇叭"),
    _s("车内", "雨刮及喷水"),
    _s("车内", "空调制冷制热及风量", "A001"),
    _s("车内", "空调滤清器", "M003", "FLT-CABIN"),
    _s("车内", "安全带及座椅调节"),
    ItemSpec("车内", "外观损伤照片", "photo"),
    ItemSpec("车内", "技师建议", "note"),
)

SEASONAL = (
    _s("发动机舱", "冷却液冰点（冬季）", "M007"),
    _s("发动机舱", "玻璃水（防冻型）"),
    ItemSpec("发动机舱", "蓄电池静态电压", "measure", "V", ("0", "16"), "12.4", "12.0", "14.8", "15.5",
             "E002", "BAT-60"),
    _s("车内", "空调制冷（夏季）", "A001", "R134A"),
    _s("车内", "暖风及除雾"),
    _s("车内", "雨刮片", "", ""),
    _s("灯光", "全车灯光"),
    _tread("轮胎花纹深度（最浅处）"),
    _pressure("轮胎气压"),
    _s("轮胎与制动", "制动性能"),
    ItemSpec("车内", "技师建议", "note"),
)

PDI = (
    _s("外观", "车身漆面无划痕、色差"),
    _s("外观", "玻璃、后视镜完好"),
    _s("外观", "车门、机盖、尾门开闭"),
    _s("发动机舱", "各液位正常（机油、冷却液、制动液、玻璃水）"),
    ItemSpec("发动机舱", "蓄电池电压", "measure", "V", ("0", "16"), "12.4", "12.0", "14.8", "15.5"),
    _s("发动机舱", "发动机启动及怠速"),
    _s("底盘", "底盘无磕碰、渗漏"),
    _pressure("轮胎气压（前）"),
    _pressure("轮胎气压（后）"),
    _s("轮胎与制动", "轮胎螺栓扭矩"),
    _s("灯光", "全车灯光"),
    _s("车内", "内饰无污损、脚垫齐全"),
    _s("车内", "仪表、中控、多媒体及导航"),
    _s("车内", "空调、座椅、车窗、天窗"),
    _s("车内", "随车工具、三角牌、备胎"),
    _s("车内", "用户手册、保养手册、合格证"),
    _s("路试", "路试：转向、制动、换挡、异响"),
    ItemSpec("车内", "PDI备注", "note"),
)

STORAGE = (
    ItemSpec("发动机舱", "蓄电池电压", "measure", "V", ("0", "16"), "12.4", "12.0", "14.8", "15.5"),
    _pressure("轮胎气压"),
    _s("外观", "漆面（灰尘、鸟粪、划痕）"),
    _s("外观", "锈蚀（制动盘、底盘）"),
    _s("车内", "车内无潮湿、异味"),
    _s("发动机舱", "启动车辆，运行 10 分钟"),
    ItemSpec("外观", "备注", "note"),
)

# name, kind, items
SHIPPED = (
    ("常规保养体检", "inspection", MAINTENANCE),
    ("季节检查", "inspection", SEASONAL),
    ("新车PDI检查", "pdi", PDI),
    ("库存车定期检查", "storage", STORAGE),
)
