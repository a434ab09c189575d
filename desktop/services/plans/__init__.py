"""Service plans and member cards (售后服务计划 / 会员卡, DOMAIN.md section 10)."""
