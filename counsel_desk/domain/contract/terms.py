"""A contract's terms as data: how long and how often, the fee, notice to cancel on each side,
lateness, and contact between sessions. Pure: numbers and choices, never prose, so that
attendance can be classified against them; :func:`term_rows` says them in words.

Each version of a contract keeps its own ``Terms``; the practice profile keeps the defaults
a new contract starts from (and that attendance falls back to while none is agreed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

MIN_SESSION_MINUTES = 5
MAX_SESSION_MINUTES = 8 * 60
MAX_NOTICE_HOURS = 24 * 366  # the same limit as the notice recorded on a cancellation
MAX_FEE_PENCE = 1_000_000  # £10,000: a typing slip beyond, never a real session fee
MAX_REPLY_DAYS = 30


class Party(StrEnum):
    """Either side of the agreement."""

    CLIENT = "client"
    PRACTITIONER = "practitioner"

    @property
    def label(self) -> Marked:
        return {
            "client": QT_TRANSLATE_NOOP("Party", "Client"),
            "practitioner": QT_TRANSLATE_NOOP("Party", "Me"),
        }[self.value]


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    AS_AGREED = "as_agreed"

    @property
    def label(self) -> Marked:
        return {
            "weekly": QT_TRANSLATE_NOOP("Frequency", "Weekly"),
            "fortnightly": QT_TRANSLATE_NOOP("Frequency", "Fortnightly"),
            "monthly": QT_TRANSLATE_NOOP("Frequency", "Monthly"),
            "as_agreed": QT_TRANSLATE_NOOP("Frequency", "As we agree"),
        }[self.value]

    @property
    def words(self) -> str:
        """As it reads in a sentence: "we will meet once a week"."""
        return {
            "weekly": "once a week",
            "fortnightly": "once a fortnight",
            "monthly": "once a month",
            "as_agreed": "at times we agree together",
        }[self.value]


class ContactChannel(StrEnum):
    EMAIL = "email"
    TEXT = "text"
    PHONE = "phone"
    POST = "post"

    @property
    def label(self) -> Marked:
        return {
            "email": QT_TRANSLATE_NOOP("ContactChannel", "Email"),
            "text": QT_TRANSLATE_NOOP("ContactChannel", "Text message"),
            "phone": QT_TRANSLATE_NOOP("ContactChannel", "Phone call"),
            "post": QT_TRANSLATE_NOOP("ContactChannel", "Letter"),
        }[self.value]

    @property
    def words(self) -> Marked:
        """As it reads inside a sentence: "email or text message"."""
        return {
            "email": QT_TRANSLATE_NOOP("ContactChannel", "email"),
            "text": QT_TRANSLATE_NOOP("ContactChannel", "text message"),
            "phone": QT_TRANSLATE_NOOP("ContactChannel", "phone call"),
            "post": QT_TRANSLATE_NOOP("ContactChannel", "letter"),
        }[self.value]


class PractitionerLateness(StrEnum):
    """What happens when the practitioner starts a session late."""

    MAKE_UP_TIME = "make_up_time"
    REDUCE_FEE = "reduce_fee"
    CLIENT_CHOOSES = "client_chooses"

    @property
    def label(self) -> Marked:
        return {
            "make_up_time": QT_TRANSLATE_NOOP("PractitionerLateness", "Time made up"),
            "reduce_fee": QT_TRANSLATE_NOOP("PractitionerLateness", "Fee reduced"),
            "client_chooses": QT_TRANSLATE_NOOP("PractitionerLateness", "Client chooses"),
        }[self.value]

    @property
    def sentence(self) -> str:
        return {
            "make_up_time": "If I start late, I will make up the time at the end of the session.",
            "reduce_fee": (
                "If I start late, the session still ends at the usual time and I will reduce "
                "the fee for the time lost."
            ),
            "client_chooses": (
                "If I start late, you can choose whether I make up the time at the end or "
                "reduce the fee for the time lost."
            ),
        }[self.value]


@dataclass(frozen=True)
class LatenessPolicy:
    """Lateness on either side. A late client's session ends at the usual time; after
    ``wait_minutes`` without word the session counts as missed."""

    wait_minutes: int = 20
    practitioner: PractitionerLateness = PractitionerLateness.MAKE_UP_TIME


@dataclass(frozen=True)
class ContactPolicy:
    """Contact between sessions: which ways, what for, and how soon a reply comes."""

    channels: tuple[ContactChannel, ...] = (ContactChannel.EMAIL, ContactChannel.TEXT)
    arrangements_only: bool = True  # only to arrange or change times, not for therapy
    reply_within_days: int = 2  # working days

    @property
    def channel_words(self) -> str:
        """ "email or text message"."""
        names = [c.label.lower() for c in self.channels]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " or " + names[-1]


@dataclass(frozen=True)
class Terms:
    """What the two sides agree to, as numbers and choices."""

    session_minutes: int = 50
    frequency: Frequency = Frequency.WEEKLY
    fee_pence: int = 0
    currency: str = "GBP"
    client_notice_hours: int = 48
    practitioner_notice_hours: int = 48
    short_notice_charge_percent: int = 100  # of the fee, for short notice or a missed session
    lateness: LatenessPolicy = field(default_factory=LatenessPolicy)
    contact: ContactPolicy = field(default_factory=ContactPolicy)

    def notice_hours(self, party: Party) -> int:
        """The notice ``party`` agreed to give before cancelling."""
        if party is Party.CLIENT:
            return self.client_notice_hours
        return self.practitioner_notice_hours


# what a number is, said in the sentence when it is wrong (marked: the UI translates it)
NOTICE_PERIOD = QT_TRANSLATE_NOOP("errors", "The notice period")


def _whole(value: object, what: str, low: int, high: int, unit: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} must be a whole number{unit}."),
                what=what,
                unit=unit,
            )
        )
    if value < low:
        if low == 0:
            raise ValidationError(
                phrase(QT_TRANSLATE_NOOP("errors", "{what} cannot be negative."), what=what)
            )
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} must be at least {low}{unit}."),
                what=what,
                low=low,
                unit=unit,
            )
        )
    if value > high:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} cannot be more than {high}{unit}."),
                what=what,
                high=high,
                unit=unit,
            )
        )
    return value


def validate_terms(terms: Terms) -> Terms:
    """``terms`` if every number is possible; else one sentence for the first that is not."""
    minutes = terms.session_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The session length must be a whole number of minutes.")
        )
    if not MIN_SESSION_MINUTES <= minutes <= MAX_SESSION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A session lasts between 5 minutes and 8 hours.")
        )
    Frequency(terms.frequency)
    _whole(
        terms.fee_pence,
        QT_TRANSLATE_NOOP("errors", "The fee"),
        0,
        MAX_FEE_PENCE,
        QT_TRANSLATE_NOOP("errors", " of pence"),
    )
    if not (
        isinstance(terms.currency, str) and len(terms.currency) == 3 and terms.currency.isalpha()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The currency is a three-letter code, such as GBP.")
        )
    check_notice(
        terms.client_notice_hours, QT_TRANSLATE_NOOP("errors", "The client's notice period")
    )
    check_notice(
        terms.practitioner_notice_hours, QT_TRANSLATE_NOOP("errors", "Your own notice period")
    )
    _whole(
        terms.short_notice_charge_percent,
        QT_TRANSLATE_NOOP("errors", "The charge for short notice"),
        0,
        100,
        QT_TRANSLATE_NOOP("errors", " per cent"),
    )
    _whole(
        terms.lateness.wait_minutes,
        QT_TRANSLATE_NOOP("errors", "The time you wait for a late client"),
        0,
        minutes,
        QT_TRANSLATE_NOOP("errors", " of minutes, up to the session's length"),
    )
    PractitionerLateness(terms.lateness.practitioner)
    channels = terms.contact.channels
    if not channels:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one way the client can contact you.")
        )
    if len(set(channels)) != len(channels):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Each way of contacting you needs choosing only once.")
        )
    for channel in channels:
        ContactChannel(channel)
    _whole(
        terms.contact.reply_within_days,
        QT_TRANSLATE_NOOP("errors", "The time to reply"),
        1,
        MAX_REPLY_DAYS,
        QT_TRANSLATE_NOOP("errors", " working days"),
    )
    return terms


def check_notice(hours: object, what: str = NOTICE_PERIOD) -> int:
    """A notice period in whole hours, from none up to a year."""
    if isinstance(hours, bool) or not isinstance(hours, int):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} must be a whole number of hours."), what=what
            )
        )
    if hours < 0:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "{what} cannot be negative."), what=what)
        )
    if hours > MAX_NOTICE_HOURS:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "{what} cannot be more than a year."), what=what)
        )
    return hours


# --- in words -----------------------------------------------------------------------------

_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}
_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_words(n: int) -> str:
    """Small numbers in words ("two"), larger ones as digits, as in careful prose."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else str(n)


