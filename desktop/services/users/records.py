"""What the users' screens send and get back, and the refusals of a sign-in.  Plain data,
never a secret: a view knows whether a person has a password or a PIN, not what it is."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    login: str
    roles: tuple[str, ...]
    active: bool
    has_password: bool
    has_pin: bool
    owner: bool
    must_change: bool


@dataclass
class UserForm:
    name: str
    login: str = ""
    roles: tuple[str, ...] = ()
    password: str = ""  # a first password (the person changes it at the first sign-in)
    pin: str = ""


@dataclass(frozen=True)
class OwnerCreated:
    user_id: int
    recovery_code: str  # shown and printed once, for the safe; only its hash is kept


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    login: str
    name: str
    roles: frozenset[str]
    permissions: frozenset[str]
    must_change: bool = False
    owner: bool = False


class SignInFailed(ServiceError):
    """Never says which of the two was wrong."""

    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Validation", "Sign-in failed: the login or the password is "
                                                                 "not right.")))


class WaitToRetry(ServiceError):
    def __init__(self, seconds: int) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Validation", "Too many failed sign-ins: try again in {seconds} seconds."), {"seconds": seconds}))
        self.seconds = seconds


class PinAtPasswordPrompt(ServiceError):
    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Validation", "That is your kiosk PIN. Here, type your password.")))
