"""The fixed words on printed documents, in Chinese and English (the language setting)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "job_card": "维修委托书 / 派工单", "tech_copy": "派工单（技师联）", "estimate": "维修估价单",
        "delivery": "交车报告 / 结算单", "invoice": "结算单", "credit": "红字结算单（冲销）",
        "purchase_order": "采购订单", "pick_list": "领料单", "count_sheet": "盘点表", "labels": "库位标签",
        "customer": "客户", "phones": "电话", "plate": "车牌", "vin": "车架号", "vehicle": "车型",
        "odometer": "进厂里程", "fuel": "油量", "opened": "接车时间", "promised": "预计交车",
        "advisor": "服务顾问", "technician": "技师", "concern": "客户描述", "diagnosis": "诊断",
        "damage": "车身外观", "belongings": "车内物品", "key_tag": "钥匙牌", "customer_parts":
        "客户自带配件：本店不对自带配件的质量负责，仅对施工负责。",
        "item": "项目", "part_no": "配件号", "qty": "数量", "hours": "工时", "price": "单价", "disc": "折扣",
        "amount": "金额", "payer": "付款方", "net": "不含税", "vat": "税额", "total": "价税合计",
        "labour": "工时", "part": "配件", "totals_by_payer": "按付款方合计", "in_words": "合计（大写）：人民币",
        "customer_pays": "客户应付（大写）：人民币",
        "sign_customer": "客户签字（同意以上维修项目及估价）", "sign_advisor": "服务顾问签字",
        "sign_collect": "客户签字（已验车并提车）", "sign_technician": "技师签字", "sign_inspector": "质检签字",
        "sign_picker": "领料人", "sign_issuer": "发料人", "sign_buyer": "采购经办人", "sign_counter": "盘点人", "sign_checker": "复核人",
        "date": "日期", "inspected": "质检", "delivered": "交车时间", "next_service": "下次保养",
        "warranty": "保修说明", "follow_up": "回访电话", "work_done": "完成的维修项目",
        "parts_replaced": "更换的配件", "estimate_note": "本估价单有效期7天；实际费用以结算单为准。",
        "buyer": "付款方", "tax_id": "税号", "address": "地址", "work_order": "工单", "issued": "开具时间",
        "issued_by": "开具人", "discount": "整单折扣", "credits": "冲销", "reason": "原因", "paid": "已收",
        "balance": "未收", "payments": "收款记录", "rate": "税率", "not_fapiao":
        "本单为维修结算单，不是增值税发票；发票由税务平台开具。", "hash": "防篡改校验码",
        "supplier": "供应商", "contact": "联系人", "made": "日期", "bin": "库位", "on_hand": "库存",
        "issue_qty": "领用", "class": "ABC", "unit": "单位", "book": "账面", "counted": "实盘", "scope": "范围",
        "customer_payer": "客户", "warranty_payer": "保修（厂家）", "insurance_payer": "保险", "plan_payer": "保养套餐", "internal_payer": "内部",
        "page": "{page} / {pages}", "shop_phone": "电话", "shop_tax": "税号", "bank": "开户行及账号",
        "labour_line": "工时", "part_line": "配件", "pending": "待客户确认", "declined": "客户拒绝",
        "documents_in": "随车证件", "non_original": "客户坚持使用非原厂配件（本店不承担其质量保证责任）：",
        "non_original_sign": "客户签字：________", "washed": "清洗", "old_parts": "旧件",
        "old_take": "客户带走", "old_leave": "留店处理", "old_handed": "已交客户", "old_scrapped": "本店报废",
        "old_none": "未更换配件",
    },
    "en": {
        "job_card": "Job card / repair order", "tech_copy": "Job card (technician copy)", "estimate": "Estimate",
        "delivery": "Delivery report", "invoice": "Invoice", "credit": "Credit note",
        "purchase_order": "Purchase order", "pick_list": "Pick list", "count_sheet": "Count sheet",
        "labels": "Bin labels",
        "customer": "Customer", "phones": "Phone", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle",
        "odometer": "Odometer in", "fuel": "Fuel", "opened": "Received", "promised": "Promised",
        "advisor": "Advisor", "technician": "Technician", "concern": "Customer's concern", "diagnosis": "Diagnosis",
        "damage": "Body damage", "belongings": "Belongings", "key_tag": "Key tag", "customer_parts":
        "Customer-supplied parts: the shop answers for the work, not for the parts.",
        "item": "Item", "part_no": "Part no.", "qty": "Qty", "hours": "Hours", "price": "Price", "disc": "Disc. %",
        "amount": "Amount", "payer": "Payer", "net": "Net", "vat": "VAT", "total": "Total",
        "labour": "Labour", "part": "Part", "totals_by_payer": "Totals by payer",
        "in_words": "In words (RMB): ", "customer_pays": "Customer pays, in words (RMB): ",
        "sign_customer": "Customer (authorizes the work and estimate)", "sign_advisor": "Service advisor",
        "sign_collect": "Customer (car inspected and collected)", "sign_technician": "Technician",
        "sign_inspector": "Quality check", "sign_picker": "Picked by", "sign_issuer": "Issued by",
        "sign_counter": "Counted by", "sign_buyer": "Ordered by", "sign_checker": "Checked by",
        "date": "Date", "inspected": "Quality check", "delivered": "Delivered", "next_service": "Next service",
        "warranty": "Warranty", "follow_up": "Follow-up phone", "work_done": "Work done",
        "parts_replaced": "Parts replaced", "estimate_note": "Valid for 7 days; the invoice states the final amount.",
        "buyer": "Billed to", "tax_id": "Tax ID", "address": "Address", "work_order": "Work order",
        "issued": "Issued", "issued_by": "Issued by", "discount": "Invoice discount", "credits": "Credits",
        "reason": "Reason", "paid": "Paid", "balance": "Balance", "payments": "Payments", "rate": "Rate",
        "not_fapiao": "This is the shop's invoice, not the VAT fapiao, which is issued on the tax platform.",
        "hash": "Integrity code",
        "supplier": "Supplier", "contact": "Contact", "made": "Date", "bin": "Bin", "on_hand": "On hand",
        "issue_qty": "Issue", "class": "ABC", "unit": "Unit", "book": "Book", "counted": "Counted",
        "scope": "Scope",
        "customer_payer": "Customer", "warranty_payer": "Warranty", "insurance_payer": "Insurance", "plan_payer": "Plan",
        "internal_payer": "Internal", "page": "{page} / {pages}", "shop_phone": "Phone", "shop_tax": "Tax ID",
        "bank": "Bank account", "labour_line": "Labour", "part_line": "Part", "pending": "awaiting the customer",
        "declined": "declined", "documents_in": "Papers with the car",
        "non_original": "Non-original parts at the customer's insistence (no guarantee on them): ",
        "non_original_sign": "Customer: ________", "washed": "Washed", "old_parts": "Old parts",
        "old_take": "customer takes them", "old_leave": "left to the shop", "old_handed": "handed over",
        "old_scrapped": "scrapped by the shop", "old_none": "none replaced",
    },
}


def label(lang: str, key: str) -> str:
    table = LABELS.get(lang) or LABELS["zh_CN"]
    return table.get(key) or LABELS["en"].get(key, key)


def payer(lang: str, name: str) -> str:
    return label(lang, f"{name}_payer")
