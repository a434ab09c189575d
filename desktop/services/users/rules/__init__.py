"""The users' rules, with no database: what a password and a PIN must be, the default roles
and what each may do, how long a failed sign-in waits."""
