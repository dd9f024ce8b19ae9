<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/about.py" line="+115"/>
        <source>About ExitDesk</source>
        <translation>Om ExitDesk</translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <location line="-56"/>
        <source>An offline, encrypted case tool for Exit Programme workers. It makes no network connections.</source>
        <translation>Ett krypterat ärendeverktyg som fungerar utan nätverk, för medarbetare i exitprogrammet. Det gör inga nätverksanslutningar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vault folder</source>
        <translation>Valvets mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher {v}, AES-256 with page authentication</source>
        <translation>SQLCipher {v}, AES-256 med sidautentisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key derivation</source>
        <translation>Nyckelhärledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argon2id, {mib} MiB, {t} passes, {p} lanes</source>
        <translation>Argon2id, {mib} MiB, {t} omgångar, {p} parallella spår</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device binding</source>
        <translation>Enhetsbindning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen capture</source>
        <translation>Skärmbilder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ExitDesk</source>
        <translation>Om ExitDesk</translation>
    </message>
</context>
<context>
    <name>AccessReportText</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/access_report.py" line="+42"/>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save access report</source>
        <translation>Spara registerutdrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recorded here</source>
        <translation>registrerat här</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>received from %1 on %2 under consent %3</source>
        <translation>mottaget från %1 den %2 med samtycke %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Progress:</source>
        <translation>Framsteg:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next steps:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Persons at risk:</source>
        <translation>Personer i riskzonen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent %1: to %2; what: %3; why: %4; valid %5 – %6</source>
        <translation>Samtycke %1: till %2; vad: %3; varför: %4; giltigt %5 – %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>withdrawn on %1</source>
        <translation>återkallat den %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Anstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Frigivningsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage in the programme</source>
        <translation>Skede i programmet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed received on %1</source>
        <translation>mottagandet bekräftat den %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no confirmation</source>
        <translation>ingen bekräftelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: to %2 under consent %3; %4 records (%5); %6</source>
        <translation>%1: till %2 med samtycke %3; %4 poster (%5); %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing about you has been shared from this vault.</source>
        <translation>Inget om dig har lämnats ut från detta valv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they confirmed deleting it on %1</source>
        <translation>raderingen bekräftad den %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not yet confirmed</source>
        <translation>ännu inte bekräftat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 was told that consent %3 was withdrawn; %4</source>
        <translation>%1: %2 underrättades om att samtycke %3 återkallats; %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 records received from %3 were deleted here after a withdrawal</source>
        <translation>%1: %2 poster mottagna från %3 raderades här efter ett återkallande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No withdrawals or deletions.</source>
        <translation>Inga återkallanden eller raderingar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this vault holds about you</source>
        <translation>Vad detta valv innehåller om dig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on %1 by %2. This report lists everything this worker&apos;s ExitDesk vault holds about you, where each item came from, and everything that was shared with others, with your consents. You may ask for corrections, or withdraw a consent at any time.</source>
        <translation>Upprättat den %1 av %2. Detta utdrag visar allt som den här medarbetarens ExitDesk-valv innehåller om dig, varifrån varje uppgift kommer och allt som lämnats ut till andra, samt dina samtycken. Du kan begära rättelse eller återkalla ett samtycke när som helst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are</source>
        <translation>Vem du är</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support plan</source>
        <translation>Stödplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your consents</source>
        <translation>Dina samtycken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was shared, and with whom</source>
        <translation>Vad som lämnades ut och till vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals and deletions</source>
        <translation>Återkallanden och raderingar</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="+109"/>
        <source>&amp;Action:</source>
        <translation>Åt&amp;gärd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner party:</source>
        <translation>Ansvarig &amp;organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Has a due date:</source>
        <translation>&amp;Har slutdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>Slut&amp;datum:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../src/exitdesk/ui/audit_view.py" line="+225"/>
        <source>Checking the vault and its audit chain…</source>
        <translation>Valvet och dess händelsekedja kontrolleras…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Verified: the audit chain is intact and signed (%n entries).</source>
        <translation>
            <numerusform>Kontrollerad: händelsekedjan är obruten och signerad (%n post).</numerusform>
            <numerusform>Kontrollerad: händelsekedjan är obruten och signerad (%n poster).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem found: {problems}</source>
        <translation>Ett problem hittades: {problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>Hän&amp;delse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrera efter händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;older entries</source>
        <translation>Visa &amp;äldre poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify &amp;chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Showing the newest %1 entries</source>
        <translation>Visar de senaste %1 posterna</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the audit chain</source>
        <translation>Kontrollera händelsekedjan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../src/exitdesk/ui/audit_words.py" line="+17"/>
        <source>Vault created</source>
        <translation>Valvet skapades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault opened with the recovery code</source>
        <translation>Valvet öppnades med återställningskoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen byttes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault key replaced</source>
        <translation>Valvets nyckel byttes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup written</source>
        <translation>Säkerhetskopia skrevs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant added</source>
        <translation>Deltagare lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant changed</source>
        <translation>Deltagaren ändrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage changed</source>
        <translation>Skedet ändrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant deleted</source>
        <translation>Deltagaren raderades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Anteckning lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan goal saved</source>
        <translation>Planens mål sparades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress rated</source>
        <translation>Framsteg skattades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting added</source>
        <translation>Möte lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety assessed</source>
        <translation>Säkerheten bedömdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded</source>
        <translation>Samtycke registrerades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact added</source>
        <translation>Kontakt lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact&apos;s key changed</source>
        <translation>Kontaktens nyckel ändrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact verified</source>
        <translation>Kontakten verifierades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact revoked</source>
        <translation>Kontakten spärrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle exported</source>
        <translation>Paket exporterades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle imported</source>
        <translation>Paket importerades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received records deleted</source>
        <translation>Mottagna uppgifter raderades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement received</source>
        <translation>Kvittens mottogs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination notice</source>
        <translation>Avslutningsmeddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Konflikten löstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data generated</source>
        <translation>Demodata skapades</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n uppgift raderad</numerusform>
            <numerusform>%n uppgifter raderade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recipient(s) told</source>
        <translation>
            <numerusform>%n mottagare underrättad</numerusform>
            <numerusform>%n mottagare underrättade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bundle(s) acknowledged</source>
        <translation>
            <numerusform>%n paket kvitterat</numerusform>
            <numerusform>%n paket kvitterade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from a contact</source>
        <translation>från en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one bundle</source>
        <translation>ett paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under one consent</source>
        <translation>enligt ett samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to a file</source>
        <translation>till en fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bound to this computer</source>
        <translation>bundet till den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bound: no keyring</source>
        <translation>inte bundet: ingen nyckelring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bound</source>
        <translation>inte bundet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the incoming version kept</source>
        <translation>den inkommande versionen behölls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this vault&apos;s version kept</source>
        <translation>valvets egen version behölls</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>key derivation: {mib} MiB, {t} passes</source>
        <translation>nyckelhärledning: {mib} MiB, {t} varv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stage: {stage}</source>
        <translation>skede: {stage}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>urgent</source>
        <translation>brådskande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not urgent</source>
        <translation>inte brådskande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ended by: {who}</source>
        <translation>avslutat av: {who}</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/batch_dialog.py" line="+204"/>
        <source>Choose a folder for the replies</source>
        <translation>Välj en mapp för svaren</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n reply file(s) saved. Send them to the senders.</source>
        <translation>
            <numerusform>%n svarsfil sparades. Skicka den till avsändaren.</numerusform>
            <numerusform>%n svarsfiler sparades. Skicka dem till avsändarna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fil importerades.</numerusform>
            <numerusform>%n filer importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused; nothing from them was written.</source>
        <translation>
            <numerusform>%n fil avvisades; inget från den skrevs.</numerusform>
            <numerusform>%n filer avvisades; inget från dem skrevs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reply(s) to the senders wait in the outbox.</source>
        <translation>
            <numerusform>%n svar till avsändaren väntar i utkorgen.</numerusform>
            <numerusform>%n svar till avsändarna väntar i utkorgen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the files…</source>
        <translation>Filerna läses…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle file(s) to import.</source>
        <translation>
            <numerusform>%n fil med överföringspaket att importera.</numerusform>
            <numerusform>%n filer med överföringspaket att importera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each file is checked completely and imported whole or not at all. Nothing has been written yet.</source>
        <translation>Varje fil kontrolleras helt och importeras i sin helhet eller inte alls. Inget har skrivits än.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) could not be read and will be left out.</source>
        <translation>
            <numerusform>%n fil kunde inte läsas och lämnas utanför.</numerusform>
            <numerusform>%n filer kunde inte läsas och lämnas utanför.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working…</source>
        <translation>Bearbetar…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>withdrawal from %1: %n record(s) received under that consent deleted</source>
        <translation>
            <numerusform>återkallelse från %1: %n post som mottagits under samtycket raderad</numerusform>
            <numerusform>återkallelse från %1: %n poster som mottagits under samtycket raderade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted what they received under the withdrawn consent</source>
        <translation>%1 raderade det de tagit emot under det återkallade samtycket</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>withdrawal notice from %1; %n withdrawal(s) for the other recipients wait in the outbox</source>
        <translation>
            <numerusform>återkallelsemeddelande från %1; %n återkallelse till de andra mottagarna väntar i utkorgen</numerusform>
            <numerusform>återkallelsemeddelande från %1; %n återkallelser till de andra mottagarna väntar i utkorgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 took over the case: %n record(s) deleted here</source>
        <translation>
            <numerusform>%1 tog över ärendet: %n post raderad här</numerusform>
            <numerusform>%1 tog över ärendet: %n poster raderade här</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hand-over from %1: %2 added, %3 updated</source>
        <translation>överlämnande från %1: %2 tillagda, %3 uppdaterade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update from %1: %2 added, %3 updated</source>
        <translation>uppdatering från %1: %2 tillagda, %3 uppdaterade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case from %1: %2 added, %3 updated</source>
        <translation>ärende från %1: %2 tillagda, %3 uppdaterade</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt att lösa</numerusform>
            <numerusform>%n konflikter att lösa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1</source>
        <translation>Importerad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to import</source>
        <translation>Klar att importeras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import bundles</source>
        <translation>Importera överföringspaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of each file</source>
        <translation>Vad som hände med varje fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import all</source>
        <translation>&amp;Importera alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import all the files</source>
        <translation>Importera alla filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save replies…</source>
        <translation>Spa&amp;ra svar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the replies for the senders to a folder</source>
        <translation>Spara svaren till avsändarna i en mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Bearbetar</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../src/exitdesk/ui/capture_block.py" line="+118"/>
        <source>On: ExitDesk&apos;s windows are hidden from screenshots and sharing.</source>
        <translation>På: ExitDesks fönster syns inte på skärmbilder eller vid skärmdelning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: turned off in Settings; screenshots can show ExitDesk.</source>
        <translation>Av: avstängt i inställningarna; ExitDesk kan synas på skärmbilder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available here: on X11 and Wayland any program can read the screen.</source>
        <translation>Inte tillgängligt: i X11 och Wayland kan alla program läsa skärmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not active: this version of the system refused the request.</source>
        <translation>Inte aktivt: den här systemversionen avvisade begäran.</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/caseload_dialog.py" line="+136"/>
        <source>Choose a folder for the hand-over files</source>
        <translation>Välj en mapp för överlämnandets filer</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>&amp;Hand over %n case(s)</source>
        <translation>
            <numerusform>&amp;Lämna över %n ärende</numerusform>
            <numerusform>&amp;Lämna över %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder chosen yet.</source>
        <translation>Ingen mapp har valts ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cases could not be checked.</source>
        <translation>Ärendena kunde inte kontrolleras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was handed over.</source>
        <translation>Inget lämnades över.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking which cases can be handed over…</source>
        <translation>Kontrollerar vilka ärenden som kan lämnas över…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no cases in this vault.</source>
        <translation>Det finns inga ärenden i valvet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case can be handed over to %1.</source>
        <translation>Inget ärende kan lämnas över till %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s) can be handed over to %1.</source>
        <translation>
            <numerusform>%n ärende kan lämnas över till %1.</numerusform>
            <numerusform>%n ärenden kan lämnas över till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each case goes in its own file, under that participant&apos;s own consent.</source>
        <translation>Varje ärende går i en egen fil, under deltagarens eget samtycke.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n case(s) stay here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n ärende stannar här; skälet står i listan.</numerusform>
            <numerusform>%n ärenden stannar här; skälen står i listan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the hand-over files…</source>
        <translation>Skriver överlämnandets filer…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) handed over to %1.</source>
        <translation>
            <numerusform>%n ärende överlämnat till %1.</numerusform>
            <numerusform>%n ärenden överlämnade till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) written into %1. Give them to your colleague.</source>
        <translation>
            <numerusform>%n fil skrevs till %1. Ge den till din kollega.</numerusform>
            <numerusform>%n filer skrevs till %1. Ge dem till din kollega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) stayed here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n ärende stannade här; skälet står i listan.</numerusform>
            <numerusform>%n ärenden stannade här; skälen står i listan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cases stay in this vault until %1&apos;s acknowledgements are imported; then they are removed from it.</source>
        <translation>Ärendena finns kvar i valvet tills kvittenserna från %1 har importerats; sedan tas de bort ur valvet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handed over: %1</source>
        <translation>Överlämnat: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Goes: %n record(s)</source>
        <translation>
            <numerusform>Lämnas över: %n uppgift</numerusform>
            <numerusform>Lämnas över: %n uppgifter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stays here: %1</source>
        <translation>Stannar här: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hand over caseload</source>
        <translation>Lämna över alla ärenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What becomes of each case</source>
        <translation>Vad som händer med varje ärende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the hand-over files</source>
        <translation>Välj mappen för överlämnandets filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the cases over to the colleague</source>
        <translation>Lämna över ärendena till kollegan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Bearbetar</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+206"/>
        <source>The consent %1 gave does not include identity, and a case cannot be shared with %2 without it. Record a consent that includes identity to send the case.</source>
        <translation>Samtycket som %1 gav omfattar inte identitet, och ärendet kan inte delas med %2 utan den. Registrera ett samtycke som omfattar identitet för att skicka ärendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recipient&apos;s data policy does not keep: %1. Their vault leaves these out when the bundle is imported.</source>
        <translation>Mottagarens datapolicy sparar inte detta: %1. Mottagarens valv utelämnar det när paketet importeras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recipient&apos;s data policy keeps all of it.</source>
        <translation>Mottagarens datapolicy sparar allt detta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to send</source>
        <translation>Vad som skickas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case always carries the identity category; the consent decides the rest.</source>
        <translation>Identitetsuppgifterna följer alltid med; samtycket avgör resten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the consent…</source>
        <translation>Samtycket kontrolleras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record a consent…</source>
        <translation>&amp;Registrera ett samtycke…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="+80"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Byt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/exitdesk/cli/audit_commands.py" line="+49"/>
        <source>Audit chain verifies: {chain_entries} entries, signed head matches</source>
        <translation>Händelsekedjan är kontrollerad: {chain_entries} poster, den signerade senaste posten stämmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain does NOT verify:</source>
        <translation>Händelsekedjan klarade INTE kontrollen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match</source>
        <translation>Inga poster matchar</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/case_commands.py" line="+69"/>
        <source>No notes</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note {note_id} deleted</source>
        <translation>Anteckning {note_id} raderad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No meetings</source>
        <translation>Inga möten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting {id} saved</source>
        <translation>Möte {id} sparat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting {meeting_id} deleted</source>
        <translation>Möte {meeting_id} raderat</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/consent_commands.py" line="+100"/>
        <source>No consents</source>
        <translation>Inga samtycken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent {id} for participant {participant_id}: {state}</source>
        <translation>Samtycke {id} för deltagare {participant_id}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Categories: {categories}</source>
        <translation>  Kategorier: {categories}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  To: {label} ({party_id})</source>
        <translation>  Till: {label} ({party_id})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Purpose: {purpose}</source>
        <translation>  Syfte: {purpose}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Valid: {start} to {end} UTC</source>
        <translation>  Giltigt: {start} till {end} UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Given: {method}, recorded by {who}</source>
        <translation>  Givet: {method}, registrerat av {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Witness: {witness}</source>
        <translation>  Vittne: {witness}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Guardian: {guardian}</source>
        <translation>  Vårdnadshavare: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Withdrawn: {at} UTC</source>
        <translation>  Återkallat: {at} UTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{consent} withdrawn; purged {purged} received records; a withdrawal notice for {names} waits in the outbox: run &apos;exitdesk outbox write DIR&apos;</source>
        <translation>{consent} återkallat; {purged} mottagna poster rensades; ett meddelande om återkallelse till {names} väntar i utkorgen: kör &apos;exitdesk outbox write MAPP&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{consent} withdrawn; purged {purged} received records</source>
        <translation>{consent} återkallat; {purged} mottagna poster rensades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{consent} withdrawn; no data had gone out under it</source>
        <translation>{consent} återkallat; inga uppgifter hade lämnats ut under det</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{consent} withdrawn; wrote {name} for {names}</source>
        <translation>{consent} återkallat; skrev {name} till {names}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/key_commands.py" line="+27"/>
        <source>The vault is re-encrypted under a new key; the old recovery code no longer works.</source>
        <translation>Valvet har krypterats om med en ny nyckel; den gamla återställningskoden fungerar inte längre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery code (write it down and keep it in a safe; it is shown only once):</source>
        <translation>Ny återställningskod (skriv ner den och förvara den inlåst; den visas bara en gång):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote this vault&apos;s age identity, encrypted with your passphrase, to {out}</source>
        <translation>Valvets age-identitet skrevs, krypterad med din lösenfras, till {out}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/lifecycle_commands.py" line="+30"/>
        <source>Participant {id} is now {state}</source>
        <translation>Deltagare {id} är nu i skedet {state}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/participant_commands.py" line="+97"/>
        <source>No participant matches</source>
        <translation>Ingen deltagare matchar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants yet</source>
        <translation>Inga deltagare än</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participant {id}: {alias}</source>
        <translation>Deltagare {id}: {alias}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Parties: {parties}</source>
        <translation>  Parter: {parties}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  State: {state}</source>
        <translation>  Skede: {state}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Participant {id} saved</source>
        <translation>Deltagare {id} sparad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Participant {participant_id} and everything recorded about them deleted</source>
        <translation>Deltagare {participant_id} och allt som registrerats om deltagaren har raderats</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>exitdesk: cancelled; {done} of {total} synthetic participants were added and recorded in the audit log</source>
        <translation>exitdesk: avbrutet; {done} av {total} syntetiska deltagare lades till och fördes in i granskningsloggen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added {made} synthetic participants</source>
        <translation>Lade till {made} syntetiska deltagare</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/plan_commands.py" line="+90"/>
        <source>No goals in the plan yet</source>
        <translation>Inga mål i planen än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal {id} [{domain}, {status}, {owner_party_id}]{rating}</source>
        <translation>Mål {id} [{domain}, {status}, {owner_party_id}]{rating}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Goal {id} saved</source>
        <translation>Mål {id} sparat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Action {number} of goal {goal_id} is now {status}</source>
        <translation>Åtgärd {number} för mål {goal_id} har nu status {status}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Goal {id} rated {score}/10; latest rating {latest_score}/10 on {on}</source>
        <translation>Mål {id} skattat {score}/10; senaste skattning {latest_score}/10 den {on}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No safety assessments</source>
        <translation>Inga säkerhetsbedömningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment {id} on {assessed_on}: {level}{review}{urgent}</source>
        <translation>Bedömning {id} den {assessed_on}: {level}{review}{urgent}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Arrangement {number} of assessment {assessment_id} is closed</source>
        <translation>Åtgärd {number} i bedömning {assessment_id} är avslutad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrangement {number} of assessment {assessment_id} is now with {owner}</source>
        <translation>Åtgärd {number} i bedömning {assessment_id} ligger nu hos {owner}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Arrangement {number} of assessment {assessment_id} rescheduled</source>
        <translation>Åtgärd {number} i bedömning {assessment_id} har fått nya datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arrangement {number} of assessment {assessment_id} is {state}</source>
        <translation>Skyddsåtgärd {number} i bedömning {assessment_id}: {state}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/knowledge_commands.py" line="+57"/>
        <source>No library entry matches</source>
        <translation>Ingen artikel i biblioteket matchar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Knowledge pack from {sender}: version {version}, {n} changes</source>
        <translation>Kunskapspaket från {sender}: version {version}, {n} ändringar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Installed as library version {version}</source>
        <translation>Installerat som biblioteksversion {version}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote a knowledge pack with {n} entries to {name} ({bundle_id})</source>
        <translation>Ett kunskapspaket med {n} artiklar skrevs till {name} ({bundle_id})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library is back at version {version}</source>
        <translation>Biblioteket är tillbaka på version {version}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library version in use: {version}</source>
        <translation>Biblioteksversion som används: {version}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/report_commands.py" line="+38"/>
        <source>Access report written to {name}; the PDF is not encrypted: print it and delete the file</source>
        <translation>Registerutdraget skrevs till {name}; PDF-filen är inte krypterad: skriv ut den och radera filen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/exchange_commands.py" line="+67"/>
        <source>  left out of one {record} record (your data policy does not keep it): {fields}</source>
        <translation>  utelämnat ur en post av typen {record} (din datapolicy sparar det inte): {fields}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name}: would import {what} (nothing written)</source>
        <translation>{name}: skulle importera {what} (inget skrivet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  note: {warning}</source>
        <translation>  obs: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  {count} conflict(s) to resolve: run &apos;exitdesk conflicts&apos;</source>
        <translation>  {count} konflikt(er) att lösa: kör &apos;exitdesk conflicts&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  purged {count} records</source>
        <translation>  {count} poster rensades</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  send {name} back to the sender</source>
        <translation>  skicka {name} tillbaka till avsändaren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File: {name}, {size} bytes</source>
        <translation>Fil: {name}, {size} byte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>age v1 file, {count} recipient(s)</source>
        <translation>age v1-fil, {count} mottagare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified: signed by {name} ({party_id})</source>
        <translation>Verifierat: signerat av {name} ({party_id})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind: {kind}; bundle {bundle}</source>
        <translation>Typ: {kind}; paket {bundle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {created} UTC, expires {expires}</source>
        <translation>Skapat {created} UTC, upphör {expires}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence for you: {sequence}; records: {count}</source>
        <translation>Löpnummer för dig: {sequence}; poster: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent {consent}: {categories}; until {until}</source>
        <translation>Samtycke {consent}: {categories}; till {until}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: {note}</source>
        <translation>Obs: {note}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No conflicts</source>
        <translation>Inga konflikter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Yours: no longer in this vault</source>
        <translation>  Din: finns inte längre i valvet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep one: exitdesk conflict resolve {id} --keep mine|theirs</source>
        <translation>Behåll en: exitdesk conflict resolve {id} --keep mine|theirs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflict {id} resolved: kept {keep}</source>
        <translation>Konflikt {id} löst: behöll {keep}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No bundles went out or came in for this participant</source>
        <translation>Inga paket har skickats eller tagits emot för den här deltagaren</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/policy_commands.py" line="+37"/>
        <source>  (minimal record)</source>
        <translation>  (minimal registrering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party: {party}{minimal}</source>
        <translation>Part: {party}{minimal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps: {fields}</source>
        <translation>Sparar: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of these</source>
        <translation>inget av dessa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never stores: {fields}</source>
        <translation>Sparar aldrig: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enquiries that never start: deleted after {days} days</source>
        <translation>Förfrågningar som aldrig kommer igång: raderas efter {days} dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended cases: deleted {days} days after they end</source>
        <translation>Avslutade ärenden: raderas {days} dagar efter att de avslutats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes: kept until their own expiry date</source>
        <translation>Anteckningar: sparas till sitt eget utgångsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: kept {days} days</source>
        <translation>Anteckningar: sparas {days} dagar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Target group recorded</source>
        <translation>Målgruppsbedömningen registrerad</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/retention_commands.py" line="+23"/>
        <source>Total due: {count}</source>
        <translation>Att radera totalt: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due: {day}</source>
        <translation>Nästa radering: {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificate written to {name}</source>
        <translation>Intyget skrevs till {name}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/contact_commands.py" line="+44"/>
        <source>Contact {id}: {label}</source>
        <translation>Kontakt {id}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number: {number}</source>
        <translation>Säkerhetsnummer: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key change signed by their verified key: the new keys replace the old ones</source>
        <translation>Ett nyckelbyte signerat med deras verifierade nyckel: de nya nycklarna ersätter de gamla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same name and party as contact {same_as}, with other keys: unverified.</source>
        <translation>Samma namn och part som kontakt {same_as}, med andra nycklar: overifierad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their verified keys stay in use until you compare this number with them and run</source>
        <translation>Deras verifierade nycklar används tills du jämför det här numret med dem och kör</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;contact verify {id}&apos; (that retires the old keys)</source>
        <translation>&apos;contact verify {id}&apos; (det tar de gamla nycklarna ur bruk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already known and verified</source>
        <translation>Redan känd och verifierad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified: compare the number with them, then run &apos;contact verify {id}&apos;</source>
        <translation>Overifierad: jämför numret med dem och kör sedan &apos;contact verify {id}&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this name mixes letters of different scripts ({scripts}); it may be made to look like someone else&apos;s. Trust the safety number, not the name</source>
        <translation>Varning: namnet blandar bokstäver från olika skriftsystem ({scripts}); det kan vara gjort för att likna någon annans. Lita på säkerhetsnumret, inte på namnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact {id} ({label}) is verified</source>
        <translation>Kontakt {id} ({label}) är verifierad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact {id} ({label}) is revoked: nothing more goes to or from them</source>
        <translation>Kontakt {id} ({label}) är spärrad: inget mer skickas till eller tas emot från dem</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No contacts yet: add one with &apos;exitdesk contact add CARD_FILE&apos;</source>
        <translation>Inga kontakter än: lägg till en med &apos;exitdesk contact add KORTFIL&apos;</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/stats_commands.py" line="+36"/>
        <source>Wrote {files} files to {folder}: {total} participants, {small} numbers shown as &lt;5, {protecting} hidden as x</source>
        <translation>Skrev {files} filer till {folder}: {total} deltagare, {small} tal visas som &lt;5, {protecting} dolda som x</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote a statistics bundle to {name}</source>
        <translation>Skrev ett statistikpaket till {name}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/vault_commands.py" line="+47"/>
        <source>Created a vault in {folder}</source>
        <translation>Ett valv skapades i {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down and keep it in a safe; it is shown only once):</source>
        <translation>Återställningskod (skriv ner den och förvara den i ett kassaskåp; den visas bara en gång):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device binding: on (this vault also needs this computer&apos;s keyring to open)</source>
        <translation>Enhetsbindning: på (valvet behöver även den här datorns nyckelring för att öppnas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device binding: off ({detail})</source>
        <translation>Enhetsbindning: av ({detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault is intact: page checksums and the audit chain verify</source>
        <translation>Valvet är intakt: sidornas kontrollsummor och granskningskedjan stämmer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote an encrypted backup to {path}</source>
        <translation>En krypterad säkerhetskopia skrevs till {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exitdesk: the vault&apos;s disk is full, so the audit log could not record this backup</source>
        <translation>exitdesk: valvets disk är full, så granskningsloggen kunde inte registrera den här säkerhetskopian</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the vault into {folder}; open it with its passphrase or recovery code</source>
        <translation>Valvet återställdes till {folder}; öppna det med dess lösenfras eller återställningskod</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen har bytts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vault opened with the recovery code; the new passphrase is set</source>
        <translation>Valvet öppnades med återställningskoden; den nya lösenfrasen är satt</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/outbox_commands.py" line="+33"/>
        <source>The outbox is empty</source>
        <translation>Utkorgen är tom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outbox is empty; nothing to write</source>
        <translation>Utkorgen är tom; inget att skriva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {name}</source>
        <translation>Skrev {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand-over to {contact} under {consent}</source>
        <translation>Överlämnande till {contact} under {consent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leaves this vault: {sending} ({count} records)</source>
        <translation>Lämnar valvet: {sending} ({count} poster)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent, deleted here with the case: {kept}</source>
        <translation>Skickas inte, raderas här med ärendet: {kept}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s copy is removed when the receiver&apos;s acknowledgement is imported</source>
        <translation>Valvets kopia tas bort när mottagarens kvittens importeras</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Participant {id} ({alias}): would go ({count} records)</source>
        <translation>Deltagare {id} ({alias}): skulle lämnas över ({count} uppgifter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant {id}: would stay here: {reason}</source>
        <translation>Deltagare {id}: skulle stanna här: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases that would be handed over: {sent}. Cases that would stay here: {kept}. Nothing was written</source>
        <translation>Ärenden som skulle lämnas över: {sent}. Ärenden som skulle stanna här: {kept}. Inget skrevs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participant {id}: wrote {name} ({count} records)</source>
        <translation>Deltagare {id}: skrev {name} ({count} poster)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant {id}: not handed over: {reason}</source>
        <translation>Deltagare {id}: inte överlämnad: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases handed over: {sent}. Cases staying here: {kept}. Each leaves this vault when its acknowledgement is imported</source>
        <translation>Överlämnade ärenden: {sent}. Ärenden som stannar här: {kept}. Varje ärende lämnar valvet när dess kvittens importeras</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/common.py" line="+164"/>
        <source>note: a restored backup had brought back cases handed over since; removed again: {count}</source>
        <translation>obs: en återställd säkerhetskopia hade fört tillbaka ärenden som lämnats över sedan dess; togs bort igen: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+364"/>
        <source>The code matches.</source>
        <translation>Koden stämmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the code shown on the previous page.</source>
        <translation>Det här är inte koden som visades på förra sidan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the recovery code back</source>
        <translation>Skriv in återställningskoden igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it from your sheet or note, to be sure it was taken down correctly.</source>
        <translation>Skriv av den från arket eller din anteckning, så att du vet att den blev rätt nedskriven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;code:</source>
        <translation>Återställnings&amp;kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code, typed back</source>
        <translation>Återställningskoden, inskriven igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating your vault and measuring this computer — please wait…</source>
        <translation>Ditt valv skapas och den här datorn mäts — vänta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the vault</source>
        <translation>Valvet skapas</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/conflicts.py" line="+209"/>
        <source>identity</source>
        <translation>identitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>skede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety assessment</source>
        <translation>säkerhetsbedömning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (from %3, %4)</source>
        <translation>%1: %2 (från %3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sender</source>
        <translation>okänd avsändare</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>In this va&amp;ult</source>
        <translation>I &amp;det här valvet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the sender</source>
        <translation>avsändaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inc&amp;oming from %1</source>
        <translation>Inkommande &amp;från %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resolved: the incoming version is now in your vault.</source>
        <translation>Löst: den inkommande versionen finns nu i ditt valv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved: your version was kept.</source>
        <translation>Löst: din version behölls.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts. When a record changed both here and at the sender, it waits here until you choose which version to keep.</source>
        <translation>Inga konflikter. Om en post har ändrats både här och hos avsändaren väntar den här tills du väljer vilken version som ska behållas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version in this vault</source>
        <translation>Versionen i det här valvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming version</source>
        <translation>Inkommande version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the version in this vault</source>
        <translation>Behåll versionen i det här valvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the incoming version</source>
        <translation>Ta den inkommande versionen</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consent_form.py" line="+33"/>
        <source>Consent form</source>
        <translation>Samtyckesblankett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save consent form</source>
        <translation>Spara samtyckesblanketten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who you are: alias, name, year of birth and contact details</source>
        <translation>Vem du är: alias, namn, födelseår och kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are in the programme (for example active, or after release)</source>
        <translation>Var du befinner dig i programmet (till exempel aktiv eller efter frigivning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your support plan: goals, actions and progress</source>
        <translation>Din stödplan: mål, åtgärder och framsteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and summaries of your meetings</source>
        <translation>Datum och sammanfattningar av dina möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your safety assessment and security arrangements</source>
        <translation>Din säkerhetsbedömning och dina skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent to share information</source>
        <translation>Samtycke till utlämnande av uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared</source>
        <translation>Vilka uppgifter som får lämnas ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For how long</source>
        <translation>Hur länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent is given</source>
        <translation>Hur samtycket ges</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From %1 until %2 (%3 days).</source>
        <translation>Från %1 till %2 (%3 dagar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taking part is voluntary. You can withdraw this consent at any time, without any consequences. When you withdraw it, the recipients delete what they received under it. Information is shared only to support you in leaving crime behind.</source>
        <translation>Det är frivilligt att delta. Du kan när som helst återkalla det här samtycket, utan några konsekvenser. När du återkallar det raderar mottagarna det de har fått med stöd av samtycket. Uppgifter delas bara för att stödja dig i att lämna kriminaliteten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant&apos;s signature</source>
        <translation>Deltagarens underskrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian or social services (%1)</source>
        <translation>Vårdnadshavare eller socialtjänst (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witness (%1)</source>
        <translation>Vittne (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker (%1)</source>
        <translation>Medarbetare (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consents.py" line="+98"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness / guardian</source>
        <translation>Vittne/vårdnadshavare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recor&amp;d consent…</source>
        <translation>Re&amp;gistrera samtycke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint consent form…</source>
        <translation>Skriv &amp;ut samtyckesblankett…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apture on-screen signature…</source>
        <translation>Underskr&amp;ift på skärmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>Återka&amp;lla…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>witness %1</source>
        <translation>vittne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian %1</source>
        <translation>vårdnadshavare %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in force</source>
        <translation>Gäller ännu inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Har upphört</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (signature captured)</source>
        <translation>%1 (med underskrift)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw this consent? Nothing more is shared under it, and recipients are asked to delete what they received under it.</source>
        <translation>Vill du återkalla det här samtycket? Inget mer delas med stöd av det, och mottagarna ombeds radera det de har fått med stöd av det.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save the withdrawal for the recipients</source>
        <translation>Spara återkallelsen till mottagarna</translation>
    </message>
</context>
<context>
    <name>ContactChoicePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-135"/>
        <source>%1 — revoked</source>
        <translation>%1 — spärrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — keys changed, verify again first</source>
        <translation>%1 — nycklarna har ändrats, verifiera först igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not verified yet</source>
        <translation>%1 — inte verifierad än</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the recipient</source>
        <translation>Välj mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only verified contacts can receive a bundle.</source>
        <translation>Bara verifierade kontakter kan ta emot ett överföringspaket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to send to</source>
        <translation>Kontakt att skicka till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No verified contact yet. Add and verify one under Contacts &amp;&amp; exchange.</source>
        <translation>Ingen verifierad kontakt än. Lägg till och verifiera en under Kontakter &amp;&amp; utbyte.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="+203"/>
        <source>No contacts yet. Add a colleague&apos;s contact card (Add from card file or Paste card), then compare the safety number with them.</source>
        <translation>Inga kontakter ännu. Lägg till en kollegas kontaktkort (Lägg till från kortfil eller Klistra in kort) och jämför sedan säkerhetsnumret tillsammans.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a contact to see their safety number.</source>
        <translation>Välj en kontakt för att se säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: this name mixes letters of different scripts (%1); it may be made to look like someone else&apos;s. Trust the safety number, not the name.</source>
        <translation>Varning: namnet blandar bokstäver från olika skriftsystem (%1); det kan vara gjort för att likna någon annans. Lita på säkerhetsnumret, inte på namnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoked: nothing can be exchanged with this contact.</source>
        <translation>Spärrad: inget kan utbytas med den här kontakten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys were replaced by newer ones of the same person. Restore them only if the newer keys turn out not to be theirs.</source>
        <translation>De här nycklarna har ersatts av nyare nycklar för samma person. Återställ dem bara om de nyare nycklarna visar sig inte vara personens egna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same name and party as contact %1, with other keys. Their verified keys stay in use until you compare this safety number with them; verifying it retires the old keys.</source>
        <translation>Samma namn och part som kontakt %1, med andra nycklar. De verifierade nycklarna används tills du har jämfört det här säkerhetsnumret med personen; en verifiering tar de gamla nycklarna ur bruk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their keys changed. Compare the new safety number with them by phone or in person before exchanging anything again.</source>
        <translation>Kontaktens nycklar har ändrats. Jämför det nya säkerhetsnumret per telefon eller på plats innan ni utbyter något igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified: you compared this safety number with them.</source>
        <translation>Verifierad: ni har jämfört det här säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified. Read the safety number to each other by phone or in person, then type what they read to you.</source>
        <translation>Inte verifierad. Läs upp säkerhetsnumret för varandra per telefon eller på plats och skriv sedan in det som den andra läste upp.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke contact</source>
        <translation>Återkalla kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop trusting %1? Nothing more can be sent to them or imported from them.</source>
        <translation>Sluta lita på %1? Inget mer kan skickas till dem eller importeras från dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The safety numbers match. %1 is verified.</source>
        <translation>Säkerhetsnumren stämmer. %1 är verifierad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety number (the same on both sides; read it aloud or scan the code):</source>
        <translation>Säkerhetsnummer (samma hos er båda; läs upp det eller skanna koden):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety number</source>
        <translation>Säkerhetsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the safety number</source>
        <translation>Säkerhetsnumrets QR-kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number they read to you:</source>
        <translation>&amp;Numret som lästes upp för dig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number they read to you</source>
        <translation>Säkerhetsnumret som lästes upp för dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 digits; spaces do not matter</source>
        <translation>60 siffror; mellanslag spelar ingen roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verif&amp;y</source>
        <translation>Verifi&amp;era</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the contact</source>
        <translation>Verifiera kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the contact</source>
        <translation>Återkalla kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han&amp;d over caseload…</source>
        <translation>Lämna &amp;över alla ärenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand your cases over to this contact</source>
        <translation>Lämna över dina ärenden till den här kontakten</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location line="+101"/>
        <source>revoked</source>
        <translation>spärrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keys replaced</source>
        <translation>nycklar ersatta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified, same name and party as %1</source>
        <translation>inte verifierad, samma namn och part som %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys changed — verify again</source>
        <translation>nycklarna har ändrats — verifiera igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>verifierad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified</source>
        <translation>inte verifierad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a contact card</source>
        <translation>Öppna ett kontaktkort</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 was added. Compare the safety number with them to verify.</source>
        <translation>%1 lades till. Jämför säkerhetsnumret med kontakten för att verifiera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a card with new keys, signed by their verified old keys: the new keys are in use now.</source>
        <translation>%1 skickade ett kort med nya nycklar, signerat med de verifierade gamla nycklarna: de nya nycklarna används nu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A card with %1&apos;s name and party but other keys was added as a new, unverified contact. Their verified keys stay in use until you compare the new safety number.</source>
        <translation>Ett kort med %1s namn och part men andra nycklar lades till som en ny, overifierad kontakt. De verifierade nycklarna används tills du har jämfört det nya säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already among your contacts; nothing changed.</source>
        <translation>%1 finns redan bland dina kontakter; inget ändrades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add from card file…</source>
        <translation>Lägg till från kort&amp;fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact from a card file</source>
        <translation>Lägg till en kontakt från en kortfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste card…</source>
        <translation>Kli&amp;stra in kort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact from pasted card text</source>
        <translation>Lägg till en kontakt från inklistrad korttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/statistics.py" line="+115"/>
        <source>Send statistics</source>
        <translation>Skicka statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle holds this vault&apos;s exact counts for the period and nothing else. It is encrypted for this contact only.</source>
        <translation>Paketet innehåller bara valvets exakta antal för perioden, inget annat. Det krypteras för den här kontakten enbart.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/labels.py" line="+39"/>
        <source>Enquiry</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After release</source>
        <translation>Efter frigivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start &amp;assessment</source>
        <translation>Påbörja &amp;bedömning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue &amp;after release</source>
        <translation>F&amp;ortsätt efter frigivning</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Back to en&amp;quiry</source>
        <translation>Till&amp;baka till förfrågan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;active support</source>
        <translation>P&amp;åbörja aktivt stöd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En&amp;d participation…</source>
        <translation>Avs&amp;luta deltagandet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the participant</source>
        <translation>deltagaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livelihood</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Alkohol och droger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education and work</source>
        <translation>Utbildning och arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In person</source>
        <translation>Fysiskt möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialogical</source>
        <translation>Dialogisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflective</source>
        <translation>Reflekterande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured</source>
        <translation>Strukturerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical</source>
        <translation>Praktisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Måttlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Syskon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other family member</source>
        <translation>Annan familjemedlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other close person</source>
        <translation>Annan närstående</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support plan</source>
        <translation>Stödplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed paper form</source>
        <translation>Undertecknad pappersblankett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on screen</source>
        <translation>Undertecknat på skärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal, witnessed</source>
        <translation>Muntligt, med vittne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text may describe offences. The programme only supports leaving crime behind and gathers no intelligence: consider leaving such details out.</source>
        <translation>Texten kan beskriva brott. Programmet stöder bara att lämna kriminaliteten och samlar inte in underrättelser: överväg att utelämna sådana detaljer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text may name other people. Consider writing about the participant only, or describing others by their relation (e.g. &apos;a sibling&apos;).</source>
        <translation>Texten kan nämna andra personer vid namn. Överväg att bara skriva om deltagaren eller att beskriva andra utifrån relationen (t.ex. ”ett syskon”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+233"/>
        <source>An update with what changed since the last bundle</source>
        <translation>En uppdatering med det som ändrats sedan förra överföringspaketet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case transfer</source>
        <translation>En ärendeöverföring</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n post till %1</numerusform>
            <numerusform>%n poster till %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) marked as removed</source>
        <translation>
            <numerusform>%n post markerad som borttagen</numerusform>
            <numerusform>%n poster markerade som borttagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n received record(s) not sent: received records are not passed on</source>
        <translation>
            <numerusform>%n mottagen post skickades inte: mottagna uppgifter lämnas inte vidare</numerusform>
            <numerusform>%n mottagna poster skickades inte: mottagna uppgifter lämnas inte vidare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bundle saved</source>
        <translation>Överföringspaketet har sparats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was logged in the participant&apos;s exchange history.</source>
        <translation>Det har förts in i deltagarens utbyteshistorik.</translation>
    </message>
</context>
<context>
    <name>DuePurge</name>
    <message>
        <location filename="../../src/exitdesk/ui/retention_prompt.py" line="+48"/>
        <source>Records due for deletion</source>
        <translation>Uppgifter som ska raderas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) are due for deletion under your data policy. Delete them now?</source>
        <translation>
            <numerusform>%n uppgift ska raderas enligt din datapolicy. Radera den nu?</numerusform>
            <numerusform>%n uppgifter ska raderas enligt din datapolicy. Radera dem nu?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndParticipationDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/lifecycle.py" line="+46"/>
        <source>Part&amp;y:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End participation</source>
        <translation>Avsluta deltagandet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant or a party they work with may end participation at any time, without repercussions. Only say who ended it.</source>
        <translation>Deltagaren eller en part som deltagaren arbetar med kan avsluta deltagandet när som helst, utan följder. Ange bara vem som avslutade det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended by the &amp;participant</source>
        <translation>Avslutat av &amp;deltagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended by a p&amp;arty</source>
        <translation>Avslutat av en o&amp;rganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End participation</source>
        <translation>&amp;Avsluta deltagandet</translation>
    </message>
</context>
<context>
    <name>EndingNotice</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/ending_notice.py" line="+26"/>
        <location line="+23"/>
        <location line="+22"/>
        <source>Send ending notice</source>
        <translation>Skicka avslutsmeddelande</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Tell which contact:</source>
        <translation>Vilken kontakt ska underrättas:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no verified contact to tell. Verify a contact first.</source>
        <translation>Det finns ingen verifierad kontakt att underrätta. Verifiera först en kontakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the notice</source>
        <translation>Spara meddelandet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice for %1 was saved as %2; send the file to them.</source>
        <translation>Meddelandet till %1 sparades som %2; skicka filen till dem.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/exitdesk/ui/widgets.py" line="+65"/>
        <source>The operating system refused a file operation. Nothing was changed.</source>
        <translation>Operativsystemet nekade en filåtgärd. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected problem stopped this action ({kind}). Your vault was not changed.</source>
        <translation>Ett oväntat problem stoppade åtgärden ({kind}). Ditt valv ändrades inte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ExitDesk</source>
        <translation>ExitDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/consent.py" line="+77"/>
        <source>a consent must end after it starts</source>
        <translation>ett samtycke måste upphöra efter att det börjat gälla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verbal consent needs the name of a witness</source>
        <translation>ett muntligt samtycke kräver namnet på ett vittne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>consent {consent} was withdrawn</source>
        <translation>samtycke {consent} har återkallats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} is not valid yet</source>
        <translation>samtycke {consent} gäller inte än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} has expired</source>
        <translation>samtycke {consent} har upphört att gälla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} does not name {who} as a recipient</source>
        <translation>samtycke {consent} anger inte {who} som mottagare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consent {consent} does not cover {category} for {who}</source>
        <translation>samtycke {consent} omfattar inte {category} för {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>consent {consent} was already withdrawn</source>
        <translation>samtycke {consent} har redan återkallats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the consent belongs to another participant</source>
        <translation>samtycket gäller en annan deltagare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the participant has not chosen to work with {party}</source>
        <translation>deltagaren har inte valt att arbeta med {party}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the participant&apos;s birth year is unknown: record it, or confirm that they are an adult</source>
        <translation>deltagarens födelseår är okänt: registrera det eller bekräfta att personen är vuxen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the participant may be under 18: record the guardian&apos;s or social services&apos; co-consent</source>
        <translation>deltagaren kan vara under 18 år: registrera även vårdnadshavarens eller socialtjänstens samtycke</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/participant.py" line="+28"/>
        <source>the alias cannot be blank</source>
        <translation>aliaset får inte vara tomt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alias must be one line, without line breaks or control characters</source>
        <translation>aliaset måste vara en enda rad, utan radbrytningar eller styrtecken</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>participation is ended either by the participant or by one party</source>
        <translation>deltagandet avslutas antingen av deltagaren eller av en organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the birth year cannot be later than this year ({this_year})</source>
        <translation>födelseåret kan inte vara senare än i år ({this_year})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an ended participation, and only that, names who ended it</source>
        <translation>bara ett avslutat deltagande anger vem som avslutade det</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a participant cannot go from {current} to {target}</source>
        <translation>en deltagare kan inte gå från {current} till {target}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say who ended the participation: the participant or a party</source>
        <translation>ange vem som avslutade deltagandet: deltagaren eller en organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only ending a participation names who ended it</source>
        <translation>vem som avslutade anges bara när deltagandet avslutas</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/contacts.py" line="+74"/>
        <source>there is no contact {contact_id} in this vault</source>
        <translation>det finns ingen kontakt {contact_id} i det här valvet</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>this file is too large to be a contact card</source>
        <translation>filen är för stor för att vara ett kontaktkort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is your own contact card</source>
        <translation>det här är ditt eget kontaktkort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this card carries a key its owner has replaced; ask them for a new card</source>
        <translation>kortet innehåller en nyckel som ägaren har bytt ut; be om ett nytt kort</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this card&apos;s key change is not signed by the key you verified; ask the sender in person or by phone</source>
        <translation>nyckelbytet på det här kortet är inte signerat med nyckeln du verifierade; fråga avsändaren personligen eller per telefon</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact {contact_id}&apos;s keys were replaced; restore them first if they are still in use</source>
        <translation>kontakt {contact_id}s nycklar har ersatts; återställ dem först om de fortfarande används</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the safety number does not match: do not exchange with this contact until you have compared it again in person or by phone</source>
        <translation>säkerhetsnumret stämmer inte: utbyt inget med den här kontakten förrän ni har jämfört det igen på plats eller per telefon</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>contact {contact_id}&apos;s keys are in force; there is nothing to restore</source>
        <translation>kontakt {contact_id}s nycklar gäller; det finns inget att återställa</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+82"/>
        <source>a consent lasts between 1 and 3660 days</source>
        <translation>ett samtycke gäller mellan 1 och 3660 dagar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name at least one contact or party the consent lets data go to</source>
        <translation>ange minst en kontakt eller organisation som samtycket tillåter att uppgifter lämnas till</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/casework.py" line="+46"/>
        <location line="+78"/>
        <location filename="../../src/exitdesk/app/plan_safety.py" line="+83"/>
        <source>nothing to change: give at least one field</source>
        <translation>inget att ändra: ange minst ett fält</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>a participant works with at least one party</source>
        <translation>minst en organisation måste arbeta med deltagaren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no note {note_id} in this vault</source>
        <translation>det finns ingen anteckning {note_id} i det här valvet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no meeting {meeting_id} in this vault</source>
        <translation>det finns inget möte {meeting_id} i det här valvet</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../src/exitdesk/app/exchange/notices.py" line="+66"/>
        <location filename="../../src/exitdesk/app/exchange/withdrawal.py" line="+42"/>
        <source>there is no consent {consent_id} in this vault</source>
        <translation>det finns inget samtycke {consent_id} i det här valvet</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/withdrawal.py" line="+21"/>
        <source>data went out under this consent: give a file for the withdrawal bundle</source>
        <translation>uppgifter har lämnats ut med stöd av samtycket: ange en fil för återkallelsens överföringspaket</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/contacts.py" line="-171"/>
        <source>{contact} is revoked; nothing can be sent to them</source>
        <translation>{contact} är spärrad; inget kan skickas till kontakten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{contact} is not verified yet: compare safety numbers first</source>
        <translation>{contact} är inte verifierad än: jämför säkerhetsnumren först</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/repos.py" line="+53"/>
        <source>there is no participant {participant_id} in this vault</source>
        <translation>det finns ingen deltagare {participant_id} i det här valvet</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/export.py" line="+68"/>
        <location filename="../../src/exitdesk/app/exchange/handover.py" line="+93"/>
        <source>consent {consent}: a case cannot be sent without its identity category</source>
        <translation>samtycke {consent}: ett ärende kan inte skickas utan identitetsuppgifterna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>everything about this participant was received from another worker; received records are not passed on</source>
        <translation>allt om den här deltagaren har tagits emot från en annan medarbetare; mottagna uppgifter lämnas inte vidare</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing has changed since the last bundle to {contact}</source>
        <translation>inget har ändrats sedan det senaste överföringspaketet till {contact}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>participation has not ended; end it before sending a notice</source>
        <translation>deltagandet har inte avslutats; avsluta det innan du skickar ett meddelande</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+51"/>
        <source>no live consent lets this participant&apos;s data go to {recipient}</source>
        <translation>inget gällande samtycke tillåter att deltagarens uppgifter lämnas till {recipient}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+72"/>
        <location filename="../../src/exitdesk/exchange/bundle.py" line="+259"/>
        <source>the sender is not among your contacts</source>
        <translation>avsändaren finns inte bland dina kontakter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{contact} is not verified yet: compare safety numbers before importing from them</source>
        <translation>{contact} är inte verifierad än: jämför säkerhetsnumren innan du importerar något från kontakten</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="+200"/>
        <source>the sender&apos;s keys were revoked or replaced; nothing was imported</source>
        <translation>avsändarens nycklar har spärrats eller bytts ut; inget importerades</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="-45"/>
        <source>this bundle was already imported (its id has been seen before)</source>
        <translation>överföringspaketet har redan importerats (dess id har setts tidigare)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="+8"/>
        <source>this bundle is older than one already imported from the same sender (number {number}, last was {last})</source>
        <translation>överföringspaketet är äldre än ett som redan importerats från samma avsändare (nummer {number}, det senaste var {last})</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+37"/>
        <location line="+7"/>
        <source>this bundle travels under a consent that has been withdrawn</source>
        <translation>överföringspaketet skickas med stöd av ett samtycke som har återkallats</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+16"/>
        <source>this is an update to a bundle you have not imported; import the earlier bundle from this sender first</source>
        <translation>det här är en uppdatering av ett överföringspaket som du inte har importerat; importera först det tidigare paketet från avsändaren</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+16"/>
        <source>the consent in this bundle was witnessed by a contact you have not verified</source>
        <translation>samtycket i överföringspaketet bevittnades av en kontakt som du inte har verifierat</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+20"/>
        <source>this withdrawal comes from someone who did not send you data under that consent; nothing was deleted</source>
        <translation>återkallelsen kommer från någon som inte har skickat uppgifter till dig med stöd av det samtycket; inget raderades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>importing {kind} bundles is not supported yet</source>
        <translation>import av överföringspaket av typen {kind} stöds inte än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this termination notice does not say that participation ended</source>
        <translation>det här avslutsmeddelandet säger inte att deltagandet har avslutats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this update is for a participant who is not in your vault; import the first bundle about them first</source>
        <translation>uppdateringen gäller en deltagare som inte finns i ditt valv; importera först det första överföringspaketet om deltagaren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this bundle carries {record_type} records, which are not imported</source>
        <translation>överföringspaketet innehåller poster av typen {record_type}, som inte importeras</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/conflicts.py" line="+37"/>
        <source>there is no conflict {conflict_id}</source>
        <translation>det finns ingen konflikt {conflict_id}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the consent this version came under has ended or was withdrawn; it cannot be taken</source>
        <translation>samtycket som den här versionen kom under har upphört eller återkallats; den kan inte väljas</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="-81"/>
        <source>consent {consent} is not signed; record it again to sign it</source>
        <translation>samtycke {consent} är inte signerat; registrera det igen för att signera det</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/records.py" line="+225"/>
        <source>a {record_type} record in this bundle is not valid; nothing was imported</source>
        <translation>en post av typen {record_type} i överföringspaketet är ogiltig; inget importerades</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a record in this bundle belongs to a participant not in your vault</source>
        <translation>en post i överföringspaketet gäller en deltagare som inte finns i ditt valv</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/secrets_input.py" line="+24"/>
        <source>no {label} given and no terminal to ask in</source>
        <translation>{label} saknas och det finns ingen terminal att fråga i</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/exitdesk/cli/errors.py" line="+58"/>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is too large to hold a passphrase or code</source>
        <translation>filen {name} är för stor för att innehålla en lösenfras eller kod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not UTF-8 text</source>
        <translation>filen {name} är inte UTF-8-text</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the two passphrases differ</source>
        <translation>lösenfraserna stämmer inte överens</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/policy.py" line="+88"/>
        <source>a retention period is between 1 and 3650 days</source>
        <translation>en lagringstid är mellan 1 och 3650 dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a data policy can only be made stricter, never looser</source>
        <translation>en datapolicy kan bara göras striktare, aldrig mildare</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your party&apos;s data policy keeps no {fields}; leave them empty</source>
        <translation>din parts datapolicy sparar inte detta: {fields}; lämna fälten tomma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your party keeps no case notes (minimal-record mode)</source>
        <translation>din organisation för inga anteckningar (minimal dokumentation)</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/plan_safety.py" line="-42"/>
        <location filename="../../src/exitdesk/app/session.py" line="+347"/>
        <source>there is no goal {goal_id} in this vault</source>
        <translation>det finns inget mål {goal_id} i det här valvet</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no action number {number} here (it has {count})</source>
        <translation>det finns ingen åtgärd nummer {number} här (antal åtgärder: {count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no arrangement number {number} here (it has {count})</source>
        <translation>det finns ingen skyddsåtgärd nummer {number} här (antal skyddsåtgärder: {count})</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>there is no safety assessment {assessment_id} in this vault</source>
        <translation>det finns ingen säkerhetsbedömning {assessment_id} i det här valvet</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/bundle.py" line="-52"/>
        <source>this file is larger than the {mib} MiB a bundle may be</source>
        <translation>filen är större än de {mib} MiB som ett överföringspaket får vara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file is not an ExitDesk bundle (not an age file)</source>
        <translation>filen är inte ett överföringspaket från ExitDesk (inte en age-fil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>this bundle was not encrypted for you</source>
        <translation>överföringspaketet var inte krypterat för dig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this file was damaged or changed after it was sent</source>
        <translation>filen har skadats eller ändrats efter att den skickades</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../src/exitdesk/exchange/container.py" line="+546"/>
        <source>this file was changed after it was sent</source>
        <translation>filen har ändrats efter att den skickades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this bundle was not addressed to you</source>
        <translation>överföringspaketet var inte adresserat till dig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this bundle is not valid until {when}</source>
        <translation>överföringspaketet gäller inte förrän {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this bundle expired on {when}</source>
        <translation>överföringspaketet slutade gälla {when}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the consent in this bundle was signed by someone who is not among your contacts</source>
        <translation>samtycket i överföringspaketet har signerats av någon som inte finns bland dina kontakter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the consent in this bundle was changed or is damaged</source>
        <translation>samtycket i överföringspaketet har ändrats eller är skadat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the consent in this bundle is for another participant</source>
        <translation>samtycket i överföringspaketet gäller en annan deltagare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the consent does not allow this bundle: {reason}</source>
        <translation>samtycket tillåter inte det här överföringspaketet: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the withdrawal in this bundle was signed by someone who is not among your contacts</source>
        <translation>återkallelsen i överföringspaketet har signerats av någon som inte finns bland dina kontakter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the withdrawal in this bundle was changed or is damaged</source>
        <translation>återkallelsen i överföringspaketet har ändrats eller är skadad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the withdrawal in this bundle does not match its consent</source>
        <translation>återkallelsen i överföringspaketet stämmer inte med dess samtycke</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/card.py" line="+113"/>
        <source>this contact card is too large to be genuine</source>
        <translation>kontaktkortet är för stort för att vara äkta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>this is not an ExitDesk contact card</source>
        <translation>det här är inte ett kontaktkort från ExitDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>this contact card has a missing or unexpected line</source>
        <translation>kontaktkortet saknar en rad eller har en oväntad rad</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this contact card was made by a newer version of ExitDesk</source>
        <translation>kontaktkortet skapades av en nyare version av ExitDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card has a damaged key or signature line</source>
        <translation>kontaktkortet har en skadad nyckel- eller signaturrad</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>this contact card has an invalid name, party, key or date</source>
        <translation>kontaktkortet har ett ogiltigt namn, en ogiltig organisation, nyckel eller ett ogiltigt datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card&apos;s fingerprint does not match its key</source>
        <translation>kontaktkortets fingeravtryck stämmer inte med dess nyckel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card was changed after it was signed</source>
        <translation>kontaktkortet har ändrats efter att det signerades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/consent_record.py" line="+162"/>
        <source>the signature on this record does not match its signer</source>
        <translation>postens signatur stämmer inte med den som signerat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this consent record is too large</source>
        <translation>samtyckesposten är för stor</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>this consent record is damaged or of an unknown kind</source>
        <translation>samtyckesposten är skadad eller av okänd typ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this withdrawal record is too large</source>
        <translation>återkallelseposten är för stor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this withdrawal record is damaged or of an unknown kind</source>
        <translation>återkallelseposten är skadad eller av okänd typ</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/container.py" line="-261"/>
        <location line="+182"/>
        <source>this bundle was made by a newer version of ExitDesk</source>
        <translation>överföringspaketet skapades av en nyare version av ExitDesk</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>this bundle names more recipients than allowed</source>
        <translation>överföringspaketet anger fler mottagare än tillåtet</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>this file is not a valid ExitDesk bundle, or it was damaged</source>
        <translation>filen är inte ett giltigt överföringspaket från ExitDesk, eller så är den skadad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this bundle&apos;s table of contents is larger than allowed</source>
        <translation>överföringspaketets innehållsförteckning är större än tillåtet</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+175"/>
        <source>this bundle has more than {max_records} records</source>
        <translation>överföringspaketet har fler än {max_records} poster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a record in this bundle is larger than allowed</source>
        <translation>en post i överföringspaketet är större än tillåtet</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>this bundle&apos;s data is nested deeper than allowed</source>
        <translation>överföringspaketets data är kapslad djupare än tillåtet</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/safety_number.py" line="+60"/>
        <source>a safety number is 60 digits, in twelve groups of five</source>
        <translation>ett säkerhetsnummer har 60 siffror i tolv grupper om fem</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/db.py" line="+79"/>
        <location filename="../../src/exitdesk/vault/keys.py" line="+148"/>
        <source>the vault database could not be opened; it is damaged or not an ExitDesk vault</source>
        <translation>valvets databas kunde inte öppnas; den är skadad eller inte ett ExitDesk-valv</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>this vault was written by a newer ExitDesk (schema {schema}, this version knows {known}); update ExitDesk to open it</source>
        <translation>valvet skapades av en nyare ExitDesk (schema {schema}, den här versionen känner till {known}); uppdatera ExitDesk för att öppna det</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/faults.py" line="+17"/>
        <location filename="../../src/exitdesk/vault/fsutil.py" line="+21"/>
        <source>the disk is full; nothing was changed — free some space and try again</source>
        <translation>disken är full; inget ändrades — frigör utrymme och försök igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk or medium is read-only; nothing was changed</source>
        <translation>disken eller mediet är skrivskyddat; inget ändrades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ExitDesk may not write to the vault folder or its files (read-only); nothing was changed</source>
        <translation>ExitDesk får inte skriva till valvets mapp eller dess filer (skrivskyddade); inget ändrades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keyslots.py" line="+261"/>
        <source>the key-slot file is damaged (too large)</source>
        <translation>nyckelplatsfilen är skadad (för stor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key-slot file is damaged or not an ExitDesk file</source>
        <translation>nyckelplatsfilen är skadad eller inte en fil från ExitDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key-slot file asks for weaker key derivation than ExitDesk allows; it may have been tampered with</source>
        <translation>nyckelplatsfilen begär svagare nyckelhärledning än ExitDesk tillåter; den kan ha manipulerats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key-slot file asks for impossible key derivation settings</source>
        <translation>nyckelplatsfilen begär omöjliga inställningar för nyckelhärledning</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key-slot file could not be read</source>
        <translation>nyckelplatsfilen kunde inte läsas</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../../src/exitdesk/vault/store.py" line="+683"/>
        <source>the passphrase must not be empty</source>
        <translation>lösenfrasen får inte vara tom</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the recovery code may contain only digits, spaces and dashes</source>
        <translation>återställningskoden får bara innehålla siffror, mellanslag och bindestreck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recovery code has {expected} digits in {groups} groups of {group_digits}; {typed} were typed</source>
        <translation>återställningskoden har {expected} siffror i {groups} grupper om {group_digits}; {typed} skrevs in</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group {group} of the recovery code is mistyped</source>
        <translation>grupp {group} i återställningskoden är felskriven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>groups {groups} and {last} of the recovery code are mistyped</source>
        <translation>grupperna {groups} och {last} i återställningskoden är felskrivna</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the keyring entry for this vault is damaged; open it with the recovery code</source>
        <translation>valvets post i nyckelringen är skadad; öppna valvet med återställningskoden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this vault is bound to a computer&apos;s keyring, which cannot be reached here; open it with the recovery code</source>
        <translation>valvet är bundet till en dators nyckelring som inte kan nås här; öppna det med återställningskoden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this vault is bound to another computer or user account; open it with the recovery code</source>
        <translation>valvet är bundet till en annan dator eller ett annat användarkonto; öppna det med återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/lockfile.py" line="+16"/>
        <source>this vault is open in another ExitDesk window or process</source>
        <translation>valvet är öppet i ett annat ExitDesk-fönster eller en annan process</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/participants.py" line="+312"/>
        <location line="+36"/>
        <location line="+23"/>
        <source>participant {participant_id} does not exist</source>
        <translation>deltagare {participant_id} finns inte</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/case_records.py" line="+115"/>
        <source>note {note_id} does not exist</source>
        <translation>anteckning {note_id} finns inte</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>goal {goal_id} does not exist</source>
        <translation>mål {goal_id} finns inte</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>meeting {meeting_id} does not exist</source>
        <translation>möte {meeting_id} finns inte</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+30"/>
        <source>safety assessment {assessment_id} does not exist</source>
        <translation>säkerhetsbedömning {assessment_id} finns inte</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/consent.py" line="+98"/>
        <source>the consent&apos;s participant is not in this vault</source>
        <translation>samtyckets deltagare finns inte i det här valvet</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>consent {consent_id} does not exist</source>
        <translation>samtycke {consent_id} finns inte</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/restore.py" line="+64"/>
        <location filename="../../src/exitdesk/vault/store.py" line="-611"/>
        <source>the passphrase is wrong</source>
        <translation>lösenfrasen är fel</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/store.py" line="+1"/>
        <source>the recovery code is wrong</source>
        <translation>återställningskoden är fel</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+58"/>
        <source>the backup file is damaged or not an ExitDesk backup; nothing was restored</source>
        <translation>säkerhetskopians fil är skadad eller inte en säkerhetskopia från ExitDesk; inget återställdes</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="-97"/>
        <location filename="../../src/exitdesk/vault/store.py" line="+2"/>
        <source>the vault database is damaged; restore it from a backup</source>
        <translation>valvets databas är skadad; återställ den från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/store.py" line="+3"/>
        <source>this vault is older than the last time it was opened on this machine; it may have been replaced by an old copy</source>
        <translation>valvet är äldre än när det senast öppnades på den här datorn; det kan ha ersatts av en gammal kopia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this vault&apos;s key-slot file is not the one last used on this machine; it may have been replaced by an old copy or edited</source>
        <translation>valvets nyckelplatsfil är inte den som senast användes på den här datorn; den kan ha ersatts av en gammal kopia eller redigerats</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the vault database does not belong to its key-slot file</source>
        <translation>valvets databas hör inte till dess nyckelplatsfil</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>this folder already holds an ExitDesk vault</source>
        <translation>mappen innehåller redan ett ExitDesk-valv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder is not empty; choose an empty or new folder for the vault</source>
        <translation>mappen är inte tom; välj en tom eller ny mapp för valvet</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>the vault is locked; unlock it first</source>
        <translation>valvet är låst; lås upp det först</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the vault could not write deleted data away</source>
        <translation>valvet kunde inte skriva bort raderade uppgifter från disken</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="+49"/>
        <source>the current passphrase is wrong</source>
        <translation>den nuvarande lösenfrasen är fel</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+12"/>
        <source>a backup must be written outside the vault folder</source>
        <translation>en säkerhetskopia måste sparas utanför valvets mapp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder for the backup does not exist</source>
        <translation>mappen för säkerhetskopian finns inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup must be a file name, not a folder</source>
        <translation>säkerhetskopian måste vara ett filnamn, inte en mapp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the backup copy failed its integrity check</source>
        <translation>säkerhetskopian klarade inte integritetskontrollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full; the backup was not written</source>
        <translation>disken är full; säkerhetskopian sparades inte</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="+113"/>
        <source>the key slots in memory do not match the vault</source>
        <translation>nyckelplatserna i minnet stämmer inte med valvet</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+15"/>
        <source>the folder is not empty; restore into an empty or new folder</source>
        <translation>mappen är inte tom; återställ till en tom eller ny mapp</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>the backup file does not exist</source>
        <translation>säkerhetskopians fil finns inte</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the disk is full; nothing was restored</source>
        <translation>disken är full; inget återställdes</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/layout.py" line="+66"/>
        <location line="+8"/>
        <source>there is no ExitDesk vault in this folder</source>
        <translation>det finns inget ExitDesk-valv i den här mappen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the vault database file is missing</source>
        <translation>valvets databasfil saknas</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+118"/>
        <source>this backup was written by a newer ExitDesk; update to restore</source>
        <translation>säkerhetskopian skapades av en nyare ExitDesk; uppdatera för att återställa den</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/reminder.py" line="+25"/>
        <source>reminder: this text may describe offences; the programme gathers no intelligence (saved anyway)</source>
        <translation>påminnelse: texten kan beskriva brott; programmet samlar inte in underrättelser (sparat ändå)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reminder: this text may name other people; describe them by relation instead (saved anyway)</source>
        <translation>påminnelse: texten kan nämna andra personer vid namn; beskriv dem hellre genom relationen (sparat ändå)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder: this text may describe offences and name other people; the programme gathers no intelligence (saved anyway)</source>
        <translation>påminnelse: texten kan beskriva brott och nämna andra personer vid namn; programmet samlar inte in underrättelser (sparat ändå)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/exitdesk/domain/hint_patterns.py" line="+27"/>
        <source>a reminder word list is damaged; reinstall ExitDesk</source>
        <translation>en ordlista för påminnelsen är skadad; installera om ExitDesk</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/files.py" line="+50"/>
        <source>{name} is too large to be an ExitDesk bundle</source>
        <translation>filen {name} är för stor för att vara ett överföringspaket från ExitDesk</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/input_files.py" line="+12"/>
        <source>cannot read {name}: there is no such file</source>
        <translation>det går inte att läsa {name}: filen finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: it is a folder, not a file</source>
        <translation>det går inte att läsa {name}: det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: permission denied</source>
        <translation>det går inte att läsa {name}: åtkomst nekad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: {reason}</source>
        <translation>det går inte att läsa {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/keys.py" line="+40"/>
        <source>an identity file needs a passphrase: a plain-text identity would open every bundle sent to you</source>
        <translation>en identitetsfil måste skyddas med en lösenfras: en okrypterad identitet skulle öppna alla överföringspaket som skickas till dig</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/exitdesk/app/passphrase_policy.py" line="+28"/>
        <source>the passphrase is too weak: use at least 12 characters, for example four unrelated words</source>
        <translation>lösenfrasen är för svag: använd minst 12 tecken, till exempel fyra ord som inte hör ihop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a folder; give a file name to write</source>
        <translation>{name} är en mapp; ange ett filnamn att skriva till</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/common.py" line="-30"/>
        <source>unknown value &apos;{value}&apos; for {option}; use {known}</source>
        <translation>okänt värde &apos;{value}&apos; för {option}; använd något av: {known}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/consent_commands.py" line="-151"/>
        <source>--to takes contact ids separated by commas, e.g. 2,5</source>
        <translation>--to tar kontakternas id:n åtskilda med kommatecken, t.ex. 2,5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>name who may receive the data: --to or --to-party</source>
        <translation>ange vem som får ta emot uppgifterna: --to eller --to-party</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/contact_commands.py" line="-113"/>
        <source>{name} is not a contact card</source>
        <translation>filen {name} är inte ett kontaktkort</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/errors.py" line="-33"/>
        <source>the disk is full; nothing was written</source>
        <translation>disken är full; inget skrevs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied for {name}</source>
        <translation>åtkomst nekad till {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied for a file or folder ExitDesk needs</source>
        <translation>åtkomst nekad till en fil eller mapp som ExitDesk behöver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} or the folder it is in does not exist</source>
        <translation>{name} eller mappen den ligger i finns inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file or folder does not exist</source>
        <translation>en fil eller mapp finns inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk or medium is read-only; nothing was written</source>
        <translation>disken eller mediet är skrivskyddat; inget skrevs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/exitdesk/vault/faults.py" line="+4"/>
        <source>a folder was given where a file is needed</source>
        <translation>en mapp angavs där en fil behövs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file was given where a folder is needed</source>
        <translation>en fil angavs där en mapp behövs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operating system refused a file operation ({code})</source>
        <translation>operativsystemet nekade en filåtgärd ({code})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unexpected problem stopped ExitDesk ({kind}); nothing was changed</source>
        <translation>ett oväntat problem stoppade ExitDesk ({kind}); inget ändrades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/exchange_commands.py" line="-161"/>
        <source>{name} is not an age-encrypted ExitDesk bundle</source>
        <translation>filen {name} är inte ett age-krypterat överföringspaket från ExitDesk</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/participant_commands.py" line="-70"/>
        <source>the birth year must be a whole number, e.g. 1991</source>
        <translation>födelseåret måste vara ett heltal, t.ex. 1991</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deleting removes the participant and everything recorded about them; add --yes to confirm</source>
        <translation>radering tar bort deltagaren och allt som registrerats om deltagaren; lägg till --yes för att bekräfta</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/parties.py" line="+110"/>
        <source>unknown party &apos;{party_id}&apos;; the valid ids are {known}</source>
        <translation>okänd organisation &apos;{party_id}&apos;; giltiga id:n är {known}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/validation.py" line="+59"/>
        <source>{field} must be {limit} or more</source>
        <translation>{field} måste vara minst {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be {limit} or less</source>
        <translation>{field} får vara högst {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be more than {limit}</source>
        <translation>{field} måste vara större än {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be less than {limit}</source>
        <translation>{field} måste vara mindre än {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} cannot be empty</source>
        <translation>{field} måste fyllas i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be at least {limit} characters long</source>
        <translation>{field} måste ha minst {limit} tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} can be at most {limit} characters long</source>
        <translation>{field} får ha högst {limit} tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} needs at least one entry</source>
        <translation>{field} måste innehålla minst en post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a whole number</source>
        <translation>{field} måste vara ett heltal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a date such as 2025-03-31</source>
        <translation>{field} måste vara ett datum, till exempel 2025-03-31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be one of {choices}</source>
        <translation>{field} måste vara något av följande: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not in the expected form</source>
        <translation>{field} har inte det förväntade formatet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not valid</source>
        <translation>{field} godtas inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}</source>
        <translation>{rule}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/handover.py" line="-9"/>
        <source>this case was already handed over and waits for the acknowledgement</source>
        <translation>det här ärendet har redan överlämnats och väntar på kvittens</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>this acknowledgement does not answer a hand-over you sent to its sender; nothing was changed</source>
        <translation>den här kvittensen svarar inte på ett överlämnande som du skickade till avsändaren; inget ändrades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/notices.py" line="+148"/>
        <source>this withdrawal notice is about a consent that is not in your vault; nothing was changed</source>
        <translation>det här meddelandet om återkallelse gäller ett samtycke som inte finns i ditt valv; inget ändrades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this withdrawal notice is about a consent you received from someone else, not one you recorded; nothing was changed</source>
        <translation>det här meddelandet om återkallelse gäller ett samtycke som du fått från någon annan, inte ett som du registrerat; inget ändrades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this withdrawal notice comes from someone who received no data under that consent; nothing was changed</source>
        <translation>det här meddelandet om återkallelse kommer från någon som inte fått några uppgifter under det samtycket; inget ändrades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/outbox.py" line="+70"/>
        <source>cannot write to the folder {name}; {count} file(s) stay in the outbox</source>
        <translation>det går inte att skriva till mappen {name}; {count} fil(er) ligger kvar i utkorgen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/ownership.py" line="+46"/>
        <source>this bundle carries a record of a participant other than the one it is about; nothing was imported</source>
        <translation>det här paketet innehåller en post om en annan deltagare än den det gäller; inget importerades</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this bundle would change a record of another participant in your vault; nothing was imported</source>
        <translation>det här paketet skulle ändra en post om en annan deltagare i ditt valv; inget importerades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this bundle would change a record the sender did not give you (your own, or someone else&apos;s); nothing was imported</source>
        <translation>det här paketet skulle ändra en post som avsändaren inte gett dig (din egen eller någon annans); inget importerades</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this bundle would remove a record the sender did not give you; nothing was imported</source>
        <translation>det här paketet skulle ta bort en post som avsändaren inte gett dig; inget importerades</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/tombstones.py" line="+47"/>
        <source>the tombstone journal in the state folder cannot be written; free space or fix its permissions and try again</source>
        <translation>raderingsjournalen i tillståndsmappen kan inte skrivas; frigör utrymme eller rätta dess behörigheter och försök igen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/knowledge.py" line="-106"/>
        <source>the knowledge library shipped with ExitDesk is damaged; reinstall ExitDesk</source>
        <translation>kunskapsbiblioteket som följer med ExitDesk är skadat; installera om ExitDesk</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this bundle is not a knowledge pack; nothing was changed</source>
        <translation>det här paketet är inget kunskapspaket; ingenting ändrades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a knowledge pack may carry only library entries, this one carries {record_type} records; nothing was changed</source>
        <translation>ett kunskapspaket får bara innehålla biblioteksartiklar, det här innehåller {record_type}-poster; ingenting ändrades</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this knowledge pack carries no entries or too many; nothing was changed</source>
        <translation>kunskapspaketet innehåller inga artiklar eller för många; ingenting ändrades</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>an entry in this knowledge pack is not valid; nothing was changed</source>
        <translation>en artikel i kunskapspaketet är inte giltig; ingenting ändrades</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the library is as shipped with ExitDesk; there is nothing to roll back</source>
        <translation>biblioteket är som det levererades med ExitDesk; det finns inget att återställa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is not a valid library entry</source>
        <translation>{file} är ingen giltig biblioteksartikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a knowledge pack carries 1 to 500 entries</source>
        <translation>ett kunskapspaket innehåller 1–500 artiklar</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/knowledge_commands.py" line="-83"/>
        <source>there is no library entry {entry_id}</source>
        <translation>det finns ingen biblioteksartikel {entry_id}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/report_commands.py" line="-13"/>
        <source>name the PDF file with --out, or give --json</source>
        <translation>ange PDF-filen med --out eller använd --json</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/views.py" line="+62"/>
        <source>page either by offset or after a participant, not both</source>
        <translation>sida antingen efter förskjutning eller efter en deltagare, inte båda</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/safety.py" line="+53"/>
        <source>there is no party &apos;{party}&apos;</source>
        <translation>det finns ingen part &apos;{party}&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this arrangement is not in the participant&apos;s latest assessment</source>
        <translation>denna åtgärd finns inte i deltagarens senaste bedömning</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/session.py" line="-143"/>
        <source>an enquiry holds only an alias and a contact route; start the assessment first</source>
        <translation>en förfrågan innehåller bara ett alias och en kontaktväg; påbörja bedömningen först</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>this record belongs to no participant</source>
        <translation>denna uppgift hör inte till någon deltagare</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/policy_commands.py" line="-37"/>
        <source>--drop takes one of: {fields}</source>
        <translation>--drop tar ett av: {fields}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--needs-support, --by and --assessed-on go together</source>
        <translation>--needs-support, --by och --assessed-on anges tillsammans</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/programme.py" line="+46"/>
        <source>a party of another country&apos;s programme cannot end this participation</source>
        <translation>en part i ett annat lands program kan inte avsluta detta deltagande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the participant or a party they work with can end the participation</source>
        <translation>bara deltagaren eller en part som deltagaren arbetar med kan avsluta deltagandet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active support needs both target-group answers to be yes: wants to leave, and assessed as needing support and protection</source>
        <translation>aktivt stöd kräver ja på båda målgruppsfrågorna: vill lämna, och bedöms behöva stöd och skydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>after release starts on the release date; record or correct the release date first</source>
        <translation>efter frigivning börjar på frigivningsdagen; registrera eller rätta frigivningsdagen först</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/safety.py" line="+62"/>
        <source>an arrangement is either done or closed, not both</source>
        <translation>en åtgärd är antingen utförd eller avslutad, inte båda</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/target_group.py" line="+44"/>
        <source>the need for support and protection is assessed by a party, on a date</source>
        <translation>behovet av stöd och skydd bedöms av en part, ett visst datum</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/statistics.py" line="+58"/>
        <source>the period cannot end after today</source>
        <translation>perioden kan inte sluta efter i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period must start before it ends</source>
        <translation>perioden måste börja innan den slutar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a period may cover at most {most} years</source>
        <translation>en period får omfatta högst {most} år</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the folder {name} cannot be created</source>
        <translation>mappen {name} kan inte skapas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a folder</source>
        <translation>{name} är inte en mapp</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} is not a statistics bundle; nothing was combined</source>
        <translation>{name} är inte ett statistikpaket; inget slogs samman</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/exitdesk/domain/statistics.py" line="+321"/>
        <source>there are no statistics to combine</source>
        <translation>det finns ingen statistik att slå samman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} comes from a sender already given; combine one bundle per sender</source>
        <translation>{name} kommer från en avsändare som redan angetts; slå samman ett paket per avsändare</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/stats_commands.py" line="-15"/>
        <source>say where to write: --out DIR</source>
        <translation>ange var det ska skrivas: --out MAPP</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/statistics.py" line="-126"/>
        <source>a participant without a start date cannot be counted</source>
        <translation>en deltagare utan startdatum kan inte räknas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown party &apos;{party}&apos;</source>
        <translation>okänd part &apos;{party}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statistics need at least one party and one year</source>
        <translation>statistiken behöver minst en part och ett år</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the years of start must be consecutive, at most {most}, and not after {year}</source>
        <translation>startåren måste följa på varandra, vara högst {most} och inte efter {year}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a participant falls outside the {dimension} categories</source>
        <translation>en deltagare faller utanför kategorierna för {dimension}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a participant has an impossible {first} and {second}</source>
        <translation>en deltagare har en omöjlig kombination av {first} och {second}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the statistics file is malformed or inconsistent; nothing was read from it</source>
        <translation>statistikfilen är felaktig eller motsägelsefull; inget lästes från den</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/suppression.py" line="+454"/>
        <source>these statistics cannot be published without showing a small count</source>
        <translation>den här statistiken kan inte publiceras utan att ett litet antal syns</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/files.py" line="+32"/>
        <source>ExitDesk bundles</source>
        <translation>ExitDesk-överföringspaket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact cards</source>
        <translation>Kontaktkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/exchange_history.py" line="+65"/>
        <source>Exchange history</source>
        <translation>Utbyteshistorik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchanges yet.</source>
        <translation>Inga utbyten än.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, acknowledged</source>
        <translation>Skickat, kvitterat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case transfer</source>
        <translation>Ärendeöverföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case update</source>
        <translation>Ärendeuppdatering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawal</source>
        <translation>Återkallat samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal acknowledged</source>
        <translation>Återkallelsen kvitterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of participation</source>
        <translation>Avslutat deltagande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Kontaktkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Överlämnande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over acknowledged</source>
        <translation>Överlämnande kvitterat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal notice</source>
        <translation>Meddelande om återkallelse</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/page.py" line="+119"/>
        <source>Open bundles</source>
        <translation>Öppna överföringspaket</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Conf&amp;licts</source>
        <translation>Konf&amp;likter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conf&amp;licts (%1)</source>
        <translation>Konf&amp;likter (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My card</source>
        <translation>&amp;Mitt kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange sections</source>
        <translation>Avsnitt för utbyte</translation>
    </message>
</context>
<context>
    <name>ExchangePlaceholder</name>
    <message>
        <location filename="../../src/exitdesk/ui/window.py" line="+99"/>
        <source>Contacts and exchange are not available in this build.</source>
        <translation>Kontakter och utbyte finns inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+93"/>
        <source>Save the bundle</source>
        <translation>Spara överföringspaketet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export for a contact</source>
        <translation>Exportera till en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/conflicts.py" line="-268"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Anstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Frigivningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage history</source>
        <translation>Skedeshistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress ratings</source>
        <translation>Skattningar av framsteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mötesform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety level</source>
        <translation>Säkerhetsnivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons at risk</source>
        <translation>Personer i fara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security arrangements</source>
        <translation>Skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/exitdesk/domain/validation.py" line="-52"/>
        <source>the alias</source>
        <translation>aliaset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal name</source>
        <translation>det juridiska namnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birth year</source>
        <translation>födelseåret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact details</source>
        <translation>kontaktuppgifterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the institution</source>
        <translation>anstalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the release date</source>
        <translation>frigivningsdatumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parties</source>
        <translation>organisationerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note text</source>
        <translation>anteckningens text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expiry date</source>
        <translation>gallringsdatumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>datumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary</source>
        <translation>sammanfattningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next steps</source>
        <translation>nästa steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the description</source>
        <translation>beskrivningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner party</source>
        <translation>den ansvariga organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the party</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rating</source>
        <translation>skattningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>slutdatumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>anteckningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review date</source>
        <translation>uppföljningsdatumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment date</source>
        <translation>bedömningsdatumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the purpose</source>
        <translation>syftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the witness</source>
        <translation>vittnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guardian</source>
        <translation>vårdnadshavaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>namnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data categories</source>
        <translation>uppgiftskategorierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recipients</source>
        <translation>mottagarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the life domain</source>
        <translation>livsområdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the status</source>
        <translation>statusen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the safety level</source>
        <translation>säkerhetsnivån</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the relation</source>
        <translation>relationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meeting mode</source>
        <translation>mötesformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the method</source>
        <translation>arbetssättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lifecycle state</source>
        <translation>skedet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page size</source>
        <translation>sidstorleken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page start</source>
        <translation>sidans början</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+92"/>
        <source>Your vault is ready</source>
        <translation>Ditt valv är klart</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault could not be created</source>
        <translation>Valvet kunde inte skapas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ExitDesk — create your vault</source>
        <translation>ExitDesk — skapa ditt valv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/forms.py" line="+117"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Discard what you typed?</source>
        <translation>Kasta det du skrev?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Det du skrev i formuläret har inte sparats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="-78"/>
        <source>Life &amp;domain:</source>
        <translation>&amp;Livsområde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner party:</source>
        <translation>Ansvarig &amp;organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
</context>
<context>
    <name>HandoverBar</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/handover.py" line="+84"/>
        <source>Hand this case over to %1? Leaves this vault: %2.</source>
        <translation>Lämna över det här ärendet till %1? Lämnar valvet: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent, deleted here with the case: %1.</source>
        <translation>Skickas inte, raderas här med ärendet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s copy is removed when the receiver&apos;s acknowledgement is imported.</source>
        <translation>Valvets kopia tas bort när mottagarens kvittens importeras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over the case</source>
        <translation>Lämna över ärendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the hand-over bundle</source>
        <translation>Spara överlämningspaketet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the hand-over for %1; the case stays here until they acknowledge it.</source>
        <translation>Överlämnandet till %1 skrevs; ärendet finns kvar här tills det kvitteras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Han&amp;d over…</source>
        <translation>&amp;Lämna över…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand this case over to the chosen contact</source>
        <translation>Lämna över det här ärendet till den valda kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to hand the case over to</source>
        <translation>Kontakt som ärendet lämnas över till</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/import_dialog.py" line="+157"/>
        <source>Save the acknowledgement for the sender</source>
        <translation>Spara kvittensen till avsändaren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was refused. Nothing was changed.</source>
        <translation>Överföringspaketet avvisades. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported.</source>
        <translation>Importerat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified. Nothing has been written yet.</source>
        <translation>Kontrollerat. Inget har skrivits än.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the bundle…</source>
        <translation>Överföringspaketet kontrolleras…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by %1, a verified contact, and addressed to this vault.</source>
        <translation>Signerat av %1, en verifierad kontakt, och adresserat till det här valvet.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>A consent was withdrawn. Importing deletes %n record(s) received under it and makes an acknowledgement for the sender.</source>
        <translation>
            <numerusform>Ett samtycke har återkallats. Importen raderar %n post som tagits emot med stöd av det och skapar en kvittens till avsändaren.</numerusform>
            <numerusform>Ett samtycke har återkallats. Importen raderar %n poster som tagits emot med stöd av det och skapar en kvittens till avsändaren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 confirms deleting what they received under a withdrawn consent.</source>
        <translation>%1 bekräftar att det som tagits emot med stöd av ett återkallat samtycke har raderats.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An update to a case you received before.</source>
        <translation>En uppdatering av ett ärende som du tagit emot tidigare.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A case transfer.</source>
        <translation>En ärendeöverföring.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The participant withdrew this consent at %1. Importing withdraws it here and makes a withdrawal for every other recipient.</source>
        <translation>Deltagaren återkallade samtycket %1. Importen återkallar det här och skapar ett meddelande om återkallelse till varje annan mottagare.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 confirms taking over the case. Importing deletes its %n record(s) from this vault.</source>
        <translation>
            <numerusform>%1 bekräftar att ärendet tagits över. Importen raderar dess %n post från valvet.</numerusform>
            <numerusform>%1 bekräftar att ärendet tagits över. Importen raderar dess %n poster från valvet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A hand-over: the case becomes yours, and an acknowledgement for the sender waits in the outbox.</source>
        <translation>Ett överlämnande: ärendet blir ditt, och en kvittens till avsändaren väntar i utkorgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New records: %1</source>
        <translation>Nya poster: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated records: %1</source>
        <translation>Uppdaterade poster: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged records: %1</source>
        <translation>Oförändrade poster: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts to resolve: %1</source>
        <translation>Konflikter att lösa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records the sender removed: %1</source>
        <translation>Poster som avsändaren tagit bort: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out of one %1 record (your data policy does not keep it): %2</source>
        <translation>Utelämnas ur en %1-post (din datapolicy sparar inte detta): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) received under the withdrawn consent were deleted.</source>
        <translation>
            <numerusform>%n post som tagits emot med stöd av det återkallade samtycket raderades.</numerusform>
            <numerusform>%n poster som tagits emot med stöd av det återkallade samtycket raderades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acknowledgement was saved as %1. Send it back to %2.</source>
        <translation>Kvittensen sparades som %1. Skicka tillbaka den till %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acknowledgement for the sender is not saved yet.</source>
        <translation>Kvittensen till avsändaren är inte sparad än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has deleted what they received under the withdrawn consent.</source>
        <translation>%1 har raderat det som tagits emot med stöd av det återkallade samtycket.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The consent is withdrawn; %n withdrawal(s) for the other recipients wait in the outbox.</source>
        <translation>
            <numerusform>Samtycket är återkallat; %n meddelande om återkallelse till de andra mottagarna väntar i utkorgen.</numerusform>
            <numerusform>Samtycket är återkallat; %n meddelanden om återkallelse till de andra mottagarna väntar i utkorgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s) of the handed-over case were deleted from this vault.</source>
        <translation>
            <numerusform>%n post i det överlämnade ärendet raderades från valvet.</numerusform>
            <numerusform>%n poster i det överlämnade ärendet raderades från valvet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records added: %1. Records updated: %2.</source>
        <translation>Poster tillagda: %1. Poster uppdaterade: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) wait in the Conflicts tab; nothing was overwritten.</source>
        <translation>
            <numerusform>%n konflikt väntar på fliken Konflikter; inget skrevs över.</numerusform>
            <numerusform>%n konflikter väntar på fliken Konflikter; inget skrevs över.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a bundle</source>
        <translation>Importera ett överföringspaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bundle</source>
        <translation>Importera överföringspaketet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save acknowledgement…</source>
        <translation>Spara &amp;kvittens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Bearbetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What importing changes</source>
        <translation>Vad importen ändrar</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location line="+32"/>
        <source>Open a bundle another worker sent you. It is checked completely and you see what would change before anything is written to your vault. Several files (a caseload hand-over) are imported together, each whole or not at all.</source>
        <translation>Öppna ett överföringspaket som en annan medarbetare skickat till dig. Det kontrolleras helt och du ser vad som skulle ändras innan något skrivs till ditt valv. Flera filer (till exempel när alla ärenden överlämnas på en gång) importeras tillsammans, var och en helt eller inte alls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open bundles…</source>
        <translation>Ö&amp;ppna överföringspaket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open one or more bundle files</source>
        <translation>Öppna en eller flera filer med överföringspaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop one or more .exitbundle files here</source>
        <translation>Eller släpp en eller flera .exitbundle-filer här</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/knowledge.py" line="+100"/>
        <source>&amp;Search the library:</source>
        <translation>&amp;Sök i biblioteket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in English, Finnish or Swedish</source>
        <translation>Ord på engelska, finska eller svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the knowledge library</source>
        <translation>Sök i kunskapsbiblioteket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library entries</source>
        <translation>Biblioteksartiklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library entry</source>
        <translation>Biblioteksartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install knowledge pack…</source>
        <translation>&amp;Installera kunskapspaket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll back last pack</source>
        <translation>&amp;Återställ senaste paketet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Library version %1</source>
        <translation>Biblioteksversion %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source: %1 (%2)</source>
        <translation>Källa: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a knowledge pack</source>
        <translation>Öppna ett kunskapspaket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge pack from %1 (version %2). Install these changes?</source>
        <translation>Kunskapspaket från %1 (version %2). Installera ändringarna?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install knowledge pack</source>
        <translation>Installera kunskapspaket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roll back</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last installed knowledge pack and return to the version before?</source>
        <translation>Ångra det senast installerade kunskapspaketet och gå tillbaka till föregående version?</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/model.py" line="+86"/>
        <source>Enquiry</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After release</source>
        <translation>Efter frigivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>LifecycleTimeline</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/timeline.py" line="+64"/>
        <source>Lifecycle timeline</source>
        <translation>Tidslinje för deltagandet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/exitdesk/ui/window.py" line="+155"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a participant first, then choose Export.</source>
        <translation>Öppna först en deltagare och välj sedan Exportera.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ExitDesk — {party}</source>
        <translation>ExitDesk — {party}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts &amp;&amp; exchange</source>
        <translation>Kontakter &amp;&amp; utbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Knowledge</source>
        <translation>Kunskapsbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport participant…</source>
        <translation>E&amp;xportera deltagare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up vault…</source>
        <translation>Säkerhets&amp;kopiera valvet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase…</source>
        <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-encrypt vault…</source>
        <translation>Kryptera om &amp;valvet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ExitDesk</source>
        <translation>&amp;Om ExitDesk</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/meetings.py" line="+82"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>Mötes&amp;form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me&amp;thod:</source>
        <translation>&amp;Arbetssätt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next steps:</source>
        <translation>&amp;Nästa steg:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meeting</source>
        <translation>Redigera möte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you worked on together, in the participant&apos;s own terms.</source>
        <translation>Vad ni arbetade med tillsammans, med deltagarens egna ord.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location line="+62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mötesform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting summary and next steps</source>
        <translation>Mötets sammanfattning och nästa steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Lägg till möte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it meeting…</source>
        <translation>R&amp;edigera möte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete meetin&amp;g…</source>
        <translation>Ta bort &amp;möte…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Next steps: %1</source>
        <translation>Nästa steg: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the meeting of %1? This cannot be undone.</source>
        <translation>Ta bort mötet den %1? Det kan inte ångras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
</context>
<context>
    <name>MinimalRecordNotice</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/notes.py" line="+39"/>
        <source>Your organisation keeps no case notes about participants (minimal-record mode), so there are no notes here. The plan, meetings, safety and consents are kept as usual.</source>
        <translation>Din organisation för inga anteckningar om deltagare (minimal dokumentation), så här finns inga anteckningar. Plan, möten, säkerhet och samtycken sparas som vanligt.</translation>
    </message>
</context>
<context>
    <name>MyCardPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="+74"/>
        <source>Your card is on the clipboard for a short while.</source>
        <translation>Ditt kort ligger i urklipp en kort stund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save my contact card</source>
        <translation>Spara mitt kontaktkort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your card was saved. Send it to the other worker, then compare safety numbers.</source>
        <translation>Ditt kort sparades. Skicka det till den andra medarbetaren och jämför sedan säkerhetsnumren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give this card to workers you exchange with. It holds only your name, your party and your public keys. After they add it, compare the safety number.</source>
        <translation>Ge det här kortet till medarbetare som du utbyter uppgifter med. Det innehåller bara ditt namn, din organisation och dina publika nycklar. När de har lagt till det jämför ni säkerhetsnumret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My contact card</source>
        <translation>Mitt kontaktkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy my card</source>
        <translation>K&amp;opiera mitt kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my car&amp;d…</source>
        <translation>Spara mitt kor&amp;t…</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/new_dialog.py" line="+201"/>
        <source>The participant was not saved</source>
        <translation>Deltagaren sparades inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal name (optional):</source>
        <translation>&amp;Juridiskt namn (valfritt):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Födelseår:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontaktuppgifter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact route:</source>
        <translation>K&amp;ontaktväg:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact route</source>
        <translation>Kontaktväg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Anstalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instit&amp;ution:</source>
        <translation>A&amp;nstalt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through a worker of a party</source>
        <translation>via en medarbetare hos en part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the institution</source>
        <translation>på anstalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by message</source>
        <translation>via meddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Release date:</source>
        <translation>Fri&amp;givningsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Frigivningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties working with the participant</source>
        <translation>Organisationer som arbetar med deltagaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organisation keeps no case notes.</source>
        <translation>Din organisation för inga anteckningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;note (optional):</source>
        <translation>Förs&amp;ta anteckningen (valfritt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First note</source>
        <translation>Första anteckningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>NoteHints</name>
    <message>
        <location line="-203"/>
        <source>This note seems to describe offences. The programme supports leaving crime and gathers no intelligence: keep to what helps the participant.</source>
        <translation>Anteckningen verkar beskriva brott. Programmet stöder att lämna kriminaliteten och samlar inte in underrättelser: håll dig till det som hjälper deltagaren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note seems to name other people. Record only what the work with the participant needs; persons at risk belong in the safety section, without names.</source>
        <translation>Anteckningen verkar nämna andra personer vid namn. Dokumentera bara det som arbetet med deltagaren kräver; personer i fara hör hemma under säkerhet, utan namn.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/notes.py" line="+41"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new note about the support work…</source>
        <translation>En ny anteckning om stödarbetet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exp&amp;ires after:</source>
        <translation>&amp;Gallras efter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires after days</source>
        <translation>Gallras efter antal dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>Lägg till a&amp;nteckning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (expires %2)</source>
        <translation>%1 (gallras %2)</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/outbox_panel.py" line="+62"/>
        <source>Choose a folder for the pending files</source>
        <translation>Välj en mapp för de väntande filerna</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %n file(s) for the other workers</source>
        <translation>
            <numerusform>Skrev %n fil till de andra medarbetarna</numerusform>
            <numerusform>Skrev %n filer till de andra medarbetarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n file(s) wait in the outbox to be sent</source>
        <translation>
            <numerusform>%n fil väntar i utkorgen på att skickas</numerusform>
            <numerusform>%n filer väntar i utkorgen på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits in the outbox</source>
        <translation>Inget väntar i utkorgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write pending files…</source>
        <translation>Skriv vän&amp;tande filer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the pending outbox files to a folder</source>
        <translation>Skriv utkorgens väntande filer till en mapp</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/overview.py" line="+127"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Juridiskt namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Födelseår:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Al&amp;ias:</source>
        <translation>Al&amp;ias:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ntact:</source>
        <translation>Kontakt&amp;uppgifter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instit&amp;ution:</source>
        <translation>A&amp;nstalt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release date:</source>
        <translation>Frigivnings&amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties &amp;working with them:</source>
        <translation>Samverkande or&amp;ganisationer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chan&amp;ges</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation has ended.</source>
        <translation>Deltagandet har avslutats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target group…</source>
        <translation>&amp;Målgrupp…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>May be under 18: consent needs a guardian&apos;s co-consent</source>
        <translation>Kan vara under 18 år: samtycket kräver även vårdnadshavarens samtycke</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/delegate.py" line="+62"/>
        <source>{date} (overdue)</source>
        <translation>{date} (försenad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{level} (!)</source>
        <translation>{level} (!)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/model.py" line="-25"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Urgent safety flag: {alias}</source>
        <translation>Brådskande säkerhetsflagga: {alias}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent safety flag</source>
        <translation>Brådskande säkerhetsflagga</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/view.py" line="+159"/>
        <source>&amp;Overview</source>
        <translation>Översi&amp;kt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant sections</source>
        <translation>Deltagarens avsnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the participant</source>
        <translation>Stäng deltagaren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Support plan</source>
        <translation>Stödplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange history</source>
        <translation>Utbyteshistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a contact</source>
        <translation>Exportera till en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print access report…</source>
        <translation>Skriv ut regis&amp;terutdrag…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print everything held about the participant, for them to read</source>
        <translation>Skriv ut allt som finns om deltagaren, för deltagaren att läsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete participant…</source>
        <translation>Ta bort deltagare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ending &amp;notice…</source>
        <translation>Skicka &amp;avslutsmeddelande…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Urgent safety flag: check the security arrangements now.</source>
        <translation>Brådskande säkerhetsflagga: kontrollera skyddsåtgärderna nu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show safety</source>
        <translation>Visa säkerhet</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 and everything recorded about them from this vault? This cannot be undone.</source>
        <translation>Ta bort %1 och allt som registrerats om personen från valvet? Det kan inte ångras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/page.py" line="+239"/>
        <source>Show &amp;only urgent</source>
        <translation>Visa &amp;endast brådskande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Participants in this list with an urgent safety flag: {n}</source>
        <translation>Deltagare i listan med brådskande säkerhetsflagga: {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants: {n}</source>
        <translation>Deltagare: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No participants match this search or filter.</source>
        <translation>Inga deltagare matchar sökningen eller filtret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participants yet. Add the first one with New participant (Ctrl+N).</source>
        <translation>Inga deltagare ännu. Lägg till den första med Ny deltagare (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Search names and notes (Ctrl+F)</source>
        <translation>Sök i namn och anteckningar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by stage</source>
        <translation>Filtrera efter skede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All parties</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by party</source>
        <translation>Filtrera efter organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgent only</source>
        <translation>Endast &amp;brådskande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only participants with an urgent flag</source>
        <translation>Visa bara deltagare med brådskande flagga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <location filename="../../src/exitdesk/domain/parties.py" line="-62"/>
        <source>Prison and Probation Service of Finland</source>
        <translation>Brottspåföljdsmyndigheten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aggredi (HelsinkiMissio)</source>
        <translation>Aggredi (HelsinkiMissio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National Bureau of Investigation</source>
        <translation>Centralkriminalpolisen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National Board of Health and Welfare</source>
        <translation>Socialstyrelsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swedish Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swedish Prison and Probation Service</source>
        <translation>Kriminalvården</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National Board of Institutional Care</source>
        <translation>Statens institutionsstyrelse (SiS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipal social services</source>
        <translation>Kommunens socialtjänst</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/passphrase_meter.py" line="+17"/>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use at least {n} characters; several words are easiest.</source>
        <translation>Använd minst {n} tecken; flera ord är enklast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mix in capitals, digits or punctuation.</source>
        <translation>Blanda in versaler, siffror eller skiljetecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating the same characters.</source>
        <translation>Undvik att upprepa samma tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid common words such as &apos;password&apos; or &apos;summer&apos;.</source>
        <translation>Undvik vanliga ord som ”lösenord” eller ”sommar”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase strength: {word}</source>
        <translation>Lösenfrasens styrka: {word}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="-299"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase opens your vault every day. Several unrelated words make a strong passphrase that is easy to remember. Nobody can reset it for you.</source>
        <translation>Med lösenfrasen öppnar du ditt valv varje dag. Flera orelaterade ord ger en stark lösenfras som är lätt att komma ihåg. Ingen kan återställa den åt dig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show characters</source>
        <translation>&amp;Visa tecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ggest a passphrase</source>
        <translation>Före&amp;slå en lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a random passphrase of six words</source>
        <translation>Föreslå en slumpmässig lösenfras med sex ord</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="-549"/>
        <source>Paste a contact card</source>
        <translation>Klistra in ett kontaktkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste the contact card exactly as you received it:</source>
        <translation>&amp;Klistra in kontaktkortet exakt som du fick det:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card text</source>
        <translation>Kontaktkortets text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Lägg till kontakt</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan.py" line="+78"/>
        <source>Goal or action</source>
        <translation>Mål eller åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals and actions</source>
        <translation>Mål och åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;goal…</source>
        <translation>Lägg till &amp;mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action…</source>
        <translation>Lägg till åt&amp;gärd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>Re&amp;digera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate progress…</source>
        <translation>&amp;Skatta framsteg…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/10 on %2</source>
        <translation>%1/10 den %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../src/exitdesk/domain/policy.py" line="+39"/>
        <source>legal name</source>
        <translation>juridiskt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case notes</source>
        <translation>ärendeanteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting summaries</source>
        <translation>mötessammanfattningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting next steps</source>
        <translation>nästa steg efter möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety summaries</source>
        <translation>sammanfattningar av säkerhetsbedömningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on persons at risk</source>
        <translation>anteckningar om personer i riskzonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrangement descriptions</source>
        <translation>beskrivningar av åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/ui/policy_text.py" line="+13"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until their own expiry date</source>
        <translation>till sitt eget utgångsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data policy</source>
        <translation>Datapolicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimal record</source>
        <translation>minimal registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the party&apos;s full record</source>
        <translation>partens fullständiga registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never stored</source>
        <translation>Sparas aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiries that never start</source>
        <translation>Förfrågningar som aldrig leder till deltagande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted after %1 days</source>
        <translation>raderas efter %1 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted %1 days after they end</source>
        <translation>raderas %1 dagar efter att de avslutats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes kept</source>
        <translation>Anteckningar sparas</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <location filename="../../src/exitdesk/ui/printing.py" line="+30"/>
        <source>Print or save</source>
        <translation>Skriv ut eller spara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved PDF is not encrypted: anyone who gets the file can read it. Print the sheet instead if you can; if you save it, keep the file only as long as needed and delete it afterwards.</source>
        <translation>En sparad PDF är inte krypterad: den som får filen kan läsa den. Skriv hellre ut; om du sparar, behåll filen bara så länge det behövs och radera den sedan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/chart.py" line="+70"/>
        <source>Progress chart</source>
        <translation>Diagram över framsteg</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>No progress ratings yet.</source>
        <translation>Inga skattningar av framsteg än.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 av 10</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="+102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress (0–10):</source>
        <translation>&amp;Framsteg (0–10):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate progress</source>
        <translation>Skatta framsteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means not started, 10 means achieved.</source>
        <translation>0 betyder inte påbörjat, 10 betyder uppnått.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consent_dialog.py" line="+112"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Vad som får delas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Valid from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (&amp;days):</source>
        <translation>Gäller i (&amp;dagar):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;Hur det gavs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wit&amp;ness:</source>
        <translation>Vitt&amp;ne:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guardian or social services (required):</source>
        <translation>Vårdnadshavare eller &amp;socialtjänst (krävs):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian or social services:</source>
        <translation>Vå&amp;rdnadshavare eller socialtjänst:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parties (any worker of the party)</source>
        <translation>Parter (vilken medarbetare som helst hos parten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts (one verified worker)</source>
        <translation>Kontakter (en verifierad medarbetare)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity is required to share a case: without it nothing can be sent.</source>
        <translation>Identitet krävs för att dela ett ärende: utan den kan inget skickas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the information is shared, in words the participant agreed to.</source>
        <translation>Varför uppgifterna delas, med ord som deltagaren har godkänt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;form…</source>
        <translation>Skriv ut &amp;blankett…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apture on-screen signature…</source>
        <translation>Underskrift på s&amp;kärmen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth year is unknown: I &amp;confirm the participant is an adult</source>
        <translation>Födelseåret är okänt: jag bekräf&amp;tar att deltagaren är vuxen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Signature captured — capture &amp;again…</source>
        <translation>Underskrift finns — gör &amp;om…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+48"/>
        <source>Recovery code: {code}</source>
        <translation>Återställningskod: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Print it, then delete the file.</source>
        <translation>Sparat. Skriv ut det och radera sedan filen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code</source>
        <translation>Din återställningskod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you forget your passphrase, this code is the only way back into the vault. It is shown only now. Print the sheet or write the code down, and keep it locked away.</source>
        <translation>Om du glömmer din lösenfras är den här koden det enda sättet att komma in i valvet igen. Den visas bara nu. Skriv ut bladet eller skriv ner koden och förvara den inlåst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Skriv ut återställningsbladet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print recovery sheet</source>
        <translation>Skriv ut återställningsbladet</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/recovery_dialog.py" line="+130"/>
        <source>Checking the recovery code — please wait…</source>
        <translation>Återställningskoden kontrolleras — vänta…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use the recovery code</source>
        <translation>Använd återställningskoden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the 48 digits from your recovery sheet and choose a new passphrase. The old passphrase stops working.</source>
        <translation>Skriv in de 48 siffrorna från återställningsbladet och välj en ny lösenfras. Den gamla lösenfrasen slutar fungera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery &amp;code:</source>
        <translation>Återställnings&amp;kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open vault</source>
        <translation>Ö&amp;ppna valvet</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/restore_dialog.py" line="+138"/>
        <source>Choose the backup file</source>
        <translation>Välj säkerhetskopian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an empty folder for the vault</source>
        <translation>Välj en tom mapp för valvet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking the passphrase and restoring — please wait…</source>
        <translation>Lösenfrasen kontrolleras och valvet återställs — vänta…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an ExitDesk backup file and a new or empty folder for the vault. The backup opens with the passphrase the vault had when it was written.</source>
        <translation>Välj en säkerhetskopia från ExitDesk och en ny eller tom mapp för valvet. Säkerhetskopian öppnas med den lösenfras som valvet hade när kopian gjordes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>Säkerhets&amp;kopia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the backup file</source>
        <translation>Bläddra efter säkerhetskopian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;into:</source>
        <translation>Återställ &amp;i mappen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the restored vault</source>
        <translation>Mapp för det återställda valvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the restored vault</source>
        <translation>Välj mapp för det återställda valvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>Säkerhetskopians &amp;lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup&apos;s passphrase</source>
        <translation>Säkerhetskopians lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>Åt&amp;erställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>Vänta</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../src/exitdesk/app/retention_words.py" line="+17"/>
        <source>ExitDesk purge certificate</source>
        <translation>ExitDesk – intyg om radering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged at: {when}</source>
        <translation>Raderat: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault party: {party}</source>
        <translation>Valvets organisation: {party}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy: {policy}</source>
        <translation>Datapolicy: {policy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}; enquiries {enquiry_days} days; ended cases {ended_days} days; notes {notes}; {dropped} field(s) never stored</source>
        <translation>{record}; förfrågningar {enquiry_days} dagar; avslutade ärenden {ended_days} dagar; anteckningar {notes}; fält som aldrig lagras: {dropped}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minimal record</source>
        <translation>minimal uppgiftsmängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full record</source>
        <translation>fullständig uppgiftsmängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own expiry</source>
        <translation>till sitt eget slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enquiries that never started</source>
        <translation>Förfrågningar som aldrig ledde till ett ärende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired notes</source>
        <translation>Utgångna anteckningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {count} record(s)</source>
        <translation>{category}: raderade poster {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: {count} record(s)</source>
        <translation>Totalt raderade poster: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted with secure delete; WAL checkpointed (TRUNCATE): {checkpointed}; database vacuumed: {vacuumed}.</source>
        <translation>Raderat med säker radering (secure delete); WAL-loggen tömd (TRUNCATE): {checkpointed}; databasen komprimerad (VACUUM): {vacuumed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certificate holds no personal data.</source>
        <translation>Detta intyg innehåller inga personuppgifter.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-234"/>
        <source>Check before saving</source>
        <translation>Kontrollera innan du sparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is encrypted for this contact only.</source>
        <translation>Överföringspaketet krypteras bara för den här kontakten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>&amp;Samtycke:</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/model.py" line="-288"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Måttlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/safety_dialog.py" line="+165"/>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Bedömd den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgent:</source>
        <translation>B&amp;rådskande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;on:</source>
        <translation>&amp;Följs upp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Persons at risk:</source>
        <translation>&amp;Personer i fara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security a&amp;rrangements:</source>
        <translation>S&amp;kyddsåtgärder:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Relation to the participant</source>
        <translation>Relation till deltagaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about the risk (no names)</source>
        <translation>Anteckning om risken (inga namn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No names, please</source>
        <translation>Inga namn, tack</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>Arrangement</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Owner party</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New safety assessment</source>
        <translation>Ny säkerhetsbedömning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs action now (shows a banner wherever the person appears)</source>
        <translation>Kräver åtgärd nu (visar en banderoll överallt där personen visas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review date</source>
        <translation>Inget uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;erson</source>
        <translation>Lägg till p&amp;erson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove perso&amp;n</source>
        <translation>Ta bort pers&amp;on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add arran&amp;gement</source>
        <translation>Lägg till å&amp;tgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove arrangemen&amp;t</source>
        <translation>Ta bort åtgär&amp;d</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/safety.py" line="+113"/>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent:</source>
        <translation>Brådskande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on:</source>
        <translation>Bedömd den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on:</source>
        <translation>Följs upp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Sammanfattning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons at risk:</source>
        <translation>Personer i fara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security arrangements:</source>
        <translation>Skyddsåtgärder:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrangement</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny bedömning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;utförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clo&amp;se (no longer needed)</source>
        <translation>Av&amp;sluta (behövs inte längre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn to this party</source>
        <translation>&amp;Flytta till denna part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner party</source>
        <translation>Ny ansvarig part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety assessment yet. Safety comes first: an assessment can start now.</source>
        <translation>Ingen säkerhetsbedömning än. Säkerheten kommer först: en bedömning kan påbörjas nu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review date</source>
        <translation>Inget uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — overdue</source>
        <translation>%1 — försenad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+57"/>
        <source>Save the bundle</source>
        <translation>Spara överföringspaketet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file. Its name says nothing about the participant; send it to the contact by any channel.</source>
        <translation>Välj var filen ska sparas. Namnet säger ingenting om deltagaren; skicka den till kontakten på valfritt sätt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Spara överföringspaket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/exitdesk/ui/settings.py" line="+60"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after &amp;idle minutes</source>
        <translation>&amp;Lås efter inaktivitet (min)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear copied text after seconds</source>
        <translation>Re&amp;nsa kopierad text efter (s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep windows out of screen capture and sharing</source>
        <translation>Dölj fönstren vid skärm&amp;bilder och skärmdelning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last vault folder</source>
        <translation>Senaste valvmappen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Due deletions on unlock</source>
        <translation>&amp;Förfallna raderingar vid upplåsning</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/settings_dialog.py" line="+208"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location line="-75"/>
        <source>Nothing is due for deletion.</source>
        <translation>Inget ska raderas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) due for deletion now.</source>
        <translation>
            <numerusform>%n uppgift ska raderas nu.</numerusform>
            <numerusform>%n uppgifter ska raderas nu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deletion due: %1</source>
        <translation>Nästa radering förfaller: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask first</source>
        <translation>Fråga först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete automatically</source>
        <translation>Radera automatiskt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works on Windows 10 (2004) and later and on macOS. On Linux (X11, Wayland) no program can hide its windows from screen capture. About shows whether it is active.</source>
        <translation>Fungerar i Windows 10 (2004) och senare och i macOS. I Linux (X11, Wayland) kan inget program dölja sina fönster för skärmbilder. Om-sidan visar om skyddet är aktivt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings are stored for your user account on this computer. They never contain anything about participants.</source>
        <translation>Inställningarna sparas för ditt användarkonto på den här datorn. De innehåller aldrig något om deltagare.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/signature.py" line="+194"/>
        <source>On-screen signature</source>
        <translation>Underskrift på skärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the participant to sign in the white area.</source>
        <translation>Be deltagaren att skriva under i det vita fältet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the signature</source>
        <translation>Rensa underskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept signature</source>
        <translation>&amp;Godkänn underskriften</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-142"/>
        <source>Signature pad</source>
        <translation>Underskriftsfält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign here with the mouse, a pen or a finger. Use Clear to start again.</source>
        <translation>Skriv under här med musen, en penna eller fingret. Välj Rensa för att börja om.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/exitdesk/app/statistics_words.py" line="+18"/>
        <source>Participants by lifecycle state</source>
        <translation>Deltagare efter skede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of ended participations</source>
        <translation>Längd på avslutade deltaganden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of first contact</source>
        <translation>År för första kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enquiry</source>
        <translation>förfrågan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active support</source>
        <translation>aktivt stöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after release</source>
        <translation>efter frigivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by the participant</source>
        <translation>avslutat av deltagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by a party</source>
        <translation>avslutat av en part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ended</source>
        <translation>inte avslutat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 6 months</source>
        <translation>under 6 månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 to 12 months</source>
        <translation>6–12 månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 2 years</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 years or more</source>
        <translation>2 år eller mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25 to 34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>35 to 49</source>
        <translation>35–49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 or over</source>
        <translation>50 eller äldre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring statistics</source>
        <translation>Uppföljningsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact from {first} to {last}; state on {last}</source>
        <translation>Första kontakt från {first} till {last}; läget den {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;5: from 0 to 4 participants, not shown</source>
        <translation>&lt;5: 0 till 4 deltagare, visas inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x: 5 or more, hidden so that a small number cannot be worked out</source>
        <translation>x: 5 eller fler, dolt så att ett litet tal inte kan räknas ut</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/statistics.py" line="+128"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>State and duration</source>
        <translation>Skede och längd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State and age</source>
        <translation>Skede och ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State and party</source>
        <translation>Skede och part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration and start year</source>
        <translation>Längd och startår</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a folder for the statistics files</source>
        <translation>Välj en mapp för statistikfilerna</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Sparade %n fil i %1.</numerusform>
            <numerusform>Sparade %n filer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files are not encrypted: they hold only the de-identified tables, with small numbers hidden.</source>
        <translation>Filerna är inte krypterade: de innehåller bara avidentifierade tabeller där små tal är dolda.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No verified contact yet. Add and verify one under Contacts &amp; exchange.</source>
        <translation>Ingen verifierad kontakt än. Lägg till och verifiera en under Kontakter &amp; utbyte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the statistics bundle</source>
        <translation>Spara statistikpaketet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote a statistics bundle for %1 to %2. Only they can open it.</source>
        <translation>Skrev ett statistikpaket för %1 till %2. Bara mottagaren kan öppna det.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact from</source>
        <translation>Första kontakt från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact up to</source>
        <translation>Första kontakt till och med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants whose first contact lies in the period, as they stood on its last day. Small numbers are hidden: &lt;5 is 0 to 4 participants, x is a number hidden so that a small one cannot be worked out, - is a cell nobody can be in.</source>
        <translation>Deltagare vars första kontakt ligger inom perioden, så som läget var periodens sista dag. Små tal är dolda: &lt;5 betyder 0 till 4 deltagare, x ett tal som dolts så att ett litet tal inte kan räknas ut, - en cell där ingen kan finnas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics tables</source>
        <translation>Statistiktabeller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CSV and PDF…</source>
        <translation>&amp;Spara CSV och PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nd to a coordinator…</source>
        <translation>Ski&amp;cka till en samordnare…</translation>
    </message>
</context>
<context>
    <name>TargetGroupDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/target_group.py" line="+49"/>
        <source>&amp;Wants to leave organised crime:</source>
        <translation>&amp;Vill lämna organiserad brottslighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked &amp;on:</source>
        <translation>Tillfrågad &amp;den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs support and protection:</source>
        <translation>&amp;Behöver stöd och skydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed &amp;by:</source>
        <translation>Bedömd &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess&amp;ed on:</source>
        <translation>Bedömd d&amp;en:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active support starts when both answers are yes: the person wants to leave organised crime and a party has assessed that they need support and protection.</source>
        <translation>Aktivt stöd börjar när båda svaren är ja: personen vill lämna organiserad brottslighet och en part har bedömt att personen behöver stöd och skydd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not yet clear</source>
        <translation>Ännu oklart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed yet</source>
        <translation>Ännu inte bedömt</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../src/exitdesk/ui/theme.py" line="+12"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/unlock.py" line="+172"/>
        <source>Open a vault folder</source>
        <translation>Öppna en valvmapp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder does not contain an ExitDesk vault.</source>
        <translation>Mappen innehåller inget ExitDesk-valv.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Choose a vault first, or create one.</source>
        <translation>Välj ett valv först eller skapa ett.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the passphrase — please wait…</source>
        <translation>Lösenfrasen kontrolleras — vänta…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout. Each further wrong try makes you wait longer.</source>
        <translation>Lösenfrasen öppnar inte det här valvet. Kontrollera Caps Lock och tangentbordslayouten. Varje nytt felaktigt försök gör att du får vänta längre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault could not be opened</source>
        <translation>Valvet kunde inte öppnas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup was restored into %1; unlock it with its passphrase.</source>
        <translation>Säkerhetskopian återställdes i mappen %1; lås upp den med dess lösenfras.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ExitDesk — locked</source>
        <translation>ExitDesk — låst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your vault</source>
        <translation>Lås upp ditt valv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Valv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w passphrase</source>
        <translation>Vi&amp;sa lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a vault folder</source>
        <translation>Bläddra efter en valvmapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;recovery code…</source>
        <translation>Använd å&amp;terställningskod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery code</source>
        <translation>Använd återställningskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New vault…</source>
        <translation>&amp;Nytt valv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new vault</source>
        <translation>Skapa ett nytt valv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from backup…</source>
        <translation>Återställ &amp;från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a vault from a backup</source>
        <translation>Återställ ett valv från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>Vänta</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../src/exitdesk/ui/widgets.py" line="+104"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/restore_dialog.py" line="-178"/>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="-83"/>
        <source>ExitDesk backups (*.bin)</source>
        <translation>ExitDesk-säkerhetskopior (*.bin)</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="+19"/>
        <source>Save an encrypted backup</source>
        <translation>Spara en krypterad säkerhetskopia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written</source>
        <translation>Säkerhetskopian skriven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted backup was saved as %1.</source>
        <translation>Den krypterade säkerhetskopian sparades som %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New recovery code</source>
        <translation>Ny återställningskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the new recovery code now; it is shown only once:
%1</source>
        <translation>Skriv ner den nya återställningskoden nu; den visas bara en gång:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-encrypt the vault</source>
        <translation>Kryptera om valvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-encrypt the vault under a new key, for a suspected key leak? The old recovery code stops working and a new one is shown once.</source>
        <translation>Kryptera om valvet med en ny nyckel, vid misstänkt nyckelläcka? Den gamla återställningskoden slutar fungera och en ny visas en gång.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Re-encrypt</source>
        <translation>&amp;Kryptera om</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>VaultBinding</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="-263"/>
        <source>This vault is bound to this computer: a copy of its files cannot be opened elsewhere with the passphrase alone. The recovery code opens it anywhere.</source>
        <translation>Valvet är bundet till den här datorn: en kopia av filerna kan inte öppnas någon annanstans med enbart lösenfrasen. Återställningskoden öppnar det var som helst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no usable keyring, so the vault is NOT bound to this computer: anyone with a copy of its files and the passphrase can open it. ({detail})</source>
        <translation>Datorn har ingen användbar nyckelring, så valvet är INTE bundet till den här datorn: vem som helst som har en kopia av filerna och lösenfrasen kan öppna det. ({detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binding to this computer was switched off for this vault.</source>
        <translation>Bindningen till den här datorn är avstängd för det här valvet.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <location line="+48"/>
        <source>Folder for the new vault</source>
        <translation>Mapp för det nya valvet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to ExitDesk</source>
        <translation>Välkommen till ExitDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your case records live in an encrypted vault on this computer. Nothing is sent anywhere. Tell us who you are and where you work.</source>
        <translation>Dina ärendeuppgifter förvaras i ett krypterat valv på den här datorn. Inget skickas någonstans. Berätta vem du är och var du arbetar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault folder:</source>
        <translation>Valvets mapp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder for the vault</source>
        <translation>Välj mapp för valvet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-58"/>
        <source>none in force</source>
        <translation>inget som gäller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consent %1, in force until %2</source>
        <translation>samtycke %1, gäller till %2</translation>
    </message>
</context>
</TS>
