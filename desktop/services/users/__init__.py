"""Who is at the desk (用户 / 权限 / 审计, DOMAIN.md section 12): the shop's people as users,
sign-in with Argon2id-hashed passwords and kiosk PINs, roles and what each may do (data,
edited by the administrator), a manager's approval on the spot, the owner's recovery code,
and the audit log read back.

Entry points: ``service.UserService`` (owner, sign-in, approval, users, grants),
``audit_log.AuditLogService``; the permission check itself is ``core.desk`` and
``core.service.Service.require``.  Rules: ``rules.passwords`` (what a password and a PIN
must be, the wait after failures), ``rules.roles`` (the roles and their default grants).
The technicians' clock is the workshop's: ``workorders.clock``."""
