"""What the vehicle form offers to pick from (车辆品牌 / 颜色): the makes sold in China that a
small shop sees most, and the usual body colours.  Suggestions only: the advisor can type
any other make or colour."""

from __future__ import annotations

MAKES = (
    "大众", "丰田", "本田", "日产", "别克", "比亚迪", "吉利", "长安", "哈弗", "宝马", "奔驰", "奥迪",
    "特斯拉", "雪佛兰", "福特", "现代", "起亚", "马自达", "斯柯达", "奇瑞", "五菱", "荣威", "名爵",
    "领克", "红旗", "传祺", "理想", "蔚来", "小鹏", "问界", "沃尔沃", "凯迪拉克", "雷克萨斯", "标致",
    "雪铁龙", "三菱", "路虎", "保时捷",
)

COLOURS = ("白色", "黑色", "银色", "灰色", "珍珠白", "红色", "蓝色", "香槟金")
