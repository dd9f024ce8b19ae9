<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/audit_view.py" line="+216"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Verified: the audit chain is intact and signed (%n entries).</source>
        <translation>
            <numerusform>Verified: the audit chain is intact and signed (%n entry).</numerusform>
            <numerusform>Verified: the audit chain is intact and signed (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/audit_words.py" line="+55"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recipient(s) told</source>
        <translation>
            <numerusform>%n recipient told</numerusform>
            <numerusform>%n recipients told</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bundle(s) acknowledged</source>
        <translation>
            <numerusform>%n bundle acknowledged</numerusform>
            <numerusform>%n bundles acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/exchange/batch_dialog.py" line="+220"/>
        <source>%n reply file(s) saved. Send them to the senders.</source>
        <translation>
            <numerusform>%n reply file saved. Send it to the sender.</numerusform>
            <numerusform>%n reply files saved. Send them to the senders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused; nothing from them was written.</source>
        <translation>
            <numerusform>%n file refused; nothing from it was written.</numerusform>
            <numerusform>%n files refused; nothing from them was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reply(s) to the senders wait in the outbox.</source>
        <translation>
            <numerusform>%n reply to the sender waits in the outbox.</numerusform>
            <numerusform>%n replies to the senders wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bundle file(s) to import.</source>
        <translation>
            <numerusform>%n bundle file to import.</numerusform>
            <numerusform>%n bundle files to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n file(s) could not be read and will be left out.</source>
        <translation>
            <numerusform>%n file could not be read and will be left out.</numerusform>
            <numerusform>%n files could not be read and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>withdrawal from %1: %n record(s) received under that consent deleted</source>
        <translation>
            <numerusform>withdrawal from %1: %n record received under that consent deleted</numerusform>
            <numerusform>withdrawal from %1: %n records received under that consent deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>withdrawal notice from %1; %n withdrawal(s) for the other recipients wait in the outbox</source>
        <translation>
            <numerusform>withdrawal notice from %1; %n withdrawal for the other recipients waits in the outbox</numerusform>
            <numerusform>withdrawal notice from %1; %n withdrawals for the other recipients wait in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 took over the case: %n record(s) deleted here</source>
        <translation>
            <numerusform>%1 took over the case: %n record deleted here</numerusform>
            <numerusform>%1 took over the case: %n records deleted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/exchange/caseload_dialog.py" line="+188"/>
        <source>&amp;Hand over %n case(s)</source>
        <translation>
            <numerusform>&amp;Hand over %n case</numerusform>
            <numerusform>&amp;Hand over %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n case(s) can be handed over to %1.</source>
        <translation>
            <numerusform>%n case can be handed over to %1.</numerusform>
            <numerusform>%n cases can be handed over to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) stay here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n case stays here; the reason is in the list.</numerusform>
            <numerusform>%n cases stay here; the reasons are in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n case(s) handed over to %1.</source>
        <translation>
            <numerusform>%n case handed over to %1.</numerusform>
            <numerusform>%n cases handed over to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) written into %1. Give them to your colleague.</source>
        <translation>
            <numerusform>%n file written into %1. Give it to your colleague.</numerusform>
            <numerusform>%n files written into %1. Give them to your colleague.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) stayed here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n case stayed here; the reason is in the list.</numerusform>
            <numerusform>%n cases stayed here; the reasons are in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Goes: %n record(s)</source>
        <translation>
            <numerusform>Goes: %n record</numerusform>
            <numerusform>Goes: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+367"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n record for %1</numerusform>
            <numerusform>%n records for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s) marked as removed</source>
        <translation>
            <numerusform>%n record marked as removed</numerusform>
            <numerusform>%n records marked as removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n received record(s) not sent: received records are not passed on</source>
        <translation>
            <numerusform>%n received record not sent: received records are not passed on</numerusform>
            <numerusform>%n received records not sent: received records are not passed on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePurge</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/retention_prompt.py" line="+51"/>
        <source>%n record(s) are due for deletion under your data policy. Delete them now?</source>
        <translation>
            <numerusform>%n record is due for deletion under your data policy. Delete it now?</numerusform>
            <numerusform>%n records are due for deletion under your data policy. Delete them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/exchange/import_dialog.py" line="+236"/>
        <source>A consent was withdrawn. Importing deletes %n record(s) received under it and makes an acknowledgement for the sender.</source>
        <translation>
            <numerusform>A consent was withdrawn. Importing deletes %n record received under it and makes an acknowledgement for the sender.</numerusform>
            <numerusform>A consent was withdrawn. Importing deletes %n records received under it and makes an acknowledgement for the sender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 confirms taking over the case. Importing deletes its %n record(s) from this vault.</source>
        <translation>
            <numerusform>%1 confirms taking over the case. Importing deletes its %n record from this vault.</numerusform>
            <numerusform>%1 confirms taking over the case. Importing deletes its %n records from this vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n record(s) received under the withdrawn consent were deleted.</source>
        <translation>
            <numerusform>%n record received under the withdrawn consent was deleted.</numerusform>
            <numerusform>%n records received under the withdrawn consent were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The consent is withdrawn; %n withdrawal(s) for the other recipients wait in the outbox.</source>
        <translation>
            <numerusform>The consent is withdrawn; %n withdrawal for the other recipients waits in the outbox.</numerusform>
            <numerusform>The consent is withdrawn; %n withdrawals for the other recipients wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s) of the handed-over case were deleted from this vault.</source>
        <translation>
            <numerusform>%n record of the handed-over case was deleted from this vault.</numerusform>
            <numerusform>%n records of the handed-over case were deleted from this vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n conflict(s) wait in the Conflicts tab; nothing was overwritten.</source>
        <translation>
            <numerusform>%n conflict waits in the Conflicts tab; nothing was overwritten.</numerusform>
            <numerusform>%n conflicts wait in the Conflicts tab; nothing was overwritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/exchange/outbox_panel.py" line="+79"/>
        <source>Wrote %n file(s) for the other workers</source>
        <translation>
            <numerusform>Wrote %n file for the other workers</numerusform>
            <numerusform>Wrote %n files for the other workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n file(s) wait in the outbox to be sent</source>
        <translation>
            <numerusform>%n file waits in the outbox to be sent</numerusform>
            <numerusform>%n files wait in the outbox to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/settings_dialog.py" line="+135"/>
        <source>%n record(s) due for deletion now.</source>
        <translation>
            <numerusform>%n record due for deletion now.</numerusform>
            <numerusform>%n records due for deletion now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <location filename="../../src/exitdesk/ui/statistics.py" line="+339"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