def money(pence: int, currency: str = "GBP") -> str:
    """ "£60", "£62.50", "60.00 CHF"."""
    pounds, rest = divmod(pence, 100)
    amount = f"{pounds:,}" if rest == 0 else f"{pounds:,}.{rest:02d}"
    symbol = _SYMBOLS.get(currency.upper())
    if symbol:
        return f"{symbol}{amount}"
    return f"{pounds:,}.{rest:02d} {currency.upper()}"


def duration_words(hours: int) -> str:
    """A notice period as people say it: "24 hours", "48 hours", "7 days", "2 weeks"."""
    return str(duration_phrase(hours))


def duration_phrase(hours: int) -> Marked | Phrase:
    """:func:`duration_words`, marked for the UI to translate."""
    if hours == 0:
        return QT_TRANSLATE_NOOP("contract.terms", "no notice")
    if hours % (24 * 7) == 0:
        weeks = hours // (24 * 7)
        if weeks == 1:
            return QT_TRANSLATE_NOOP("contract.terms", "1 week")
        return phrase(QT_TRANSLATE_NOOP("contract.terms", "{n} weeks"), n=weeks)
    if hours % 24 == 0 and hours >= 72:
        return phrase(QT_TRANSLATE_NOOP("contract.terms", "{n} days"), n=hours // 24)
    if hours == 1:
        return QT_TRANSLATE_NOOP("contract.terms", "1 hour")
    return phrase(QT_TRANSLATE_NOOP("contract.terms", "{n} hours"), n=hours)


def charge_words(percent: int) -> str:
    """The charge for short notice as part of a sentence: "the full fee", "half the fee"."""
    if percent == 100:
        return "the full fee"
    if percent == 50:
        return "half the fee"
    if percent == 0:
        return "nothing"
    return f"{percent}% of the fee"


def term_rows(terms: Terms, *, to_client: bool = False) -> tuple[tuple[str, str], ...]:
    """Each term as (label, value) in words, in the order a contract lists them: in the
    practitioner's words ("Client's notice to cancel", "Your notice to cancel"), or, with
    ``to_client``, as the contract speaks to the client ("Notice you give", "Notice I give")."""
    return tuple((str(label), str(value)) for label, value in term_phrases(terms, to_client))


def term_phrases(terms: Terms, to_client: bool = False) -> tuple[tuple[Marked, Shown], ...]:
    """:func:`term_rows` marked for the UI to translate (the compare dialog shows them)."""
    lateness = terms.lateness
    contact = terms.contact
    purpose = (
        QT_TRANSLATE_NOOP("contract.terms", "to arrange times only")
        if contact.arrangements_only
        else QT_TRANSLATE_NOOP("contract.terms", "to arrange times, and short messages")
    )
    days = contact.reply_within_days
    if to_client:
        client_notice = QT_TRANSLATE_NOOP("contract.terms", "Notice you give to cancel")
        own_notice = QT_TRANSLATE_NOOP("contract.terms", "Notice I give to cancel")
        wait = QT_TRANSLATE_NOOP("contract.terms", "If you are late, I wait")
        own_late = QT_TRANSLATE_NOOP("contract.terms", "If I start late")
    else:
        client_notice = QT_TRANSLATE_NOOP("contract.terms", "Client's notice to cancel")
        own_notice = QT_TRANSLATE_NOOP("contract.terms", "Your notice to cancel")
        wait = QT_TRANSLATE_NOOP("contract.terms", "Waiting for a late client")
        own_late = QT_TRANSLATE_NOOP("contract.terms", "If you start late")
    minutes = QT_TRANSLATE_NOOP("contract.terms", "{n} minutes")
    return (
        (QT_TRANSLATE_NOOP("contract.terms", "Session length"),
         phrase(minutes, n=terms.session_minutes)),
        (QT_TRANSLATE_NOOP("contract.terms", "How often"), terms.frequency.label),
        (QT_TRANSLATE_NOOP("contract.terms", "Fee"),
         phrase(QT_TRANSLATE_NOOP("contract.terms", "{fee} a session"),
                fee=money(terms.fee_pence, terms.currency))),
        (client_notice, duration_phrase(terms.client_notice_hours)),
        (own_notice, duration_phrase(terms.practitioner_notice_hours)),
        (QT_TRANSLATE_NOOP("contract.terms", "Charge for short notice or a missed session"),
         _charge_label(terms.short_notice_charge_percent)),
        (wait, phrase(minutes, n=lateness.wait_minutes)),
        (own_late, lateness.practitioner.label),
        (QT_TRANSLATE_NOOP("contract.terms", "Contact between sessions"),
         phrase(QT_TRANSLATE_NOOP("contract.terms", "{channels}, {purpose}"),
                channels=_channels_label(contact.channels), purpose=purpose)),
        (QT_TRANSLATE_NOOP("contract.terms", "Replies within"),
         phrase(QT_TRANSLATE_NOOP("contract.terms", "{n} working day"), n=days) if days == 1
         else phrase(QT_TRANSLATE_NOOP("contract.terms", "{n} working days"), n=days)),
    )  # fmt: skip


Shown = Marked | Phrase  # a text the UI translates (shown_text)


def _charge_label(percent: int) -> Shown:
    """:func:`charge_words` as a term's value, capitalised: "The full fee", "Half the fee"."""
    if percent == 100:
        return QT_TRANSLATE_NOOP("contract.terms", "The full fee")
    if percent == 50:
        return QT_TRANSLATE_NOOP("contract.terms", "Half the fee")
    if percent == 0:
        return QT_TRANSLATE_NOOP("contract.terms", "Nothing")
    return phrase(QT_TRANSLATE_NOOP("contract.terms", "{percent}% of the fee"), percent=percent)


def _channels_label(channels: tuple[ContactChannel, ...]) -> Shown:
    """ "Email or text message", "Email, phone call or letter": the first as its label."""
    words = [c.label if n == 0 else c.words for n, c in enumerate(channels)]
    if len(words) <= 1:
        return words[0] if words else Marked("contract.terms", "")  # never valid terms
    said: Shown = phrase(
        QT_TRANSLATE_NOOP("contract.terms", "{others} or {last}"), others=words[-2], last=words[-1]
    )
    for word in reversed(words[:-2]):
        said = phrase(QT_TRANSLATE_NOOP("contract.terms", "{first}, {rest}"), first=word, rest=said)
    return said


# --- as plain data ------------------------------------------------------------------------


def terms_to_data(terms: Terms) -> dict[str, object]:
    """The terms as plain JSON values (for keeping in the vault): numbers, strings, lists."""
    return {
        "session_minutes": terms.session_minutes,
        "frequency": terms.frequency.value,
        "fee_pence": terms.fee_pence,
        "currency": terms.currency,
        "client_notice_hours": terms.client_notice_hours,
        "practitioner_notice_hours": terms.practitioner_notice_hours,
        "short_notice_charge_percent": terms.short_notice_charge_percent,
        "late_wait_minutes": terms.lateness.wait_minutes,
        "practitioner_lateness": terms.lateness.practitioner.value,
        "contact_channels": [c.value for c in terms.contact.channels],
        "contact_arrangements_only": terms.contact.arrangements_only,
        "reply_within_days": terms.contact.reply_within_days,
    }


def terms_from_data(data: dict[str, object]) -> Terms:
    """Terms read back from :func:`terms_to_data`'s form and checked; a value that does not
    fit raises ``ValidationError`` (a missing one is the default, for older records)."""
    base = Terms()
    get = data.get
    try:
        terms = Terms(
            session_minutes=get("session_minutes", base.session_minutes),  # type: ignore[arg-type]
            frequency=Frequency(get("frequency", base.frequency)),
            fee_pence=get("fee_pence", base.fee_pence),  # type: ignore[arg-type]
            currency=get("currency", base.currency),  # type: ignore[arg-type]
            client_notice_hours=get("client_notice_hours", base.client_notice_hours),  # type: ignore[arg-type]
            practitioner_notice_hours=get(  # type: ignore[arg-type]
                "practitioner_notice_hours", base.practitioner_notice_hours
            ),
            short_notice_charge_percent=get(  # type: ignore[arg-type]
                "short_notice_charge_percent", base.short_notice_charge_percent
            ),
            lateness=LatenessPolicy(
                wait_minutes=get("late_wait_minutes", base.lateness.wait_minutes),  # type: ignore[arg-type]
                practitioner=PractitionerLateness(
                    get("practitioner_lateness", base.lateness.practitioner)
                ),
            ),
            contact=ContactPolicy(
                channels=tuple(
                    ContactChannel(c)
                    for c in get("contact_channels", base.contact.channels)  # type: ignore[union-attr]
                ),
                arrangements_only=bool(
                    get("contact_arrangements_only", base.contact.arrangements_only)
                ),
                reply_within_days=get("reply_within_days", base.contact.reply_within_days),  # type: ignore[arg-type]
            ),
        )
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The contract's terms cannot be read as they were kept.")
        ) from exc
    return validate_terms(terms)
