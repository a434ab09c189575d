"""Accident repairs paid by insurers (事故车 / 保险理赔, DOMAIN.md section 8)."""
