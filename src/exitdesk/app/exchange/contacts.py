"""Contacts: my card, adding a colleague's card, comparing safety numbers, revoking keys, and
who may send to or receive from this vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.exchange.results import ContactAdded, ContactStatus, ContactView
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import (
    PublicIdentity,
    format_safety_number,
    make_card,
    parse_card_with_date,
    parse_safety_number,
    safety_number,
)
from exitdesk.vault.exchange_store import ContactRepository, StoredContact

_MAX_CARD_BYTES = 16 * 1024

SenderResolver = Callable[[str], PublicIdentity | None]


def public_identity(contact: StoredContact) -> PublicIdentity:
    return PublicIdentity(
        name=contact.name,
        party_id=contact.party_id,
        signing_key=contact.signing_key,
        age_recipient=contact.age_recipient,
    )


def contact_view(ctx: Context, contact: StoredContact) -> ContactView:
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
    )


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
    return [contact_view(ctx, c) for c in stored]


def get_contact(ctx: Context, contact_id: int) -> ContactView:
    with ctx.vault.reading() as conn:
        found = contact_or_fail(ContactRepository(conn), contact_id)
    return contact_view(ctx, found)


def add_contact(ctx: Context, card_text: str) -> ContactAdded:
    if len(card_text.encode("utf-8")) > _MAX_CARD_BYTES:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "this file is too large to be a contact card"))
    public, _ = parse_card_with_date(card_text)
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
        if existing is not None:
            return ContactAdded(contact_view(ctx, existing), ContactStatus.UNCHANGED)
        same_person = contacts.by_name_and_party(public.name, public.party_id)
        keys: dict[str, Any] = {
            "fingerprint": public.fingerprint,
            "signing_key": public.signing_key,
            "age_recipient": public.age_recipient,
            "card": card_text,
            "now": now,
        }
        if same_person:
            stored = contacts.replace_keys(same_person[0].id, **keys)
            status = ContactStatus.KEYS_CHANGED
            action = "contact.key_change"
        else:
            stored = contacts.add(name=public.name, party_id=public.party_id, **keys)
            status = ContactStatus.NEW
            action = "contact.add"
        ctx.audit(conn, action, public.fingerprint[:32])
    return ContactAdded(contact_view(ctx, stored), status)


def verify_contact(ctx: Context, contact_id: int, typed_number: str) -> ContactView:
    typed = parse_safety_number(typed_number)
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        contact = contact_or_fail(contacts, contact_id)
        expected = safety_number(ctx.identity.public, public_identity(contact))
        if typed != expected:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the safety number does not match: do not exchange with this contact until you have compared it again in person or by phone",  # noqa: E501
                )
            )
        contacts.mark_verified(contact_id, ctx.clock())
        ctx.audit(conn, "contact.verify", contact.fingerprint[:32])
        verified = contacts.get(contact_id)
    assert verified is not None
    return contact_view(ctx, verified)


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
