"""Client codes and the validation rules for what a practitioner types."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.clients import ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.domain.errors import EXIT_USAGE, ValidationError
from counsel_desk.domain.rules import (
    next_client_code,
    normalise_code,
    validate_client,
    validate_session,
)
from counsel_desk.domain.sessions import SessionDraft


@pytest.mark.parametrize("code", ["C-1", "C-014", "ab-12", " c-7 ", "AB12CD-123456", "Z9-0"])
def test_valid_codes_are_normalised(code: str) -> None:
    draft = validate_client(ClientDraft(code=code))
    assert draft.code == normalise_code(code) == code.strip().upper()


@pytest.mark.parametrize(
    "code",
    ["", "C", "C-", "-14", "1C-14", "C14", "C-14a", "C_14", "Jo Smith", "CLIENT-NUMBER-14"],
)
def test_invalid_codes_are_refused_with_a_sentence(code: str) -> None:
    with pytest.raises(ValidationError, match="such as C-014") as info:
        validate_client(ClientDraft(code=code))
    assert info.value.exit_code == EXIT_USAGE


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (
            "C-0142-Jones-Smith",
            "A client code can be at most 13 characters long, such as C-014; this one has 18.",
        ),
        (
            "ABCDEFG-1",
            "The part of a client code before the dash can be at most 6 characters, such as "
            "C-014; this one has 7.",
        ),
        (
            "C-1234567",
            "The number in a client code can be at most 6 digits, such as C-014; this one has 7.",
        ),
    ],
)
def test_a_code_too_long_is_refused_with_its_limit_never_cut(code: str, sentence: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_client(ClientDraft(code=code))
    assert info.value.message == sentence
    assert (
        validate_client(ClientDraft(code="ABCDEF-123456")).code == "ABCDEF-123456"
    )  # at the limit


def test_end_before_start_is_refused() -> None:
    draft = ClientDraft(code="C-1", start_date=dt.date(2024, 5, 2), end_date=dt.date(2024, 5, 1))
    with pytest.raises(ValidationError, match="end date is before the start date"):
        validate_client(draft)


def test_an_ended_client_needs_an_end_date() -> None:
    with pytest.raises(ValidationError, match="needs an end date"):
        validate_client(ClientDraft(code="C-1", status=ClientStatus.ENDED))
    ended = validate_client(
        ClientDraft(code="C-1", status=ClientStatus.ENDED, end_date=dt.date(2024, 1, 1))
    )
    assert ended.status is ClientStatus.ENDED


def test_a_birth_date_in_the_future_is_refused() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    draft = ClientDraft(code="C-1", identity=ClientIdentity(date_of_birth=tomorrow))
    with pytest.raises(ValidationError, match="in the future"):
        validate_client(draft)


def test_validation_keeps_every_other_field() -> None:
    identity = ClientIdentity(full_name="Ada Byron", date_of_birth=dt.date(1990, 1, 1))
    draft = ClientDraft(
        code="c-9",
        status=ClientStatus.PAUSED,
        start_date=dt.date(2024, 1, 1),
        end_date=dt.date(2024, 6, 1),
        identity=identity,
    )
    out = validate_client(draft)
    assert out == ClientDraft(
        code="C-9",
        status=ClientStatus.PAUSED,
        start_date=dt.date(2024, 1, 1),
        end_date=dt.date(2024, 6, 1),
        identity=identity,
    )


@pytest.mark.parametrize(
    ("existing", "prefix", "expected"),
    [
        ([], "C", "C-001"),
        (["C-001", "C-002"], "C", "C-003"),
        (["C-009", "C-002"], "C", "C-010"),
        (["C-014", "X-900", "C-abc", "C-"], "C", "C-015"),
        (["C-999"], "C", "C-1000"),
        (["C-005", "CX-007"], "CX", "CX-008"),
        (["C-005"], "CX", "CX-001"),
    ],
)
def test_next_client_code(existing: list[str], prefix: str, expected: str) -> None:
    assert next_client_code(existing, prefix) == expected


def test_next_client_code_is_always_valid_and_unused() -> None:
    codes: list[str] = []
    for _ in range(30):
        code = next_client_code(codes)
        assert code not in codes
        assert validate_client(ClientDraft(code=code)).code == code
        codes.append(code)


@pytest.mark.parametrize(
    ("minutes", "ok"), [(4, False), (5, True), (50, True), (480, True), (481, False)]
)
def test_session_length_limits(minutes: int, ok: bool) -> None:
    draft = SessionDraft(client_id=1, start=dt.datetime(2024, 1, 1, 9), planned_minutes=minutes)
    if ok:
        assert validate_session(draft) == draft
    else:
        with pytest.raises(ValidationError, match="between 5 minutes and 8 hours"):
            validate_session(draft)
