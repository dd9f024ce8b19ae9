<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/about.py" line="+115"/>
        <source>About ExitDesk</source>
        <translation>Tietoja ExitDeskistä</translation>
    </message>
</context>
<context>
    <name>AboutPanel</name>
    <message>
        <location line="-56"/>
        <source>An offline, encrypted case tool for Exit Programme workers. It makes no network connections.</source>
        <translation>Salattu, ilman verkkoyhteyttä toimiva asiakastyön työkalu Exit-ohjelman työntekijöille. Se ei muodosta verkkoyhteyksiä.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vault folder</source>
        <translation>Holvin kansio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher {v}, AES-256 with page authentication</source>
        <translation>SQLCipher {v}, AES-256 ja sivukohtainen todennus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key derivation</source>
        <translation>Avaimen johtaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argon2id, {mib} MiB, {t} passes, {p} lanes</source>
        <translation>Argon2id, {mib} MiB, {t} kierrosta, {p} rinnakkaista kaistaa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device binding</source>
        <translation>Laitesidonta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen capture</source>
        <translation>Näyttökuvat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ExitDesk</source>
        <translation>Tietoja ExitDeskistä</translation>
    </message>
</context>
<context>
    <name>AccessReportText</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/access_report.py" line="+42"/>
        <source>Access report</source>
        <translation>Tietopyyntöraportti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save access report</source>
        <translation>Tallenna tietopyyntöraportti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recorded here</source>
        <translation>kirjattu täällä</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>received from %1 on %2 under consent %3</source>
        <translation>saatu lähettäjältä %1 %2 suostumuksella %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Progress:</source>
        <translation>Edistyminen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next steps:</source>
        <translation>Seuraavat askeleet:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Persons at risk:</source>
        <translation>Vaarassa olevat henkilöt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent %1: to %2; what: %3; why: %4; valid %5 – %6</source>
        <translation>Suostumus %1: vastaanottaja %2; mitä: %3; miksi: %4; voimassa %5 – %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>withdrawn on %1</source>
        <translation>peruttu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alias</source>
        <translation>Peitenimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Laitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Vapautumispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage in the programme</source>
        <translation>Vaihe ohjelmassa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed received on %1</source>
        <translation>vastaanotto vahvistettu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no confirmation</source>
        <translation>ei vahvistusta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: to %2 under consent %3; %4 records (%5); %6</source>
        <translation>%1: vastaanottaja %2 suostumuksella %3; %4 tietuetta (%5); %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing about you has been shared from this vault.</source>
        <translation>Tästä holvista ei ole luovutettu sinusta mitään.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they confirmed deleting it on %1</source>
        <translation>poisto vahvistettu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not yet confirmed</source>
        <translation>ei vielä vahvistettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 was told that consent %3 was withdrawn; %4</source>
        <translation>%1: vastaanottajalle %2 ilmoitettiin suostumuksen %3 perumisesta; %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 records received from %3 were deleted here after a withdrawal</source>
        <translation>%1: lähettäjältä %3 saadut %2 tietuetta poistettiin täältä suostumuksen perumisen jälkeen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No withdrawals or deletions.</source>
        <translation>Ei perumisia eikä poistoja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this vault holds about you</source>
        <translation>Mitä tässä holvissa on sinusta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on %1 by %2. This report lists everything this worker&apos;s ExitDesk vault holds about you, where each item came from, and everything that was shared with others, with your consents. You may ask for corrections, or withdraw a consent at any time.</source>
        <translation>Laadittu %1, laatija %2. Tämä raportti luettelee kaiken, mitä tämän työntekijän ExitDesk-holvissa on sinusta, mistä kukin tieto on peräisin ja kaiken, mitä on luovutettu muille, sekä suostumuksesi. Voit pyytää korjauksia tai perua suostumuksen milloin tahansa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded.</source>
        <translation>Ei kirjauksia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are</source>
        <translation>Kuka olet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support plan</source>
        <translation>Tukisuunnitelma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your consents</source>
        <translation>Suostumuksesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was shared, and with whom</source>
        <translation>Mitä luovutettiin ja kenelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals and deletions</source>
        <translation>Perumiset ja poistot</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="+109"/>
        <source>&amp;Action:</source>
        <translation>Toimen&amp;pide:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner party:</source>
        <translation>&amp;Vastuutaho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Has a due date:</source>
        <translation>&amp;Määräpäivä käytössä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>Mää&amp;räpäivä:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit action</source>
        <translation>Muokkaa toimenpidettä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>Lisää toimenpide</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../src/exitdesk/ui/audit_view.py" line="+225"/>
        <source>Checking the vault and its audit chain…</source>
        <translation>Tarkistetaan holvia ja sen tapahtumaketjua…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Verified: the audit chain is intact and signed (%n entries).</source>
        <translation>
            <numerusform>Tarkistettu: tapahtumaketju on eheä ja allekirjoitettu (%n merkintä).</numerusform>
            <numerusform>Tarkistettu: tapahtumaketju on eheä ja allekirjoitettu (%n merkintää).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem found: {problems}</source>
        <translation>Ongelma löytyi: {problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>To&amp;iminto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Suodata toiminnon mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;older entries</source>
        <translation>Näytä &amp;vanhemmat merkinnät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify &amp;chain</source>
        <translation>Tarkista &amp;ketju</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Showing the newest %1 entries</source>
        <translation>Näytetään uusimmat %1 merkintää</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;To:</source>
        <translation>&amp;Saakka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the audit chain</source>
        <translation>Tarkista tapahtumaketju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../src/exitdesk/ui/audit_words.py" line="+17"/>
        <source>Vault created</source>
        <translation>Holvi luotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault opened with the recovery code</source>
        <translation>Holvi avattu palautuskoodilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Tunnuslause vaihdettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault key replaced</source>
        <translation>Holvin avain vaihdettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup written</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant added</source>
        <translation>Osallistuja lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant changed</source>
        <translation>Osallistujan tietoja muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage changed</source>
        <translation>Vaihe vaihtui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant deleted</source>
        <translation>Osallistuja poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Muistiinpano lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan goal saved</source>
        <translation>Suunnitelman tavoite tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress rated</source>
        <translation>Edistyminen arvioitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting added</source>
        <translation>Tapaaminen lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety assessed</source>
        <translation>Turvallisuus arvioitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded</source>
        <translation>Suostumus kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact added</source>
        <translation>Yhteyshenkilö lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact&apos;s key changed</source>
        <translation>Yhteyshenkilön avain vaihtui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact verified</source>
        <translation>Yhteyshenkilö varmennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact revoked</source>
        <translation>Yhteyshenkilö mitätöity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle exported</source>
        <translation>Paketti viety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle imported</source>
        <translation>Paketti tuotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received records deleted</source>
        <translation>Vastaanotetut merkinnät poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement received</source>
        <translation>Kuittaus vastaanotettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination notice</source>
        <translation>Päättymisilmoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Ristiriita ratkaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data generated</source>
        <translation>Esittelytiedot luotu</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n merkintä poistettu</numerusform>
            <numerusform>%n merkintää poistettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recipient(s) told</source>
        <translation>
            <numerusform>%n vastaanottajalle ilmoitettu</numerusform>
            <numerusform>%n vastaanottajalle ilmoitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bundle(s) acknowledged</source>
        <translation>
            <numerusform>%n paketti kuitattu</numerusform>
            <numerusform>%n pakettia kuitattu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from a contact</source>
        <translation>yhteyshenkilöltä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one bundle</source>
        <translation>yksi paketti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under one consent</source>
        <translation>yhden suostumuksen perusteella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to a file</source>
        <translation>tiedostoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bound to this computer</source>
        <translation>sidottu tähän tietokoneeseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bound: no keyring</source>
        <translation>ei sidottu: avainnippua ei ole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bound</source>
        <translation>ei sidottu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the incoming version kept</source>
        <translation>saapunut versio säilytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this vault&apos;s version kept</source>
        <translation>tämän holvin versio säilytetty</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>key derivation: {mib} MiB, {t} passes</source>
        <translation>avaimen johtaminen: {mib} MiB, {t} kierrosta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stage: {stage}</source>
        <translation>vaihe: {stage}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>urgent</source>
        <translation>kiireellinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not urgent</source>
        <translation>ei kiireellinen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ended by: {who}</source>
        <translation>päättäjä: {who}</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/batch_dialog.py" line="+204"/>
        <source>Choose a folder for the replies</source>
        <translation>Valitse kansio vastauksille</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n reply file(s) saved. Send them to the senders.</source>
        <translation>
            <numerusform>%n vastaustiedosto tallennettiin. Lähetä se lähettäjälle.</numerusform>
            <numerusform>%n vastaustiedostoa tallennettiin. Lähetä ne lähettäjille.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished.</source>
        <translation>Tuonti on valmis.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n tiedosto tuotiin.</numerusform>
            <numerusform>%n tiedostoa tuotiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) refused; nothing from them was written.</source>
        <translation>
            <numerusform>%n tiedosto hylättiin; siitä ei tallennettu mitään.</numerusform>
            <numerusform>%n tiedostoa hylättiin; niistä ei tallennettu mitään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reply(s) to the senders wait in the outbox.</source>
        <translation>
            <numerusform>%n vastaus lähettäjälle odottaa lähtevien kansiossa.</numerusform>
            <numerusform>%n vastausta lähettäjille odottaa lähtevien kansiossa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the files…</source>
        <translation>Luetaan tiedostoja…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bundle file(s) to import.</source>
        <translation>
            <numerusform>Tuotavana %n siirtopakettitiedosto.</numerusform>
            <numerusform>Tuotavana %n siirtopakettitiedostoa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each file is checked completely and imported whole or not at all. Nothing has been written yet.</source>
        <translation>Jokainen tiedosto tarkistetaan kokonaan ja tuodaan joko kokonaan tai ei lainkaan. Mitään ei ole vielä tallennettu.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) could not be read and will be left out.</source>
        <translation>
            <numerusform>%n tiedosto ei ollut luettavissa, joten se jätetään pois.</numerusform>
            <numerusform>%n tiedostoa ei ollut luettavissa, joten ne jätetään pois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working…</source>
        <translation>Käsitellään…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>withdrawal from %1: %n record(s) received under that consent deleted</source>
        <translation>
            <numerusform>peruutus lähettäjältä %1: sen suostumuksen perusteella saatu %n merkintä poistettu</numerusform>
            <numerusform>peruutus lähettäjältä %1: sen suostumuksen perusteella saadut %n merkintää poistettu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted what they received under the withdrawn consent</source>
        <translation>%1 poisti peruutetun suostumuksen perusteella saamansa tiedot</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>withdrawal notice from %1; %n withdrawal(s) for the other recipients wait in the outbox</source>
        <translation>
            <numerusform>peruutusilmoitus lähettäjältä %1; %n peruutus muille vastaanottajille odottaa lähtevien kansiossa</numerusform>
            <numerusform>peruutusilmoitus lähettäjältä %1; %n peruutusta muille vastaanottajille odottaa lähtevien kansiossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 took over the case: %n record(s) deleted here</source>
        <translation>
            <numerusform>%1 otti asian vastuulleen: %n merkintä poistettu täältä</numerusform>
            <numerusform>%1 otti asian vastuulleen: %n merkintää poistettu täältä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hand-over from %1: %2 added, %3 updated</source>
        <translation>luovutus lähettäjältä %1: %2 lisätty, %3 päivitetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update from %1: %2 added, %3 updated</source>
        <translation>päivitys lähettäjältä %1: %2 lisätty, %3 päivitetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case from %1: %2 added, %3 updated</source>
        <translation>asia lähettäjältä %1: %2 lisätty, %3 päivitetty</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n ratkaistava ristiriita</numerusform>
            <numerusform>%n ratkaistavaa ristiriitaa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1</source>
        <translation>Tuotu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to import</source>
        <translation>Valmis tuotavaksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import bundles</source>
        <translation>Tuo siirtopaketteja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of each file</source>
        <translation>Mitä kullekin tiedostolle tapahtui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import all</source>
        <translation>&amp;Tuo kaikki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import all the files</source>
        <translation>Tuo kaikki tiedostot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save replies…</source>
        <translation>Tallenna &amp;vastaukset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the replies for the senders to a folder</source>
        <translation>Tallenna lähettäjille menevät vastaukset kansioon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../src/exitdesk/ui/capture_block.py" line="+118"/>
        <source>On: ExitDesk&apos;s windows are hidden from screenshots and sharing.</source>
        <translation>Käytössä: ExitDeskin ikkunat eivät näy näyttökuvissa eivätkä näytön jaossa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: turned off in Settings; screenshots can show ExitDesk.</source>
        <translation>Pois: otettu pois käytöstä asetuksissa; ExitDesk voi näkyä näyttökuvissa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available here: on X11 and Wayland any program can read the screen.</source>
        <translation>Ei saatavilla: X11:ssä ja Waylandissa mikä tahansa ohjelma voi lukea näytön.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not active: this version of the system refused the request.</source>
        <translation>Ei käytössä: tämä käyttöjärjestelmän versio hylkäsi pyynnön.</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/caseload_dialog.py" line="+136"/>
        <source>Choose a folder for the hand-over files</source>
        <translation>Valitse kansio luovutustiedostoille</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>&amp;Hand over %n case(s)</source>
        <translation>
            <numerusform>&amp;Luovuta %n asia</numerusform>
            <numerusform>&amp;Luovuta %n asiaa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder chosen yet.</source>
        <translation>Kansiota ei ole vielä valittu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Kansio: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cases could not be checked.</source>
        <translation>Asioita ei voitu tarkistaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was handed over.</source>
        <translation>Mitään ei luovutettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking which cases can be handed over…</source>
        <translation>Tarkistetaan, mitkä asiat voidaan luovuttaa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no cases in this vault.</source>
        <translation>Tässä holvissa ei ole asioita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case can be handed over to %1.</source>
        <translation>Yhtään asiaa ei voida luovuttaa taholle %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s) can be handed over to %1.</source>
        <translation>
            <numerusform>%n asia voidaan luovuttaa taholle %1.</numerusform>
            <numerusform>%n asiaa voidaan luovuttaa taholle %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each case goes in its own file, under that participant&apos;s own consent.</source>
        <translation>Kukin asia lähtee omana tiedostonaan osallistujan oman suostumuksen perusteella.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n case(s) stay here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n asia jää tänne; syy näkyy luettelossa.</numerusform>
            <numerusform>%n asiaa jää tänne; syyt näkyvät luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the hand-over files…</source>
        <translation>Kirjoitetaan luovutustiedostoja…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) handed over to %1.</source>
        <translation>
            <numerusform>%n asia luovutettu taholle %1.</numerusform>
            <numerusform>%n asiaa luovutettu taholle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) written into %1. Give them to your colleague.</source>
        <translation>
            <numerusform>%n tiedosto kirjoitettu kansioon %1. Anna se kollegallesi.</numerusform>
            <numerusform>%n tiedostoa kirjoitettu kansioon %1. Anna ne kollegallesi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) stayed here; the reasons are in the list.</source>
        <translation>
            <numerusform>%n asia jäi tänne; syy näkyy luettelossa.</numerusform>
            <numerusform>%n asiaa jäi tänne; syyt näkyvät luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cases stay in this vault until %1&apos;s acknowledgements are imported; then they are removed from it.</source>
        <translation>Asiat pysyvät tässä holvissa, kunnes tahon %1 kuittaukset tuodaan; sitten ne poistetaan holvista.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handed over: %1</source>
        <translation>Luovutettu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Goes: %n record(s)</source>
        <translation>
            <numerusform>Siirtyy: %n merkintä</numerusform>
            <numerusform>Siirtyy: %n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stays here: %1</source>
        <translation>Jää tänne: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hand over caseload</source>
        <translation>Luovuta kaikki asiat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What becomes of each case</source>
        <translation>Mitä kullekin asialle tapahtuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Valitse &amp;kansio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the hand-over files</source>
        <translation>Valitse kansio luovutustiedostoille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the cases over to the colleague</source>
        <translation>Luovuta asiat kollegalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+206"/>
        <source>The consent %1 gave does not include identity, and a case cannot be shared with %2 without it. Record a consent that includes identity to send the case.</source>
        <translation>Henkilön %1 antama suostumus ei kata henkilötietoja, eikä asiaa voi jakaa vastaanottajalle %2 ilman niitä. Kirjaa suostumus, joka kattaa henkilötiedot, niin voit lähettää asian.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recipient&apos;s data policy does not keep: %1. Their vault leaves these out when the bundle is imported.</source>
        <translation>Vastaanottajan tietokäytäntö ei säilytä näitä: %1. Hänen holvinsa jättää ne pois, kun paketti tuodaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recipient&apos;s data policy keeps all of it.</source>
        <translation>Vastaanottajan tietokäytäntö säilyttää kaiken tämän.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to send</source>
        <translation>Mitä lähetetään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case always carries the identity category; the consent decides the rest.</source>
        <translation>Tunnistetiedot kulkevat aina mukana; muusta päättää suostumus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the consent…</source>
        <translation>Tarkistetaan suostumusta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record a consent…</source>
        <translation>&amp;Kirjaa suostumus…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="+80"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Uusi tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Toista se:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Vaihda</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/exitdesk/cli/audit_commands.py" line="+49"/>
        <source>Audit chain verifies: {chain_entries} entries, signed head matches</source>
        <translation>Tapahtumaketju tarkistettu: {chain_entries} merkintää, allekirjoitettu viimeisin merkintä täsmää</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain does NOT verify:</source>
        <translation>Tapahtumaketju EI läpäissyt tarkistusta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match</source>
        <translation>Ei vastaavia merkintöjä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/case_commands.py" line="+69"/>
        <source>No notes</source>
        <translation>Ei muistiinpanoja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note {note_id} deleted</source>
        <translation>Muistiinpano {note_id} poistettu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No meetings</source>
        <translation>Ei tapaamisia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting {id} saved</source>
        <translation>Tapaaminen {id} tallennettu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting {meeting_id} deleted</source>
        <translation>Tapaaminen {meeting_id} poistettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/consent_commands.py" line="+100"/>
        <source>No consents</source>
        <translation>Ei suostumuksia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consent {id} for participant {participant_id}: {state}</source>
        <translation>Osallistujan {participant_id} suostumus {id}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Categories: {categories}</source>
        <translation>  Tietoryhmät: {categories}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  To: {label} ({party_id})</source>
        <translation>  Vastaanottaja: {label} ({party_id})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Purpose: {purpose}</source>
        <translation>  Tarkoitus: {purpose}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Valid: {start} to {end} UTC</source>
        <translation>  Voimassa: {start}–{end} UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Given: {method}, recorded by {who}</source>
        <translation>  Annettu: {method}, kirjannut {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Witness: {witness}</source>
        <translation>  Todistaja: {witness}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Guardian: {guardian}</source>
        <translation>  Huoltaja: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Withdrawn: {at} UTC</source>
        <translation>  Peruttu: {at} UTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{consent} withdrawn; purged {purged} received records; a withdrawal notice for {names} waits in the outbox: run &apos;exitdesk outbox write DIR&apos;</source>
        <translation>{consent} peruttu; {purged} vastaanotettua tietuetta poistettiin; peruutusilmoitus vastaanottajille {names} odottaa lähtevien kansiossa: aja &apos;exitdesk outbox write KANSIO&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{consent} withdrawn; purged {purged} received records</source>
        <translation>{consent} peruttu; {purged} vastaanotettua tietuetta poistettiin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{consent} withdrawn; no data had gone out under it</source>
        <translation>{consent} peruttu; sen nojalla ei ollut lähetetty tietoja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{consent} withdrawn; wrote {name} for {names}</source>
        <translation>{consent} peruttu; kirjoitettiin {name} vastaanottajille {names}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/key_commands.py" line="+27"/>
        <source>The vault is re-encrypted under a new key; the old recovery code no longer works.</source>
        <translation>Holvi on salattu uudelleen uudella avaimella; vanha palautuskoodi ei enää toimi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery code (write it down and keep it in a safe; it is shown only once):</source>
        <translation>Uusi palautuskoodi (kirjoita se muistiin ja säilytä se lukitussa paikassa; se näytetään vain kerran):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote this vault&apos;s age identity, encrypted with your passphrase, to {out}</source>
        <translation>Holvin age-identiteetti tallennettiin tunnuslauseellasi salattuna tiedostoon {out}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/lifecycle_commands.py" line="+30"/>
        <source>Participant {id} is now {state}</source>
        <translation>Osallistujan {id} vaihe on nyt {state}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/participant_commands.py" line="+97"/>
        <source>No participant matches</source>
        <translation>Yksikään osallistuja ei vastaa hakua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants yet</source>
        <translation>Osallistujia ei ole vielä</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participant {id}: {alias}</source>
        <translation>Osallistuja {id}: {alias}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Parties: {parties}</source>
        <translation>  Tahot: {parties}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  State: {state}</source>
        <translation>  Vaihe: {state}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Participant {id} saved</source>
        <translation>Osallistuja {id} tallennettu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Participant {participant_id} and everything recorded about them deleted</source>
        <translation>Osallistuja {participant_id} ja kaikki hänestä kirjattu on poistettu</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>exitdesk: cancelled; {done} of {total} synthetic participants were added and recorded in the audit log</source>
        <translation>exitdesk: peruttu; {done}/{total} synteettistä osallistujaa lisättiin ja kirjattiin tapahtumalokiin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added {made} synthetic participants</source>
        <translation>Lisättiin {made} synteettistä osallistujaa</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/plan_commands.py" line="+90"/>
        <source>No goals in the plan yet</source>
        <translation>Suunnitelmassa ei ole vielä tavoitteita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal {id} [{domain}, {status}, {owner_party_id}]{rating}</source>
        <translation>Tavoite {id} [{domain}, {status}, {owner_party_id}]{rating}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Goal {id} saved</source>
        <translation>Tavoite {id} tallennettu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Action {number} of goal {goal_id} is now {status}</source>
        <translation>Tavoitteen {goal_id} toimenpiteen {number} tila on nyt {status}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Goal {id} rated {score}/10; latest rating {latest_score}/10 on {on}</source>
        <translation>Tavoite {id} arvioitu {score}/10; viimeisin arvio {latest_score}/10 ({on})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No safety assessments</source>
        <translation>Ei turvallisuusarvioita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment {id} on {assessed_on}: {level}{review}{urgent}</source>
        <translation>Arvio {id} ({assessed_on}): {level}{review}{urgent}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Arrangement {number} of assessment {assessment_id} is closed</source>
        <translation>Arvion {assessment_id} järjestely {number} on suljettu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrangement {number} of assessment {assessment_id} is now with {owner}</source>
        <translation>Arvion {assessment_id} järjestely {number} on nyt tahon {owner} vastuulla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Arrangement {number} of assessment {assessment_id} rescheduled</source>
        <translation>Arvion {assessment_id} järjestelyn {number} päivät muutettu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arrangement {number} of assessment {assessment_id} is {state}</source>
        <translation>Arvion {assessment_id} turvajärjestelyn {number} tila: {state}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/knowledge_commands.py" line="+57"/>
        <source>No library entry matches</source>
        <translation>Mikään kirjaston artikkeli ei vastaa hakua</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Knowledge pack from {sender}: version {version}, {n} changes</source>
        <translation>Tietopaketti lähettäjältä {sender}: versio {version}, {n} muutosta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Installed as library version {version}</source>
        <translation>Asennettu kirjaston versioksi {version}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote a knowledge pack with {n} entries to {name} ({bundle_id})</source>
        <translation>Tietopaketti, jossa {n} artikkelia, kirjoitettiin tiedostoon {name} ({bundle_id})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The library is back at version {version}</source>
        <translation>Kirjasto on palautettu versioon {version}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library version in use: {version}</source>
        <translation>Käytössä oleva kirjaston versio: {version}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/report_commands.py" line="+38"/>
        <source>Access report written to {name}; the PDF is not encrypted: print it and delete the file</source>
        <translation>Tietopyyntöraportti kirjoitettu tiedostoon {name}; PDF ei ole salattu: tulosta se ja poista tiedosto</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/exchange_commands.py" line="+67"/>
        <source>  left out of one {record} record (your data policy does not keep it): {fields}</source>
        <translation>  jätetty pois yhdestä tietueesta {record} (tietokäytäntösi ei säilytä sitä): {fields}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name}: would import {what} (nothing written)</source>
        <translation>{name}: tuotaisiin {what} (mitään ei kirjoitettu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  note: {warning}</source>
        <translation>  huom.: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  {count} conflict(s) to resolve: run &apos;exitdesk conflicts&apos;</source>
        <translation>  {count} ristiriitaa ratkaistavana: aja &apos;exitdesk conflicts&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  purged {count} records</source>
        <translation>  {count} tietuetta poistettiin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  send {name} back to the sender</source>
        <translation>  lähetä {name} takaisin lähettäjälle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File: {name}, {size} bytes</source>
        <translation>Tiedosto: {name}, {size} tavua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>age v1 file, {count} recipient(s)</source>
        <translation>age v1 -tiedosto, {count} vastaanottajaa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified: signed by {name} ({party_id})</source>
        <translation>Tarkistettu: allekirjoittaja {name} ({party_id})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind: {kind}; bundle {bundle}</source>
        <translation>Laji: {kind}; paketti {bundle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {created} UTC, expires {expires}</source>
        <translation>Luotu {created} UTC, vanhenee {expires}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence for you: {sequence}; records: {count}</source>
        <translation>Järjestysnumero sinulle: {sequence}; tietueita: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent {consent}: {categories}; until {until}</source>
        <translation>Suostumus {consent}: {categories}; voimassa {until} asti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: {note}</source>
        <translation>Huom.: {note}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No conflicts</source>
        <translation>Ei ristiriitoja</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Yours: no longer in this vault</source>
        <translation>  Sinun: ei enää tässä holvissa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep one: exitdesk conflict resolve {id} --keep mine|theirs</source>
        <translation>Säilytä toinen: exitdesk conflict resolve {id} --keep mine|theirs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflict {id} resolved: kept {keep}</source>
        <translation>Ristiriita {id} ratkaistu: säilytettiin {keep}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No bundles went out or came in for this participant</source>
        <translation>Tästä osallistujasta ei ole lähetetty eikä vastaanotettu paketteja</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/policy_commands.py" line="+37"/>
        <source>  (minimal record)</source>
        <translation>  (vähimmäiskirjaus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party: {party}{minimal}</source>
        <translation>Taho: {party}{minimal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps: {fields}</source>
        <translation>Säilyttää: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of these</source>
        <translation>ei mitään näistä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never stores: {fields}</source>
        <translation>Ei koskaan tallenna: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enquiries that never start: deleted after {days} days</source>
        <translation>Yhteydenotot, jotka eivät johda alkuun: poistetaan {days} päivän jälkeen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended cases: deleted {days} days after they end</source>
        <translation>Päättyneet asiat: poistetaan {days} päivää päättymisen jälkeen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes: kept until their own expiry date</source>
        <translation>Muistiinpanot: säilytetään omaan vanhenemispäiväänsä asti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: kept {days} days</source>
        <translation>Muistiinpanot: säilytetään {days} päivää</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Target group recorded</source>
        <translation>Kohderyhmäarvio kirjattu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/retention_commands.py" line="+23"/>
        <source>Total due: {count}</source>
        <translation>Poistettavana yhteensä: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due: {day}</source>
        <translation>Seuraava poisto: {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificate written to {name}</source>
        <translation>Todistus kirjoitettu tiedostoon {name}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/contact_commands.py" line="+44"/>
        <source>Contact {id}: {label}</source>
        <translation>Yhteyshenkilö {id}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number: {number}</source>
        <translation>Turvanumero: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key change signed by their verified key: the new keys replace the old ones</source>
        <translation>Avainten vaihto on allekirjoitettu heidän varmennetulla avaimellaan: uudet avaimet korvaavat vanhat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same name and party as contact {same_as}, with other keys: unverified.</source>
        <translation>Sama nimi ja taho kuin yhteyshenkilöllä {same_as}, mutta eri avaimet: varmentamaton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their verified keys stay in use until you compare this number with them and run</source>
        <translation>Heidän varmennetut avaimensa pysyvät käytössä, kunnes vertaat tätä numeroa heidän kanssaan ja ajat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;contact verify {id}&apos; (that retires the old keys)</source>
        <translation>&apos;contact verify {id}&apos; (se poistaa vanhat avaimet käytöstä)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already known and verified</source>
        <translation>Jo tunnettu ja varmennettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified: compare the number with them, then run &apos;contact verify {id}&apos;</source>
        <translation>Varmentamaton: vertaa numeroa heidän kanssaan ja aja sitten &apos;contact verify {id}&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this name mixes letters of different scripts ({scripts}); it may be made to look like someone else&apos;s. Trust the safety number, not the name</source>
        <translation>Varoitus: tässä nimessä on eri kirjoitusjärjestelmien kirjaimia ({scripts}); se voi olla tehty näyttämään jonkun toisen nimeltä. Luota turvanumeroon, älä nimeen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact {id} ({label}) is verified</source>
        <translation>Yhteyshenkilö {id} ({label}) on varmennettu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact {id} ({label}) is revoked: nothing more goes to or from them</source>
        <translation>Yhteyshenkilö {id} ({label}) on mitätöity: mitään ei enää lähetetä hänelle eikä oteta vastaan häneltä</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No contacts yet: add one with &apos;exitdesk contact add CARD_FILE&apos;</source>
        <translation>Yhteyshenkilöitä ei ole vielä: lisää komennolla &apos;exitdesk contact add KORTTITIEDOSTO&apos;</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/stats_commands.py" line="+36"/>
        <source>Wrote {files} files to {folder}: {total} participants, {small} numbers shown as &lt;5, {protecting} hidden as x</source>
        <translation>Kirjoitettiin {files} tiedostoa kansioon {folder}: {total} osallistujaa, {small} lukua näytetään muodossa &lt;5, {protecting} piilotettu merkillä x</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote a statistics bundle to {name}</source>
        <translation>Tilastopaketti kirjoitettiin tiedostoon {name}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/vault_commands.py" line="+47"/>
        <source>Created a vault in {folder}</source>
        <translation>Holvi luotiin kansioon {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down and keep it in a safe; it is shown only once):</source>
        <translation>Palautuskoodi (kirjoita se muistiin ja säilytä kassakaapissa; se näytetään vain kerran):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device binding: on (this vault also needs this computer&apos;s keyring to open)</source>
        <translation>Laitesidonta: käytössä (holvin avaaminen vaatii myös tämän tietokoneen avainnipun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device binding: off ({detail})</source>
        <translation>Laitesidonta: ei käytössä ({detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault is intact: page checksums and the audit chain verify</source>
        <translation>Holvi on eheä: sivujen tarkistussummat ja tapahtumaketju täsmäävät</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote an encrypted backup to {path}</source>
        <translation>Salattu varmuuskopio kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exitdesk: the vault&apos;s disk is full, so the audit log could not record this backup</source>
        <translation>exitdesk: holvin levy on täynnä, joten tapahtumaloki ei voinut kirjata tätä varmuuskopiota</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the vault into {folder}; open it with its passphrase or recovery code</source>
        <translation>Holvi palautettiin kansioon {folder}; avaa se sen tunnuslauseella tai palautuskoodilla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase changed</source>
        <translation>Tunnuslause vaihdettu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vault opened with the recovery code; the new passphrase is set</source>
        <translation>Holvi avattiin palautuskoodilla; uusi tunnuslause on asetettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/outbox_commands.py" line="+33"/>
        <source>The outbox is empty</source>
        <translation>Lähtevien kansio on tyhjä</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outbox is empty; nothing to write</source>
        <translation>Lähtevien kansio on tyhjä; kirjoitettavaa ei ole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {name}</source>
        <translation>Kirjoitettiin {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand-over to {contact} under {consent}</source>
        <translation>Luovutus taholle {contact} suostumuksen {consent} nojalla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leaves this vault: {sending} ({count} records)</source>
        <translation>Lähtee tästä holvista: {sending} ({count} tietuetta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent, deleted here with the case: {kept}</source>
        <translation>Ei lähetetä, poistetaan täältä asian mukana: {kept}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s copy is removed when the receiver&apos;s acknowledgement is imported</source>
        <translation>Tämän holvin kopio poistetaan, kun vastaanottajan kuittaus tuodaan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Participant {id} ({alias}): would go ({count} records)</source>
        <translation>Osallistuja {id} ({alias}): luovutettaisiin ({count} merkintää)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant {id}: would stay here: {reason}</source>
        <translation>Osallistuja {id}: jäisi tänne: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases that would be handed over: {sent}. Cases that would stay here: {kept}. Nothing was written</source>
        <translation>Luovutettavat asiat: {sent}. Tänne jäävät asiat: {kept}. Mitään ei kirjoitettu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participant {id}: wrote {name} ({count} records)</source>
        <translation>Osallistuja {id}: kirjoitettiin {name} ({count} tietuetta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant {id}: not handed over: {reason}</source>
        <translation>Osallistuja {id}: ei luovutettu: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases handed over: {sent}. Cases staying here: {kept}. Each leaves this vault when its acknowledgement is imported</source>
        <translation>Luovutetut asiat: {sent}. Tänne jäävät asiat: {kept}. Kukin asia poistuu tästä holvista, kun sen kuittaus tuodaan</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/common.py" line="+164"/>
        <source>note: a restored backup had brought back cases handed over since; removed again: {count}</source>
        <translation>huom.: palautettu varmuuskopio toi takaisin sen jälkeen luovutettuja asioita; poistettiin uudelleen: {count}</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+364"/>
        <source>The code matches.</source>
        <translation>Koodi täsmää.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the code shown on the previous page.</source>
        <translation>Tämä ei ole edellisellä sivulla näytetty koodi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the recovery code back</source>
        <translation>Kirjoita palautuskoodi uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it from your sheet or note, to be sure it was taken down correctly.</source>
        <translation>Kirjoita se arkilta tai muistiinpanostasi, niin näet, että se tuli kirjattua oikein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Palautuskoodi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code, typed back</source>
        <translation>Uudelleen kirjoitettu palautuskoodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating your vault and measuring this computer — please wait…</source>
        <translation>Holviasi luodaan ja tämän tietokoneen nopeutta mitataan — odota hetki…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the vault</source>
        <translation>Holvia luodaan</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/conflicts.py" line="+209"/>
        <source>identity</source>
        <translation>tunnistetiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety assessment</source>
        <translation>turvallisuusarvio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (from %3, %4)</source>
        <translation>%1: %2 (lähettäjä %3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sender</source>
        <translation>tuntematon lähettäjä</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>In this va&amp;ult</source>
        <translation>Tässä &amp;holvissa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Take theirs</source>
        <translation>Käytä s&amp;aapunutta</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the sender</source>
        <translation>lähettäjä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inc&amp;oming from %1</source>
        <translation>&amp;Saapunut: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resolved: the incoming version is now in your vault.</source>
        <translation>Ratkaistu: saapunut versio on nyt holvissasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved: your version was kept.</source>
        <translation>Ratkaistu: oma versiosi säilytettiin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts. When a record changed both here and at the sender, it waits here until you choose which version to keep.</source>
        <translation>Ei ristiriitoja. Jos merkintä on muuttunut sekä täällä että lähettäjällä, se odottaa täällä, kunnes valitset säilytettävän version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version in this vault</source>
        <translation>Tämän holvin versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming version</source>
        <translation>Saapunut versio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Pidä omani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the version in this vault</source>
        <translation>Säilytä tämän holvin versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the incoming version</source>
        <translation>Ota saapunut versio</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consent_form.py" line="+33"/>
        <source>Consent form</source>
        <translation>Suostumuslomake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save consent form</source>
        <translation>Tallenna suostumuslomake</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who you are: alias, name, year of birth and contact details</source>
        <translation>Kuka olet: peitenimi, nimi, syntymävuosi ja yhteystiedot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are in the programme (for example active, or after release)</source>
        <translation>Missä vaiheessa ohjelmaa olet (esimerkiksi aktiivinen tai vapautumisen jälkeen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your support plan: goals, actions and progress</source>
        <translation>Tukisuunnitelmasi: tavoitteet, toimenpiteet ja edistyminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and summaries of your meetings</source>
        <translation>Tapaamistesi päivämäärät ja yhteenvedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your safety assessment and security arrangements</source>
        <translation>Turvallisuusarviosi ja turvajärjestelyt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent to share information</source>
        <translation>Suostumus tietojen luovuttamiseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant:</source>
        <translation>Osallistuja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared</source>
        <translation>Mitä tietoja saa luovuttaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Mihin tarkoitukseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For how long</source>
        <translation>Kuinka pitkäksi aikaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent is given</source>
        <translation>Miten suostumus annetaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From %1 until %2 (%3 days).</source>
        <translation>%1–%2 (%3 päivää).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taking part is voluntary. You can withdraw this consent at any time, without any consequences. When you withdraw it, the recipients delete what they received under it. Information is shared only to support you in leaving crime behind.</source>
        <translation>Osallistuminen on vapaaehtoista. Voit peruuttaa tämän suostumuksen milloin tahansa ilman mitään seurauksia. Kun peruutat sen, vastaanottajat poistavat sen perusteella saamansa tiedot. Tietoja jaetaan vain, jotta sinua voidaan tukea rikollisuudesta irtautumisessa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant&apos;s signature</source>
        <translation>Osallistujan allekirjoitus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian or social services (%1)</source>
        <translation>Huoltaja tai sosiaalitoimi (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witness (%1)</source>
        <translation>Todistaja (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker (%1)</source>
        <translation>Työntekijä (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date:</source>
        <translation>Päivämäärä:</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consents.py" line="+98"/>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Tietoryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Antotapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness / guardian</source>
        <translation>Todistaja / huoltaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recor&amp;d consent…</source>
        <translation>&amp;Kirjaa suostumus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint consent form…</source>
        <translation>Tu&amp;losta suostumuslomake…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apture on-screen signature…</source>
        <translation>Allekirjoit&amp;us näytöllä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>P&amp;eruuta…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>witness %1</source>
        <translation>todistaja %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian %1</source>
        <translation>huoltaja %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn %1</source>
        <translation>Peruutettu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in force</source>
        <translation>Ei vielä voimassa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (signature captured)</source>
        <translation>%1 (allekirjoitettu näytöllä)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Withdraw consent</source>
        <translation>Peruuta suostumus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw this consent? Nothing more is shared under it, and recipients are asked to delete what they received under it.</source>
        <translation>Peruutetaanko tämä suostumus? Sen perusteella ei enää jaeta mitään, ja vastaanottajia pyydetään poistamaan sen perusteella saamansa tiedot.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save the withdrawal for the recipients</source>
        <translation>Tallenna peruutus vastaanottajille</translation>
    </message>
</context>
<context>
    <name>ContactChoicePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-135"/>
        <source>%1 — revoked</source>
        <translation>%1 — mitätöity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — keys changed, verify again first</source>
        <translation>%1 — avaimet vaihtuneet, vahvista ensin uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not verified yet</source>
        <translation>%1 — ei vielä vahvistettu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the recipient</source>
        <translation>Valitse vastaanottaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only verified contacts can receive a bundle.</source>
        <translation>Siirtopaketin voi lähettää vain vahvistetulle yhteyshenkilölle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Yhteyshenkilö:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to send to</source>
        <translation>Vastaanottava yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No verified contact yet. Add and verify one under Contacts &amp;&amp; exchange.</source>
        <translation>Vahvistettuja yhteyshenkilöitä ei vielä ole. Lisää ja vahvista yhteyshenkilö kohdassa Tiedonvaihto.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="+203"/>
        <source>No contacts yet. Add a colleague&apos;s contact card (Add from card file or Paste card), then compare the safety number with them.</source>
        <translation>Ei vielä yhteyshenkilöitä. Lisää kollegan yhteystietokortti (Lisää korttitiedostosta tai Liitä kortti) ja vertailkaa sitten turvanumeroa yhdessä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a contact to see their safety number.</source>
        <translation>Valitse yhteyshenkilö, niin näet hänen turvanumeronsa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: this name mixes letters of different scripts (%1); it may be made to look like someone else&apos;s. Trust the safety number, not the name.</source>
        <translation>Varoitus: tässä nimessä on eri kirjoitusjärjestelmien kirjaimia (%1); se voi olla tehty näyttämään jonkun toisen nimeltä. Luota turvanumeroon, älä nimeen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoked: nothing can be exchanged with this contact.</source>
        <translation>Mitätöity: tämän yhteyshenkilön kanssa ei voi vaihtaa tietoja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys were replaced by newer ones of the same person. Restore them only if the newer keys turn out not to be theirs.</source>
        <translation>Saman henkilön uudemmat avaimet korvasivat nämä avaimet. Palauta ne vain, jos uudemmat avaimet osoittautuvat jonkun muun avaimiksi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same name and party as contact %1, with other keys. Their verified keys stay in use until you compare this safety number with them; verifying it retires the old keys.</source>
        <translation>Sama nimi ja osapuoli kuin yhteystiedolla %1, mutta eri avaimet. Varmennetut avaimet pysyvät käytössä, kunnes vertaat tämän turvanumeron hänen kanssaan; varmentaminen poistaa vanhat avaimet käytöstä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their keys changed. Compare the new safety number with them by phone or in person before exchanging anything again.</source>
        <translation>Hänen avaimensa ovat vaihtuneet. Vertailkaa uutta turvanumeroa puhelimessa tai kasvokkain, ennen kuin vaihdatte taas tietoja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified: you compared this safety number with them.</source>
        <translation>Vahvistettu: olette vertailleet tämän turvanumeron keskenänne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified. Read the safety number to each other by phone or in person, then type what they read to you.</source>
        <translation>Ei vahvistettu. Lukekaa turvanumero toisillenne puhelimessa tai kasvokkain ja kirjoita sitten, mitä toinen luki sinulle.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke contact</source>
        <translation>Peru yhteystieto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop trusting %1? Nothing more can be sent to them or imported from them.</source>
        <translation>Lopetetaanko yhteystiedon %1 luottaminen? Hänelle ei voi enää lähettää mitään eikä häneltä tuoda mitään.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Säilytä</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The safety numbers match. %1 is verified.</source>
        <translation>Turvanumerot täsmäävät. %1 on vahvistettu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety number (the same on both sides; read it aloud or scan the code):</source>
        <translation>Turvanumero (sama molemmilla; lue se ääneen tai skannaa koodi):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety number</source>
        <translation>Turvanumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the safety number</source>
        <translation>Turvanumeron QR-koodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number they read to you:</source>
        <translation>&amp;Sinulle luettu numero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number they read to you</source>
        <translation>Sinulle luettu turvanumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 digits; spaces do not matter</source>
        <translation>60 numeroa; välilyönneillä ei ole väliä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verif&amp;y</source>
        <translation>&amp;Vahvista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the contact</source>
        <translation>Vahvista yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>P&amp;eru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the contact</source>
        <translation>Peru yhteystieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han&amp;d over caseload…</source>
        <translation>Luovuta k&amp;aikki asiat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand your cases over to this contact</source>
        <translation>Luovuta asiasi tälle yhteyshenkilölle</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location line="+101"/>
        <source>revoked</source>
        <translation>mitätöity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keys replaced</source>
        <translation>avaimet korvattu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified, same name and party as %1</source>
        <translation>ei varmennettu, sama nimi ja osapuoli kuin %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys changed — verify again</source>
        <translation>avaimet vaihtuneet — vahvista uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>vahvistettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified</source>
        <translation>ei vahvistettu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a contact card</source>
        <translation>Avaa yhteystietokortti</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 was added. Compare the safety number with them to verify.</source>
        <translation>%1 lisättiin. Vahvista vertailemalla turvanumeroa hänen kanssaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a card with new keys, signed by their verified old keys: the new keys are in use now.</source>
        <translation>%1 lähetti kortin, jossa on uudet avaimet ja jonka varmennetut vanhat avaimet ovat allekirjoittaneet: uudet avaimet ovat nyt käytössä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A card with %1&apos;s name and party but other keys was added as a new, unverified contact. Their verified keys stay in use until you compare the new safety number.</source>
        <translation>Kortti, jossa on henkilön %1 nimi ja osapuoli mutta eri avaimet, lisättiin uutena varmentamattomana yhteystietona. Varmennetut avaimet pysyvät käytössä, kunnes vertaat uuden turvanumeron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already among your contacts; nothing changed.</source>
        <translation>%1 on jo yhteyshenkilöissäsi; mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add from card file…</source>
        <translation>&amp;Lisää korttitiedostosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact from a card file</source>
        <translation>Lisää yhteyshenkilö korttitiedostosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ste card…</source>
        <translation>L&amp;iitä kortti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact from pasted card text</source>
        <translation>Lisää yhteyshenkilö liitetystä korttitekstistä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/statistics.py" line="+115"/>
        <source>Send statistics</source>
        <translation>Tilastojen lähetys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle holds this vault&apos;s exact counts for the period and nothing else. It is encrypted for this contact only.</source>
        <translation>Paketissa on vain tämän holvin tarkat lukumäärät valitulta ajanjaksolta, ei mitään muuta. Se salataan vain tälle yhteyshenkilölle.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/labels.py" line="+39"/>
        <source>Enquiry</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After release</source>
        <translation>Vapautumisen jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start &amp;assessment</source>
        <translation>&amp;Aloita arviointi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue &amp;after release</source>
        <translation>Jatka vapautumisen &amp;jälkeen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Back to en&amp;quiry</source>
        <translation>Ta&amp;kaisin yhteydenottoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;active support</source>
        <translation>&amp;Aloita aktiivinen tuki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En&amp;d participation…</source>
        <translation>P&amp;äätä osallistuminen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the participant</source>
        <translation>osallistuja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livelihood</source>
        <translation>Toimeentulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Ihmissuhteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Päihteiden käyttö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education and work</source>
        <translation>Koulutus ja työ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Identity</source>
        <translation>Identiteetti</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Ei jatketa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In person</source>
        <translation>Kasvokkain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialogical</source>
        <translation>Dialoginen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflective</source>
        <translation>Reflektoiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured</source>
        <translation>Strukturoitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical</source>
        <translation>Käytännöllinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kriittinen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Vanhempi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Sisarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other family member</source>
        <translation>Muu perheenjäsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Ystävä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other close person</source>
        <translation>Muu läheinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support plan</source>
        <translation>Tukisuunnitelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed paper form</source>
        <translation>Allekirjoitettu paperilomake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on screen</source>
        <translation>Allekirjoitettu näytöllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal, witnessed</source>
        <translation>Suullinen, todistaja läsnä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text may describe offences. The programme only supports leaving crime behind and gathers no intelligence: consider leaving such details out.</source>
        <translation>Teksti saattaa kuvata rikoksia. Ohjelma tukee vain rikollisuudesta irtautumista eikä kerää tiedustelutietoa: harkitse, voisitko jättää tällaiset yksityiskohdat pois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text may name other people. Consider writing about the participant only, or describing others by their relation (e.g. &apos;a sibling&apos;).</source>
        <translation>Tekstissä saatetaan mainita muita ihmisiä nimeltä. Harkitse, kirjoittaisitko vain osallistujasta tai kuvaisitko muita heidän suhteellaan (esim. ”sisarus”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+233"/>
        <source>An update with what changed since the last bundle</source>
        <translation>Päivitys: muutokset edellisen siirtopaketin jälkeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case transfer</source>
        <translation>Osallistujan tietojen siirto</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) for %1</source>
        <translation>
            <numerusform>%n merkintä vastaanottajalle %1</numerusform>
            <numerusform>%n merkintää vastaanottajalle %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as %1</source>
        <translation>Tallennettu nimellä %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) marked as removed</source>
        <translation>
            <numerusform>%n merkintä merkitty poistetuksi</numerusform>
            <numerusform>%n merkintää merkitty poistetuiksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n received record(s) not sent: received records are not passed on</source>
        <translation>
            <numerusform>%n vastaanotettu tietue jäi lähettämättä: vastaanotettuja tietoja ei välitetä eteenpäin</numerusform>
            <numerusform>%n vastaanotettua tietuetta jäi lähettämättä: vastaanotettuja tietoja ei välitetä eteenpäin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bundle saved</source>
        <translation>Siirtopaketti tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was logged in the participant&apos;s exchange history.</source>
        <translation>Se kirjattiin osallistujan tiedonvaihtohistoriaan.</translation>
    </message>
</context>
<context>
    <name>DuePurge</name>
    <message>
        <location filename="../../src/exitdesk/ui/retention_prompt.py" line="+48"/>
        <source>Records due for deletion</source>
        <translation>Poistettavia tietoja</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) are due for deletion under your data policy. Delete them now?</source>
        <translation>
            <numerusform>%n tieto on tietokäytäntösi mukaan poistettava. Poistetaanko se nyt?</numerusform>
            <numerusform>%n tietoa on tietokäytäntösi mukaan poistettava. Poistetaanko ne nyt?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndParticipationDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/lifecycle.py" line="+46"/>
        <source>Part&amp;y:</source>
        <translation>&amp;Osapuoli:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End participation</source>
        <translation>Päätä osallistuminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant or a party they work with may end participation at any time, without repercussions. Only say who ended it.</source>
        <translation>Osallistuja tai taho, jonka kanssa hän työskentelee, voi lopettaa osallistumisen milloin tahansa ilman seuraamuksia. Kerro vain, kuka sen lopetti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended by the &amp;participant</source>
        <translation>Osa&amp;llistuja päätti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended by a p&amp;arty</source>
        <translation>Osap&amp;uoli päätti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End participation</source>
        <translation>&amp;Päätä osallistuminen</translation>
    </message>
</context>
<context>
    <name>EndingNotice</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/ending_notice.py" line="+26"/>
        <location line="+23"/>
        <location line="+22"/>
        <source>Send ending notice</source>
        <translation>Lähetä päättymisilmoitus</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Tell which contact:</source>
        <translation>Kenelle ilmoitetaan:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no verified contact to tell. Verify a contact first.</source>
        <translation>Ei varmennettua yhteystietoa, jolle ilmoittaa. Varmenna ensin yhteystieto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the notice</source>
        <translation>Tallenna ilmoitus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The notice for %1 was saved as %2; send the file to them.</source>
        <translation>Ilmoitus yhteystiedolle %1 tallennettiin nimellä %2; lähetä tiedosto hänelle.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/exitdesk/ui/widgets.py" line="+65"/>
        <source>The operating system refused a file operation. Nothing was changed.</source>
        <translation>Käyttöjärjestelmä esti tiedostotoiminnon. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected problem stopped this action ({kind}). Your vault was not changed.</source>
        <translation>Odottamaton ongelma keskeytti toiminnon ({kind}). Holviisi ei tehty muutoksia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ExitDesk</source>
        <translation>ExitDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/consent.py" line="+77"/>
        <source>a consent must end after it starts</source>
        <translation>suostumuksen on päätyttävä vasta alkamisensa jälkeen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verbal consent needs the name of a witness</source>
        <translation>suullinen suostumus edellyttää todistajan nimeä</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>consent {consent} was withdrawn</source>
        <translation>suostumus {consent} on peruutettu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} is not valid yet</source>
        <translation>suostumus {consent} ei ole vielä voimassa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} has expired</source>
        <translation>suostumus {consent} on vanhentunut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent {consent} does not name {who} as a recipient</source>
        <translation>suostumuksessa {consent} ei mainita vastaanottajana tahoa {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consent {consent} does not cover {category} for {who}</source>
        <translation>suostumus {consent} ei kata tietoryhmää {category} vastaanottajalle {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>consent {consent} was already withdrawn</source>
        <translation>suostumus {consent} on jo peruutettu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the consent belongs to another participant</source>
        <translation>suostumus kuuluu toiselle osallistujalle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the participant has not chosen to work with {party}</source>
        <translation>osallistuja ei ole valinnut yhteistyötä tahon {party} kanssa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the participant&apos;s birth year is unknown: record it, or confirm that they are an adult</source>
        <translation>osallistujan syntymävuosi ei ole tiedossa: kirjaa se tai vahvista, että hän on täysi-ikäinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the participant may be under 18: record the guardian&apos;s or social services&apos; co-consent</source>
        <translation>osallistuja voi olla alle 18-vuotias: kirjaa myös huoltajan tai sosiaalitoimen suostumus</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/participant.py" line="+28"/>
        <source>the alias cannot be blank</source>
        <translation>peitenimi ei voi olla tyhjä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alias must be one line, without line breaks or control characters</source>
        <translation>peitenimen on oltava yksi rivi ilman rivinvaihtoja tai ohjausmerkkejä</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>participation is ended either by the participant or by one party</source>
        <translation>osallistumisen päättää joko osallistuja tai yksi osapuoli</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the birth year cannot be later than this year ({this_year})</source>
        <translation>syntymävuosi ei voi olla kuluvaa vuotta ({this_year}) myöhäisempi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an ended participation, and only that, names who ended it</source>
        <translation>vain päättyneeseen osallistumiseen kirjataan, kuka sen päätti</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a participant cannot go from {current} to {target}</source>
        <translation>osallistuja ei voi siirtyä vaiheesta {current} vaiheeseen {target}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say who ended the participation: the participant or a party</source>
        <translation>kerro, kuka päätti osallistumisen: osallistuja vai osapuoli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only ending a participation names who ended it</source>
        <translation>päättäjä kirjataan vain, kun osallistuminen päätetään</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/contacts.py" line="+74"/>
        <source>there is no contact {contact_id} in this vault</source>
        <translation>holvissa ei ole yhteyshenkilöä {contact_id}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>this file is too large to be a contact card</source>
        <translation>tiedosto on liian suuri ollakseen yhteystietokortti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is your own contact card</source>
        <translation>tämä on oma yhteystietokorttisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this card carries a key its owner has replaced; ask them for a new card</source>
        <translation>kortissa on avain, jonka omistaja on vaihtanut; pyydä häneltä uusi kortti</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this card&apos;s key change is not signed by the key you verified; ask the sender in person or by phone</source>
        <translation>tämän kortin avaintenvaihtoa ei ole allekirjoitettu varmentamallasi avaimella; kysy lähettäjältä henkilökohtaisesti tai puhelimitse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact {contact_id}&apos;s keys were replaced; restore them first if they are still in use</source>
        <translation>yhteystiedon {contact_id} avaimet on korvattu; palauta ne ensin, jos ne ovat yhä käytössä</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the safety number does not match: do not exchange with this contact until you have compared it again in person or by phone</source>
        <translation>turvanumero ei täsmää: älä vaihda tietoja tämän yhteyshenkilön kanssa, ennen kuin olette vertailleet sen uudelleen kasvokkain tai puhelimessa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>contact {contact_id}&apos;s keys are in force; there is nothing to restore</source>
        <translation>yhteystiedon {contact_id} avaimet ovat käytössä; palautettavaa ei ole</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+82"/>
        <source>a consent lasts between 1 and 3660 days</source>
        <translation>suostumus voi olla voimassa 1–3660 päivää</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name at least one contact or party the consent lets data go to</source>
        <translation>nimeä vähintään yksi yhteyshenkilö tai osapuoli, jolle suostumus sallii tietojen luovuttamisen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/casework.py" line="+46"/>
        <location line="+78"/>
        <location filename="../../src/exitdesk/app/plan_safety.py" line="+83"/>
        <source>nothing to change: give at least one field</source>
        <translation>ei mitään muutettavaa: anna vähintään yksi kenttä</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>a participant works with at least one party</source>
        <translation>osallistujan kanssa työskentelee aina vähintään yksi osapuoli</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no note {note_id} in this vault</source>
        <translation>holvissa ei ole muistiinpanoa {note_id}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no meeting {meeting_id} in this vault</source>
        <translation>holvissa ei ole tapaamista {meeting_id}</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../src/exitdesk/app/exchange/notices.py" line="+66"/>
        <location filename="../../src/exitdesk/app/exchange/withdrawal.py" line="+42"/>
        <source>there is no consent {consent_id} in this vault</source>
        <translation>holvissa ei ole suostumusta {consent_id}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/withdrawal.py" line="+21"/>
        <source>data went out under this consent: give a file for the withdrawal bundle</source>
        <translation>tämän suostumuksen perusteella on lähetetty tietoja: anna tiedosto peruutuksen siirtopaketille</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/contacts.py" line="-171"/>
        <source>{contact} is revoked; nothing can be sent to them</source>
        <translation>yhteyshenkilö {contact} on mitätöity; hänelle ei voi lähettää mitään</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{contact} is not verified yet: compare safety numbers first</source>
        <translation>yhteyshenkilöä {contact} ei ole vielä vahvistettu: vertailkaa ensin turvanumeroita</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/repos.py" line="+53"/>
        <source>there is no participant {participant_id} in this vault</source>
        <translation>holvissa ei ole osallistujaa {participant_id}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/export.py" line="+68"/>
        <location filename="../../src/exitdesk/app/exchange/handover.py" line="+93"/>
        <source>consent {consent}: a case cannot be sent without its identity category</source>
        <translation>suostumus {consent}: osallistujan tietoja ei voi lähettää ilman tunnistetietoja</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>everything about this participant was received from another worker; received records are not passed on</source>
        <translation>kaikki tämän osallistujan tiedot on saatu toiselta työntekijältä; vastaanotettuja tietoja ei välitetä eteenpäin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing has changed since the last bundle to {contact}</source>
        <translation>mikään ei ole muuttunut edellisen yhteyshenkilölle {contact} lähetetyn siirtopaketin jälkeen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>participation has not ended; end it before sending a notice</source>
        <translation>osallistuminen ei ole päättynyt; päätä se ennen ilmoituksen lähettämistä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+51"/>
        <source>no live consent lets this participant&apos;s data go to {recipient}</source>
        <translation>mikään voimassa oleva suostumus ei salli tämän osallistujan tietojen luovuttamista vastaanottajalle {recipient}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+72"/>
        <location filename="../../src/exitdesk/exchange/bundle.py" line="+259"/>
        <source>the sender is not among your contacts</source>
        <translation>lähettäjä ei ole yhteyshenkilöissäsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{contact} is not verified yet: compare safety numbers before importing from them</source>
        <translation>yhteyshenkilöä {contact} ei ole vielä vahvistettu: vertailkaa turvanumeroita ennen tuontia</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="+200"/>
        <source>the sender&apos;s keys were revoked or replaced; nothing was imported</source>
        <translation>lähettäjän avaimet on mitätöity tai vaihdettu; mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="-45"/>
        <source>this bundle was already imported (its id has been seen before)</source>
        <translation>siirtopaketti on jo tuotu (sen tunniste on nähty aiemmin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/exitdesk/app/knowledge.py" line="+8"/>
        <source>this bundle is older than one already imported from the same sender (number {number}, last was {last})</source>
        <translation>siirtopaketti on vanhempi kuin samalta lähettäjältä jo tuotu (numero {number}, edellinen oli {last})</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+37"/>
        <location line="+7"/>
        <source>this bundle travels under a consent that has been withdrawn</source>
        <translation>siirtopaketti perustuu suostumukseen, joka on peruutettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+16"/>
        <source>this is an update to a bundle you have not imported; import the earlier bundle from this sender first</source>
        <translation>tämä on päivitys siirtopakettiin, jota et ole tuonut; tuo ensin tämän lähettäjän aiempi siirtopaketti</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="+16"/>
        <source>the consent in this bundle was witnessed by a contact you have not verified</source>
        <translation>siirtopaketin suostumuksen todistajana on yhteyshenkilö, jota et ole vahvistanut</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/importing.py" line="+20"/>
        <source>this withdrawal comes from someone who did not send you data under that consent; nothing was deleted</source>
        <translation>peruutuksen lähettäjä ei ole lähettänyt sinulle tietoja tämän suostumuksen perusteella; mitään ei poistettu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>importing {kind} bundles is not supported yet</source>
        <translation>siirtopakettien tuontia ({kind}) ei vielä tueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this termination notice does not say that participation ended</source>
        <translation>tässä päättymisilmoituksessa ei kerrota osallistumisen päättyneen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this update is for a participant who is not in your vault; import the first bundle about them first</source>
        <translation>päivitys koskee osallistujaa, joka ei ole holvissasi; tuo ensin ensimmäinen häntä koskeva siirtopaketti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this bundle carries {record_type} records, which are not imported</source>
        <translation>siirtopaketissa on merkintöjä ({record_type}), joita ei tuoda</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/conflicts.py" line="+37"/>
        <source>there is no conflict {conflict_id}</source>
        <translation>ristiriitaa {conflict_id} ei ole</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the consent this version came under has ended or was withdrawn; it cannot be taken</source>
        <translation>suostumus, jonka nojalla tämä versio saatiin, on päättynyt tai peruttu; sitä ei voi ottaa käyttöön</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/consent.py" line="-81"/>
        <source>consent {consent} is not signed; record it again to sign it</source>
        <translation>suostumusta {consent} ei ole allekirjoitettu; kirjaa se uudelleen allekirjoittaaksesi sen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/records.py" line="+225"/>
        <source>a {record_type} record in this bundle is not valid; nothing was imported</source>
        <translation>siirtopaketin merkintä ({record_type}) ei ole kelvollinen; mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a record in this bundle belongs to a participant not in your vault</source>
        <translation>siirtopaketin merkintä kuuluu osallistujalle, joka ei ole holvissasi</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/secrets_input.py" line="+24"/>
        <source>no {label} given and no terminal to ask in</source>
        <translation>{label} puuttuu, eikä sitä voi kysyä päätteessä</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/exitdesk/cli/errors.py" line="+58"/>
        <source>cancelled</source>
        <translation>peruutettu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is too large to hold a passphrase or code</source>
        <translation>tiedosto {name} on liian suuri sisältääkseen tunnuslauseen tai koodin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not UTF-8 text</source>
        <translation>tiedosto {name} ei ole UTF-8-tekstiä</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the two passphrases differ</source>
        <translation>tunnuslauseet eivät täsmää</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/policy.py" line="+88"/>
        <source>a retention period is between 1 and 3650 days</source>
        <translation>säilytysaika on 1–3650 päivää</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a data policy can only be made stricter, never looser</source>
        <translation>tietokäytäntöä voi vain tiukentaa, ei koskaan löysentää</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your party&apos;s data policy keeps no {fields}; leave them empty</source>
        <translation>osapuolesi tietokäytäntö ei säilytä näitä: {fields}; jätä ne tyhjiksi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>your party keeps no case notes (minimal-record mode)</source>
        <translation>organisaatiosi ei tee muistiinpanoja (vähimmäiskirjaus)</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/plan_safety.py" line="-42"/>
        <location filename="../../src/exitdesk/app/session.py" line="+347"/>
        <source>there is no goal {goal_id} in this vault</source>
        <translation>holvissa ei ole tavoitetta {goal_id}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no action number {number} here (it has {count})</source>
        <translation>toimenpidettä numero {number} ei ole (toimenpiteitä on {count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no arrangement number {number} here (it has {count})</source>
        <translation>turvajärjestelyä numero {number} ei ole (järjestelyjä on {count})</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>there is no safety assessment {assessment_id} in this vault</source>
        <translation>holvissa ei ole turvallisuusarviota {assessment_id}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/bundle.py" line="-52"/>
        <source>this file is larger than the {mib} MiB a bundle may be</source>
        <translation>tiedosto on suurempi kuin siirtopaketin enimmäiskoko {mib} MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file is not an ExitDesk bundle (not an age file)</source>
        <translation>tiedosto ei ole ExitDeskin siirtopaketti (ei age-tiedosto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>this bundle was not encrypted for you</source>
        <translation>siirtopakettia ei ole salattu sinulle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this file was damaged or changed after it was sent</source>
        <translation>tiedosto on vioittunut tai sitä on muutettu lähettämisen jälkeen</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../src/exitdesk/exchange/container.py" line="+546"/>
        <source>this file was changed after it was sent</source>
        <translation>tiedostoa on muutettu lähettämisen jälkeen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this bundle was not addressed to you</source>
        <translation>siirtopakettia ei ole osoitettu sinulle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this bundle is not valid until {when}</source>
        <translation>siirtopaketti on voimassa vasta {when} alkaen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this bundle expired on {when}</source>
        <translation>siirtopaketti vanheni {when}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the consent in this bundle was signed by someone who is not among your contacts</source>
        <translation>siirtopaketin suostumuksen on allekirjoittanut joku, joka ei ole yhteyshenkilöissäsi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the consent in this bundle was changed or is damaged</source>
        <translation>siirtopaketin suostumusta on muutettu tai se on vioittunut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the consent in this bundle is for another participant</source>
        <translation>siirtopaketin suostumus koskee toista osallistujaa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the consent does not allow this bundle: {reason}</source>
        <translation>suostumus ei salli tätä siirtopakettia: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the withdrawal in this bundle was signed by someone who is not among your contacts</source>
        <translation>siirtopaketin peruutuksen on allekirjoittanut joku, joka ei ole yhteyshenkilöissäsi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the withdrawal in this bundle was changed or is damaged</source>
        <translation>siirtopaketin peruutusta on muutettu tai se on vioittunut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the withdrawal in this bundle does not match its consent</source>
        <translation>siirtopaketin peruutus ei vastaa suostumustaan</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/card.py" line="+113"/>
        <source>this contact card is too large to be genuine</source>
        <translation>yhteystietokortti on liian suuri ollakseen aito</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>this is not an ExitDesk contact card</source>
        <translation>tämä ei ole ExitDeskin yhteystietokortti</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>this contact card has a missing or unexpected line</source>
        <translation>yhteystietokortista puuttuu rivi tai siinä on odottamaton rivi</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this contact card was made by a newer version of ExitDesk</source>
        <translation>yhteystietokortti on tehty ExitDeskin uudemmalla versiolla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card has a damaged key or signature line</source>
        <translation>yhteystietokortin avain- tai allekirjoitusrivi on vioittunut</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>this contact card has an invalid name, party, key or date</source>
        <translation>yhteystietokortissa on virheellinen nimi, osapuoli, avain tai päivämäärä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card&apos;s fingerprint does not match its key</source>
        <translation>yhteystietokortin sormenjälki ei vastaa sen avainta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact card was changed after it was signed</source>
        <translation>yhteystietokorttia on muutettu allekirjoittamisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/consent_record.py" line="+162"/>
        <source>the signature on this record does not match its signer</source>
        <translation>merkinnän allekirjoitus ei vastaa allekirjoittajaa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this consent record is too large</source>
        <translation>suostumusmerkintä on liian suuri</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>this consent record is damaged or of an unknown kind</source>
        <translation>suostumusmerkintä on vioittunut tai tuntematonta tyyppiä</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this withdrawal record is too large</source>
        <translation>peruutusmerkintä on liian suuri</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this withdrawal record is damaged or of an unknown kind</source>
        <translation>peruutusmerkintä on vioittunut tai tuntematonta tyyppiä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/container.py" line="-261"/>
        <location line="+182"/>
        <source>this bundle was made by a newer version of ExitDesk</source>
        <translation>siirtopaketti on tehty ExitDeskin uudemmalla versiolla</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>this bundle names more recipients than allowed</source>
        <translation>siirtopaketissa on enemmän vastaanottajia kuin sallitaan</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>this file is not a valid ExitDesk bundle, or it was damaged</source>
        <translation>tiedosto ei ole kelvollinen ExitDeskin siirtopaketti, tai se on vioittunut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this bundle&apos;s table of contents is larger than allowed</source>
        <translation>siirtopaketin sisällysluettelo on sallittua suurempi</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+175"/>
        <source>this bundle has more than {max_records} records</source>
        <translation>siirtopaketissa on yli {max_records} merkintää</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a record in this bundle is larger than allowed</source>
        <translation>siirtopaketin merkintä on sallittua suurempi</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>this bundle&apos;s data is nested deeper than allowed</source>
        <translation>siirtopaketin tiedot ovat sallittua syvemmällä sisäkkäin</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/exchange/safety_number.py" line="+60"/>
        <source>a safety number is 60 digits, in twelve groups of five</source>
        <translation>turvanumerossa on 60 numeroa, kahdessatoista viiden numeron ryhmässä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/db.py" line="+79"/>
        <location filename="../../src/exitdesk/vault/keys.py" line="+148"/>
        <source>the vault database could not be opened; it is damaged or not an ExitDesk vault</source>
        <translation>holvin tietokantaa ei voitu avata; se on vioittunut tai se ei ole ExitDesk-holvi</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>this vault was written by a newer ExitDesk (schema {schema}, this version knows {known}); update ExitDesk to open it</source>
        <translation>holvi on tehty uudemmalla ExitDeskillä (skeema {schema}, tämä versio tuntee {known}); päivitä ExitDesk avataksesi sen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/faults.py" line="+17"/>
        <location filename="../../src/exitdesk/vault/fsutil.py" line="+21"/>
        <source>the disk is full; nothing was changed — free some space and try again</source>
        <translation>levy on täynnä; mitään ei muutettu — vapauta tilaa ja yritä uudelleen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk or medium is read-only; nothing was changed</source>
        <translation>levy tai tallennusväline on vain luku -tilassa; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ExitDesk may not write to the vault folder or its files (read-only); nothing was changed</source>
        <translation>ExitDesk ei saa kirjoittaa holvin kansioon tai sen tiedostoihin (vain luku); mitään ei muutettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keyslots.py" line="+261"/>
        <source>the key-slot file is damaged (too large)</source>
        <translation>avainpaikkatiedosto on vioittunut (liian suuri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key-slot file is damaged or not an ExitDesk file</source>
        <translation>avainpaikkatiedosto on vioittunut tai se ei ole ExitDeskin tiedosto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key-slot file asks for weaker key derivation than ExitDesk allows; it may have been tampered with</source>
        <translation>avainpaikkatiedosto vaatii heikompaa avaimen johtamista kuin ExitDesk sallii; sitä on ehkä peukaloitu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key-slot file asks for impossible key derivation settings</source>
        <translation>avainpaikkatiedosto vaatii mahdottomia avaimen johtamisen asetuksia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key-slot file could not be read</source>
        <translation>avainpaikkatiedostoa ei voitu lukea</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../../src/exitdesk/vault/store.py" line="+683"/>
        <source>the passphrase must not be empty</source>
        <translation>tunnuslause ei voi olla tyhjä</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the recovery code may contain only digits, spaces and dashes</source>
        <translation>palautuskoodissa saa olla vain numeroita, välilyöntejä ja viivoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recovery code has {expected} digits in {groups} groups of {group_digits}; {typed} were typed</source>
        <translation>palautuskoodissa on {expected} numeroa {groups} ryhmässä ({group_digits} numeroa kussakin); kirjoitit {typed}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group {group} of the recovery code is mistyped</source>
        <translation>palautuskoodin ryhmässä {group} on kirjoitusvirhe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>groups {groups} and {last} of the recovery code are mistyped</source>
        <translation>palautuskoodin ryhmissä {groups} ja {last} on kirjoitusvirhe</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the keyring entry for this vault is damaged; open it with the recovery code</source>
        <translation>holvin avainnippumerkintä on vioittunut; avaa holvi palautuskoodilla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this vault is bound to a computer&apos;s keyring, which cannot be reached here; open it with the recovery code</source>
        <translation>holvi on sidottu tietokoneen avainnippuun, johon ei saada tässä yhteyttä; avaa holvi palautuskoodilla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this vault is bound to another computer or user account; open it with the recovery code</source>
        <translation>holvi on sidottu toiseen tietokoneeseen tai käyttäjätiliin; avaa se palautuskoodilla</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/lockfile.py" line="+16"/>
        <source>this vault is open in another ExitDesk window or process</source>
        <translation>holvi on auki toisessa ExitDesk-ikkunassa tai -prosessissa</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/participants.py" line="+312"/>
        <location line="+36"/>
        <location line="+23"/>
        <source>participant {participant_id} does not exist</source>
        <translation>osallistujaa {participant_id} ei ole</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/case_records.py" line="+115"/>
        <source>note {note_id} does not exist</source>
        <translation>muistiinpanoa {note_id} ei ole</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>goal {goal_id} does not exist</source>
        <translation>tavoitetta {goal_id} ei ole</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>meeting {meeting_id} does not exist</source>
        <translation>tapaamista {meeting_id} ei ole</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+30"/>
        <source>safety assessment {assessment_id} does not exist</source>
        <translation>turvallisuusarviota {assessment_id} ei ole</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/repositories/consent.py" line="+98"/>
        <source>the consent&apos;s participant is not in this vault</source>
        <translation>suostumuksen osallistuja ei ole tässä holvissa</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>consent {consent_id} does not exist</source>
        <translation>suostumusta {consent_id} ei ole</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/restore.py" line="+64"/>
        <location filename="../../src/exitdesk/vault/store.py" line="-611"/>
        <source>the passphrase is wrong</source>
        <translation>tunnuslause on väärä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/store.py" line="+1"/>
        <source>the recovery code is wrong</source>
        <translation>palautuskoodi on väärä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+58"/>
        <source>the backup file is damaged or not an ExitDesk backup; nothing was restored</source>
        <translation>varmuuskopiotiedosto on vioittunut tai se ei ole ExitDeskin varmuuskopio; mitään ei palautettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="-97"/>
        <location filename="../../src/exitdesk/vault/store.py" line="+2"/>
        <source>the vault database is damaged; restore it from a backup</source>
        <translation>holvin tietokanta on vioittunut; palauta se varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/store.py" line="+3"/>
        <source>this vault is older than the last time it was opened on this machine; it may have been replaced by an old copy</source>
        <translation>holvi on vanhempi kuin silloin, kun se viimeksi avattiin tällä tietokoneella; se on ehkä korvattu vanhalla kopiolla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this vault&apos;s key-slot file is not the one last used on this machine; it may have been replaced by an old copy or edited</source>
        <translation>holvin avainpaikkatiedosto ei ole se, jota tällä tietokoneella viimeksi käytettiin; se on ehkä korvattu vanhalla kopiolla tai sitä on muokattu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the vault database does not belong to its key-slot file</source>
        <translation>holvin tietokanta ei kuulu avainpaikkatiedostoonsa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>this folder already holds an ExitDesk vault</source>
        <translation>kansiossa on jo ExitDesk-holvi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder is not empty; choose an empty or new folder for the vault</source>
        <translation>kansio ei ole tyhjä; valitse holville tyhjä tai uusi kansio</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>the vault is locked; unlock it first</source>
        <translation>holvi on lukittu; avaa se ensin</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the vault could not write deleted data away</source>
        <translation>holvi ei pystynyt poistamaan poistettuja tietoja levyltä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="+49"/>
        <source>the current passphrase is wrong</source>
        <translation>nykyinen tunnuslause on väärä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+12"/>
        <source>a backup must be written outside the vault folder</source>
        <translation>varmuuskopio on tallennettava holvin kansion ulkopuolelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder for the backup does not exist</source>
        <translation>varmuuskopion kansiota ei ole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup must be a file name, not a folder</source>
        <translation>varmuuskopion on oltava tiedostonimi, ei kansio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the backup copy failed its integrity check</source>
        <translation>varmuuskopio ei läpäissyt eheystarkistusta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full; the backup was not written</source>
        <translation>levy on täynnä; varmuuskopiota ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/keys.py" line="+113"/>
        <source>the key slots in memory do not match the vault</source>
        <translation>muistissa olevat avainpaikat eivät vastaa holvia</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+15"/>
        <source>the folder is not empty; restore into an empty or new folder</source>
        <translation>kansio ei ole tyhjä; palauta tyhjään tai uuteen kansioon</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>the backup file does not exist</source>
        <translation>varmuuskopiotiedostoa ei ole</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the disk is full; nothing was restored</source>
        <translation>levy on täynnä; mitään ei palautettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/layout.py" line="+66"/>
        <location line="+8"/>
        <source>there is no ExitDesk vault in this folder</source>
        <translation>kansiossa ei ole ExitDesk-holvia</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the vault database file is missing</source>
        <translation>holvin tietokantatiedosto puuttuu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/backup.py" line="+118"/>
        <source>this backup was written by a newer ExitDesk; update to restore</source>
        <translation>varmuuskopio on tehty uudemmalla ExitDeskillä; päivitä ohjelma palauttaaksesi sen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/reminder.py" line="+25"/>
        <source>reminder: this text may describe offences; the programme gathers no intelligence (saved anyway)</source>
        <translation>muistutus: teksti saattaa kuvata rikoksia; ohjelma ei kerää tiedustelutietoa (tallennettu silti)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reminder: this text may name other people; describe them by relation instead (saved anyway)</source>
        <translation>muistutus: tekstissä saatetaan nimetä muita ihmisiä; kuvaa heidät mieluummin suhteen kautta (tallennettu silti)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder: this text may describe offences and name other people; the programme gathers no intelligence (saved anyway)</source>
        <translation>muistutus: teksti saattaa kuvata rikoksia ja nimetä muita ihmisiä; ohjelma ei kerää tiedustelutietoa (tallennettu silti)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/exitdesk/domain/hint_patterns.py" line="+27"/>
        <source>a reminder word list is damaged; reinstall ExitDesk</source>
        <translation>muistutuksen sanalista on vioittunut; asenna ExitDesk uudelleen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/files.py" line="+50"/>
        <source>{name} is too large to be an ExitDesk bundle</source>
        <translation>tiedosto {name} on liian suuri ollakseen ExitDeskin siirtopaketti</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/input_files.py" line="+12"/>
        <source>cannot read {name}: there is no such file</source>
        <translation>tiedostoa {name} ei voi lukea: sellaista tiedostoa ei ole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: it is a folder, not a file</source>
        <translation>kohdetta {name} ei voi lukea: se on kansio eikä tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: permission denied</source>
        <translation>tiedostoa {name} ei voi lukea: käyttöoikeus puuttuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {name}: {reason}</source>
        <translation>tiedostoa {name} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/keys.py" line="+40"/>
        <source>an identity file needs a passphrase: a plain-text identity would open every bundle sent to you</source>
        <translation>identiteettitiedosto on suojattava tunnuslauseella: salaamaton identiteetti avaisi jokaisen sinulle lähetetyn siirtopaketin</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/exitdesk/app/passphrase_policy.py" line="+28"/>
        <source>the passphrase is too weak: use at least 12 characters, for example four unrelated words</source>
        <translation>tunnuslause on liian heikko: käytä vähintään 12 merkkiä, esimerkiksi neljää toisiinsa liittymätöntä sanaa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a folder; give a file name to write</source>
        <translation>{name} on kansio; anna kirjoitettavan tiedoston nimi</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/common.py" line="-30"/>
        <source>unknown value &apos;{value}&apos; for {option}; use {known}</source>
        <translation>tuntematon arvo &apos;{value}&apos; valitsimelle {option}; käytä jotakin näistä: {known}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/consent_commands.py" line="-151"/>
        <source>--to takes contact ids separated by commas, e.g. 2,5</source>
        <translation>--to-valitsimelle annetaan yhteyshenkilöiden tunnisteet pilkuilla erotettuina, esim. 2,5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>name who may receive the data: --to or --to-party</source>
        <translation>kerro, kuka saa vastaanottaa tiedot: --to tai --to-party</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/contact_commands.py" line="-113"/>
        <source>{name} is not a contact card</source>
        <translation>tiedosto {name} ei ole yhteystietokortti</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/errors.py" line="-33"/>
        <source>the disk is full; nothing was written</source>
        <translation>levy on täynnä; mitään ei kirjoitettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied for {name}</source>
        <translation>ei käyttöoikeutta kohteeseen {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied for a file or folder ExitDesk needs</source>
        <translation>ei käyttöoikeutta tiedostoon tai kansioon, jota ExitDesk tarvitsee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} or the folder it is in does not exist</source>
        <translation>kohdetta {name} tai kansiota, jossa sen pitäisi olla, ei ole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file or folder does not exist</source>
        <translation>tiedostoa tai kansiota ei ole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk or medium is read-only; nothing was written</source>
        <translation>levy tai tallennusväline on vain luku -tilassa; mitään ei kirjoitettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/exitdesk/vault/faults.py" line="+4"/>
        <source>a folder was given where a file is needed</source>
        <translation>annettiin kansio, vaikka tarvitaan tiedosto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file was given where a folder is needed</source>
        <translation>annettiin tiedosto, vaikka tarvitaan kansio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operating system refused a file operation ({code})</source>
        <translation>käyttöjärjestelmä esti tiedostotoiminnon ({code})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unexpected problem stopped ExitDesk ({kind}); nothing was changed</source>
        <translation>odottamaton ongelma keskeytti ExitDeskin ({kind}); mitään ei muutettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/exchange_commands.py" line="-161"/>
        <source>{name} is not an age-encrypted ExitDesk bundle</source>
        <translation>tiedosto {name} ei ole age-salattu ExitDeskin siirtopaketti</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/participant_commands.py" line="-70"/>
        <source>the birth year must be a whole number, e.g. 1991</source>
        <translation>syntymävuoden on oltava kokonaisluku, esim. 1991</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deleting removes the participant and everything recorded about them; add --yes to confirm</source>
        <translation>poistaminen poistaa osallistujan ja kaiken hänestä kirjatun; vahvista lisäämällä --yes</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/parties.py" line="+110"/>
        <source>unknown party &apos;{party_id}&apos;; the valid ids are {known}</source>
        <translation>tuntematon osapuoli &apos;{party_id}&apos;; kelvolliset tunnisteet ovat {known}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/validation.py" line="+59"/>
        <source>{field} must be {limit} or more</source>
        <translation>{field}: arvon on oltava vähintään {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be {limit} or less</source>
        <translation>{field}: arvo saa olla enintään {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be more than {limit}</source>
        <translation>{field}: arvon on oltava suurempi kuin {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be less than {limit}</source>
        <translation>{field}: arvon on oltava pienempi kuin {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} cannot be empty</source>
        <translation>{field} on täytettävä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be at least {limit} characters long</source>
        <translation>{field}: pituuden on oltava vähintään {limit} merkkiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} can be at most {limit} characters long</source>
        <translation>{field}: pituus saa olla enintään {limit} merkkiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} needs at least one entry</source>
        <translation>{field}: tarvitaan vähintään yksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a whole number</source>
        <translation>{field} on annettava kokonaislukuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a date such as 2025-03-31</source>
        <translation>{field} on annettava päivämääränä, esimerkiksi 2025-03-31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be one of {choices}</source>
        <translation>{field} on valittava näistä: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not in the expected form</source>
        <translation>{field}: arvo ei ole odotetussa muodossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not valid</source>
        <translation>{field}: arvo ei kelpaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}</source>
        <translation>{rule}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/handover.py" line="-9"/>
        <source>this case was already handed over and waits for the acknowledgement</source>
        <translation>tämä asia on jo luovutettu ja odottaa kuittausta</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>this acknowledgement does not answer a hand-over you sent to its sender; nothing was changed</source>
        <translation>tämä kuittaus ei vastaa luovutusta, jonka lähetit sen lähettäjälle; mitään ei muutettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/notices.py" line="+148"/>
        <source>this withdrawal notice is about a consent that is not in your vault; nothing was changed</source>
        <translation>tämä peruutusilmoitus koskee suostumusta, jota holvissasi ei ole; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this withdrawal notice is about a consent you received from someone else, not one you recorded; nothing was changed</source>
        <translation>tämä peruutusilmoitus koskee suostumusta, jonka sait toiselta, et itse kirjannut; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this withdrawal notice comes from someone who received no data under that consent; nothing was changed</source>
        <translation>tämä peruutusilmoitus tulee taholta, joka ei saanut tietoja sen suostumuksen nojalla; mitään ei muutettu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/outbox.py" line="+70"/>
        <source>cannot write to the folder {name}; {count} file(s) stay in the outbox</source>
        <translation>kansioon {name} ei voi kirjoittaa; {count} tiedostoa jää lähtevien kansioon</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/exchange/ownership.py" line="+46"/>
        <source>this bundle carries a record of a participant other than the one it is about; nothing was imported</source>
        <translation>tässä paketissa on tietue toisesta osallistujasta kuin siitä, jota paketti koskee; mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this bundle would change a record of another participant in your vault; nothing was imported</source>
        <translation>tämä paketti muuttaisi holvisi toisen osallistujan tietuetta; mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this bundle would change a record the sender did not give you (your own, or someone else&apos;s); nothing was imported</source>
        <translation>tämä paketti muuttaisi tietuetta, jota lähettäjä ei ole sinulle antanut (omaasi tai jonkun muun); mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this bundle would remove a record the sender did not give you; nothing was imported</source>
        <translation>tämä paketti poistaisi tietueen, jota lähettäjä ei ole sinulle antanut; mitään ei tuotu</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/vault/tombstones.py" line="+47"/>
        <source>the tombstone journal in the state folder cannot be written; free space or fix its permissions and try again</source>
        <translation>tilakansion poistokirjanpitoon ei voi kirjoittaa; vapauta tilaa tai korjaa sen oikeudet ja yritä uudelleen</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/knowledge.py" line="-106"/>
        <source>the knowledge library shipped with ExitDesk is damaged; reinstall ExitDesk</source>
        <translation>ExitDeskin mukana tullut tietokirjasto on vioittunut; asenna ExitDesk uudelleen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this bundle is not a knowledge pack; nothing was changed</source>
        <translation>tämä paketti ei ole tietopaketti; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a knowledge pack may carry only library entries, this one carries {record_type} records; nothing was changed</source>
        <translation>tietopaketissa saa olla vain kirjaston artikkeleita, tässä on {record_type}-tietueita; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this knowledge pack carries no entries or too many; nothing was changed</source>
        <translation>tietopaketissa ei ole artikkeleita tai niitä on liikaa; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>an entry in this knowledge pack is not valid; nothing was changed</source>
        <translation>tietopaketin artikkeli ei ole kelvollinen; mitään ei muutettu</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the library is as shipped with ExitDesk; there is nothing to roll back</source>
        <translation>kirjasto on sellainen kuin ExitDeskin mukana tuli; palautettavaa ei ole</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is not a valid library entry</source>
        <translation>{file} ei ole kelvollinen kirjaston artikkeli</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a knowledge pack carries 1 to 500 entries</source>
        <translation>tietopaketissa on 1–500 artikkelia</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/knowledge_commands.py" line="-83"/>
        <source>there is no library entry {entry_id}</source>
        <translation>kirjastossa ei ole artikkelia {entry_id}</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/report_commands.py" line="-13"/>
        <source>name the PDF file with --out, or give --json</source>
        <translation>anna PDF-tiedosto valinnalla --out tai käytä valintaa --json</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/views.py" line="+62"/>
        <source>page either by offset or after a participant, not both</source>
        <translation>sivu joko siirtymän tai osallistujan jälkeen, ei molempia</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/safety.py" line="+53"/>
        <source>there is no party &apos;{party}&apos;</source>
        <translation>osapuolta &apos;{party}&apos; ei ole</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this arrangement is not in the participant&apos;s latest assessment</source>
        <translation>tämä järjestely ei ole osallistujan viimeisimmässä arviossa</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/session.py" line="-143"/>
        <source>an enquiry holds only an alias and a contact route; start the assessment first</source>
        <translation>yhteydenotossa on vain peitenimi ja yhteydenpitotapa; aloita ensin arviointi</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>this record belongs to no participant</source>
        <translation>tämä tieto ei kuulu kenellekään osallistujalle</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/policy_commands.py" line="-37"/>
        <source>--drop takes one of: {fields}</source>
        <translation>--drop hyväksyy yhden näistä: {fields}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--needs-support, --by and --assessed-on go together</source>
        <translation>--needs-support, --by ja --assessed-on annetaan yhdessä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/programme.py" line="+46"/>
        <source>a party of another country&apos;s programme cannot end this participation</source>
        <translation>toisen maan ohjelman osapuoli ei voi päättää tätä osallistumista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the participant or a party they work with can end the participation</source>
        <translation>vain osallistuja tai osapuoli, jonka kanssa hän työskentelee, voi päättää osallistumisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active support needs both target-group answers to be yes: wants to leave, and assessed as needing support and protection</source>
        <translation>aktiivinen tuki edellyttää, että kumpikin kohderyhmävastaus on kyllä: haluaa irrottautua, ja on arvioitu tarvitsevan tukea ja suojelua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>after release starts on the release date; record or correct the release date first</source>
        <translation>vapautumisen jälkeinen vaihe alkaa vapautumispäivänä; kirjaa tai korjaa vapautumispäivä ensin</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/safety.py" line="+62"/>
        <source>an arrangement is either done or closed, not both</source>
        <translation>järjestely on joko tehty tai suljettu, ei molempia</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/target_group.py" line="+44"/>
        <source>the need for support and protection is assessed by a party, on a date</source>
        <translation>tuen ja suojelun tarpeen arvioi osapuoli tiettynä päivänä</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/app/statistics.py" line="+58"/>
        <source>the period cannot end after today</source>
        <translation>jakso ei voi päättyä tämän päivän jälkeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period must start before it ends</source>
        <translation>jakson on alettava ennen kuin se päättyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a period may cover at most {most} years</source>
        <translation>jakso voi kattaa enintään {most} vuotta</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the folder {name} cannot be created</source>
        <translation>kansiota {name} ei voi luoda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a folder</source>
        <translation>{name} ei ole kansio</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} is not a statistics bundle; nothing was combined</source>
        <translation>{name} ei ole tilastopaketti; mitään ei yhdistetty</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/exitdesk/domain/statistics.py" line="+321"/>
        <source>there are no statistics to combine</source>
        <translation>yhdistettäviä tilastoja ei ole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} comes from a sender already given; combine one bundle per sender</source>
        <translation>{name} on jo annetulta lähettäjältä; yhdistä yksi paketti lähettäjää kohden</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/cli/stats_commands.py" line="-15"/>
        <source>say where to write: --out DIR</source>
        <translation>kerro, minne kirjoitetaan: --out KANSIO</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/statistics.py" line="-126"/>
        <source>a participant without a start date cannot be counted</source>
        <translation>osallistujaa ilman aloituspäivää ei voi laskea</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown party &apos;{party}&apos;</source>
        <translation>tuntematon taho &apos;{party}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statistics need at least one party and one year</source>
        <translation>tilastot tarvitsevat vähintään yhden tahon ja yhden vuoden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the years of start must be consecutive, at most {most}, and not after {year}</source>
        <translation>aloitusvuosien on oltava peräkkäisiä, enintään {most}, eikä vuoden {year} jälkeen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a participant falls outside the {dimension} categories</source>
        <translation>osallistuja ei kuulu mihinkään luokkaan: {dimension}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a participant has an impossible {first} and {second}</source>
        <translation>osallistujalla on mahdoton yhdistelmä: {first} ja {second}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the statistics file is malformed or inconsistent; nothing was read from it</source>
        <translation>tilastotiedosto on virheellinen tai ristiriitainen; siitä ei luettu mitään</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/domain/suppression.py" line="+454"/>
        <source>these statistics cannot be published without showing a small count</source>
        <translation>näitä tilastoja ei voi julkaista paljastamatta pientä lukumäärää</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/files.py" line="+32"/>
        <source>ExitDesk bundles</source>
        <translation>ExitDeskin siirtopaketit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact cards</source>
        <translation>Yhteystietokortit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Kaikki tiedostot</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/exchange_history.py" line="+65"/>
        <source>Exchange history</source>
        <translation>Tiedonvaihtohistoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchanges yet.</source>
        <translation>Tietoja ei ole vielä vaihdettu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, acknowledged</source>
        <translation>Lähetetty, kuitattu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case transfer</source>
        <translation>Tietojen siirto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case update</source>
        <translation>Tietojen päivitys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal acknowledged</source>
        <translation>Peruutus kuitattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of participation</source>
        <translation>Osallistumisen päättyminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card</source>
        <translation>Yhteystietokortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>Luovutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over acknowledged</source>
        <translation>Luovutus kuitattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal notice</source>
        <translation>Peruutusilmoitus</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/page.py" line="+119"/>
        <source>Open bundles</source>
        <translation>Avaa siirtopaketteja</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Conf&amp;licts</source>
        <translation>&amp;Ristiriidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conf&amp;licts (%1)</source>
        <translation>&amp;Ristiriidat (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Yhteyshenkilöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My card</source>
        <translation>Oma &amp;kortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange sections</source>
        <translation>Tiedonvaihdon osiot</translation>
    </message>
</context>
<context>
    <name>ExchangePlaceholder</name>
    <message>
        <location filename="../../src/exitdesk/ui/window.py" line="+99"/>
        <source>Contacts and exchange are not available in this build.</source>
        <translation>Yhteyshenkilöt ja tiedonvaihto eivät ole käytettävissä tässä versiossa.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+93"/>
        <source>Save the bundle</source>
        <translation>Tallenna siirtopaketti</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export for a contact</source>
        <translation>Vie yhteyshenkilölle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/conflicts.py" line="-268"/>
        <source>Alias</source>
        <translation>Peitenimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Laitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Vapautumispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage history</source>
        <translation>Vaihehistoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life domain</source>
        <translation>Elämänalue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress ratings</source>
        <translation>Edistymisen arviot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Tapaamismuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Työtapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety level</source>
        <translation>Turvallisuustaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons at risk</source>
        <translation>Vaarassa olevat henkilöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security arrangements</source>
        <translation>Turvajärjestelyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/exitdesk/domain/validation.py" line="-52"/>
        <source>the alias</source>
        <translation>peitenimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal name</source>
        <translation>virallinen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birth year</source>
        <translation>syntymävuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact details</source>
        <translation>yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the institution</source>
        <translation>laitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the release date</source>
        <translation>vapautumispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parties</source>
        <translation>osapuolet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note text</source>
        <translation>muistiinpanon teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expiry date</source>
        <translation>vanhenemispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary</source>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next steps</source>
        <translation>seuraavat askeleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner party</source>
        <translation>vastuutaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the party</source>
        <translation>osapuoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rating</source>
        <translation>arvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>määräpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>muistiinpano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review date</source>
        <translation>tarkistuspäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment date</source>
        <translation>arviointipäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the purpose</source>
        <translation>tarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the witness</source>
        <translation>todistaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guardian</source>
        <translation>huoltaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data categories</source>
        <translation>tietoryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recipients</source>
        <translation>vastaanottajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the life domain</source>
        <translation>elämänalue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the safety level</source>
        <translation>turvallisuustaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meeting mode</source>
        <translation>tapaamismuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the method</source>
        <translation>työtapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lifecycle state</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page size</source>
        <translation>sivun koko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page start</source>
        <translation>sivun alku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>arvo</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+92"/>
        <source>Your vault is ready</source>
        <translation>Holvisi on valmis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault could not be created</source>
        <translation>Holvia ei voitu luoda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ExitDesk — create your vault</source>
        <translation>ExitDesk — luo holvisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Luo holvi</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/forms.py" line="+117"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Discard what you typed?</source>
        <translation>Hylätäänkö kirjoittamasi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Tähän lomakkeeseen kirjoittamaasi ei ole tallennettu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="-78"/>
        <source>Life &amp;domain:</source>
        <translation>&amp;Elämänalue:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal:</source>
        <translation>T&amp;avoite:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner party:</source>
        <translation>&amp;Vastuutaho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit goal</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goal</source>
        <translation>Lisää tavoite</translation>
    </message>
</context>
<context>
    <name>HandoverBar</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/handover.py" line="+84"/>
        <source>Hand this case over to %1? Leaves this vault: %2.</source>
        <translation>Luovutetaanko tämä asia taholle %1? Tästä holvista lähtee: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent, deleted here with the case: %1.</source>
        <translation>Ei lähetetä, poistetaan täältä asian mukana: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s copy is removed when the receiver&apos;s acknowledgement is imported.</source>
        <translation>Tämän holvin kopio poistetaan, kun vastaanottajan kuittaus tuodaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over the case</source>
        <translation>Luovuta asia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the hand-over bundle</source>
        <translation>Tallenna luovutuspaketti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the hand-over for %1; the case stays here until they acknowledge it.</source>
        <translation>Luovutus taholle %1 kirjoitettu; asia pysyy täällä, kunnes se kuitataan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Han&amp;d over…</source>
        <translation>&amp;Luovuta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand this case over to the chosen contact</source>
        <translation>Luovuta tämä asia valitulle yhteyshenkilölle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact to hand the case over to</source>
        <translation>Yhteyshenkilö, jolle asia luovutetaan</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/import_dialog.py" line="+157"/>
        <source>Save the acknowledgement for the sender</source>
        <translation>Tallenna kuittaus lähettäjälle</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was refused. Nothing was changed.</source>
        <translation>Siirtopaketti hylättiin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported.</source>
        <translation>Tuotu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified. Nothing has been written yet.</source>
        <translation>Tarkistettu. Mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the bundle…</source>
        <translation>Tarkistetaan siirtopakettia…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by %1, a verified contact, and addressed to this vault.</source>
        <translation>Allekirjoittaja: %1 (vahvistettu yhteyshenkilö). Osoitettu tähän holviin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>A consent was withdrawn. Importing deletes %n record(s) received under it and makes an acknowledgement for the sender.</source>
        <translation>
            <numerusform>Suostumus on peruutettu. Tuonti poistaa %n sen perusteella saadun merkinnän ja tekee lähettäjälle kuittauksen.</numerusform>
            <numerusform>Suostumus on peruutettu. Tuonti poistaa %n sen perusteella saatua merkintää ja tekee lähettäjälle kuittauksen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 confirms deleting what they received under a withdrawn consent.</source>
        <translation>%1 vahvistaa poistaneensa peruutetun suostumuksen perusteella saamansa tiedot.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An update to a case you received before.</source>
        <translation>Päivitys aiemmin vastaanottamiisi tietoihin.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A case transfer.</source>
        <translation>Osallistujan tietojen siirto.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The participant withdrew this consent at %1. Importing withdraws it here and makes a withdrawal for every other recipient.</source>
        <translation>Osallistuja perui tämän suostumuksen %1. Tuonti peruu sen täällä ja tekee peruutusilmoituksen jokaiselle muulle vastaanottajalle.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 confirms taking over the case. Importing deletes its %n record(s) from this vault.</source>
        <translation>
            <numerusform>%1 vahvistaa ottaneensa asian hoitaakseen. Tuonti poistaa sen %n tietueen tästä holvista.</numerusform>
            <numerusform>%1 vahvistaa ottaneensa asian hoitaakseen. Tuonti poistaa sen %n tietuetta tästä holvista.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A hand-over: the case becomes yours, and an acknowledgement for the sender waits in the outbox.</source>
        <translation>Luovutus: asia siirtyy sinulle, ja kuittaus lähettäjälle odottaa lähtevien kansiossa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New records: %1</source>
        <translation>Uusia merkintöjä: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated records: %1</source>
        <translation>Päivitettyjä merkintöjä: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged records: %1</source>
        <translation>Muuttumattomia merkintöjä: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts to resolve: %1</source>
        <translation>Ratkaistavia ristiriitoja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records the sender removed: %1</source>
        <translation>Lähettäjän poistamia merkintöjä: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out of one %1 record (your data policy does not keep it): %2</source>
        <translation>Jätetään pois yhdestä tietueesta %1 (tietokäytäntösi ei säilytä tätä): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) received under the withdrawn consent were deleted.</source>
        <translation>
            <numerusform>Peruutetun suostumuksen perusteella saatu %n merkintä poistettiin.</numerusform>
            <numerusform>Peruutetun suostumuksen perusteella saadut %n merkintää poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acknowledgement was saved as %1. Send it back to %2.</source>
        <translation>Kuittaus tallennettiin nimellä %1. Lähetä se takaisin lähettäjälle (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acknowledgement for the sender is not saved yet.</source>
        <translation>Lähettäjän kuittausta ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has deleted what they received under the withdrawn consent.</source>
        <translation>%1 on poistanut peruutetun suostumuksen perusteella saamansa tiedot.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The consent is withdrawn; %n withdrawal(s) for the other recipients wait in the outbox.</source>
        <translation>
            <numerusform>Suostumus on peruttu; %n peruutusilmoitus muille vastaanottajille odottaa lähtevien kansiossa.</numerusform>
            <numerusform>Suostumus on peruttu; %n peruutusilmoitusta muille vastaanottajille odottaa lähtevien kansiossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s) of the handed-over case were deleted from this vault.</source>
        <translation>
            <numerusform>Luovutetun asian %n tietue poistettiin tästä holvista.</numerusform>
            <numerusform>Luovutetun asian %n tietuetta poistettiin tästä holvista.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records added: %1. Records updated: %2.</source>
        <translation>Merkintöjä lisätty: %1. Merkintöjä päivitetty: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) wait in the Conflicts tab; nothing was overwritten.</source>
        <translation>
            <numerusform>%n ristiriita odottaa Ristiriidat-välilehdellä; mitään ei korvattu.</numerusform>
            <numerusform>%n ristiriitaa odottaa Ristiriidat-välilehdellä; mitään ei korvattu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a bundle</source>
        <translation>Tuo siirtopaketti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bundle</source>
        <translation>Tuo siirtopaketti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save acknowledgement…</source>
        <translation>Tallenna &amp;kuittaus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What importing changes</source>
        <translation>Mitä tuonti muuttaa</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location line="+32"/>
        <source>Open a bundle another worker sent you. It is checked completely and you see what would change before anything is written to your vault. Several files (a caseload hand-over) are imported together, each whole or not at all.</source>
        <translation>Avaa toiselta työntekijältä saamasi siirtopaketti. Se tarkistetaan kokonaan, ja näet muutokset ennen kuin holviisi tallennetaan mitään. Useat tiedostot (esimerkiksi kaikkien asiakkaiden luovutus kerralla) tuodaan yhdessä, kukin kokonaan tai ei lainkaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open bundles…</source>
        <translation>&amp;Avaa siirtopaketteja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open one or more bundle files</source>
        <translation>Avaa yksi tai useampi siirtopakettitiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop one or more .exitbundle files here</source>
        <translation>Tai pudota tähän yksi tai useampi .exitbundle-tiedosto</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/knowledge.py" line="+100"/>
        <source>&amp;Search the library:</source>
        <translation>&amp;Hae kirjastosta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in English, Finnish or Swedish</source>
        <translation>Sanoja englanniksi, suomeksi tai ruotsiksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the knowledge library</source>
        <translation>Hae tietokirjastosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library entries</source>
        <translation>Kirjaston artikkelit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library entry</source>
        <translation>Kirjaston artikkeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install knowledge pack…</source>
        <translation>&amp;Asenna tietopaketti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll back last pack</source>
        <translation>&amp;Peru viimeisin paketti</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Library version %1</source>
        <translation>Kirjaston versio %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source: %1 (%2)</source>
        <translation>Lähde: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a knowledge pack</source>
        <translation>Avaa tietopaketti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge pack from %1 (version %2). Install these changes?</source>
        <translation>Tietopaketti lähettäjältä %1 (versio %2). Asennetaanko nämä muutokset?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install knowledge pack</source>
        <translation>Asenna tietopaketti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roll back</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last installed knowledge pack and return to the version before?</source>
        <translation>Perutaanko viimeksi asennettu tietopaketti ja palataan edelliseen versioon?</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/model.py" line="+86"/>
        <source>Enquiry</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After release</source>
        <translation>Vapautumisen jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>LifecycleTimeline</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/timeline.py" line="+64"/>
        <source>Lifecycle timeline</source>
        <translation>Osallistumisen aikajana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 (päättäjä: %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/exitdesk/ui/window.py" line="+155"/>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a participant first, then choose Export.</source>
        <translation>Avaa ensin osallistuja ja valitse sitten Vie.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ExitDesk — {party}</source>
        <translation>ExitDesk — {party}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts &amp;&amp; exchange</source>
        <translation>Tiedonvaihto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Knowledge</source>
        <translation>Tietokirjasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Uusi osallistuja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Tuo paketti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport participant…</source>
        <translation>&amp;Vie osallistuja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Varmuuskopioi holvi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase…</source>
        <translation>Vaihda &amp;tunnuslause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-encrypt vault…</source>
        <translation>Salaa holvi &amp;uudelleen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ExitDesk</source>
        <translation>&amp;Tietoja ExitDeskistä</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/meetings.py" line="+82"/>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>Tapaamis&amp;muoto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me&amp;thod:</source>
        <translation>T&amp;yötapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Y&amp;hteenveto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next steps:</source>
        <translation>&amp;Seuraavat askeleet:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add meeting</source>
        <translation>Lisää tapaaminen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meeting</source>
        <translation>Muokkaa tapaamista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you worked on together, in the participant&apos;s own terms.</source>
        <translation>Mitä työstitte yhdessä, osallistujan omin sanoin.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location line="+62"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Tapaamismuoto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Työtapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting summary and next steps</source>
        <translation>Tapaamisen yhteenveto ja seuraavat askeleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Lisää tapaaminen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it meeting…</source>
        <translation>Muo&amp;kkaa tapaamista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete meetin&amp;g…</source>
        <translation>Poista tapaam&amp;inen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Next steps: %1</source>
        <translation>Seuraavat askeleet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete meeting</source>
        <translation>Poista tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the meeting of %1? This cannot be undone.</source>
        <translation>Poistetaanko tapaaminen %1? Tätä ei voi perua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Säilytä</translation>
    </message>
</context>
<context>
    <name>MinimalRecordNotice</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/notes.py" line="+39"/>
        <source>Your organisation keeps no case notes about participants (minimal-record mode), so there are no notes here. The plan, meetings, safety and consents are kept as usual.</source>
        <translation>Organisaatiosi ei tee osallistujista muistiinpanoja (vähimmäiskirjaus), joten tässä ei ole muistiinpanoja. Suunnitelma, tapaamiset, turvallisuustiedot ja suostumukset tallennetaan tavalliseen tapaan.</translation>
    </message>
</context>
<context>
    <name>MyCardPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="+74"/>
        <source>Your card is on the clipboard for a short while.</source>
        <translation>Korttisi on leikepöydällä hetken aikaa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save my contact card</source>
        <translation>Tallenna yhteystietokorttini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your card was saved. Send it to the other worker, then compare safety numbers.</source>
        <translation>Korttisi tallennettiin. Lähetä se toiselle työntekijälle ja vertailkaa sitten turvanumeroita.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give this card to workers you exchange with. It holds only your name, your party and your public keys. After they add it, compare the safety number.</source>
        <translation>Anna tämä kortti työntekijöille, joiden kanssa vaihdat tietoja. Siinä on vain nimesi, organisaatiosi ja julkiset avaimesi. Kun he ovat lisänneet sen, vertailkaa turvanumeroa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My contact card</source>
        <translation>Oma yhteystietokorttini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy my card</source>
        <translation>Ko&amp;pioi korttini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my car&amp;d…</source>
        <translation>Tall&amp;enna korttini…</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/new_dialog.py" line="+201"/>
        <source>The participant was not saved</source>
        <translation>Osallistujaa ei tallennettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New participant</source>
        <translation>Uusi osallistuja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias</source>
        <translation>Peitenimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Peitenimi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal name (optional):</source>
        <translation>&amp;Virallinen nimi (valinnainen):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>S&amp;yntymävuosi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>Y&amp;hteystiedot:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact route:</source>
        <translation>Yhtey&amp;denpitotapa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact route</source>
        <translation>Yhteydenpitotapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Laitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instit&amp;ution:</source>
        <translation>&amp;Laitos:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through a worker of a party</source>
        <translation>tahon työntekijän kautta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the institution</source>
        <translation>laitoksessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by message</source>
        <translation>viestillä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>tapaamalla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Release date:</source>
        <translation>Vapautumi&amp;späivä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Vapautumispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties working with the participant</source>
        <translation>Osallistujan kanssa työskentelevät osapuolet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organisation keeps no case notes.</source>
        <translation>Organisaatiosi ei tee muistiinpanoja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;note (optional):</source>
        <translation>Ensimmäinen &amp;muistiinpano (valinnainen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First note</source>
        <translation>Ensimmäinen muistiinpano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
</context>
<context>
    <name>NoteHints</name>
    <message>
        <location line="-203"/>
        <source>This note seems to describe offences. The programme supports leaving crime and gathers no intelligence: keep to what helps the participant.</source>
        <translation>Muistiinpano näyttää kuvaavan rikoksia. Ohjelma tukee rikollisuudesta irtautumista eikä kerää tiedustelutietoa: kirjaa vain se, mikä auttaa osallistujaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note seems to name other people. Record only what the work with the participant needs; persons at risk belong in the safety section, without names.</source>
        <translation>Muistiinpanossa näytetään mainittavan muita ihmisiä nimeltä. Kirjaa vain se, mitä työ osallistujan kanssa vaatii; vaarassa olevat henkilöt kuuluvat turvallisuusosioon, ilman nimiä.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/notes.py" line="+41"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new note about the support work…</source>
        <translation>Uusi muistiinpano tukityöstä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exp&amp;ires after:</source>
        <translation>Vanh&amp;enee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires after days</source>
        <translation>Vanhenee päivien kuluttua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> päivän päästä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>Lis&amp;ää muistiinpano</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (expires %2)</source>
        <translation>%1 (vanhenee %2)</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/outbox_panel.py" line="+62"/>
        <source>Choose a folder for the pending files</source>
        <translation>Valitse kansio odottaville tiedostoille</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %n file(s) for the other workers</source>
        <translation>
            <numerusform>Kirjoitettiin %n tiedosto muille työntekijöille</numerusform>
            <numerusform>Kirjoitettiin %n tiedostoa muille työntekijöille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n file(s) wait in the outbox to be sent</source>
        <translation>
            <numerusform>%n tiedosto odottaa lähtevien kansiossa lähettämistä</numerusform>
            <numerusform>%n tiedostoa odottaa lähtevien kansiossa lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits in the outbox</source>
        <translation>Lähtevien kansiossa ei ole mitään</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write pending files…</source>
        <translation>Kir&amp;joita odottavat tiedostot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the pending outbox files to a folder</source>
        <translation>Kirjoita lähtevien kansion odottavat tiedostot kansioon</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/overview.py" line="+127"/>
        <source>&amp;Legal name:</source>
        <translation>Vi&amp;rallinen nimi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>S&amp;yntymävuosi:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Al&amp;ias:</source>
        <translation>Pe&amp;itenimi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ntact:</source>
        <translation>Y&amp;hteystiedot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instit&amp;ution:</source>
        <translation>&amp;Laitos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release date:</source>
        <translation>Vapautumi&amp;späivä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties &amp;working with them:</source>
        <translation>Mukana olevat osap&amp;uolet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Not set</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Osallistuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chan&amp;ges</source>
        <translation>Tall&amp;enna muutokset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation has ended.</source>
        <translation>Osallistuminen on päättynyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target group…</source>
        <translation>&amp;Kohderyhmä…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Now: %1</source>
        <translation>Nyt: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>May be under 18: consent needs a guardian&apos;s co-consent</source>
        <translation>Voi olla alle 18-vuotias: suostumukseen tarvitaan myös huoltajan suostumus</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/delegate.py" line="+62"/>
        <source>{date} (overdue)</source>
        <translation>{date} (myöhässä)</translation>
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
        <translation>Peitenimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Urgent safety flag: {alias}</source>
        <translation>Kiireellinen turvallisuusmerkintä: {alias}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent safety flag</source>
        <translation>Kiireellinen turvallisuusmerkintä</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/view.py" line="+159"/>
        <source>&amp;Overview</source>
        <translation>&amp;Perustiedot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Participant sections</source>
        <translation>Osallistujan osiot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the participant</source>
        <translation>Sulje osallistuja</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Support plan</source>
        <translation>Tukisuunnitelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange history</source>
        <translation>Tiedonvaihdot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a contact</source>
        <translation>Vie yhteyshenkilölle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print access report…</source>
        <translation>Tulosta tietopyynt&amp;öraportti…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print everything held about the participant, for them to read</source>
        <translation>Tulosta kaikki osallistujasta tallennettu hänen luettavakseen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete participant…</source>
        <translation>Poista osallistuja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ending &amp;notice…</source>
        <translation>Lähetä päättymis&amp;ilmoitus…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Urgent safety flag: check the security arrangements now.</source>
        <translation>Kiireellinen turvallisuusmerkintä: tarkista turvajärjestelyt nyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show safety</source>
        <translation>Näytä turvallisuus</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete participant</source>
        <translation>Poista osallistuja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 and everything recorded about them from this vault? This cannot be undone.</source>
        <translation>Poistetaanko %1 ja kaikki hänestä kirjattu tästä holvista? Tätä ei voi perua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Säilytä</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/page.py" line="+239"/>
        <source>Show &amp;only urgent</source>
        <translation>Näytä &amp;vain kiireelliset</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Participants in this list with an urgent safety flag: {n}</source>
        <translation>Osallistujia, joilla on kiireellinen turvallisuusmerkintä: {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants: {n}</source>
        <translation>Osallistujia: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No participants match this search or filter.</source>
        <translation>Yksikään osallistuja ei vastaa hakua tai rajausta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participants yet. Add the first one with New participant (Ctrl+N).</source>
        <translation>Ei vielä osallistujia. Lisää ensimmäinen valinnalla Uusi osallistuja (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Search names and notes (Ctrl+F)</source>
        <translation>Hae nimistä ja muistiinpanoista (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Hae osallistujia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by stage</source>
        <translation>Suodata vaiheen mukaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All parties</source>
        <translation>Kaikki osapuolet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by party</source>
        <translation>Suodata osapuolen mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgent only</source>
        <translation>Vain &amp;kiireelliset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only participants with an urgent flag</source>
        <translation>Näytä vain osallistujat, joilla on kiireellinen merkintä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Uusi osallistuja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>Uusi osallistuja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <location filename="../../src/exitdesk/domain/parties.py" line="-62"/>
        <source>Prison and Probation Service of Finland</source>
        <translation>Rikosseuraamuslaitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aggredi (HelsinkiMissio)</source>
        <translation>Aggredi (HelsinkiMissio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National Bureau of Investigation</source>
        <translation>Keskusrikospoliisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National Board of Health and Welfare</source>
        <translation>Ruotsin sosiaalihallitus (Socialstyrelsen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swedish Police</source>
        <translation>Ruotsin poliisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swedish Prison and Probation Service</source>
        <translation>Ruotsin rikosseuraamuslaitos (Kriminalvården)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National Board of Institutional Care</source>
        <translation>Ruotsin laitoshoitovirasto (SiS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipal social services</source>
        <translation>Kunnan sosiaalitoimi</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/passphrase_meter.py" line="+17"/>
        <source>Very weak</source>
        <translation>Hyvin heikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use at least {n} characters; several words are easiest.</source>
        <translation>Käytä vähintään {n} merkkiä; helpointa on käyttää useaa sanaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mix in capitals, digits or punctuation.</source>
        <translation>Lisää joukkoon isoja kirjaimia, numeroita tai välimerkkejä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating the same characters.</source>
        <translation>Vältä samojen merkkien toistamista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid common words such as &apos;password&apos; or &apos;summer&apos;.</source>
        <translation>Vältä yleisiä sanoja, kuten ”salasana” tai ”kesä”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase strength: {word}</source>
        <translation>Tunnuslauseen vahvuus: {word}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="-299"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a passphrase</source>
        <translation>Valitse tunnuslause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase opens your vault every day. Several unrelated words make a strong passphrase that is easy to remember. Nobody can reset it for you.</source>
        <translation>Tunnuslauseella avaat holvisi päivittäin. Useasta toisiinsa liittymättömästä sanasta saa vahvan tunnuslauseen, joka on helppo muistaa. Kukaan ei voi palauttaa sitä puolestasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>T&amp;oista se:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show characters</source>
        <translation>&amp;Näytä merkit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ggest a passphrase</source>
        <translation>&amp;Ehdota tunnuslausetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a random passphrase of six words</source>
        <translation>Ehdota kuuden sanan satunnaista tunnuslausetta</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/contacts.py" line="-549"/>
        <source>Paste a contact card</source>
        <translation>Liitä yhteystietokortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste the contact card exactly as you received it:</source>
        <translation>&amp;Liitä yhteystietokortti täsmälleen sellaisena kuin sait sen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card text</source>
        <translation>Yhteystietokortin teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add contact</source>
        <translation>Lisää &amp;yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan.py" line="+78"/>
        <source>Goal or action</source>
        <translation>Tavoite tai toimenpide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals and actions</source>
        <translation>Tavoitteet ja toimenpiteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;goal…</source>
        <translation>Lisää t&amp;avoite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action…</source>
        <translation>Lisää toim&amp;enpide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>M&amp;uokkaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate progress…</source>
        <translation>Arvioi edist&amp;ymistä…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1/10 on %2</source>
        <translation>%1/10 (%2)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../src/exitdesk/domain/policy.py" line="+39"/>
        <source>legal name</source>
        <translation>virallinen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case notes</source>
        <translation>asiakasmuistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting summaries</source>
        <translation>tapaamisten yhteenvedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting next steps</source>
        <translation>tapaamisten seuraavat askeleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety summaries</source>
        <translation>turvallisuusarvioiden yhteenvedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on persons at risk</source>
        <translation>muistiinpanot vaarassa olevista henkilöistä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrangement descriptions</source>
        <translation>järjestelyjen kuvaukset</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/ui/policy_text.py" line="+13"/>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until their own expiry date</source>
        <translation>omaan vanhenemispäiväänsä asti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 päivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data policy</source>
        <translation>Tietokäytäntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimal record</source>
        <translation>vähimmäiskirjaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the party&apos;s full record</source>
        <translation>osapuolen täysi kirjaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never stored</source>
        <translation>Ei koskaan tallenneta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiries that never start</source>
        <translation>Yhteydenotot, jotka eivät johda osallistumiseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted after %1 days</source>
        <translation>poistetaan %1 päivän kuluttua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended cases</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted %1 days after they end</source>
        <translation>poistetaan %1 päivää päättymisen jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes kept</source>
        <translation>Muistiinpanojen säilytys</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <location filename="../../src/exitdesk/ui/printing.py" line="+30"/>
        <source>Print or save</source>
        <translation>Tulosta vai tallenna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved PDF is not encrypted: anyone who gets the file can read it. Print the sheet instead if you can; if you save it, keep the file only as long as needed and delete it afterwards.</source>
        <translation>Tallennettu PDF ei ole salattu: kuka tahansa tiedoston saava voi lukea sen. Tulosta mieluummin; jos tallennat, säilytä tiedostoa vain tarpeen mukaan ja poista se sen jälkeen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Tallenna PDF:nä…</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/chart.py" line="+70"/>
        <source>Progress chart</source>
        <translation>Edistymiskaavio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>No progress ratings yet.</source>
        <translation>Edistymistä ei ole vielä arvioitu.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1: %2 of 10</source>
        <translation>%1: %2/10</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/plan_dialogs.py" line="+102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress (0–10):</source>
        <translation>&amp;Edistyminen (0–10):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate progress</source>
        <translation>Arvioi edistymistä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means not started, 10 means achieved.</source>
        <translation>0 = ei aloitettu, 10 = saavutettu.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/consent_dialog.py" line="+112"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Vastaanottajat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Mitä saa jakaa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>T&amp;arkoitus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Valid from:</source>
        <translation>Vo&amp;imassa alkaen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (&amp;days):</source>
        <translation>Voimassa (&amp;päivää):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>Ant&amp;otapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wit&amp;ness:</source>
        <translation>To&amp;distaja:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Guardian or social services (required):</source>
        <translation>&amp;Huoltaja tai sosiaalitoimi (pakollinen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian or social services:</source>
        <translation>&amp;Huoltaja tai sosiaalitoimi:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parties (any worker of the party)</source>
        <translation>Tahot (kuka tahansa tahon työntekijä)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts (one verified worker)</source>
        <translation>Yhteystiedot (yksi varmennettu työntekijä)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity is required to share a case: without it nothing can be sent.</source>
        <translation>Henkilötiedot tarvitaan asian jakamiseen: ilman niitä mitään ei voi lähettää.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the information is shared, in words the participant agreed to.</source>
        <translation>Miksi tietoja jaetaan, sanoin, jotka osallistuja on hyväksynyt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;form…</source>
        <translation>Tulosta &amp;lomake…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apture on-screen signature…</source>
        <translation>Allekirjoitus &amp;näytöllä…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth year is unknown: I &amp;confirm the participant is an adult</source>
        <translation>Syntymävuosi ei ole tiedossa: vahvi&amp;stan, että osallistuja on täysi-ikäinen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Signature captured — capture &amp;again…</source>
        <translation>Allekirjoitettu — allekirjoita &amp;uudelleen…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="+48"/>
        <source>Recovery code: {code}</source>
        <translation>Palautuskoodi: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recovery sheet</source>
        <translation>Tallenna palautusarkki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Print it, then delete the file.</source>
        <translation>Tallennettu. Tulosta se ja poista sitten tiedosto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code</source>
        <translation>Palautuskoodisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you forget your passphrase, this code is the only way back into the vault. It is shown only now. Print the sheet or write the code down, and keep it locked away.</source>
        <translation>Jos unohdat tunnuslauseesi, tämä koodi on ainoa tapa päästä takaisin holviin. Se näytetään vain nyt. Tulosta arkki tai kirjoita koodi muistiin ja säilytä se lukitussa paikassa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Tulosta palautusarkki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print recovery sheet</source>
        <translation>Tulosta palautusarkki</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/recovery_dialog.py" line="+130"/>
        <source>Checking the recovery code — please wait…</source>
        <translation>Palautuskoodia tarkistetaan — odota hetki…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use the recovery code</source>
        <translation>Käytä palautuskoodia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the 48 digits from your recovery sheet and choose a new passphrase. The old passphrase stops working.</source>
        <translation>Kirjoita palautusarkin 48 numeroa ja valitse uusi tunnuslause. Vanha tunnuslause lakkaa toimimasta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Palautuskoodi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Palautuskoodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Uusi tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>T&amp;oista se:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase</source>
        <translation>Toista uusi tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open vault</source>
        <translation>&amp;Avaa holvi</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/restore_dialog.py" line="+138"/>
        <source>Choose the backup file</source>
        <translation>Valitse varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an empty folder for the vault</source>
        <translation>Valitse holville tyhjä kansio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking the passphrase and restoring — please wait…</source>
        <translation>Tarkistetaan tunnuslausetta ja palautetaan — odota hetki…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup was not restored</source>
        <translation>Varmuuskopiota ei palautettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an ExitDesk backup file and a new or empty folder for the vault. The backup opens with the passphrase the vault had when it was written.</source>
        <translation>Valitse ExitDeskin varmuuskopiotiedosto ja holville uusi tai tyhjä kansio. Varmuuskopio avautuu sillä tunnuslauseella, joka holvilla oli varmuuskopiota tehtäessä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Varmuuskopiotiedosto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the backup file</source>
        <translation>Etsi varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;into:</source>
        <translation>&amp;Kohdekansio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the restored vault</source>
        <translation>Palautettavan holvin kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose folder…</source>
        <translation>Valitse k&amp;ansio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the restored vault</source>
        <translation>Valitse palautettavan holvin kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>Varmuuskopion &amp;tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup&apos;s passphrase</source>
        <translation>Varmuuskopion tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>Pa&amp;lauta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>Odota hetki</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../src/exitdesk/app/retention_words.py" line="+17"/>
        <source>ExitDesk purge certificate</source>
        <translation>ExitDesk – todistus tietojen poistosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged at: {when}</source>
        <translation>Poistoaika: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault party: {party}</source>
        <translation>Holvin organisaatio: {party}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy: {policy}</source>
        <translation>Tietokäytäntö: {policy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}; enquiries {enquiry_days} days; ended cases {ended_days} days; notes {notes}; {dropped} field(s) never stored</source>
        <translation>{record}; yhteydenotot {enquiry_days} päivää; päättyneet asiakkuudet {ended_days} päivää; muistiinpanot {notes}; koskaan tallentamattomia kenttiä {dropped}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minimal record</source>
        <translation>suppea tietosisältö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full record</source>
        <translation>täysi tietosisältö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own expiry</source>
        <translation>oman vanhenemispäivänsä mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} päivää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enquiries that never started</source>
        <translation>Yhteydenotot, joista ei alkanut asiakkuutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended cases</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired notes</source>
        <translation>Vanhentuneet muistiinpanot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {count} record(s)</source>
        <translation>{category}: poistettuja tietueita {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: {count} record(s)</source>
        <translation>Yhteensä poistettuja tietueita: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted with secure delete; WAL checkpointed (TRUNCATE): {checkpointed}; database vacuumed: {vacuumed}.</source>
        <translation>Poistettu turvallisella poistolla (secure delete); WAL-loki tyhjennetty (TRUNCATE): {checkpointed}; tietokanta tiivistetty (VACUUM): {vacuumed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certificate holds no personal data.</source>
        <translation>Tämä todistus ei sisällä henkilötietoja.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-234"/>
        <source>Check before saving</source>
        <translation>Tarkista ennen tallentamista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is encrypted for this contact only.</source>
        <translation>Siirtopaketti salataan vain tälle yhteyshenkilölle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Osallistuja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategories:</source>
        <translation>&amp;Tietoryhmät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>S&amp;uostumus:</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../src/exitdesk/ui/participants/model.py" line="-288"/>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kriittinen</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/safety_dialog.py" line="+165"/>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Arvioitu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>Ta&amp;so:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgent:</source>
        <translation>&amp;Kiireellinen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;on:</source>
        <translation>Ta&amp;rkistetaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Persons at risk:</source>
        <translation>&amp;Vaarassa olevat henkilöt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security a&amp;rrangements:</source>
        <translation>T&amp;urvajärjestelyt:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Relation to the participant</source>
        <translation>Suhde osallistujaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about the risk (no names)</source>
        <translation>Lisätieto riskistä (ei nimiä)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No names, please</source>
        <translation>Ei nimiä, kiitos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>Arrangement</source>
        <translation>Järjestely</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Owner party</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Review date</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New safety assessment</source>
        <translation>Uusi turvallisuusarvio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs action now (shows a banner wherever the person appears)</source>
        <translation>Vaatii toimia heti (näyttää ilmoituksen kaikkialla, missä henkilö näkyy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review date</source>
        <translation>Ei tarkistuspäivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;erson</source>
        <translation>Lisää &amp;henkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove perso&amp;n</source>
        <translation>P&amp;oista henkilö</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add arran&amp;gement</source>
        <translation>Lisää &amp;järjestely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove arrangemen&amp;t</source>
        <translation>Poista j&amp;ärjestely</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/safety.py" line="+113"/>
        <source>Level:</source>
        <translation>Taso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent:</source>
        <translation>Kiireellinen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on:</source>
        <translation>Arvioitu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on:</source>
        <translation>Tarkistetaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Yhteenveto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons at risk:</source>
        <translation>Vaarassa olevat henkilöt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security arrangements:</source>
        <translation>Turvajärjestelyt:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrangement</source>
        <translation>Järjestely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Vastuutaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New assessment…</source>
        <translation>Uusi a&amp;rvio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Merkitse t&amp;ehdyksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clo&amp;se (no longer needed)</source>
        <translation>&amp;Sulje (ei enää tarpeen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassi&amp;gn to this party</source>
        <translation>Siirrä tä&amp;lle osapuolelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner party</source>
        <translation>Uusi vastuuosapuoli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety assessment yet. Safety comes first: an assessment can start now.</source>
        <translation>Turvallisuusarviota ei ole vielä tehty. Turvallisuus on etusijalla: arvion voi aloittaa heti.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review date</source>
        <translation>Ei tarkistuspäivää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — overdue</source>
        <translation>%1 — myöhässä</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="+57"/>
        <source>Save the bundle</source>
        <translation>Tallenna siirtopaketti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file. Its name says nothing about the participant; send it to the contact by any channel.</source>
        <translation>Valitse, mihin tiedosto tallennetaan. Sen nimestä ei voi päätellä mitään osallistujasta; lähetä se yhteyshenkilölle millä tahansa tavalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Tallenna siirtopaketti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>Viedään</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/exitdesk/ui/settings.py" line="+60"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after &amp;idle minutes</source>
        <translation>&amp;Automaattinen lukitus (min)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear copied text after seconds</source>
        <translation>Leikepöydän t&amp;yhjennys (s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep windows out of screen capture and sharing</source>
        <translation>&amp;Piilota ikkunat näyttökuvista ja näytön jaosta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Ulkoasu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last vault folder</source>
        <translation>Viimeksi käytetty holvin kansio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Due deletions on unlock</source>
        <translation>&amp;Erääntyneet poistot avattaessa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/settings_dialog.py" line="+208"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location line="-75"/>
        <source>Nothing is due for deletion.</source>
        <translation>Mitään ei ole poistettavana.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) due for deletion now.</source>
        <translation>
            <numerusform>%n tieto poistettavana nyt.</numerusform>
            <numerusform>%n tietoa poistettavana nyt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deletion due: %1</source>
        <translation>Seuraava poisto erääntyy: %1</translation>
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
        <translation>Kysy ensin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete automatically</source>
        <translation>Poista automaattisesti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works on Windows 10 (2004) and later and on macOS. On Linux (X11, Wayland) no program can hide its windows from screen capture. About shows whether it is active.</source>
        <translation>Toimii Windows 10:ssä (2004) ja uudemmissa sekä macOS:ssä. Linuxissa (X11, Wayland) mikään ohjelma ei voi piilottaa ikkunoitaan näyttökuvilta. Tietoja-sivu kertoo, onko suojaus käytössä.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings are stored for your user account on this computer. They never contain anything about participants.</source>
        <translation>Asetukset tallennetaan käyttäjätilillesi tälle tietokoneelle. Niissä ei koskaan ole mitään osallistujista.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/signature.py" line="+194"/>
        <source>On-screen signature</source>
        <translation>Allekirjoitus näytöllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the participant to sign in the white area.</source>
        <translation>Pyydä osallistujaa allekirjoittamaan valkoiselle alueelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Tyhjennä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the signature</source>
        <translation>Tyhjennä allekirjoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept signature</source>
        <translation>&amp;Hyväksy allekirjoitus</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-142"/>
        <source>Signature pad</source>
        <translation>Allekirjoitusalue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign here with the mouse, a pen or a finger. Use Clear to start again.</source>
        <translation>Allekirjoita tähän hiirellä, kynällä tai sormella. Aloita alusta valitsemalla Tyhjennä.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/exitdesk/app/statistics_words.py" line="+18"/>
        <source>Participants by lifecycle state</source>
        <translation>Osallistujat vaiheittain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of ended participations</source>
        <translation>Päättyneiden osallistumisten kesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Taho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of first contact</source>
        <translation>Ensimmäisen yhteydenoton vuosi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enquiry</source>
        <translation>yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>arviointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active support</source>
        <translation>aktiivinen tuki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after release</source>
        <translation>vapautumisen jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by the participant</source>
        <translation>osallistujan päättämä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by a party</source>
        <translation>tahon päättämä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ended</source>
        <translation>ei päättynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 6 months</source>
        <translation>alle 6 kuukautta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 to 12 months</source>
        <translation>6–12 kuukautta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 2 years</source>
        <translation>1–2 vuotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 years or more</source>
        <translation>2 vuotta tai enemmän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18</source>
        <translation>alle 18</translation>
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
        <translation>50 tai yli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring statistics</source>
        <translation>Seurantatilastot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact from {first} to {last}; state on {last}</source>
        <translation>Ensimmäinen yhteydenotto {first}–{last}; tilanne {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;5: from 0 to 4 participants, not shown</source>
        <translation>&lt;5: 0–4 osallistujaa, ei näytetä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x: 5 or more, hidden so that a small number cannot be worked out</source>
        <translation>x: 5 tai enemmän, piilotettu, jotta pientä lukua ei voi päätellä</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/exitdesk/ui/statistics.py" line="+128"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>State and duration</source>
        <translation>Vaihe ja kesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State and age</source>
        <translation>Vaihe ja ikä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State and party</source>
        <translation>Vaihe ja taho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration and start year</source>
        <translation>Kesto ja aloitusvuosi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a folder for the statistics files</source>
        <translation>Valitse kansio tilastotiedostoille</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Tallennettiin %n tiedosto kansioon %1.</numerusform>
            <numerusform>Tallennettiin %n tiedostoa kansioon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files are not encrypted: they hold only the de-identified tables, with small numbers hidden.</source>
        <translation>Näitä tiedostoja ei ole salattu: niissä on vain tunnisteettomat taulukot, joista pienet luvut on piilotettu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No verified contact yet. Add and verify one under Contacts &amp; exchange.</source>
        <translation>Vahvistettuja yhteyshenkilöitä ei vielä ole. Lisää ja vahvista yhteyshenkilö kohdassa Tiedonvaihto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the statistics bundle</source>
        <translation>Tallenna tilastopaketti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote a statistics bundle for %1 to %2. Only they can open it.</source>
        <translation>Tilastopaketti vastaanottajalle %1 kirjoitettiin tiedostoon %2. Vain vastaanottaja voi avata sen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact from</source>
        <translation>Ensimmäinen yhteydenotto alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact up to</source>
        <translation>Ensimmäinen yhteydenotto päättyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants whose first contact lies in the period, as they stood on its last day. Small numbers are hidden: &lt;5 is 0 to 4 participants, x is a number hidden so that a small one cannot be worked out, - is a cell nobody can be in.</source>
        <translation>Osallistujat, joiden ensimmäinen yhteydenotto osuu ajanjaksolle, sellaisina kuin he olivat sen viimeisenä päivänä. Pienet luvut on piilotettu: &lt;5 tarkoittaa 0–4 osallistujaa, x lukua, joka on piilotettu, jotta pientä lukua ei voi päätellä, ja - solua, jossa ei voi olla ketään.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistics tables</source>
        <translation>Tilastotaulukot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CSV and PDF…</source>
        <translation>Tall&amp;enna CSV ja PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nd to a coordinator…</source>
        <translation>Lä&amp;hetä koordinaattorille…</translation>
    </message>
</context>
<context>
    <name>TargetGroupDialog</name>
    <message>
        <location filename="../../src/exitdesk/ui/participant/target_group.py" line="+49"/>
        <source>&amp;Wants to leave organised crime:</source>
        <translation>&amp;Haluaa irtautua järjestäytyneestä rikollisuudesta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked &amp;on:</source>
        <translation>Kysytty &amp;päivänä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs support and protection:</source>
        <translation>Tarvitsee t&amp;ukea ja suojelua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed &amp;by:</source>
        <translation>Arvioinut t&amp;aho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess&amp;ed on:</source>
        <translation>Arvioitu p&amp;äivänä:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active support starts when both answers are yes: the person wants to leave organised crime and a party has assessed that they need support and protection.</source>
        <translation>Aktiivinen tuki alkaa, kun molemmat vastaukset ovat kyllä: henkilö haluaa irtautua järjestäytyneestä rikollisuudesta ja taho on arvioinut hänen tarvitsevan tukea ja suojelua.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not yet clear</source>
        <translation>Ei vielä selvä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed yet</source>
        <translation>Ei vielä arvioitu</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../src/exitdesk/ui/theme.py" line="+12"/>
        <source>As the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/unlock.py" line="+172"/>
        <source>Open a vault folder</source>
        <translation>Avaa holvin kansio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder does not contain an ExitDesk vault.</source>
        <translation>Kansiossa ei ole ExitDesk-holvia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Choose a vault first, or create one.</source>
        <translation>Valitse ensin holvi tai luo uusi.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Type your passphrase.</source>
        <translation>Kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the passphrase — please wait…</source>
        <translation>Tunnuslausetta tarkistetaan — odota hetki…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout. Each further wrong try makes you wait longer.</source>
        <translation>Tunnuslause ei avaa tätä holvia. Tarkista Caps Lock ja näppäimistöasettelu. Jokainen uusi väärä yritys pidentää odotusaikaa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault could not be opened</source>
        <translation>Holvia ei voitu avata</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup was restored into %1; unlock it with its passphrase.</source>
        <translation>Varmuuskopio palautettiin kansioon %1; avaa se sen tunnuslauseella.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ExitDesk — locked</source>
        <translation>ExitDesk — lukittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your vault</source>
        <translation>Avaa holvisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Holvi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault</source>
        <translation>Holvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w passphrase</source>
        <translation>&amp;Näytä tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a vault folder</source>
        <translation>Etsi holvin kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;recovery code…</source>
        <translation>Käytä &amp;palautuskoodia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery code</source>
        <translation>Käytä palautuskoodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New vault…</source>
        <translation>&amp;Uusi holvi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new vault</source>
        <translation>Luo uusi holvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from backup…</source>
        <translation>Palauta &amp;varmuuskopiosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a vault from a backup</source>
        <translation>Palauta holvi varmuuskopiosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>Odota hetki</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../src/exitdesk/ui/widgets.py" line="+104"/>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/restore_dialog.py" line="-178"/>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="-83"/>
        <source>ExitDesk backups (*.bin)</source>
        <translation>ExitDesk-varmuuskopiot (*.bin)</translation>
    </message>
    <message>
        <location filename="../../src/exitdesk/ui/vault_actions.py" line="+19"/>
        <source>Save an encrypted backup</source>
        <translation>Tallenna salattu varmuuskopio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written</source>
        <translation>Varmuuskopio kirjoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encrypted backup was saved as %1.</source>
        <translation>Salattu varmuuskopio tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New recovery code</source>
        <translation>Uusi palautuskoodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the new recovery code now; it is shown only once:
%1</source>
        <translation>Kirjoita uusi palautuskoodi muistiin nyt; se näytetään vain kerran:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-encrypt the vault</source>
        <translation>Salaa holvi uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-encrypt the vault under a new key, for a suspected key leak? The old recovery code stops working and a new one is shown once.</source>
        <translation>Salataanko holvi uudelleen uudella avaimella epäillyn avainvuodon vuoksi? Vanha palautuskoodi lakkaa toimimasta ja uusi näytetään kerran.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Re-encrypt</source>
        <translation>&amp;Salaa uudelleen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>VaultBinding</name>
    <message>
        <location filename="../../src/exitdesk/ui/vault/first_run.py" line="-263"/>
        <source>This vault is bound to this computer: a copy of its files cannot be opened elsewhere with the passphrase alone. The recovery code opens it anywhere.</source>
        <translation>Holvi on sidottu tähän tietokoneeseen: sen tiedostojen kopiota ei voi avata muualla pelkällä tunnuslauseella. Palautuskoodilla holvin voi avata missä tahansa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no usable keyring, so the vault is NOT bound to this computer: anyone with a copy of its files and the passphrase can open it. ({detail})</source>
        <translation>Tietokoneessa ei ole käytettävää avainnippua, joten holvia EI ole sidottu tähän tietokoneeseen: kuka tahansa, jolla on kopio sen tiedostoista ja tunnuslause, voi avata sen. ({detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binding to this computer was switched off for this vault.</source>
        <translation>Tämän holvin sidonta tähän tietokoneeseen on poistettu käytöstä.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <location line="+48"/>
        <source>Folder for the new vault</source>
        <translation>Uuden holvin kansio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to ExitDesk</source>
        <translation>Tervetuloa ExitDeskiin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your case records live in an encrypted vault on this computer. Nothing is sent anywhere. Tell us who you are and where you work.</source>
        <translation>Kirjaamasi asiakastiedot säilytetään salatussa holvissa tällä tietokoneella. Mitään ei lähetetä minnekään. Kerro, kuka olet ja missä työskentelet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault folder:</source>
        <translation>Holvin kansio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Valitse kansio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder for the vault</source>
        <translation>Valitse holvin kansio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Ruotsi</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../src/exitdesk/ui/exchange/export_wizard.py" line="-58"/>
        <source>none in force</source>
        <translation>ei voimassa olevaa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consent %1, in force until %2</source>
        <translation>suostumus %1, voimassa %2 asti</translation>
    </message>
</context>
</TS>
