"""用户与权限: the owner made at the first start, sign-in, switching user and the lock; the
System page's users section with what each role may do; the audit log."""
