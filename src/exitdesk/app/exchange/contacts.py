"""Contacts: my card, adding a colleague's card, comparing safety numbers, revoking keys, and
who may send to or receive from this vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.exchange.journal import last_sent_to
from exitdesk.app.exchange.results import ContactAdded, ContactStatus, ContactView
from exitdesk.domain import party_by_id
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import (
    ParsedCard,
    PublicIdentity,
    format_safety_number,
    make_card,
    parse_card_full,
    parse_safety_number,
    safety_number,
)
from exitdesk.vault.exchange_store import ContactRepository, SequenceRepository, StoredContact

_MAX_CARD_BYTES = 16 * 1024

SenderResolver = Callable[[str], PublicIdentity | None]


def public_identity(contact: StoredContact) -> PublicIdentity:
    return PublicIdentity(
        name=contact.name,
        party_id=contact.party_id,
        signing_key=contact.signing_key,
        age_recipient=contact.age_recipient,
    )


def contact_view(
    ctx: Context, contact: StoredContact, others: list[StoredContact] | None = None
) -> ContactView:
    """The contact as the worker sees it; ``others`` (any contacts, this one may be among them)
    tell whether another verified contact has the same name and party."""
    twin = None
    if not contact.verified and contact.in_force:
        twin = next((o for o in others or [] if _same_person(o, contact) and o.verified), None)
    return ContactView(
        id=contact.id,
        name=contact.name,
        party_id=contact.party_id,
        fingerprint=contact.fingerprint,
        verified=contact.verified,
        key_changed=contact.key_changed_at is not None and contact.verified_at is None,
        revoked=contact.revoked_at is not None,
        safety_number=format_safety_number(
            safety_number(ctx.identity.public, public_identity(contact))
        ),
        same_as=None
        if twin is None
        else f"{twin.id} {twin.name} ({party_by_id(twin.party_id).name})",
        retired=contact.retired_at is not None,
    )


def _same_person(one: StoredContact, other: StoredContact) -> bool:
    return one.id != other.id and (one.name, one.party_id) == (other.name, other.party_id)


def contact_or_fail(contacts: ContactRepository, contact_id: int) -> StoredContact:
    found = contacts.get(contact_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no contact {contact_id} in this vault"),
            contact_id=contact_id,
        )
    return found


def sendable(ctx: Context, contact: StoredContact) -> ContactView:
    """The contact's view if bundles may go to them now; a plain refusal otherwise."""
    view = contact_view(ctx, contact)
    if contact.revoked_at is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{contact} is revoked; nothing can be sent to them"),
            contact=view.label,
        )
    if not contact.verified:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{contact} is not verified yet: compare safety numbers first"
            ),
            contact=view.label,
        )
    return view


def sender_resolver(ctx: Context, conn: Any) -> SenderResolver:
    """The public keys a bundle may be signed with: this vault's own, or an unrevoked contact's
    current key (a replaced key is never accepted again)."""
    contacts = ContactRepository(conn)
    me = ctx.identity.public

    def resolve(fingerprint: str) -> PublicIdentity | None:
        if fingerprint == me.fingerprint:
            return me
        if contacts.is_retired(fingerprint):
            return None
        found = contacts.by_fingerprint(fingerprint)
        if found is None or found.revoked_at is not None:
            return None
        return public_identity(found)

    return resolve


def my_card(ctx: Context) -> str:
    return make_card(ctx.identity, ctx.clock)


def list_contacts(ctx: Context) -> list[ContactView]:
    with ctx.vault.reading() as conn:
        stored = ContactRepository(conn).all()
    return [contact_view(ctx, c, stored) for c in stored]


def get_contact(ctx: Context, contact_id: int) -> ContactView:
    with ctx.vault.reading() as conn:
        contacts = ContactRepository(conn)
        found = contact_or_fail(contacts, contact_id)
        twins = contacts.by_name_and_party(found.name, found.party_id)
    return contact_view(ctx, found, twins)


