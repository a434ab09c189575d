"""工单 and 车间看板: the work-order list and editor, reception and line dialogs, the
workshop board, the workshop's staff, bays and labour catalogue."""
