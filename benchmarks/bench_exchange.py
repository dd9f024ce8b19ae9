"""Export + import of one participant with 200 meetings between two real vaults.

Prints wall-clock figures and, as the in-process baseline, the bundle format alone (build and
open the same records without any vault) so the ratio shows what the services add: consent
checks, reads, provenance, audit and the transaction. Asserts nothing.

    python benchmarks/bench_exchange.py [--meetings 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from exitdesk.app.exchange import _signed_consent, case_records
from exitdesk.app.session import Repos, Session, create_vault
from exitdesk.domain import ConsentMethod, DataCategory, FixedClock, Meeting, Worker
from exitdesk.exchange import BundleKind, build_bundle, open_bundle
from exitdesk.vault import KdfParams


def _party(root: Path, name: str, party_id: str, clock: FixedClock) -> Session:
    return create_vault(root / name, "correct horse battery staple",
                        Worker(name=name, party_id=party_id), kdf=KdfParams.FLOOR, clock=clock,
                        use_keyring=False).session  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    keyring.set_keyring(FailKeyring())
    clock = FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))

    export_times: list[float] = []
    import_times: list[float] = []
    format_times: list[float] = []
    size = 0
    for round_number in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            a = _party(root, "Aino", "fi-rise", clock)
            b = _party(root, "Bertta", "fi-aggredi", clock)
            b_at_a = a.exchange.add_contact(b.exchange.my_card()).contact
            a_at_b = b.exchange.add_contact(a.exchange.my_card()).contact
            a.exchange.verify_contact(b_at_a.id, b_at_a.safety_number)
            b.exchange.verify_contact(a_at_b.id, a_at_b.safety_number)
            p = a.add_participant("Kettu", legal_name="Matti Meikäläinen", birth_year=1988)
            assert p.id is not None
            start = date(2025, 1, 1)
            for i in range(args.meetings):
                a.add_meeting(Meeting(participant_id=p.id, on=start + timedelta(days=i),
                                      summary=f"Meeting {i}: housing, work and family. " * 4,
                                      next_steps="Call the housing office."))  # fmt: skip
            a.exchange.grant_consent(p.id, contact_ids=[b_at_a.id], categories=list(DataCategory),
                                     purpose="support", days=30,
                                     method=ConsentMethod.PAPER_FORM)  # fmt: skip
            out = root / f"bundle-{round_number}.exitbundle"

            t0 = time.perf_counter()
            a.exchange.export(p.id, b_at_a.id, out)
            t1 = time.perf_counter()
            b.exchange.import_bundle(out.read_bytes())
            t2 = time.perf_counter()
            export_times.append(t1 - t0)
            import_times.append(t2 - t1)
            size = out.stat().st_size

            # Baseline: the same records through the format layer only, no vault work.
            with a.vault.reading() as conn:
                repos = Repos.over(conn, clock)
                participant = repos.participants.get(p.id)
                assert participant is not None
                records = case_records(repos, participant, list(DataCategory))
            with a.vault.reading() as conn:
                repos = Repos.over(conn, clock)
                signed = _signed_consent(repos, repos.consents.list_for_participant(p.id)[0])
            me, them = a.exchange.identity(), b.exchange.identity()
            t3 = time.perf_counter()
            kind = BundleKind.CASE_TRANSFER
            data = build_bundle(me, [them.public], kind, records, consent=signed,
                                withdrawal=None, sequences={them.fingerprint: 99},
                                participant_uid=p.uid, clock=clock)  # fmt: skip
            open_bundle(data, them, resolve_sender={me.fingerprint: me.public}.get, clock=clock)
            format_times.append(time.perf_counter() - t3)
            a.lock()
            b.lock()

    export_ms = statistics.median(export_times) * 1000
    import_ms = statistics.median(import_times) * 1000
    format_ms = statistics.median(format_times) * 1000
    print(f"participant with {args.meetings} meetings, bundle {size / 1024:.0f} KiB, "
          f"median of {args.rounds}")  # fmt: skip
    print(f"  export (services, vault → file)     {export_ms:8.1f} ms")
    print(f"  import (verify + one transaction)    {import_ms:8.1f} ms")
    print(f"  export + import                      {export_ms + import_ms:8.1f} ms")
    print(f"  baseline: format only (build+open)   {format_ms:8.1f} ms")
    print(f"  ratio services / format              {(export_ms + import_ms) / format_ms:8.1f}x")


if __name__ == "__main__":
    main()