def add_contact(ctx: Context, card_text: str) -> ContactAdded:
    """Add a colleague's card. Cards are matched on keys, never on name and party: a card with
    a known person's name and party but other keys is a new, unverified contact, and the
    verified keys stay in force until the worker verifies the new safety number — unless the
    card carries a key change signed by the verified old key."""
    if len(card_text.encode("utf-8")) > _MAX_CARD_BYTES:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "this file is too large to be a contact card"))
    card = parse_card_full(card_text)
    public = card.public
    if public.fingerprint == ctx.identity.fingerprint:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "this is your own contact card"))
    now = ctx.clock()
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        if contacts.is_retired(public.fingerprint):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this card carries a key its owner has replaced; ask them for a new card",
                )
            )
        existing = contacts.by_fingerprint(public.fingerprint)
        twins = contacts.by_name_and_party(public.name, public.party_id)
        if existing is not None:
            return ContactAdded(contact_view(ctx, existing, twins), ContactStatus.UNCHANGED)
        vouching = _vouching_contact(card, twins)
        stored = contacts.add(
            name=public.name,
            party_id=public.party_id,
            fingerprint=public.fingerprint,
            signing_key=public.signing_key,
            age_recipient=public.age_recipient,
            card=card_text,
            now=now,
        )
        if vouching is not None:
            contacts.mark_verified(stored.id, now)
            contacts.retire(vouching.id, now)
            status = ContactStatus.KEYS_CHANGED
            ctx.audit(conn, "contact.key_change", public.fingerprint[:32],
                      retired=vouching.fingerprint[:32], signed_by_old_key=True)  # fmt: skip
        elif any(t.verified for t in twins):
            status = ContactStatus.SAME_NAME_AND_PARTY
            ctx.audit(conn, "contact.add", public.fingerprint[:32], same_name_and_party=True)
        else:
            status = ContactStatus.NEW
            ctx.audit(conn, "contact.add", public.fingerprint[:32])
        # A contact this vault sent to before a backup it was restored from: number on after
        # what it has already seen, or it refuses the next bundle as older.
        sent = last_sent_to(ctx, public.fingerprint)
        if sent:
            SequenceRepository(conn).record(ctx.identity.fingerprint, public.fingerprint, sent)
        now_stored = contacts.get(stored.id)
        twins = contacts.by_name_and_party(public.name, public.party_id)
    assert now_stored is not None
    return ContactAdded(contact_view(ctx, now_stored, twins), status)


def _vouching_contact(card: ParsedCard, twins: list[StoredContact]) -> StoredContact | None:
    """The verified contact whose key signed this card's key change, if it carries one. A key
    change naming a verified key but not signed by it is a forgery and refuses the card."""
    change = card.key_change
    if change is None:
        return None
    for twin in twins:
        if twin.verified and twin.fingerprint == change.old_fingerprint:
            if change.signed_by(public_identity(twin), card.public, card.created):
                return twin
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this card's key change is not signed by the key you verified; ask the sender in person or by phone",  # noqa: E501
                )
            )
    return None


def verify_contact(ctx: Context, contact_id: int, typed_number: str) -> ContactView:
    """Mark a contact verified after comparing safety numbers. Verifying new keys of a person
    already verified under other keys retires those (undone by ``restore_keys``)."""
    typed = parse_safety_number(typed_number)
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        contact = contact_or_fail(contacts, contact_id)
        if contact.retired_at is not None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "contact {contact_id}'s keys were replaced; restore them first if they are still in use",  # noqa: E501
                ),
                contact_id=contact_id,
            )
        expected = safety_number(ctx.identity.public, public_identity(contact))
        if typed != expected:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the safety number does not match: do not exchange with this contact until you have compared it again in person or by phone",  # noqa: E501
                )
            )
        now = ctx.clock()
        contacts.mark_verified(contact_id, now)
        ctx.audit(conn, "contact.verify", contact.fingerprint[:32])
        for twin in contacts.by_name_and_party(contact.name, contact.party_id):
            if _same_person(twin, contact) and twin.verified:
                contacts.retire(twin.id, now)
                ctx.audit(conn, "contact.keys_retired", twin.fingerprint[:32],
                          by=contact.fingerprint[:32])  # fmt: skip
        verified = contacts.get(contact_id)
    assert verified is not None
    return contact_view(ctx, verified)


def restore_keys(ctx: Context, contact_id: int) -> ContactView:
    """Undo a retirement: the contact's old keys are in force again, and the newer keys of the
    same name and party that replaced them need verifying again before any use."""
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        contact = contact_or_fail(contacts, contact_id)
        if contact.retired_at is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "contact {contact_id}'s keys are in force; there is nothing to restore",
                ),
                contact_id=contact_id,
            )
        now = ctx.clock()
        contacts.restore(contact_id)
        for twin in contacts.by_name_and_party(contact.name, contact.party_id):
            if _same_person(twin, contact) and twin.verified:
                contacts.unverify(twin.id, now)
        ctx.audit(conn, "contact.restore_keys", contact.fingerprint[:32])
        restored = contacts.get(contact_id)
        twins = contacts.by_name_and_party(contact.name, contact.party_id)
    assert restored is not None
    return contact_view(ctx, restored, twins)


def revoke_contact(ctx: Context, contact_id: int) -> ContactView:
    """Stop trusting a contact's keys (a lost laptop, someone leaving the programme): nothing
    more is sent to them and nothing they send is imported."""
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        contact = contact_or_fail(contacts, contact_id)
        contacts.revoke(contact_id, ctx.clock())
        ctx.audit(conn, "contact.revoke", contact.fingerprint[:32])
        revoked = contacts.get(contact_id)
    assert revoked is not None
    return contact_view(ctx, revoked)
