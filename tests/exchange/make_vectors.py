"""Regenerate the exchange test vectors: ``python tests/exchange/make_vectors.py``.

Everything except the age file is deterministic (fixed keys, fixed clock, fixed bundle id) and
is compared byte for byte by ``test_vectors.py``. The age file is random by nature; it is only
rewritten when it no longer decrypts to the current inner container.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyrage
from bundle_helpers import case_container, case_records
from vector_keys import (
    CONSENT_UID,
    PARTICIPANT_UID,
    VECTOR_TIME,
    fixed_clock,
    fixed_identity,
    sample_consent,
)

from exitdesk.exchange import (
    BundleKind,
    Withdrawal,
    build_container,
    encrypt_container,
    format_safety_number,
    make_card,
    safety_number,
    sign_consent,
    sign_withdrawal,
)
from exitdesk.exchange.container import Limits, parse_container

VECTORS = Path(__file__).parent / "vectors"
AGE_FILE = "case_transfer.exitbundle"


def _json(value: object) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def generate() -> dict[str, bytes]:
    """File name → exact bytes of every deterministic vector."""
    clock = fixed_clock()
    names = ("rise", "aggredi", "police", "social")
    identities = {n: fixed_identity(n) for n in names}
    rise, aggredi = identities["rise"], identities["aggredi"]
    files: dict[str, bytes] = {}
    files["identities.json"] = _json(
        {
            n: {
                "name": i.name,
                "party_id": i.party_id,
                "ed25519_seed_hex": i.signing_seed_bytes().hex(),
                "ed25519_public_hex": i.public.signing_key.hex(),
                "fingerprint": i.fingerprint,
                "age_secret_key": i.age_secret_key(),
                "age_recipient": i.public.age_recipient,
            }
            for n, i in identities.items()
        }
    )
    files["card_rise.txt"] = make_card(rise, clock).encode()
    files["card_aggredi.txt"] = make_card(aggredi, clock).encode()
    number = safety_number(rise.public, aggredi.public)
    files["safety_number_rise_aggredi.txt"] = (format_safety_number(number) + "\n").encode()

    consent = sign_consent(sample_consent([aggredi.public]), rise)
    files["consent.json"] = _json(
        {
            "signed_message_hex": (b"ExitDesk consent v1\x00" + consent.payload).hex(),
            "payload": consent.payload.decode(),
            "signature_hex": consent.signature.hex(),
            "signer": consent.signer,
        }
    )
    withdrawal = sign_withdrawal(
        Withdrawal(CONSENT_UID, PARTICIPANT_UID, VECTOR_TIME, "Anna Virtanen"), rise
    )
    files["withdrawal.json"] = _json(
        {
            "payload": withdrawal.payload.decode(),
            "signature_hex": withdrawal.signature.hex(),
            "signer": withdrawal.signer,
        }
    )

    inner = case_container(rise, [aggredi], clock, meetings=2)
    parsed = parse_container(inner, Limits())
    files["case_transfer.inner.bin"] = inner
    files["case_transfer.json"] = _json(
        {
            "time": "2026-05-04T09:30:00Z",
            "sender": "rise",
            "recipients": ["aggredi"],
            "manifest": parsed.manifest_bytes.decode(),
            "signature_hex": parsed.signature.hex(),
            "records": [r.decode() for r in parsed.records],
            "inner_length": len(inner),
        }
    )
    files.update(_issue9_vectors(rise, aggredi, consent, clock))
    return files


NOTICE_BUNDLE_ID = "11112222333344445555666677778888"
HANDOVER_BUNDLE_ID = "22223333444455556666777788889999"
HANDOVER_ACK_BUNDLE_ID = "33334444555566667777888899990000"


def _container_json(inner: bytes, sender: str, recipient: str) -> bytes:
    parsed = parse_container(inner, Limits())
    return _json(
        {
            "time": "2026-05-04T09:30:00Z",
            "sender": sender,
            "recipients": [recipient],
            "manifest": parsed.manifest_bytes.decode(),
            "signature_hex": parsed.signature.hex(),
            "records": [r.decode() for r in parsed.records],
            "inner_length": len(inner),
        }
    )


def _issue9_vectors(rise, aggredi, consent, clock) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The withdrawal notice (aggredi tells rise), the hand-over (rise to aggredi) and its
    acknowledgement (aggredi to rise)."""
    files: dict[str, bytes] = {}
    told = sign_withdrawal(
        Withdrawal(CONSENT_UID, PARTICIPANT_UID, VECTOR_TIME, "Bertta Laine"), aggredi
    )
    notice = build_container(
        aggredi, [rise.public], BundleKind.WITHDRAWAL_NOTICE, [], consent=consent,
        withdrawal=told, sequences={rise.fingerprint: 1}, participant_uid=PARTICIPANT_UID,
        clock=clock, bundle_id=NOTICE_BUNDLE_ID,
    )  # fmt: skip
    files["withdrawal_notice.inner.bin"] = notice
    files["withdrawal_notice.json"] = _container_json(notice, "aggredi", "rise")
    handover = build_container(
        rise, [aggredi.public], BundleKind.CASE_HANDOVER, case_records(2), consent=consent,
        withdrawal=None, sequences={aggredi.fingerprint: 2}, participant_uid=PARTICIPANT_UID,
        clock=clock, bundle_id=HANDOVER_BUNDLE_ID,
    )  # fmt: skip
    files["case_handover.inner.bin"] = handover
    files["case_handover.json"] = _container_json(handover, "rise", "aggredi")
    ack = build_container(
        aggredi, [rise.public], BundleKind.HANDOVER_ACK, [], consent=None, withdrawal=None,
        sequences={rise.fingerprint: 2}, participant_uid=PARTICIPANT_UID, clock=clock,
        bundle_id=HANDOVER_ACK_BUNDLE_ID, base=HANDOVER_BUNDLE_ID,
    )  # fmt: skip
    files["handover_ack.inner.bin"] = ack
    files["handover_ack.json"] = _container_json(ack, "aggredi", "rise")
    return files


def main() -> int:
    VECTORS.mkdir(exist_ok=True)
    files = generate()
    for name, data in files.items():
        (VECTORS / name).write_bytes(data)
    inner = files["case_transfer.inner.bin"]
    aggredi = fixed_identity("aggredi")
    age_path = VECTORS / AGE_FILE
    try:
        current = pyrage.decrypt(age_path.read_bytes(), [aggredi.age_identity])
    except (OSError, pyrage.DecryptError):
        current = b""
    if current != inner:
        age_path.write_bytes(encrypt_container(inner, fixed_identity("rise"), [aggredi.public]))
    print(f"wrote {len(files) + 1} vector files to {VECTORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
