<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
<context>
    <name>AcceptProposalDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="425" />
        <source>Hyväksy ehdotettu rinki</source>
        <translation>Accept the proposed ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="429" />
        <source>%1n rinki</source>
        <translation>%1 ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="430" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="438" />
        <source>&amp;Päätyönantaja</source>
        <translation>&amp;Lead employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="440" />
        <source>&amp;Koordinaattori</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="459" />
        <source>&amp;Hyväksy</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="463" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="26" />
        <source>&amp;Uusi…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="29" />
        <source>Uusi tietue tälle välilehdelle</source>
        <translation>New record on this tab</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="33" />
        <source>&amp;Avaa</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="36" />
        <source>Avaa valittu tietue (Enter tai kaksoisnapsautus)</source>
        <translation>Open the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="40" />
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="43" />
        <source>Muokkaa valittua tietuetta</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="47" />
        <source>A&amp;rkistoi</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="50" />
        <source>Arkistoi tai palauta valittu tietue</source>
        <translation>Archive or restore the selected record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="54" />
        <source>&amp;Poista…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="57" />
        <source>Poista käyttämätön tietue</source>
        <translation>Delete an unused record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="60" />
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="64" />
        <source>&amp;Päivitä</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="67" />
        <source>Lue tiedot uudelleen</source>
        <translation>Read the data again</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="69" />
        <source>&amp;Hae</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="72" />
        <source>Näytä &amp;arkistoidut</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="75" />
        <source>Näytä myös arkistoidut tietueet</source>
        <translation>Also show archived records</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="78" />
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="79" />
        <source>&amp;Tietoja kemideskistä</source>
        <translation>&amp;About kemidesk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="80" />
        <source>Tietoja &amp;Qt:sta</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="26" />
        <source>Kirjaa &amp;seurantalomake…</source>
        <translation>Record &amp;follow-up form…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="27" />
        <source>&amp;Asetukset…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="38" />
        <source>Kirjaa valitun työsuhteen seurantakeskustelu</source>
        <translation>Record a follow-up talk of the selected placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="45" />
        <source>Säännöt, määrärahat ja kirjelomake</source>
        <translation>Rules, appropriations and letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="80" />
        <source>Seurantalomake</source>
        <translation>Follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="81" />
        <source>Valitse ensin työsuhde Työsuhteet-välilehdeltä.</source>
        <translation>First choose a placement on the Placements tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="33" />
        <source>&amp;Varmuuskopioi…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="34" />
        <source>&amp;Palauta varmuuskopiosta…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="87" />
        <source>Tallenna kopio tietokannasta, esim. muistitikulle</source>
        <translation>Save a copy of the database, e.g. onto a USB stick</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="93" />
        <source>Korvaa tietokanta varmuuskopiolla (nykyinen tallennetaan ensin)</source>
        <translation>Replace the database with a backup (the current one is saved first)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="112" />
        <source>Palvelimen tietokanta varmuuskopioidaan palvelimella (pg_dump); komentorivillä: kemidesk backup --database …</source>
        <translation>The server's database is backed up on the server (pg_dump); on the command line: kemidesk backup --database …</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="40" />
        <source>Vie &amp;Exceliin…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="41" />
        <source>Tu&amp;o taulukosta…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="97" />
        <source>Tallenna näkyvä luettelo Excel-tiedostoksi (rajaukset ja järjestys mukana)</source>
        <translation>Save the visible list as an Excel file (with its filters and order)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="108" />
        <source>Tuo yhdistykset, henkilöt tai työsuhteet Excel- tai CSV-taulukosta</source>
        <translation>Import associations, people or placements from an Excel or CSV spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="269" />
        <source>&amp;Käyttöohje</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="261" />
        <source>Tieto&amp;kantayhteys…</source>
        <translation>Data&amp;base connection…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="264" />
        <source>Toimiston tietokantapalvelin tai tämän koneen oma tiedosto</source>
        <translation>The office database server or this computer's own file</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="69" />
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="138" />
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="75" />
        <source>Tuki päättyy &amp;uusi päivä</source>
        <translation>New s&amp;ubsidy end date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="83" />
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="87" />
        <source>Päättymisen &amp;syy</source>
        <translation>Reason for the &amp;end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="92" />
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="129" />
        <source>Kirjoita muutoksen perustelu.</source>
        <translation>Write the reasons for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="133" />
        <source>Vaikutus</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="136" />
        <source>Myönnetty yhteensä</source>
        <translation>Granted in total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="137" />
        <source>Uusi kokonaismäärä</source>
        <translation>New total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="139" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="140" />
        <source>Liikaa maksettu</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="141" />
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="152" />
        <source>Uusi maksuaikataulu</source>
        <translation>New payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="188" />
        <source>Peritään takaisin (yli %1).</source>
        <translation>Will be recovered (over %1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="191" />
        <source>Ei peritä: enintään %1 ei peritä takaisin.</source>
        <translation>Not recovered: amounts up to %1 are not claimed back.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="194" />
        <source>Ei liikaa maksettua.</source>
        <translation>Nothing overpaid.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="129" />
        <source>Tietokantaa palautetaan</source>
        <translation>The database is being restored</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="130" />
        <source>Tietokantaa palautetaan (%1). Avaa kemidesk, kun palautus on valmis.</source>
        <translation>The database is being restored (%1). Open kemidesk when the restore has finished.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="136" />
        <source>Tietokanta on jo auki toisessa kemidesk-ikkunassa.

%1

Tuodaanko se esiin?</source>
        <translation>The database is already open in another kemidesk window.

%1

Bring it to the front?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="139" />
        <source>kemidesk on jo auki</source>
        <translation>kemidesk is already open</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="146" />
        <source>Avointa ikkunaa ei tavoitettu. Se voi olla toisen käyttäjän ikkuna.</source>
        <translation>The open window could not be reached. It may belong to another user.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="68" />
        <source>Hakemus</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="72" />
        <source>Hakemus &amp;saapui</source>
        <translation>Application &amp;received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="74" />
        <source>&amp;Palkkatukipäätös</source>
        <translation>&amp;Pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="75" />
        <source>Työsopi&amp;mus</source>
        <translation>E&amp;mployment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="76" />
        <source>Liitteet</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="83" />
        <source>&amp;Haettu määrä/kk</source>
        <translation>Amount applied for/mont&amp;h</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="89" />
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="104" />
        <source>Työsuhteella on jo vireillä oleva hakemus (saapunut %1).</source>
        <translation>The placement already has a pending application (received %1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="115" />
        <source>Ehtojen tarkistus</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="130" />
        <source>palkkatukipäätös</source>
        <translation>pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="131" />
        <source>työsopimus</source>
        <translation>employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="137" />
        <source>Puuttuvat liitteet (%1) pyydetään täydentämään ennen päätöstä.</source>
        <translation>The missing attachments (%1) are to be requested before the decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="143" />
        <source>Liitteet ovat mukana.</source>
        <translation>The attachments are included.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="155" />
        <source>Anna haettu määrä, niin ehdot tarkistetaan.</source>
        <translation>Enter the amount applied for to check the conditions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="168" />
        <source>Ennakkotarkistus</source>
        <translation>Preliminary check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="176" />
        <source>%1: ehdotettu jakso %2–%3, yhteensä %4.</source>
        <translation>%1: proposed period %2–%3, %4 in total.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="208" />
        <source>Kemi-lisähakemus tallennettu</source>
        <translation>Kemi supplement application saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="212" />
        <source>Hakemus on tallennettu</source>
        <translation>The application has been saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="218" />
        <source>Myönteinen päätös ei ole mahdollinen: esteitä %1. Päätöksessä voi hylätä hakemuksen.</source>
        <translation>A grant is not possible: %1 obstacle(s). The decision can reject the application.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="223" />
        <source>Hakemus odottaa päätöstä; se näkyy yleiskatsauksessa.</source>
        <translation>The application is waiting for a decision; it is shown in the overview.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="225" />
        <source>Tee &amp;päätös…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="229" />
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AppropriationPage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="88" />
        <source>Muokkaa vuoden määrärahaa napsauttamalla</source>
        <translation>Click to edit the year’s appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="91" />
        <source>Kemi-lisä ja työllistämisbonus ovat harkinnanvaraisia ja sidottuja vuoden määrärahaan: päätös ei voi ylittää sitä, mitä määrärahasta on jäljellä. Päätetty on vuoden päätösten yhteissumma, maksettu vuoden aikana maksetut erät.</source>
        <translation>Kemi-lisä and the employment bonus are discretionary and bound to the yearly appropriation: a decision cannot exceed what is left of it. Decided is the total of the year’s decisions, paid the payments made during the year.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="106" />
        <source>Vuoden määräraha</source>
        <translation>Appropriation of the year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="117" />
        <source>esim. talousarvio 2027, kaupunginvaltuusto</source>
        <translation>e.g. budget 2027, city council</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="124" />
        <source>&amp;Tallenna määräraha</source>
        <translation>&amp;Save appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="134" />
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="135" />
        <source>Mää&amp;räraha</source>
        <translation>&amp;Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="136" />
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="171" />
        <source>Vuodelle %1 ei ole asetettu määrärahaa; päätöksiä %2.</source>
        <translation>No appropriation set for %1; decisions %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="176" />
        <source>Vuosi %1: päätetty %2, maksettu %3, jäljellä %4.</source>
        <translation>Year %1: decided %2, paid %3, left %4.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="188" />
        <source>Anna määräraha euroina.</source>
        <translation>Enter the appropriation in euros.</translation>
    </message>
</context>
<context>
    <name>AssociationDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="68" />
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="73" />
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="79" />
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="85" />
        <source>Muu de minimis -tuki</source>
        <translation>Other de minimis aid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="89" />
        <source>Lisää &amp;de minimis -tuki…</source>
        <translation>Add &amp;de minimis aid…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="91" />
        <source>Valmennukset</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="94" />
        <source>Työnohjaus</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="125" />
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="129" />
        <source>Tyyppi</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="130" />
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="131" />
        <source>Rekisterinumero</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="132" />
        <source>Elinkeinotoimintaa</source>
        <translation>Business activity</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="133" />
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="134" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="135" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="136" />
        <source>Yhteyshenkilö</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="137" />
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="138" />
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="139" />
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="140" />
        <source>Ohjausosaaminen</source>
        <translation>Supervision competence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="141" />
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="149" />
        <source>%1 / enintään %2 (%3–%4)</source>
        <translation>%1 / at most %2 (%3–%4)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="157" />
        <source>De minimis -tuet 3 v</source>
        <translation>De minimis aid, 3 years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="175" />
        <source>Vain yrityksille ja elinkeinotoimintaa harjoittaville</source>
        <translation>Only for companies and those with business activity</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="40" />
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="41" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="49" />
        <source>Perustiedot</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="55" />
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="57" />
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="107" />
        <source>esim. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="58" />
        <source>Harjoittaa elinkeinotoimintaa (&amp;de minimis)</source>
        <translation>Carries on business activity (&amp;de minimis)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="62" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="64" />
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="67" />
        <source>Tyy&amp;ppi</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="71" />
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="79" />
        <source>&amp;Rekisterinumero</source>
        <translation>&amp;Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="86" />
        <source>Yhteystiedot</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="91" />
        <source>&amp;Katuosoite</source>
        <translation>&amp;Street address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="93" />
        <source>P&amp;ostinumero</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="95" />
        <source>Postitoimipaikk&amp;a</source>
        <translation>Post t&amp;own</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="96" />
        <source>Yhteys&amp;henkilö</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="98" />
        <source>Puh&amp;elin</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="101" />
        <source>&amp;Sähköposti</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="105" />
        <source>Tilitiedot ja ohjaus</source>
        <translation>Bank account and supervision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="108" />
        <source>Ohjausosaa&amp;minen on</source>
        <translation>Has supervision co&amp;mpetence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="110" />
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="111" />
        <source>&amp;BIC</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="112" />
        <source>Oh&amp;jaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
</context>
<context>
    <name>AssociationsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="30" />
        <source>Työnantajan tyyppi</source>
        <translation>Employer type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="31" />
        <source>Kaikki tyypit</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="35" />
        <source>Vain ne, joilla &amp;voimassa oleva työsuhde</source>
        <translation>Only those with a &amp;current placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="71" />
        <source>Arkistoidaanko yhdistys %1? Sen työsuhteet, päätökset ja maksut säilyvät. Arkistoitu yhdistys piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the association %1? Its placements, decisions and payments are kept. An archived association is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="208" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="208" />
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="208" />
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="208" />
        <source>Osallistui</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="213" />
        <source>Uusi ilmoittautuminen</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="223" />
        <source>esim. esihenkilö</source>
        <translation>e.g. supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="224" />
        <source>&amp;Lisää</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="232" />
        <source>&amp;Yhdistys</source>
        <translation>&amp;Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="232" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="233" />
        <source>&amp;Rooli</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="244" />
        <source>Poista &amp;valittu…</source>
        <translation>Remo&amp;ve selected…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="247" />
        <source>Palaute (kpl)</source>
        <translation>Feedback (count)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="255" />
        <source>H&amp;yödyllinen</source>
        <translation>&amp;Useful</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="256" />
        <source>&amp;Osin hyödyllinen</source>
        <translation>&amp;Partly useful</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="257" />
        <source>&amp;Ei hyödyllinen</source>
        <translation>N&amp;ot useful</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="271" />
        <source>&amp;Tallenna osallistuminen</source>
        <translation>&amp;Save attendance</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="274" />
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="288" />
        <source>Ilmoittautumiset ja osallistuminen</source>
        <translation>Registrations and attendance</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="296" />
        <source>ei paikkarajaa</source>
        <translation>no seat limit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="298" />
        <source>%1/%2 paikkaa varattu</source>
        <translation>%1/%2 seats taken</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="312" />
        <source>(poistettu)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="329" />
        <source>Valmennus on täynnä</source>
        <translation>The training is full</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="363" />
        <source>Poistetaanko ilmoittautuminen: %1, %2?</source>
        <translation>Remove the registration: %1, %2?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="365" />
        <source>Poista ilmoittautuminen</source>
        <translation>Remove registration</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="43" />
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="56" />
        <source>SQLite-tietokanta (*.sqlite3);;Kaikki tiedostot (*)</source>
        <translation>SQLite database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="127" />
        <source>Varmuuskopioi tietokanta</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="135" />
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="148" />
        <source>Varmuuskopiointi ei onnistu</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="136" />
        <source>Varmuuskopio ei voi korvata käytössä olevaa tietokantaa.</source>
        <translation>A backup cannot replace the database in use.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="149" />
        <source>Tiedostoa %1 ei voi kirjoittaa.</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="157" />
        <source>Varmuuskopio tallennettu</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="158" />
        <source>Varmuuskopio tallennettu: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="167" />
        <source>Palauta varmuuskopiosta</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="172" />
        <source>Palautus ei onnistu</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="178" />
        <source>Nykyinen tietokanta korvataan tiedostolla %1.

Nykyisestä tietokannasta tallennetaan ensin varmuuskopio. Jatketaanko?</source>
        <translation>The current database will be replaced with the file %1.

A backup of the current database is saved first. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="185" />
        <source>Palauta varmuuskopio</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="200" />
        <source>Tietokanta palautettu tiedostosta %1.</source>
        <translation>Database restored from the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="204" />
        <source>Aiempi tietokanta tallennettiin: %1</source>
        <translation>The previous database was saved as: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="207" />
        <source>Palautettu</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="143" />
        <source>Kokoa maksuerä</source>
        <translation>Make a payment batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="154" />
        <source>Maksuerä %1</source>
        <translation>Payment batch %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="162" />
        <source>&amp;Otsikko</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="163" />
        <source>Koo&amp;ttu</source>
        <translation>&amp;Made on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="168" />
        <source>Valitse &amp;kaikki</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="169" />
        <source>&amp;Poista valinnat</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="181" />
        <source>Kokoa &amp;erä</source>
        <translation>Make &amp;batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="188" />
        <source>Erään kootaan hyväksytyt maksut, jotka eivät vielä ole missään erässä. Koottu erä avautuu maksulistana esikatseluun; CSV-tiedoston taloushallinnolle voi tallentaa sieltä tai Maksut-välilehdeltä.</source>
        <translation>A batch gathers approved payments that are not in any batch yet. The batch opens as a payment list in the print preview; the CSV file for the finance office can be saved there or on the Payments tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="211" />
        <source>Valittu %1 / %2 maksua, yhteensä %3</source>
        <translation>Selected %1 / %2 payments, total %3</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="196" />
        <source>Jatkopolku: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="198" />
        <source>Työllistämisbonus</source>
        <translation>Employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="201" />
        <source>Määrä</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="205" />
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="209" />
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="216" />
        <source>Päätä &amp;bonus</source>
        <translation>Decide the &amp;bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="228" />
        <source>Määrärahaa %1 jäljellä %2.</source>
        <translation>Appropriation %1 left: %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="236" />
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="54" />
        <source>&amp;Esikatsele…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="56" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CoachForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="35" />
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="38" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="39" />
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="45" />
        <source>&amp;Puhelin</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="50" />
        <source>&amp;Sähköposti</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="53" />
        <source>Mukana (tarjotaan uusiin työsuhteisiin)</source>
        <translation>Working (offered for new placements)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="55" />
        <source>&amp;Tila</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>CoachesTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="68" />
        <source>Työkuormat E&amp;xceliin…</source>
        <translation>Caseloads to E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="72" />
        <source>&amp;Uusi käynti…</source>
        <translation>&amp;New visit…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="131" />
        <source>&lt;b&gt;Työkuorma&lt;/b&gt; – valitse työhönvalmentaja</source>
        <translation>&lt;b&gt;Caseload&lt;/b&gt; – choose a job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="132" />
        <source>&lt;b&gt;Käynnit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visits&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="138" />
        <source>&lt;b&gt;Työkuorma: %1&lt;/b&gt; – %2 työsuhdetta, %3 seurantaa myöhässä</source>
        <translation>&lt;b&gt;Caseload: %1&lt;/b&gt; – %2 placements, %3 follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="144" />
        <source>&lt;b&gt;Käynnit&lt;/b&gt; – %1 kirjattu, %2 viimeisen 30 päivän aikana</source>
        <translation>&lt;b&gt;Visits&lt;/b&gt; – %1 recorded, %2 in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="184" />
        <source>Merkitäänkö %1 poistuneeksi? Hänen työsuhteensa ja käyntinsä säilyvät, mutta häntä ei enää tarjota uusiin työsuhteisiin. Poistuneet saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Mark %1 as having left? Their placements and visits are kept, but they are no longer offered for new placements. Those who have left are shown with View → Show archived.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="229" />
        <source>Työkuormia ei voi tallentaa</source>
        <translation>The caseloads cannot be saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="232" />
        <source>Työkuormat tallennettu: %1</source>
        <translation>Caseloads saved: %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="34" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="45" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="142" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="186" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="197" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="231" />
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="35" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="70" />
        <source>Tyyppi</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="36" />
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="37" />
        <source>Postitoimipaikka</source>
        <translation>Post town</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="38" />
        <source>Yhteyshenkilö</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="39" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="51" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="232" />
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="40" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="52" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="201" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="234" />
        <source>Työsuhteita</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="41" />
        <source>Voimassa</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="46" />
        <source>Henkilötunnus</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="47" />
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="48" />
        <source>Kemiläinen</source>
        <translation>Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="49" />
        <source>TMT-päiviä</source>
        <translation>Labour market subsidy days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="50" />
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="122" />
        <source>Myönnetty</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="123" />
        <source>Myöntäjä</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="125" />
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="130" />
        <source>Klo</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="131" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="159" />
        <source>Valmennus</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="132" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="187" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="215" />
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="133" />
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="134" />
        <source>Kouluttaja</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="135" />
        <source>Paikkoja</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="136" />
        <source>Ilmoittautuneita</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="137" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="144" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="160" />
        <source>Osallistui</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="143" />
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="150" />
        <source>Työnohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="151" />
        <source>Osallistujia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="152" />
        <source>Tunteja</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="153" />
        <source>Kustannus</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="161" />
        <source>Ilmoittautui</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="166" />
        <source>Vastaanottava työnantaja</source>
        <translation>Receiving employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="167" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="254" />
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="176" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="223" />
        <source>Tehtävät</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="178" />
        <source>Ajanjakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="179" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="191" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="207" />
        <source>Alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="180" />
        <source>Osatyökykyiselle</source>
        <translation>Partial ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="181" />
        <source>Kartoitus</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="188" />
        <source>Tunnit/vko</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="189" />
        <source>Osaaminen</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="190" />
        <source>Kiinnostukset</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="192" />
        <source>Käytettävissä</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="193" />
        <source>Edellinen työsuhde päättyi</source>
        <translation>Last placement ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="198" />
        <source>Päätyönantaja</source>
        <translation>Lead employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="199" />
        <source>Jäsenet</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="200" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="206" />
        <source>h/vko yhteensä</source>
        <translation>h/week total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="205" />
        <source>Ehdotettu rinki</source>
        <translation>Proposed ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="208" />
        <source>Päätyönantajaksi</source>
        <translation>Proposed lead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="212" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="220" />
        <source>Sija</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="213" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="221" />
        <source>Pisteet</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="214" />
        <source>Työnhakija</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="216" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="225" />
        <source>Perusteet</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="233" />
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="235" />
        <source>Seurantoja myöhässä</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="236" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="246" />
        <source>Seuraava seuranta</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="237" />
        <source>Käyntejä 30 pv</source>
        <translation>Visits 30 d</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="238" />
        <source>Mukana</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="247" />
        <source>Eräpäivä</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="248" />
        <source>Myöhässä</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="249" />
        <source>Viimeisin käynti</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="257" />
        <source>Muistiinpano</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="62" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="54" />
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="64" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="56" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="73" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="242" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="256" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="56" />
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="73" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="57" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="243" />
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="58" />
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="59" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="168" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="244" />
        <source>Alkaa</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="60" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="169" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="245" />
        <source>Päättyy</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="61" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="78" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="88" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="165" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="182" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="67" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="62" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="177" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="224" />
        <source>h/vko</source>
        <translation>h/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="63" />
        <source>Palkka/kk</source>
        <translation>Wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="64" />
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="65" />
        <source>Palkkatuki päättyy</source>
        <translation>Pay subsidy ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="69" />
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="71" />
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="63" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="72" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="141" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="149" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="175" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="222" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="55" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="74" />
        <source>Tukijakso</source>
        <translation>Grant period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="75" />
        <source>Kk-summa</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="76" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="87" />
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="57" />
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="58" />
        <source>Määräraha</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="59" />
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="60" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="77" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="89" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="88" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="61" />
        <source>Jäljellä</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="62" />
        <source>Päätetty %</source>
        <translation>Decided %</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="79" />
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="58" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="83" />
        <source>Erä</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="60" />
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="66" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="84" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="59" />
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="64" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="85" />
        <source>Päiviä</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="65" />
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="71" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="86" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="124" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="64" />
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="66" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="87" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="65" />
        <source>Haettava viimeistään</source>
        <translation>Claim by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="90" />
        <source>Viite</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="91" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="74" />
        <source>Pidätyksen syy</source>
        <translation>Reason held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="95" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="129" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="148" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="158" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="253" />
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="96" />
        <source>Keskustelu</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="97" />
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="98" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="255" />
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="99" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="170" />
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="100" />
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="104" />
        <source>Ajankohta</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="105" />
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="106" />
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="63" />
        <location filename="../../src/kemidesk/ui/models/specs.py" line="107" />
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="79" />
        <source>Voimassa alkaen</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="80" />
        <source>Voimassa asti</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="82" />
        <source>Nyt voimassa</source>
        <translation>In force now</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="86" />
        <source>Muutetut arvot</source>
        <translation>Changed figures</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="87" />
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="57" />
        <source>Nro</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="66" />
        <source>Hakemus saapui</source>
        <translation>Claim received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="69" />
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="79" />
        <source>Maksuerä</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="84" />
        <source>Koottu</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="85" />
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="86" />
        <source>Maksuja</source>
        <translation>Payments</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="195" />
        <source>Tieto</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="196" />
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="197" />
        <source>Kannettavan arvo</source>
        <translation>Laptop's value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="198" />
        <source>Toimiston arvo</source>
        <translation>Office's value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="199" />
        <source>Muuttaja</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="200" />
        <source>Muutettu</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="206" />
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="301" />
        <source>Ristiriidat</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="213" />
        <source>Käytä &amp;kannettavan arvoa</source>
        <translation>Use the &amp;laptop's value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="214" />
        <source>Käytä &amp;toimiston arvoa</source>
        <translation>Use the &amp;office's value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="215" />
        <source>Kirjoita &amp;oma arvo…</source>
        <translation>&amp;Write another value…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="232" />
        <source>Sama tieto muutettiin sekä kannettavalla että toimistolla. Toimiston arvo on voimassa; valitse, kumpi jää, tai kirjoita uusi. Valinta lähtee toimistoon seuraavalla synkronoinnilla.</source>
        <translation>The same field was changed both on the laptop and at the office. The office's value is in force; choose which one stays, or write a new one. The choice goes to the office at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="290" />
        <source>Oma arvo</source>
        <translation>Another value</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="142" />
        <source>Salasana on väärä.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="147" />
        <source>Anna salasana.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="152" />
        <source>Tätä käyttäjää ei ole palvelimella.</source>
        <translation>This user does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="157" />
        <source>Tätä tietokantaa ei ole palvelimella.</source>
        <translation>This database does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="162" />
        <source>Palvelinta ei löydy tällä nimellä.</source>
        <translation>No server is found by this name.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="167" />
        <source>Palvelin ei tue salattua yhteyttä (TLS).</source>
        <translation>The server does not support encrypted connections (TLS).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="172" />
        <source>Palvelin ei vastaa (osoite, portti tai palomuuri).</source>
        <translation>The server does not answer (address, port or firewall).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="177" />
        <source>Palvelin ei vastaa (osoite tai portti väärin).</source>
        <translation>The server does not answer (wrong address or port).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="182" />
        <source>Palvelin ei vastannut ajoissa (verkko tai palomuuri).</source>
        <translation>The server did not answer in time (network or firewall).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="185" />
        <source>Tämä ei ole kemidesk-tietokanta. Ylläpitäjä luo sen komennolla kemidesk server init.</source>
        <translation>This is not a kemidesk database. The administrator creates it with kemidesk server init.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/connection.py" line="189" />
        <source>Yhteyttä ei saatu: %1</source>
        <translation>No connection: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="247" />
        <source>Yhteys toimiston tietokantaan</source>
        <translation>Connection to the office database</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="248" />
        <source>%1

Avataanko tietokantayhteyden asetukset? Voit korjata yhteyden tai käyttää tämän koneen omaa tiedostoa.</source>
        <translation>%1

Open the database connection settings? You can fix the connection or use this computer's own file.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="46" />
        <source>Tietokantayhteys</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="47" />
        <source>&amp;Oma tiedosto tällä koneella</source>
        <translation>&amp;Own file on this computer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="48" />
        <source>Toi&amp;miston tietokantapalvelin</source>
        <translation>Office database ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="51" />
        <source>Palvelin</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="56" />
        <source>&amp;Palvelin</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="57" />
        <source>Po&amp;rtti</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="58" />
        <source>&amp;Tietokanta</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="59" />
        <source>&amp;Käyttäjätunnus</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="60" />
        <source>&amp;Salasana</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="69" />
        <source>Salattu yhteys (T&amp;LS, sslmode=require)</source>
        <translation>Encrypted connection (T&amp;LS, sslmode=require)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="75" />
        <source>Salasana tallennetaan käyttöjärjestelmän salasanasäilöön (Windowsissa Tunnistetietojen hallinta), ei asetustiedostoon.</source>
        <translation>The password is kept in the operating system's credential store (Credential Manager on Windows), not in the settings file.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="86" />
        <source>Testaa &amp;yhteys</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="87" />
        <source>Yhd&amp;istä</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="132" />
        <source>(tallennettu)</source>
        <translation>(saved)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="156" />
        <source>Anna palvelimen nimi tai osoite.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="159" />
        <source>Portin on oltava luku 1–65535 (yleensä 5432).</source>
        <translation>The port must be a number 1–65535 (usually 5432).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="161" />
        <source>Anna tietokannan nimi (yleensä kemidesk).</source>
        <translation>Enter the database name (usually kemidesk).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="163" />
        <source>Anna käyttäjätunnus.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="184" />
        <source>Yhteys toimii.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/connection_dialog.py" line="222" />
        <source>Salasanaa ei voitu tallentaa käyttöjärjestelmän salasanasäilöön; mitään ei tallennettu.</source>
        <translation>The password could not be saved in the operating system's credential store; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/date_edit.py" line="60" />
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/date_edit.py" line="63" />
        <source>Kirjoita esim. 30.11.2027, 30.11.27, 301127, 1.12. (tämä vuosi), +14 (päivää tästä), -3 tai t (tänään). Alt+alas avaa kalenterin.</source>
        <translation>Type e.g. 30.11.2027, 30.11.27, 301127, 1.12. (this year), +14 (days from today), -3 or t (today). Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/date_edit.py" line="72" />
        <source>Valitse kalenterista (Alt+alas)</source>
        <translation>Choose from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeMinimisDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="38" />
        <source>Tuki</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="40" />
        <source>esim. Business Finland</source>
        <translation>e.g. Business Finland</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="44" />
        <source>&amp;Myöntäjä</source>
        <translation>Granted &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="47" />
        <source>Myöntäjä</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="52" />
        <source>Myönnetty &amp;päivänä</source>
        <translation>Granted &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="58" />
        <source>&amp;Summa</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="66" />
        <source>&amp;Kuvaus</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="69" />
        <source>Yrityksen ilmoittama muu de minimis -tuki. Se lasketaan kolmen vuoden enimmäismäärään yhdessä Kemi-lisän ja työllistämisbonusten kanssa.</source>
        <translation>Other de minimis aid declared by the company. It counts towards the three-year ceiling together with Kemi-lisä and employment bonuses.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="78" />
        <source>P&amp;oista…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="108" />
        <source>Poistetaanko myöntäjän %1 tuki? Poistoa ei voi perua.</source>
        <translation>Delete the aid granted by %1? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="111" />
        <source>Poista de minimis -tuki</source>
        <translation>Delete de minimis aid</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="401" />
        <source>Avaa &amp;työsuhde</source>
        <translation>Open &amp;placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="404" />
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="409" />
        <source>Maksut</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="413" />
        <source>Perustelut ja ehdot</source>
        <translation>Reasons and conditions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="420" />
        <source>Päätös %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="422" />
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="428" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="429" />
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="430" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="431" />
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="432" />
        <source>Tukijakso</source>
        <translation>Grant period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="433" />
        <source>Kuukausisumma</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="434" />
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="435" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="436" />
        <source>Kustannuspaikka</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="438" />
        <source>Päättäjä</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="441" />
        <source>Lähetetty</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="442" />
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="444" />
        <source>Seuraava vaihe</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="453" />
        <source>Perustelut</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="453" />
        <source>Ehdot</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="77" />
        <source>Päättäjä</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="120" />
        <source>palkkatukipäätös</source>
        <translation>pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="121" />
        <source>työsopimus</source>
        <translation>employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="126" />
        <source>Hakemus saapui %1 · haettu %2/kk · liitteet: %3</source>
        <translation>Application received %1 · applied for %2/month · attachments: %3</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="129" />
        <source>ei liitteitä</source>
        <translation>no attachments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="134" />
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="144" />
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="149" />
        <source>Tuki &amp;alkaa</source>
        <translation>Subsidy st&amp;arts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="156" />
        <source>&amp;Kuukausimäärä</source>
        <translation>Amount per &amp;month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="170" />
        <source>Päätökseen tulostuvat automaattisesti ehtojen täyttyminen lukuineen, määrän laskenta, määräraha ja sääntöversio. Kirjoita tähän omat lisäperustelusi; ne eivät tulostu julkiseen versioon.</source>
        <translation>The decision prints automatically whether each condition is met with its figures, the computation of the amount, the appropriation and the rules version. Write your own additional reasons here; they are not printed on the public copy.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="175" />
        <source>Viranhaltijan p&amp;erustelut</source>
        <translation>Official's own r&amp;easons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="176" />
        <source>&amp;Muodosta perustelut uudelleen</source>
        <translation>Compose the reasons a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="186" />
        <source>ei pakollinen; ei henkilötietoja (nimi, henkilötunnus, terveys)</source>
        <translation>optional; no personal data (name, personal identity code, health)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="191" />
        <source>&amp;Julkinen perustelu</source>
        <translation>&amp;Public reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="198" />
        <source>Perustelu &amp;huomautuksille</source>
        <translation>Justification of the &amp;warnings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="203" />
        <source>Määräraha</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="139" />
        <source>Päätöksen t&amp;yyppi</source>
        <translation>Decision t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="94" />
        <source>Hakemus pe&amp;ruttu…</source>
        <translation>Application &amp;withdrawn…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="97" />
        <source>Yhdistys perui hakemuksen, tai se on kirjattu virheellisesti.</source>
        <translation>The association withdrew the application, or it was recorded in error.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="102" />
        <source>Tallenna ja t&amp;ulosta</source>
        <translation>Save and &amp;print</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="150" />
        <source>Tuki p&amp;äättyy</source>
        <translation>Subsidy &amp;ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="164" />
        <source>Päätöksen perustelut</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="202" />
        <source>Myönnä määrärahan y&amp;littäen</source>
        <translation>Grant even though the appropriation is e&amp;xceeded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="208" />
        <source>Perustelu yl&amp;itykselle</source>
        <translation>Justification of the exceed&amp;ing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="214" />
        <source>Ehtojen tarkistus</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="220" />
        <source>Maksuaikataulu</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="245" />
        <source>Huomautukset vaativat kirjallisen perustelun.</source>
        <translation>The warnings need a written justification.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="250" />
        <source>Kirjoita perustelu määrärahan ylitykselle.</source>
        <translation>Write the justification for exceeding the appropriation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="264" />
        <source>Tukijakson alkupäivä</source>
        <translation>Grant period start</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="265" />
        <source>Tukijakson loppupäivä</source>
        <translation>Grant period end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="273" />
        <source>Myönteistä päätöstä ei voi tehdä: %1</source>
        <translation>A grant cannot be decided: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="277" />
        <source>(ja %1 muuta estettä)</source>
        <translation>(and %1 other obstacle(s))</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="280" />
        <source>Tukijaksolle ei kerry maksettavaa.</source>
        <translation>Nothing is payable for the subsidy period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="320" />
        <source>Kielteinen päätös: ei maksuja.</source>
        <translation>Rejection: no payments.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="325" />
        <source>Yhteensä %1 (1 maksuerä)</source>
        <translation>Total %1 (1 payment)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="327" />
        <source>Yhteensä %1 (%2 maksuerää)</source>
        <translation>Total %1 (%2 instalments)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="353" />
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="356" />
        <source>Määrärahaa %1 jäljellä %2; tämän päätöksen jälkeen %3.</source>
        <translation>Appropriation %1 left: %2; after this decision %3.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="402" />
        <source>Hakemus peruttu</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="403" />
        <source>Peruutuksen syy (esim. yhdistys perui hakemuksen):</source>
        <translation>Reason for the withdrawal (e.g. the association withdrew it):</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="68" />
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="63" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="182" />
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="253" />
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="397" />
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="35" />
        <source>Maksu</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="96" />
        <source>Seurantakeskustelu</source>
        <translation>Follow-up talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="127" />
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="39" />
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="40" />
        <source>ei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="54" />
        <source>Henkilö ei kuulu kohderyhmään (vähintään {min_tmt_days} päivää työmarkkinatukea, osatyökykyinen tai alle {youth_age_limit}-vuotias).</source>
        <translation>The person is not in the target group (at least {min_tmt_days} days of labour market subsidy, partial work ability or under {youth_age_limit} years of age).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="59" />
        <source>Henkilön kotikunta ei ole Kemi.</source>
        <translation>The person's municipality of residence is not Kemi.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="60" />
        <source>Viikkotyöaika {hours} h on alle vaaditun {min_hours} h.</source>
        <translation>Weekly hours of {hours} h are below the required {min_hours} h.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="64" />
        <source>Kuukausipalkka {wage_cents} on alle vaaditun {min_wage_cents}.</source>
        <translation>The monthly wage of {wage_cents} is below the required {min_wage_cents}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="68" />
        <source>Palkkatukipäätös puuttuu: Kemi-lisää voi myöntää vain palkkatuettuun työhön.</source>
        <translation>The pay subsidy decision is missing: the Kemi supplement can only be granted for subsidised work.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="72" />
        <source>Palkkatuki {start}–{end} ei kata koko Kemi-lisän jaksoa {grant_start}–{grant_end}.</source>
        <translation>The pay subsidy {start}–{end} does not cover the whole Kemi supplement period {grant_start}–{grant_end}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="76" />
        <source>Palkkatuen prosentti {percent} % ei ole sallituista ({allowed}).</source>
        <translation>The pay subsidy percentage {percent} % is not one of the allowed ones ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="80" />
        <source>Hakemus saapui {application_date}; määräaika oli {deadline} ({months} kk työsuhteen alkamisesta).</source>
        <translation>The application arrived on {application_date}; the deadline was {deadline} ({months} months from the start of the employment).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="85" />
        <source>Hakemuksen saapumispäivä puuttuu.</source>
        <translation>The date the application arrived is missing.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="89" />
        <source>Työsuhde {start}–{end} kestää alle {min_months} kk; järjestön työsuhteen tulisi yleensä kestää vähintään {min_months} kk.</source>
        <translation>The employment {start}–{end} lasts less than {min_months} months; an employment at an association should usually last at least {min_months} months.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="94" />
        <source>Kemi-lisän jakson loppupäivä {grant_end} on ennen alkupäivää {grant_start}.</source>
        <translation>The end date {grant_end} of the Kemi supplement period is before its start date {grant_start}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="98" />
        <source>Kemi-lisän kuukausimäärän on oltava yli 0 €.</source>
        <translation>The monthly amount of the Kemi supplement must be over 0 €.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="102" />
        <source>Kuukausimäärä {amount_cents} ylittää enimmäismäärän {max_cents}.</source>
        <translation>The monthly amount {amount_cents} exceeds the maximum of {max_cents}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="106" />
        <source>Kemi-lisän jakso {grant_start}–{grant_end} ei ole työsuhteen {placement_start}–{placement_end} sisällä.</source>
        <translation>The Kemi supplement period {grant_start}–{grant_end} is not within the employment {placement_start}–{placement_end}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="111" />
        <source>Kemi-lisää olisi samaan työsuhteeseen yhteensä {total_months} kk ({already_months} kk aiemmin ja {this_months} kk tällä päätöksellä); enintään {max_months} kk.</source>
        <translation>The same employment would get the Kemi supplement for {total_months} months in total ({already_months} months before and {this_months} months with this decision); at most {max_months} months.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="116" />
        <source>Jakso {grant_start}–{grant_end} on päällekkäin päätöksen {number} jakson {start}–{end} kanssa; samaa kuukautta ei voi tukea kahdesti.</source>
        <translation>The period {grant_start}–{grant_end} overlaps the period {start}–{end} of decision {number}; the same month cannot be subsidised twice.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="121" />
        <source>Päätös vaatii {needed_cents}, mutta määrärahaa on jäljellä {left_cents}.</source>
        <translation>The decision needs {needed_cents}, but only {left_cents} of the appropriation is left.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="125" />
        <source>Palkkatuki ja Kemi-lisä ylittävät yhdessä {percent} % palkkakustannuksista ({wage_costs_cents}/kk); Kemi-lisä voi olla enintään {max_cents}/kk.</source>
        <translation>Together the pay subsidy and the Kemi supplement exceed {percent} % of the wage costs ({wage_costs_cents}/month); the Kemi supplement can be at most {max_cents}/month.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="130" />
        <source>Palkkatuen euromäärä puuttuu; enimmäismäärän tarkistuksessa on käytetty arviota {estimate_cents}/kk.</source>
        <translation>The pay subsidy amount is missing; the maximum was checked with an estimate of {estimate_cents}/month.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="135" />
        <source>De minimis -tuen enimmäismäärä {cap_cents} ylittyisi: {years} vuoden aikana saatu {received_cents} ja tämä päätös {needed_cents}.</source>
        <translation>The de minimis aid ceiling of {cap_cents} would be exceeded: {received_cents} received during {years} years and {needed_cents} with this decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="140" />
        <source>100 %:n palkkatuki on tarkoitettu järjestön muuhun kuin liiketoimintaan; tarkista palkkatukipäätös.</source>
        <translation>A 100 % pay subsidy is meant for an association's non-business activities; check the pay subsidy decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="149" />
        <source>{errors}</source>
        <translation>{errors}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="150" />
        <source>{findings}</source>
        <translation>{findings}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="151" />
        <source>{label} on pakollinen.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="157" />
        <source>Yhdistysrekisterinumero on virheellinen (esim. 123.456).</source>
        <translation>The register number of the association is not valid (e.g. 123.456).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="152" />
        <source>Y-tunnus on virheellinen: seitsemän numeroa, viiva ja tarkistusnumero, esim. 1234567-1. Jos muoto on oikein, jokin numero on väärin.</source>
        <translation>The business ID is not valid: seven digits, a hyphen and a check digit, e.g. 1234567-1. If the format is right, one of the digits is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="161" />
        <source>Henkilötunnus on virheellinen: syntymäaika ppkkvv, välimerkki (- tai A), kolme numeroa ja tarkistusmerkki, esim. 010190-900P. Jos muoto on oikein, jokin merkki on väärin.</source>
        <translation>The personal ID is not valid: date of birth ddmmyy, a century sign (- or A), three digits and a check character, e.g. 010190-900P. If the format is right, one of the characters is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="166" />
        <source>IBAN-tilinumero on virheellinen (esim. FI21 1234 5600 0007 85).</source>
        <translation>The IBAN account number is not valid (e.g. FI21 1234 5600 0007 85).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="170" />
        <source>IBAN-tilinumero on pakollinen.</source>
        <translation>The IBAN account number is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="171" />
        <source>BIC-tunnus on virheellinen (esim. NDEAFIHH).</source>
        <translation>The BIC code is not valid (e.g. NDEAFIHH).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="175" />
        <source>Postinumero on viisi numeroa.</source>
        <translation>The postcode has five digits.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="176" />
        <source>Sähköpostiosoite on virheellinen.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="177" />
        <source>Puhelinnumero on virheellinen (6–15 numeroa).</source>
        <translation>The phone number is not valid (6–15 digits).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="181" />
        <source>Viikkotyöaika on 1–40 tuntia.</source>
        <translation>Weekly hours are 1–40 hours.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="182" />
        <source>Viitenumero on virheellinen.</source>
        <translation>The reference number is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="183" />
        <source>Loppupäivä ei voi olla aikaisempi kuin alkupäivä.</source>
        <translation>The end date cannot be earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="187" />
        <source>{end_label} ei voi olla aikaisempi kuin {start_label}.</source>
        <translation>{end_label} cannot be earlier than {start_label}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="191" />
        <source>Anna päivien määrä kokonaislukuna (0–5000).</source>
        <translation>Enter the number of days as a whole number (0–5000).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="195" />
        <source>Prosentin on oltava {allowed}.</source>
        <translation>The percentage must be {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="196" />
        <source>Anna summa muodossa 1 234,50.</source>
        <translation>Enter the amount as 1 234,50.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="197" />
        <source>Summa ei voi olla negatiivinen.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="198" />
        <source>Anna päivämäärä muodossa pp.kk.vvvv.</source>
        <translation>Enter the date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="199" />
        <source>Kirjoita päivämäärä esim. 30.11.2027, 30.11.27, 301127, 1.12. (tämä vuosi), +14 (päivää tästä) tai t (tänään).</source>
        <translation>Type a date e.g. 30.11.2027, 30.11.27, 301127, 1.12. (this year), +14 (days from today) or t (today).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="204" />
        <source>Päivää {day}.{month}.{year} ei ole kalenterissa.</source>
        <translation>There is no day {day}.{month}.{year} in the calendar.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="208" />
        <source>Kuukausi {month} ei ole 1–12.</source>
        <translation>Month {month} is not 1–12.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="212" />
        <source>Päätösnumero on virheellinen (muoto KL-2026-001).</source>
        <translation>The decision number is not valid (format KL-2026-001).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="216" />
        <source>{label}: summa ei voi olla negatiivinen.</source>
        <translation>{label}: the amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="220" />
        <source>{label}: arvon on oltava vähintään {minimum}.</source>
        <translation>{label}: the value must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="224" />
        <source>{label}: arvon on oltava {minimum}–{maximum}.</source>
        <translation>{label}: the value must be {minimum}–{maximum}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="228" />
        <source>{label}: anna kokonaisluku.</source>
        <translation>{label}: enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="229" />
        <source>{label}: anna luku.</source>
        <translation>{label}: enter a number.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="230" />
        <source>{label}: anna kyllä tai ei.</source>
        <translation>{label}: enter yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="231" />
        <source>{label}: anna yksi tai useampi prosentti.</source>
        <translation>{label}: enter one or more percentages.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="235" />
        <source>{label}: anna teksti.</source>
        <translation>{label}: enter text.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="236" />
        <source>{label}: 1–10 kirjainta, esim. KL.</source>
        <translation>{label}: 1–10 letters, e.g. KL.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="240" />
        <source>{label}: enintään {max_length} merkkiä.</source>
        <translation>{label}: at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="244" />
        <source>{label}: valitse {choices}.</source>
        <translation>{label}: choose {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="245" />
        <source>Tuntematon sääntö: {name}.</source>
        <translation>Unknown rule: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="246" />
        <source>Sääntöversio {version}: päättymispäivä on ennen alkamispäivää.</source>
        <translation>Rule version {version}: the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="250" />
        <source>Sääntöversio {version}: {problem}</source>
        <translation>Rule version {version}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="254" />
        <source>Sääntöversiot {first} ja {second} ovat voimassa päällekkäin.</source>
        <translation>Rule versions {first} and {second} are in force at the same time.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="258" />
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="259" />
        <source>Hakemus {key} ei löydy.</source>
        <translation>Application {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="260" />
        <source>Yhdistys {key} ei löydy.</source>
        <translation>Association {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="261" />
        <source>Päätös {key} ei löydy.</source>
        <translation>Decision {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="262" />
        <source>Seuranta {key} ei löydy.</source>
        <translation>Follow-up {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="263" />
        <source>Maksu {key} ei löydy.</source>
        <translation>Payment {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="264" />
        <source>Maksuerä {key} ei löydy.</source>
        <translation>Payment batch {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="265" />
        <source>Henkilö {key} ei löydy.</source>
        <translation>Person {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="266" />
        <source>Työsuhde {key} ei löydy.</source>
        <translation>Placement {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="267" />
        <source>Yhdistyksellä on työsuhteita tai päätöksiä, joten sitä ei voi poistaa. Arkistoi se.</source>
        <translation>The association has placements or decisions, so it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="271" />
        <source>Syntymäaika ei vastaa henkilötunnusta.</source>
        <translation>The date of birth does not match the personal ID.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="275" />
        <source>Henkilöllä on työsuhteita, joten häntä ei voi poistaa. Arkistoi.</source>
        <translation>The person has placements and cannot be deleted. Archive the person instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="279" />
        <source>Henkilöllä on käynnissä oleva työsuhde; tietoja ei voi poistaa.</source>
        <translation>The person has a placement in progress; the data cannot be erased.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="283" />
        <source>Alkupäivä on pakollinen.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="284" />
        <source>Valitse työllistettävä.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="285" />
        <source>Valitse työnantaja.</source>
        <translation>Choose the employer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="286" />
        <source>Työnantajarengasta ei löydy.</source>
        <translation>The employer ring was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="287" />
        <source>Työllistettyä ei voi vaihtaa: työsuhteella on päätöksiä.</source>
        <translation>The employee cannot be changed: the placement has decisions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="291" />
        <source>Työnantajaa ei voi vaihtaa: työsuhteella on päätöksiä.</source>
        <translation>The employer cannot be changed: the placement has decisions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="295" />
        <source>Alkupäivää ei voi muuttaa: työsuhteella on päätöksiä. Tee muutospäätös.</source>
        <translation>The start date cannot be changed: the placement has decisions. Make an amendment decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="299" />
        <source>Päättymispäivä on ennen alkupäivää.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="303" />
        <source>Työsuhteella on päätöksiä, joten sitä ei voi poistaa. Arkistoi.</source>
        <translation>The placement has decisions and cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="307" />
        <source>Anna vuosi muodossa vvvv.</source>
        <translation>Enter the year as yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="308" />
        <source>Päätöstä ei voi tehdä, koska asetuksista (Asetukset → Kirjelomake) puuttuu: {missing}.</source>
        <translation>The decision cannot be made because the settings (Settings → Letterhead) lack: {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="312" />
        <source>Päätöksellä ei ole numeroa, joten sitä ei voi tulostaa.</source>
        <translation>The decision has no number, so it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="316" />
        <source>Ei tulostettavia seurantalomakkeita.</source>
        <translation>There are no follow-up forms to print.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="320" />
        <source>Anna kuukausi muodossa VVVV-KK (esim. 2026-11), ei '{month}'.</source>
        <translation>Enter the month as YYYY-MM (e.g. 2026-11), not '{month}'.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="324" />
        <source>Hakemukseen voi tehdä vain myönteisen, osittain myönteisen tai kielteisen päätöksen.</source>
        <translation>An application can only be granted, partly granted or rejected.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="328" />
        <source>Hakemus on jo ratkaistu.</source>
        <translation>The application has already been decided.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="329" />
        <source>Myöntäminen ei ole mahdollista: {finding}</source>
        <translation>The grant is not possible: {finding}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="333" />
        <source>Kirjoita perustelu määrärahan ylitykselle.</source>
        <translation>Write the justification for exceeding the appropriation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="337" />
        <source>Huomautukset vaativat kirjallisen perustelun.</source>
        <translation>The warnings need a written justification.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="341" />
        <source>Tukijaksolle ei kerry maksettavaa.</source>
        <translation>Nothing is payable for the subsidy period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="342" />
        <source>Päätös on jo lähetetty tai peruttu; tiedoksiantoa ei voi muuttaa.</source>
        <translation>The decision has already been sent or cancelled; its notification cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="346" />
        <source>Lähetyspäivä on ennen päätöspäivää.</source>
        <translation>The sending date is before the decision date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="350" />
        <source>Työllistämisbonus maksetaan Kemi-lisäjakson jälkeen; jakso ei ole vielä päättynyt.</source>
        <translation>The employment bonus is paid after the Kemi-lisä period; the period has not ended yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="354" />
        <source>Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko omin varoin) ei ole kirjattu, Kemi-lisää ei ole myönnetty, tai bonus on jo päätetty.</source>
        <translation>The employment bonus is not payable: no outcome (a job at a company or continuation with own funds) is recorded, no Kemi-lisä was granted, or the bonus has already been decided.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="359" />
        <source>Määrärahaa ei ole jäljellä työllistämisbonukseen.</source>
        <translation>No appropriation is left for the employment bonus.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="363" />
        <source>De minimis -tuen enimmäismäärä ylittyisi työllistämisbonuksella.</source>
        <translation>The employment bonus would exceed the de minimis aid ceiling.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="367" />
        <source>Kirjoita muutoksen perustelu.</source>
        <translation>Write the reasons for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="371" />
        <source>Kauden {start}–{end} maksu on jo maksuerässä. Poista se erästä ennen muutospäätöstä.</source>
        <translation>The payment for {start}–{end} is already in a payment batch. Remove it from the batch before the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="375" />
        <source>Takaisin voi periä enintään maksetun, vielä perimättä olevan määrän {most_cents}.</source>
        <translation>At most the paid amount not yet recovered, {most_cents}, can be recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="379" />
        <source>Takaisinperittävä määrä on enintään vähimmäismäärän suuruinen, joten sitä ei peritä takaisin.</source>
        <translation>The amount does not exceed the minimum for recovery, so it is not recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="384" />
        <source>Kirjoita takaisinperinnän perustelu.</source>
        <translation>Write the reasons for the recovery.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="388" />
        <source>Valitse työsuhde.</source>
        <translation>Choose a placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="389" />
        <source>Kirjoita peruutuksen syy.</source>
        <translation>Write the reason for the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="390" />
        <source>Vain vireillä olevan hakemuksen voi perua.</source>
        <translation>Only a pending application can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="394" />
        <source>Maksu on jo hyväksytty tai maksettu.</source>
        <translation>The payment has already been approved or paid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="398" />
        <source>Vain haettu tai pidätetty maksu voidaan hyväksyä.</source>
        <translation>Only a claimed or held payment can be approved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="402" />
        <source>Erään voi koota vain hyväksyttyjä, erättömiä maksuja.</source>
        <translation>Only approved payments that are not in a batch can be batched.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="406" />
        <source>Maksuerä on jo merkitty maksetuksi {paid_on}.</source>
        <translation>The payment batch was already marked paid on {paid_on}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="410" />
        <source>Maksupäivä on ennen erän kokoamista.</source>
        <translation>The payment date is before the batch was made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="414" />
        <source>Seurantapäivä on ennen työsuhteen alkua.</source>
        <translation>The follow-up date is before the start of the placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="418" />
        <source>Seurantakeskustelua ei voi kirjata tulevalle päivälle.</source>
        <translation>A follow-up talk cannot be recorded for a future date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="422" />
        <source>Anna allekirjoituspäivä.</source>
        <translation>Enter the signing date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="423" />
        <source>Seuraavan keskustelun päivän on oltava tämän keskustelun jälkeen.</source>
        <translation>The next talk must be after this talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="427" />
        <source>Kirjaa keskustelun osallistujat.</source>
        <translation>Record who took part in the talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="431" />
        <source>{checkpoint} -tieto kirjataan aikaisintaan {due}.</source>
        <translation>The outcome "{checkpoint}" can be recorded on {due} at the earliest.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="435" />
        <source>Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.</source>
        <translation>An amendment is made to a Kemi supplement grant.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="439" />
        <source>Takaisin voi periä vain myönnetyn avustuksen maksuja.</source>
        <translation>Only payments of a granted aid can be recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="443" />
        <source>Peruttua päätöstä ei voi muuttaa.</source>
        <translation>A cancelled decision cannot be amended.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="447" />
        <source>Päätöksellä ei ole tukijaksoa, jota voisi muuttaa.</source>
        <translation>The decision has no grant period to amend.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="451" />
        <source>Uusi päättymispäivä on ennen tukijakson alkua.</source>
        <translation>The new end date is before the start of the grant period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="455" />
        <source>Uusi päättymispäivä ei lyhennä tukijaksoa (nyt {current_end}).</source>
        <translation>The new end date does not shorten the grant period (now {current_end}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="459" />
        <source>Teksti sisältää merkkejä, joita ei voi tallentaa (esim. ohjausmerkkejä).</source>
        <translation>The text contains characters that cannot be saved (e.g. control characters).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="463" />
        <source>Enintään {max} merkkiä (nyt {length}).</source>
        <translation>At most {max} characters (now {length}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="467" />
        <source>Päivämäärä on pakollinen.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="468" />
        <source>Päivämäärän on oltava välillä {min}–{max}.</source>
        <translation>The date must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="472" />
        <source>Arvo on virheellinen.</source>
        <translation>The value is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="473" />
        <source>Anna summa, joka on yli 0 €.</source>
        <translation>Enter an amount over 0 €.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="474" />
        <source>De minimis -tukea {key} ei löydy.</source>
        <translation>De minimis aid {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="477" />
        <source>{name} ei ole yritys eikä harjoita taloudellista toimintaa: de minimis -tukea ei kirjata sille.</source>
        <translation>{name} is not a company and has no business activity: de minimis aid is not recorded for it.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="482" />
        <source>Tiedostoa ei voi lukea: {detail}. Mitään ei tuotu.</source>
        <translation>The file cannot be read: {detail}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="485" />
        <source>Tiedostossa on virheitä ({rows} riviä, {problems} sarakeongelmaa). Mitään ei tuotu; korjaa tiedosto ja tuo uudelleen.</source>
        <translation>The file has errors ({rows} rows, {problems} column problems). Nothing was imported; correct the file and import again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="490" />
        <source>Samalla Y-tunnuksella on jo yhdistys: {name}.</source>
        <translation>An association with the same business ID already exists: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="494" />
        <source>Samalla henkilötunnuksella on jo henkilö: {name}.</source>
        <translation>A person with the same personal identity code already exists: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="498" />
        <source>Saapunut {date}</source>
        <translation>Received {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="499" />
        <source>{kind}, päätetty {date}</source>
        <translation>{kind}, decided {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="500" />
        <source>Hakemus saapunut {date}</source>
        <translation>Claim received {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="501" />
        <source>{kind} myöhässä {date}</source>
        <translation>{kind} late, due {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="502" />
        <source>{kind} erääntyy {date}</source>
        <translation>{kind} due {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="503" />
        <source>Työsuhde päättyy {date}</source>
        <translation>Employment ends {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="504" />
        <source>Palkkatuki päättyy {date}</source>
        <translation>Wage subsidy ends {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="505" />
        <source>Työsuhde päättyy {date}, palkkatuki päättyy {subsidy_date}</source>
        <translation>Employment ends {date}, wage subsidy ends {subsidy_date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="508" />
        <source>Jatkopolku: {checkpoint} ({date})</source>
        <translation>Next step: {checkpoint} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="511" />
        <source>Siirtosopimus: {name}, päättyy {date}</source>
        <translation>Transfer agreement: {name}, ends {date}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="514" />
        <source>Jatkopolku oikeuttaa työllistämisbonukseen ({amount_cents})</source>
        <translation>The next step earns the employment bonus ({amount_cents})</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="517" />
        <source>Anna kellonaika muodossa 13.00 (tunnit 0–23, minuutit 00–59).</source>
        <translation>Enter the time as 13.00 (hours 0–23, minutes 00–59).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="520" />
        <source>Anna kokonaisluku 0–{max}.</source>
        <translation>Enter a whole number 0–{max}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="521" />
        <source>Paikkoja on 1–{max}; jätä tyhjäksi, jos määrää ei rajata.</source>
        <translation>Seats are 1–{max}; leave empty for no limit.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="524" />
        <source>Anna tunnit, yli 0 ja enintään 100, esim. 1,5.</source>
        <translation>Enter the hours, more than 0 and at most 100, e.g. 1.5.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="527" />
        <source>Valmennusta {key} ei löydy.</source>
        <translation>Training {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="528" />
        <source>Valitse teema luettelosta.</source>
        <translation>Choose a theme from the list.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="529" />
        <source>Teema {name} on jo luettelossa.</source>
        <translation>The theme {name} is already on the list.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="532" />
        <source>Yhdistystä ei löydy rekisteristä. Valitse yhdistys luettelosta.</source>
        <translation>The association is not in the register. Choose an association from the list.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="535" />
        <source>Valmennus on täynnä: {capacity} paikkaa, ilmoittautuneita jo {registered}. Mitään ei tallennettu.</source>
        <translation>The training is full: {capacity} seats, {registered} registered already. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="540" />
        <source>Ilmoittautuneita on jo {registered}; paikkoja ei voi olla vähemmän.</source>
        <translation>{registered} have registered already; there cannot be fewer seats.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="544" />
        <source>Palautteita on {given}, mutta osallistujia vain {attended}.</source>
        <translation>There are {given} feedback answers but only {attended} attended.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="548" />
        <source>Ilmoittautumista {key} ei löydy.</source>
        <translation>Registration {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="551" />
        <source>Työnohjauskertaa {key} ei löydy.</source>
        <translation>Supervision session {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="554" />
        <source>Tietokannassa on jo tietoja. Esittelyaineisto tehdään vain tyhjään.</source>
        <translation>The database already holds data. Demo data is made only into an empty one.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="558" />
        <source>Siirtosopimusta {key} ei löydy.</source>
        <translation>Transfer agreement {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="559" />
        <source>Siirtosopimuksen tilaa ei voi muuttaa tilasta {current} tilaan {new}.</source>
        <translation>The transfer agreement cannot move from {current} to {new}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="563" />
        <source>Tukijakson aikaisella työjaksolla on oltava loppupäivä.</source>
        <translation>A work period during the subsidy needs an end date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="567" />
        <source>Tukijakson aikaisen työjakson on oltava työsuhteen {start}–{end} sisällä.</source>
        <translation>A work period during the subsidy must lie within the employment {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="571" />
        <source>Siirtyminen ei voi alkaa ennen työsuhteen alkua {start}.</source>
        <translation>The move cannot start before the employment starts on {start}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="575" />
        <source>Siirtosopimus on tilassa {status}: sen ehtoja ei voi enää muuttaa.</source>
        <translation>The transfer agreement is {status}: its terms can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="579" />
        <source>Anna allekirjoituspäivä, kun sopimus on allekirjoitettu.</source>
        <translation>Give the signing date when the agreement is signed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="583" />
        <source>Allekirjoituspäivä ei voi olla tulevaisuudessa.</source>
        <translation>The signing date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="587" />
        <source>Työsuhde päättyy {end}: työllistymisen voi kirjata jatkopoluksi aikaisintaan silloin.</source>
        <translation>The employment ends on {end}: the employment can be recorded as the outcome on that day at the earliest.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="592" />
        <source>Sinulla on vain lukuoikeus: et voi tallentaa muutoksia. Tarvitaan rooli kemidesk_officer tai kemidesk_decider.</source>
        <translation>You have read-only access: you cannot save changes. The role kemidesk_officer or kemidesk_decider is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="597" />
        <source>Sinulla ei ole oikeutta kirjata maksatushakemuksia. Tarvitaan rooli kemidesk_officer.</source>
        <translation>You may not record payment claims. The role kemidesk_officer is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="601" />
        <source>Sinulla ei ole oikeutta tehdä päätöksiä. Tarvitaan rooli kemidesk_decider.</source>
        <translation>You may not make decisions. The role kemidesk_decider is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="605" />
        <source>Sinulla ei ole oikeutta hyväksyä maksuja. Tarvitaan rooli kemidesk_decider.</source>
        <translation>You may not approve payments. The role kemidesk_decider is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="609" />
        <source>Sinulla ei ole oikeutta koota tai maksaa maksueriä. Tarvitaan rooli kemidesk_decider.</source>
        <translation>You may not make or pay payment batches. The role kemidesk_decider is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="613" />
        <source>Sinulla ei ole oikeutta muuttaa asetuksia, sääntöjä tai määrärahaa. Tarvitaan rooli kemidesk_decider.</source>
        <translation>You may not change the settings, rules or appropriation. The role kemidesk_decider is needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="618" />
        <source>Tietokantapalvelin kieltäytyi: käyttäjätunnuksellasi {user} ei ole oikeutta tähän. Mitään ei tallennettu. Pyydä ylläpitäjältä tarvittava rooli (kemidesk_officer tai kemidesk_decider).</source>
        <translation>The database server refused: your user name {user} has no right to do this. Nothing was saved. Ask the administrator for the role needed (kemidesk_officer or kemidesk_decider).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="624" />
        <source>Työhönvalmentajaa {key} ei löydy.</source>
        <translation>Job coach {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="625" />
        <source>Valitse työhönvalmentaja.</source>
        <translation>Choose a job coach.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="626" />
        <source>Työhönvalmentaja {name} on jo luettelossa.</source>
        <translation>Job coach {name} is already on the list.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="629" />
        <source>Työhönvalmentajalla {name} on työsuhteita tai käyntejä; merkitse hänet poistuneeksi.</source>
        <translation>Job coach {name} has placements or visits; mark them as having left.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="633" />
        <source>Työhönvalmentaja {name} ei ole enää mukana; valitse toimiva työhönvalmentaja.</source>
        <translation>Job coach {name} has left; choose a working job coach.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="637" />
        <source>Käyntiä {key} ei löydy.</source>
        <translation>Visit {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="638" />
        <source>Käyntiä ei voi kirjata tulevalle päivälle.</source>
        <translation>A visit cannot be recorded for a future date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="641" />
        <source>Käynti on yli kaksi viikkoa ennen työsuhteen alkua {start}.</source>
        <translation>The visit is more than two weeks before the placement starts on {start}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="645" />
        <source>Ei työhönvalmentajaa – tuki työssä</source>
        <translation>No job coach – support at work</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="648" />
        <source>Ei työhönvalmentajaa – perehdytysvaihe</source>
        <translation>No job coach – orientation phase</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="651" />
        <source>Tämä toiminto vaatii yhteyden toimiston tietokantaan: kannettavan kopiolla sitä ei voi tehdä (päätösnumerot, päätökset, maksujen hyväksyntä ja maksuerät, asetukset ja sääntöversiot tehdään toimistolla).</source>
        <translation>This action needs a connection to the office database: it cannot be done on a laptop copy (decision numbers, decisions, payment approvals and batches, settings and rule versions are done at the office).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="657" />
        <source>Ristiriitaa {key} ei löydy.</source>
        <translation>Conflict {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="658" />
        <source>Toimiston tietokantaan {server} ei saada yhteyttä ({reason}). Muutokset odottavat kannettavalla ja lähtevät seuraavalla synkronoinnilla.</source>
        <translation>Cannot connect to the office database {server} ({reason}). The changes wait on the laptop and go with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="663" />
        <source>Toimiston tietokanta {server} ei hyväksynyt kirjautumista: salasana puuttuu tai on väärä. Muutokset odottavat kannettavalla.</source>
        <translation>The office database {server} did not accept the login: the password is missing or wrong. The changes wait on the laptop.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="663" />
        <source>Toimiston tietokannan versio on {version}, tämän ohjelman {head}: päivitä ensin (kemidesk server init).</source>
        <translation>The office database is version {version}, this program {head}: upgrade it first (kemidesk server init).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="690" />
        <source>Toimiston muutoslokista on siivottu muutoksia, joita tämä kopio ei ole vielä saanut: kopiota ei voi enää päivittää. Kopion omat muutokset on lähetetty toimistoon. Tee kannettavalle uusi kopio tyhjään datakansioon: kemidesk sync init --database OSOITE.</source>
        <translation>The office's change log has been pruned of changes this copy has not received yet: the copy can no longer be brought up to date. The copy's own changes were sent to the office. Make the laptop a new copy in an empty data folder: kemidesk sync init --database ADDRESS.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="696" />
        <source>Muutoslokia siivotaan vain toimiston tietokantapalvelimella (--database OSOITE).</source>
        <translation>The change log is pruned only on the office database server (--database ADDRESS).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="700" />
        <source>Säilytettävien päivien määrä ei voi olla negatiivinen.</source>
        <translation>The number of days to keep cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="668" />
        <source>Tämä tietokanta ei ole kannettavan kopio. Tee kopio: kemidesk sync init --database OSOITE.</source>
        <translation>This database is not a laptop copy. Make one: kemidesk sync init --database URL.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="673" />
        <source>Kannettavan kopio tehdään paikalliseen tiedostoon, ei palvelimelle.</source>
        <translation>A laptop copy is made into a local file, not on a server.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="676" />
        <source>Datakansion tietokannassa on jo tietoja: kopio tehdään tyhjään kansioon (--data-dir).</source>
        <translation>The data folder's database already has data: a copy is made into an empty folder (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="680" />
        <source>Kopiosta puuttuisi rivejä, joihin taulu {table} viittaa: kopiota ei tehty.</source>
        <translation>The copy would lack rows that table {table} refers to: no copy was made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="734" />
        <source>Kemi-lisän kohderyhmä: {groups}.</source>
        <translation>Kemi-lisä target group: {groups}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="735" />
        <source>Ei Kemi-lisän kohderyhmässä (tai ei kemiläinen).</source>
        <translation>Not in the Kemi-lisä target group (or not a Kemi resident).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="738" />
        <source>Tunnit sopivat: {hours} h/vko toiveen rajoissa.</source>
        <translation>Hours fit: {hours} h/week within the wish.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="741" />
        <source>Tunnit {hours} h/vko, toive {min_hours}–{max_hours} h/vko.</source>
        <translation>Hours {hours} h/week, wish {min_hours}–{max_hours} h/week.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="744" />
        <source>Osaaminen ja kiinnostus vastaavat tehtäviä: {words}.</source>
        <translation>Skills and interests match the tasks: {words}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="747" />
        <source>Rajoitus koskee tehtävää: tarkista ennen ehdottamista.</source>
        <translation>A restriction concerns the tasks: check before proposing.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="750" />
        <source>Työ sopii osatyökykyiselle.</source>
        <translation>The work suits a partially able person.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="753" />
        <source>Sama alue: {area}.</source>
        <translation>Same area: {area}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="754" />
        <source>Ei aiempaa tuettua työsuhdetta.</source>
        <translation>No earlier subsidised placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="757" />
        <source>Edellisestä työsuhteesta {months} kk.</source>
        <translation>{months} months since the last placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="760" />
        <source>Käytettävissä vasta {available}.</source>
        <translation>Available only from {available}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="763" />
        <source>Rekrytointitarvetta {key} ei löydy.</source>
        <translation>Recruitment need {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="764" />
        <source>Kartoituskierrosta {key} ei löydy.</source>
        <translation>Survey round {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="767" />
        <source>Henkilöä {key} ei ole merkitty työnhakijaksi.</source>
        <translation>Person {key} is not marked as a job seeker.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="770" />
        <source>Työnantajarinkiä {key} ei löydy.</source>
        <translation>Employer ring {key} not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="773" />
        <source>Vähimmäistuntien pitää olla enintään enimmäistunnit.</source>
        <translation>The minimum hours must not exceed the maximum hours.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="776" />
        <source>Anna ohjauskapasiteetti kokonaislukuna 0–50.</source>
        <translation>Give the supervision capacity as a whole number 0–50.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="779" />
        <source>Anna vuosi väliltä 2000–2100.</source>
        <translation>Give a year between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="780" />
        <source>Tarpeen tilaa ei voi muuttaa tilasta {status}.</source>
        <translation>The need cannot be moved from the status {status}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="783" />
        <source>Ringissä pitää olla vähintään kaksi jäsenyhdistystä.</source>
        <translation>A ring needs at least two member associations.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="786" />
        <source>Ringin jäsenten tunnit yhteensä {hours} h/vko; vähintään {min_hours} h/vko.</source>
        <translation>The ring members' hours total {hours} h/week; at least {min_hours} h/week needed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="790" />
        <source>Ringin jäsenten tunnit yhteensä {hours} h/vko; enintään 40 h/vko.</source>
        <translation>The ring members' hours total {hours} h/week; at most 40 h/week.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="793" />
        <source>Tarpeet eivät sovi samaan rinkiin (tehtävät, sijainti tai ajanjakso eroavat).</source>
        <translation>The needs do not fit in one ring (tasks, location or period differ).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="797" />
        <source>Päätyönantajan pitää olla ringin jäsen.</source>
        <translation>The lead employer must be a member of the ring.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="800" />
        <source>Sama yhdistys on ringissä kahdesti.</source>
        <translation>The same association is in the ring twice.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="803" />
        <source>Anna viikonpäivät lyhenteinä, esim. ma ti ke.</source>
        <translation>Give the weekdays as Finnish abbreviations, e.g. ma ti ke.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="806" />
        <source>Ringin työsuhteen työnantaja on ringin päätyönantaja {lead}.</source>
        <translation>The employer of a ring placement is the ring's lead employer {lead}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="810" />
        <source>Tarve {key} ei ole enää avoin.</source>
        <translation>Need {key} is no longer open.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="377" />
        <source>Päättyminen</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="380" />
        <source>&amp;Päättyi</source>
        <translation>&amp;Ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="383" />
        <source>&amp;Syy</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="386" />
        <source>Työsuhteella ei ole myönteistä Kemi-lisäpäätöstä, joten muutospäätöstä ei tarvita.</source>
        <translation>The placement has no Kemi supplement grant, so no amendment decision is needed.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="18" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="19" />
        <source>Säätiö</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="20" />
        <source>Yritys</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="21" />
        <source>Suunniteltu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="22" />
        <source>Voimassa</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="23" />
        <source>Päättynyt</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="24" />
        <source>Päättynyt ennenaikaisesti</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="25" />
        <source>Vireillä</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="26" />
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="27" />
        <source>Peruttu</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="28" />
        <source>Myönteinen päätös</source>
        <translation>Positive decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="29" />
        <source>Osittain myönteinen päätös</source>
        <translation>Partly positive decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="30" />
        <source>Kielteinen päätös</source>
        <translation>Negative decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="31" />
        <source>Työllistämisbonus</source>
        <translation>Employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="32" />
        <source>Muutospäätös</source>
        <translation>Amendment decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="33" />
        <source>Takaisinperintäpäätös</source>
        <translation>Recovery decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="34" />
        <source>Luonnos</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="35" />
        <source>Lähetetty</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="36" />
        <source>Kirje</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="37" />
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="38" />
        <source>Luovutettu henkilökohtaisesti</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="39" />
        <source>Erääntyvä</source>
        <translation>Coming due</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="40" />
        <source>Haettu</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="41" />
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="42" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="43" />
        <source>Pidätetty</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="44" />
        <source>Aloituskeskustelu</source>
        <translation>Start talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="45" />
        <source>Väliarviointi</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="46" />
        <source>Loppuarviointi</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="47" />
        <source>Päättyessä</source>
        <translation>At the end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="48" />
        <source>3 kk päättymisestä</source>
        <translation>3 months after the end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="49" />
        <source>6 kk päättymisestä</source>
        <translation>6 months after the end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="50" />
        <source>Työ yrityksessä</source>
        <translation>Job in a company</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="51" />
        <source>Jatkaa järjestössä omin varoin</source>
        <translation>Continues at the association on its own funds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="52" />
        <source>Muu työ avoimilla työmarkkinoilla</source>
        <translation>Other job on the open labour market</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="53" />
        <source>Koulutus</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="54" />
        <source>Muu palvelu</source>
        <translation>Other service</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="55" />
        <source>Työtön</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="56" />
        <source>Ei tiedossa</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="57" />
        <source>Vähintään 300 päivää työmarkkinatukea</source>
        <translation>At least 300 days of labour market subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="58" />
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="59" />
        <source>Alle 30-vuotias</source>
        <translation>Under 30 years of age</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="60" />
        <source>Kalenteripäivien mukaan</source>
        <translation>By calendar days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="61" />
        <source>Arkipäivien (ma–pe) mukaan</source>
        <translation>By working days (Mon–Fri)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="62" />
        <source>Täysi kuukausi</source>
        <translation>Full month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="63" />
        <source>Este</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="64" />
        <source>Huomautus</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="65" />
        <source>Työnantajat</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="66" />
        <source>Esihenkilöt ja työnohjaajat</source>
        <translation>Supervisors and work guides</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="67" />
        <source>Työnantajat ja esihenkilöt</source>
        <translation>Employers and supervisors</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="68" />
        <source>Työjakso vastaanottavalla työnantajalla tukijakson aikana</source>
        <translation>Work period at the receiving employer during the subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="69" />
        <source>Siirtyminen vastaanottavan työnantajan palvelukseen tukijakson jälkeen</source>
        <translation>Move to the receiving employer after the subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="72" />
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="73" />
        <source>Käynnissä</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="74" />
        <source>Päättynyt, työllistyi</source>
        <translation>Ended, employed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="75" />
        <source>Päättynyt, ei työllistynyt</source>
        <translation>Ended, not employed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="76" />
        <source>Avoin</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="77" />
        <source>Yhdistetty</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="78" />
        <source>Täytetty</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="79" />
        <source>Ehdotettu</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="80" />
        <source>Hylätty</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="81" />
        <source>Käynti työpaikalla</source>
        <translation>Workplace visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="82" />
        <source>Puhelu</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="83" />
        <source>Tapaaminen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/labels.py" line="84" />
        <source>Muu</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="136" />
        <source>Yhteys palvelimeen katkesi</source>
        <translation>Connection to the server lost</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="137" />
        <source>Yhteys tietokantapalvelimeen katkesi. Mitään ei tallennettu puolittain: keskeneräinen tallennus peruttiin kokonaan. Lomake pysyy auki arvoineen; tallenna uudelleen, kun yhteys toimii.</source>
        <translation>The connection to the database server was lost. Nothing was saved halfway: the unfinished save was cancelled as a whole. The form stays open with its values; save again when the connection works.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="147" />
        <source>Odottamaton virhe</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="148" />
        <source>Ohjelmassa tapahtui odottamaton virhe. Keskeneräinen toiminto jäi tekemättä, mutta ohjelma jatkaa toimintaansa ja tallennetut tiedot ovat tallessa.</source>
        <translation>An unexpected error occurred. The unfinished action was not done, but the program keeps running and the saved data is safe.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="154" />
        <source>Virhe on kirjattu lokitiedostoon %1. Jos virhe toistuu, lähetä lokitiedosto tukeen.</source>
        <translation>The error was written to the log file %1. If it happens again, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="51" />
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="139" />
        <location filename="../../src/kemidesk/ui/export_actions.py" line="155" />
        <location filename="../../src/kemidesk/ui/export_actions.py" line="206" />
        <source>Vie Exceliin</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="140" />
        <source>Valitse luettelovälilehti (esim. Työsuhteet), jonka haluat viedä Exceliin.</source>
        <translation>Choose a list tab (e.g. Placements) to export to Excel.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="191" />
        <source>Tuotu %1 uutta tietuetta.</source>
        <translation>Imported %1 new records.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="200" />
        <source>Tallennetaan Excel-tiedostoa…</source>
        <translation>Saving the Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="234" />
        <source>Vienti ei onnistu</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="235" />
        <source>Excel-tiedostoa ei voitu tallentaa.</source>
        <translation>The Excel file could not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="242" />
        <source>Viety Exceliin: %1 (1 rivi)</source>
        <translation>Exported to Excel: %1 (1 row)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/export_actions.py" line="244" />
        <source>Viety Exceliin: %1 (%2 riviä)</source>
        <translation>Exported to Excel: %1 (%2 rows)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="50" />
        <source>Tarkistusta ei ole vielä tehty.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="60" />
        <source>Kaikki Kemi-lisän ehdot täyttyvät.</source>
        <translation>Every condition of the Kemi supplement is met.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="93" />
        <source>Este</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="95" />
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="104" />
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="105" />
        <source>Työhönvalmentaja mukana</source>
        <translation>Job coach present</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="106" />
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="107" />
        <source>Edistyminen</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="108" />
        <source>Tuki ja perehdytys</source>
        <translation>Support and orientation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="109" />
        <source>Koulutus</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="110" />
        <source>Työnhaun tuki</source>
        <translation>Job-search support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="111" />
        <source>Tutustumisjakso</source>
        <translation>Trial visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="112" />
        <source>Poissaolot ja muutokset</source>
        <translation>Absences and changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="113" />
        <source>Työntekijän oma arvio</source>
        <translation>Employee's own assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="114" />
        <source>Loppuarvio</source>
        <translation>End assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="115" />
        <source>Seuraava keskustelu</source>
        <translation>Next talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="116" />
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="117" />
        <source>Uusi työnantaja</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="118" />
        <source>Uusi työ alkaa</source>
        <translation>New job starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="119" />
        <source>Työsopimus</source>
        <translation>Employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="120" />
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="121" />
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FollowupForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="74" />
        <source>%1, työsuhde %2–%3</source>
        <translation>%1, employment %2–%3</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="80" />
        <source>ohjaaja %1</source>
        <translation>supervisor %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="81" />
        <source>työhönvalmentaja %1</source>
        <translation>job coach %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="82" />
        <source>palkkatukipäätös %1</source>
        <translation>wage subsidy decision %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="93" />
        <source>Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja. Kirjaa vain se, mitä ohjaus ja tuki edellyttävät.</source>
        <translation>Do not record health or work-ability information on this form. Record only what the guidance and support need.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="120" />
        <source>Keskustelu</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="126" />
        <source>esim. työntekijä, ohjaaja, työnantaja</source>
        <translation>e.g. employee, supervisor, employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="127" />
        <source>Työhönvalmentaja osallistui</source>
        <translation>The job coach took part</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="128" />
        <source>&amp;Keskustelu</source>
        <translation>&amp;Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="129" />
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="133" />
        <source>&amp;Osallistujat</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="138" />
        <source>Kirjaa keskustelun osallistujat.</source>
        <translation>Record who took part in the talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="143" />
        <source>Työhön&amp;valmentaja</source>
        <translation>&amp;Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="149" />
        <source>Seu&amp;raava keskustelu</source>
        <translation>Next ta&amp;lk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="153" />
        <source>Tavoitteet ja edistyminen</source>
        <translation>Goals and progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="155" />
        <source>Tavo&amp;itteet</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="156" />
        <source>&amp;Edistyminen</source>
        <translation>P&amp;rogress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="159" />
        <source>Ohjaus ja tuki</source>
        <translation>Guidance and support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="162" />
        <source>T&amp;uki ja perehdytys</source>
        <translation>&amp;Support and orientation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="163" />
        <source>Koulutu&amp;s</source>
        <translation>Tra&amp;ining</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="165" />
        <source>Työn&amp;haun tuki</source>
        <translation>Job-search support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="167" />
        <source>Tutustu&amp;misjakso</source>
        <translation>Trial &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="169" />
        <source>Palkallinen 2–3 päivän tutustuminen toiseen työnantajaan</source>
        <translation>A paid 2–3 day visit to another employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="173" />
        <source>Muutokset ja loppuarvio</source>
        <translation>Changes and end assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="177" />
        <source>Työntekijän omin sanoin: miten työ sujuu, mitä haluaa seuraavaksi</source>
        <translation>In the employee's own words: how the work goes, what they want next</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="180" />
        <source>ei vielä tiedossa</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="183" />
        <source>Työnantaja ja työntekijä ovat allekirjoittaneet</source>
        <translation>Signed by the employer and the employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="186" />
        <source>Poissaolot ja työaikamuutokset</source>
        <translation>Absences and changes in hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="188" />
        <source>T&amp;yöntekijän oma arvio</source>
        <translation>Emplo&amp;yee's own assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="190" />
        <source>&amp;Loppuarvio</source>
        <translation>&amp;End assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="191" />
        <source>Jatkopolku ja allekirjoitus</source>
        <translation>Next step and signature</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="192" />
        <source>&amp;Jatkopolku</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="198" />
        <source>esim. toistaiseksi voimassa oleva, kokoaikainen</source>
        <translation>e.g. permanent, full-time</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="200" />
        <source>Uusi työnantaja</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="201" />
        <source>Uusi työ alkaa</source>
        <translation>New job starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="202" />
        <source>Työsopimus</source>
        <translation>Employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="203" />
        <source>&amp;Allekirjoitettu</source>
        <translation>Sig&amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="204" />
        <source>Allekirjoitusp&amp;äivä</source>
        <translation>Signing &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="205" />
        <source>Muistiinpa&amp;not</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="214" />
        <source>Seurantapäivä on ennen työsuhteen alkua (%1).</source>
        <translation>The talk is before the employment started (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="222" />
        <source>Seuraavan keskustelun päivän on oltava tämän keskustelun jälkeen.</source>
        <translation>The next talk must be after this talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="235" />
        <source>Täytetään loppuarvioinnissa</source>
        <translation>Filled in at the final talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="247" />
        <source>Anna allekirjoituspäivä.</source>
        <translation>Enter the signing date.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="118" />
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="248" />
        <source>Tähdellä (*) merkityt kentät ovat pakollisia.</source>
        <translation>Fields marked with an asterisk (*) are required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="257" />
        <source>• … ja %1 muuta kenttää</source>
        <translation>• … and %1 more fields</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="259" />
        <source>Tallennus odottaa näitä:</source>
        <translation>Before saving, fix these:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="305" />
        <source>Avaa olemassa oleva</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="333" />
        <source>Tallentamattomat muutokset</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="334" />
        <source>Lomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?</source>
        <translation>The form has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="27" />
        <source>Uusi yhdistys</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="28" />
        <source>Muokkaa yhdistystä</source>
        <translation>Edit association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="29" />
        <source>Uusi työllistetty</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="30" />
        <source>Muokkaa työllistettyä</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="50" />
        <source>Uusi työsuhde</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="51" />
        <source>Muokkaa työsuhdetta</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="37" />
        <source>Kirjaa seurantalomake</source>
        <translation>Record follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="38" />
        <source>Muokkaa seurantalomaketta</source>
        <translation>Edit follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="52" />
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="53" />
        <source>Kirjaa maksatushakemus</source>
        <translation>Record payment claim</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="135" />
        <source>Uusi sääntöversio</source>
        <translation>New rule version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="136" />
        <source>Muokkaa sääntöversiota</source>
        <translation>Edit rule version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="57" />
        <source>Ennenaikainen päättyminen / muutospäätös</source>
        <translation>Early end / amendment decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="244" />
        <source>Takaisinperintäpäätös</source>
        <translation>Recovery decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="369" />
        <source>Työsuhteen ennenaikainen päättyminen</source>
        <translation>Early end of the placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="42" />
        <source>Uusi Kemi-lisähakemus</source>
        <translation>New Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="43" />
        <source>Kemi-lisähakemus</source>
        <translation>Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="64" />
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="65" />
        <source>Päätös Kemi-lisähakemukseen</source>
        <translation>Decision on a Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="31" />
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="32" />
        <source>Merkitse päätös lähetetyksi</source>
        <translation>Mark the decision as sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="67" />
        <source>Kirjaa jatkopolku</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="186" />
        <source>Päätä työllistämisbonus</source>
        <translation>Decide the employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="24" />
        <source>Uusi muu de minimis -tuki</source>
        <translation>New other de minimis aid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/de_minimis_dialog.py" line="25" />
        <source>Muu de minimis -tuki</source>
        <translation>Other de minimis aid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="68" />
        <source>Uusi valmennus</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="69" />
        <source>Muokkaa valmennusta</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="398" />
        <source>Uusi työnohjauskerta</source>
        <translation>New supervision session</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="399" />
        <source>Työnohjauskerta</source>
        <translation>Supervision session</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="55" />
        <source>Uusi siirtosopimus</source>
        <translation>New transfer agreement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="56" />
        <source>Siirtosopimus</source>
        <translation>Transfer agreement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="287" />
        <source>Siirtosopimuksen tila</source>
        <translation>Transfer agreement status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="58" />
        <source>Uusi rekrytointitarve</source>
        <translation>New recruitment need</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="59" />
        <source>Muokkaa rekrytointitarvetta</source>
        <translation>Edit recruitment need</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="229" />
        <source>Uusi kartoituskierros</source>
        <translation>New survey round</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="230" />
        <source>Muokkaa kartoituskierrosta</source>
        <translation>Edit survey round</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="290" />
        <source>Uusi työnhakija</source>
        <translation>New job seeker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="291" />
        <source>Muokkaa työnhakijaa</source>
        <translation>Edit job seeker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="29" />
        <source>Uusi työhönvalmentaja</source>
        <translation>New job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="30" />
        <source>Muokkaa työhönvalmentajaa</source>
        <translation>Edit job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="99" />
        <source>Uusi käynti</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="100" />
        <source>Muokkaa käyntiä</source>
        <translation>Edit visit</translation>
    </message>
</context>
<context>
    <name>GrantActions</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="76" />
        <source>Ennenaikainen &amp;päättyminen / muutospäätös…</source>
        <translation>Early &amp;end / amendment decision…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="81" />
        <source>Uusi &amp;hakemus…</source>
        <translation>New &amp;application…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="82" />
        <source>Kirjaa yhdistyksen Kemi-lisähakemus työsuhteelle</source>
        <translation>Record the association's Kemi supplement application for the placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="88" />
        <source>Kirjaa &amp;jatkopolku…</source>
        <translation>Record the &amp;outcome…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="89" />
        <source>Jatkopolku työsuhteen päättyessä, 3 ja 6 kk päättymisestä</source>
        <translation>The outcome at the end of the placement and 3 and 6 months later</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="98" />
        <source>Työsuhde päättyi ennen aikojaan: muutospäätös Kemi-lisään ja tarvittaessa takaisinperintä</source>
        <translation>The placement ended early: an amendment of the Kemi supplement and, if needed, recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="111" />
        <source>Päätä työllistämis&amp;bonus…</source>
        <translation>Decide the employment &amp;bonus…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="112" />
        <source>Jatkopolku oikeuttaa työllistämisbonukseen, eikä sitä ole päätetty</source>
        <translation>The outcome earns the employment bonus, and it has not been decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="123" />
        <source>Merkitse &amp;lähetetyksi…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="124" />
        <source>Lähetystapa ja -päivä; ohjelma laskee oikaisuvaatimusajan</source>
        <translation>How and when it was sent; the program computes the appeal period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="134" />
        <source>Myönnetyn Kemi-lisän muutospäätös ja tarvittaessa takaisinperintä</source>
        <translation>Amendment of a granted Kemi supplement and, if needed, recovery</translation>
    </message>
</context>
<context>
    <name>GrantPath</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="121" />
        <source>Työsuhde päättyi ennenaikaisesti %1. Kemi-lisän tukijakso päättyy samana päivänä ja maksuaikataulu lasketaan uudelleen.</source>
        <translation>The placement ended early on %1. The Kemi supplement period ends on the same day and the payment schedule is computed again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="225" />
        <source>Liikaa maksettu %1 peritään takaisin. Tehdäänkö takaisinperintäpäätös nyt?</source>
        <translation>The overpaid %1 will be recovered. Make the recovery decision now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="231" />
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="278" />
        <source>Työsuhde päättyi ennenaikaisesti %1. Kemi-lisää on maksettu %2 ajalta, jolta siihen ei ole oikeutta. Perusteetta maksettu määrä peritään takaisin.</source>
        <translation>The placement ended early on %1. %2 of Kemi supplement was paid for a time without entitlement. The amount paid without grounds is recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="438" />
        <source>Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.</source>
        <translation>An amendment is made to a Kemi supplement grant.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="451" />
        <source>Hakemus on ratkaistu</source>
        <translation>The application has been decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="452" />
        <source>Hakemus on jo ratkaistu; sen päätös löytyy Avustukset-välilehdeltä.</source>
        <translation>The application has already been decided; its decision is on the Grants tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="130" />
        <source>Päättäjän &amp;nimi</source>
        <translation>Decision maker's &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="122" />
        <source>Päättäjän nimi</source>
        <translation>Decision maker's name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="116" />
        <source>Päätöstä ei voi tehdä: asetuksista (Asetukset → Kirjelomake) puuttuu %1.</source>
        <translation>The decision cannot be made: the settings (Settings → Letterhead) lack %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="139" />
        <source>Päättäjän &amp;virkanimike</source>
        <translation>Decision maker's &amp;title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="151" />
        <source>Seuraavaksi: tulosta ja allekirjoita päätös, lähetä se yhdistykselle ja merkitse se lähetetyksi (Avustukset → Merkitse lähetetyksi).</source>
        <translation>Next: print and sign the decision, send it to the association and mark it sent (Grants → Mark as sent).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="157" />
        <source>Maksatushakemuksia voi hyväksyä vasta, kun päätös on merkitty lähetetyksi.</source>
        <translation>Payment claims can be approved only after the decision has been marked sent.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="172" />
        <source>Päätös %1 (%2) on tehty.</source>
        <translation>Decision %1 (%2) has been made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="178" />
        <source>Tulostetaanko päätös nyt?</source>
        <translation>Print the decision now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="180" />
        <source>Tulosta päätös</source>
        <translation>Print the decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="192" />
        <source>palkkatuki %1 %</source>
        <translation>pay subsidy %1 %</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="199" />
        <source>ei palkkatukea</source>
        <translation>no pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="110" />
        <source>Päätös %1 on lähetetty %2 (%3); oikaisuvaatimusaika päättyy %4. Tiedoksiantoa ei voi enää muuttaa.</source>
        <translation>Decision %1 was sent on %2 (%3); the period for a request for review ends on %4. The notification can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="121" />
        <source>Peruttua päätöstä ei voi lähettää.</source>
        <translation>A cancelled decision cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="122" />
        <source>Päätös on lähetetty</source>
        <translation>The decision has been sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="168" />
        <source>Jatkopolku oikeuttaa työllistämisbonukseen. Päätetäänkö työllistämisbonus (%1) nyt?</source>
        <translation>The outcome earns the employment bonus. Decide the employment bonus (%1) now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="175" />
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="282" />
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="351" />
        <source>Työllistämisbonus</source>
        <translation>Employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="283" />
        <source>Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko omin varoin) ei ole kirjattu, tai bonus on jo päätetty.</source>
        <translation>The employment bonus is not payable: no qualifying outcome (a job at a company or continuation with own funds) is recorded, or the bonus has already been decided.</translation>
    </message>
</context>
<context>
    <name>GrantsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="44" />
        <source>Päätösvuosi</source>
        <translation>Decision year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="47" />
        <source>Päätöksen tila</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="48" />
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="53" />
        <source>Päätöksen tyyppi</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="54" />
        <source>Kaikki päätöstyypit</source>
        <translation>All decision types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="95" />
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="119" />
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="122" />
        <source>Määräraha %1: %2, päätetty %3, jäljellä %4</source>
        <translation>Appropriation %1: %2, decided %3, left %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="137" />
        <source>Maksut: valitse päätös</source>
        <translation>Payments: choose a decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="142" />
        <source>Päätöksen %1 maksut (%2)</source>
        <translation>Payments of decision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="172" />
        <source>Arkistoidaanko päätös %1? Päätöstä ja sen maksuja ei poisteta; arkistoitu päätös piilotetaan luetteloista, ja sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the decision %1? The decision and its payments are not deleted; an archived decision is hidden from the lists, and View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="90" />
        <source>kemidesk – Käyttöohje</source>
        <translation>kemidesk – User guide</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="113" />
        <source>Hae sivulta (Ctrl+F, Enter = seuraava)</source>
        <translation>Find on the page (Ctrl+F, Enter = next)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="119" />
        <source>&amp;Takaisin</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="123" />
        <source>&amp;Sisällys</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="184" />
        <source>Ei löytynyt</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/help.py" line="192" />
        <source>kemidesk – Käyttöohje – %1</source>
        <translation>kemidesk – User guide – %1</translation>
    </message>
</context>
<context>
    <name>HoursEdit</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/fields.py" line="41" />
        <source>esim. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="56" />
        <source>Valitse tuotava taulukko</source>
        <translation>Choose the spreadsheet to import</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="58" />
        <source>Taulukot (*.xlsx *.csv);;Excel (*.xlsx);;CSV, puolipiste (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV, semicolon (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="69" />
        <source>Tallenna tuontipohja</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="71" />
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="82" />
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="288" />
        <source>Tuo taulukosta</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="89" />
        <source>Yhdistykset ja yritykset</source>
        <translation>Associations and companies</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="90" />
        <source>Työllistetyt henkilöt</source>
        <translation>Employed people</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="91" />
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="97" />
        <source>ei valittu</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="98" />
        <source>&amp;Valitse tiedosto…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="101" />
        <source>Tallenna &amp;pohja…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="103" />
        <source>Excel-pohja, jossa on sarakkeet ja esimerkkirivi</source>
        <translation>An Excel template with the columns and an example row</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="110" />
        <source>&amp;Tuotavat tiedot:</source>
        <translation>&amp;Data to import:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="113" />
        <source>Tiedosto:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="115" />
        <source>Valitse tiedosto. Mitään ei tallenneta ennen Tuo-painiketta.</source>
        <translation>Choose a file. Nothing is saved before the Import button.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="122" />
        <source>Rivi</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="122" />
        <source>Toiminto</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="122" />
        <source>Tieto</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="122" />
        <source>Virheet</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="132" />
        <source>&amp;Tuo</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="136" />
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="185" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="179" />
        <source>Pohjaa ei voi tallentaa</source>
        <translation>The template cannot be saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="181" />
        <source>Pohja tallennettu: %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="200" />
        <source>Tarkistetaan rivejä…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="212" />
        <source>Tarkistus keskeytettiin. Mitään ei tallennettu.</source>
        <translation>The check was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="229" />
        <source>Uusi</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="230" />
        <source>Yhdistetään olemassa olevaan</source>
        <translation>Joined to an existing record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="231" />
        <source>Virhe</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="250" />
        <source>%1 uutta, %2 yhdistetään olemassa oleviin, %3 virheellistä riviä.</source>
        <translation>%1 new, %2 joined to existing records, %3 rows with errors.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="260" />
        <source>Korjaa tiedoston sarakkeet ja valitse se uudelleen.</source>
        <translation>Correct the file's columns and choose it again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="264" />
        <source>Korjaa virheelliset rivit tiedostoon ja valitse se uudelleen; mitään ei tuoda ennen kuin kaikki rivit ovat kunnossa.</source>
        <translation>Correct the rows with errors in the file and choose it again; nothing is imported until every row is right.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="268" />
        <source>Kaikki rivit ovat jo tietokannassa.</source>
        <translation>Every row is already in the database.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="281" />
        <source>Tuodaan %1 uutta tietuetta tiedostosta %2 (%3 on jo tietokannassa). Jatketaanko?</source>
        <translation>Import %1 new records from %2 (%3 are already in the database). Continue?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="290" />
        <source>Tallennetaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/import_dialog.py" line="301" />
        <source>Tuonti ei onnistunut</source>
        <translation>The import failed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="65" />
        <source>kemidesk – Kemi-lisä ja järjestötyöllistäminen</source>
        <translation>kemidesk – Kemi supplement and employment in associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="92" />
        <source>Tallennettu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="99" />
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="103" />
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="107" />
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="110" />
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="111" />
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="127" />
        <source>Työkalut</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="160" />
        <source>Palvelin: %1, käyttäjä %2</source>
        <translation>Server: %1, user %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="161" />
        <source>Paikallinen tiedosto: %1</source>
        <translation>Local file: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="268" />
        <source>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi-lisä ja järjestötyöllistäminen.&lt;br&gt;Kemin kaupunki, Työllisyyspalvelut.&lt;/p&gt;&lt;p&gt;Tietokansio: %2&lt;br&gt;Lokitiedosto: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi supplement and employment in associations.&lt;br&gt;City of Kemi, Employment Services.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log file: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="277" />
        <source>Tietoja kemideskistä</source>
        <translation>About kemidesk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="287" />
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="289" />
        <source>Kieli vaihtuu, kun ohjelma käynnistetään uudelleen. Käynnistetäänkö ohjelma uudelleen nyt?</source>
        <translation>The language changes when the program is restarted. Restart the program now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="326" />
        <source>Tulosta valittu tietue (Ctrl+P)</source>
        <translation>Print the selected record (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="329" />
        <source>Ei tulostettavaa: tällä välilehdellä ei ole valittua tulostettavaa tietuetta.</source>
        <translation>Nothing to print: no printable record is selected on this tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="335" />
        <source>Palauta a&amp;rkistosta</source>
        <translation>Restore from a&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="335" />
        <source>A&amp;rkistoi</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="344" />
        <source>Yhdistyksiä %1 · työllistettyjä %2 · työsuhteita %3 · päätöksiä %4</source>
        <translation>Associations %1 · employees %2 · placements %3 · decisions %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="385" />
        <source>Ohjelma ei muuttanut tiedostoa. Tietokansio: %1</source>
        <translation>The program did not change the file. Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="388" />
        <source>Tietokantaa ei voi avata</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="312" />
        <source>Merkitse maksuerä maksetuksi</source>
        <translation>Mark payment batch paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="314" />
        <source>Maksuerä %1 (%2), koottu %3: %4 maksua, yhteensä %5.</source>
        <translation>Payment batch %1 (%2), made on %3: %4 payments, total %5.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="331" />
        <source>&amp;Maksupäivä</source>
        <translation>&amp;Payment date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="337" />
        <source>Merkitse &amp;maksetuksi</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="361" />
        <source>Maksupäivä ei voi olla ennen erän kokoamista (%1).</source>
        <translation>The payment date cannot be before the batch was made (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="375" />
        <source>Merkitäänkö maksuerän %1 kaikki %2 maksua (yhteensä %3) maksetuiksi %4? Merkintää ei voi perua.</source>
        <translation>Mark all %2 payments of batch %1 (total %3) paid on %4? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="383" />
        <source>Merkitse maksetuksi</source>
        <translation>Mark paid</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="424" />
        <source>Tee &amp;työsuhde…</source>
        <translation>Make a &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="443" />
        <source>Sopivat työnhakijat</source>
        <translation>Suitable job seekers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="445" />
        <source>%1: %2, %3 h/vko. Parhaat 50 työnhakijaa pisteiden mukaan.</source>
        <translation>%1: %2, %3 h/week. The best 50 job seekers by points.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="454" />
        <source>Sopivat työt</source>
        <translation>Suitable work</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="456" />
        <source>%1, toive %2 h/vko. Avoimet tarpeet pisteiden mukaan.</source>
        <translation>%1, wish %2 h/week. Open needs by points.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="461" />
        <source>Rajoitukset: %1</source>
        <translation>Restrictions: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/kemidesk/ui/messages.py" line="44" />
        <source>Toimintoa ei voi tehdä</source>
        <translation>The action cannot be done</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/fields.py" line="20" />
        <source>esim. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="76" />
        <source>Yhdistys ja kartoitus</source>
        <translation>Association and survey</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="84" />
        <source>&amp;Yhdistys</source>
        <translation>&amp;Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="86" />
        <source>Valitse yhdistys.</source>
        <translation>Choose an association.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="90" />
        <source>(ei kartoituskierrosta)</source>
        <translation>(no survey round)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="95" />
        <source>&amp;Kartoitus</source>
        <translation>Sur&amp;vey</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="97" />
        <source>Vastattu</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="103" />
        <source>Yhteys&amp;henkilö</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="107" />
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="114" />
        <source>Sähköposti</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="120" />
        <source>Työ</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="125" />
        <source>&amp;Työtehtävät</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="127" />
        <source>Kerro työtehtävät.</source>
        <translation>Describe the tasks.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="134" />
        <source>Tunnit/&amp;vko</source>
        <translation>&amp;Hours/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="143" />
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="144" />
        <source>&amp;Päättyy</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="146" />
        <source>&amp;Osaaminen</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="147" />
        <source>Sopii &amp;osatyökykyiselle</source>
        <translation>Suits a &amp;partially able person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="151" />
        <source>Ohjaus ja työpaikka</source>
        <translation>Supervision and workplace</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="153" />
        <source>Oh&amp;jaaja</source>
        <translation>Supe&amp;rvisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="157" />
        <source>Ohjauskapasiteetti (henkilöä)</source>
        <translation>Supervision capacity (persons)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="159" />
        <source>Työpaikan &amp;katuosoite</source>
        <translation>&amp;Workplace street address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="163" />
        <source>Postinumero</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="171" />
        <source>A&amp;lue</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="173" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="86" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="87" />
        <source>Avoimet ja yhdistetyt</source>
        <translation>Open and matched</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="88" />
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="109" />
        <source>Sopivat &amp;työnhakijat…</source>
        <translation>Suitable &amp;job seekers…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="110" />
        <source>Merkitse täytetyksi</source>
        <translation>Mark filled</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="111" />
        <source>Peru tarve</source>
        <translation>Cancel the need</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="112" />
        <source>Avaa uudelleen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="113" />
        <source>Tulosta kartoituslomake…</source>
        <translation>Print the survey form…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="114" />
        <source>Uusi kartoitus&amp;kierros…</source>
        <translation>New survey &amp;round…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="172" />
        <source>Tallenna kartoituslomake</source>
        <translation>Save the survey form</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="40" />
        <source>päätetty %1</source>
        <translation>decided %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="46" />
        <source>Lähetys</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="50" />
        <source>&amp;Tapa</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="54" />
        <source>&amp;Lähetetty</source>
        <translation>&amp;Sent on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="63" />
        <source>&amp;Merkitse lähetetyksi</source>
        <translation>Mark as s&amp;ent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="72" />
        <source>Lähetyspäivä on ennen päätöspäivää.</source>
        <translation>The sending date is before the decision date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="86" />
        <source>Katsotaan tiedoksi saaduksi %1&lt;br&gt;&lt;b&gt;Oikaisuvaatimusaika päättyy %2&lt;/b&gt;</source>
        <translation>Deemed received on %1&lt;br&gt;&lt;b&gt;The period for a request for review ends on %2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="47" />
        <source>Nämä tiedot tulostuvat päätösten, seurantalomakkeiden ja maksulistojen ylätunnisteeseen sekä oikaisuvaatimusohjeeseen.</source>
        <translation>These details are printed in the header of decisions, follow-up forms and payment lists, and in the appeal instructions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="66" />
        <source>&amp;Tallenna kirjelomake</source>
        <translation>&amp;Save letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="126" />
        <source>Toimisto</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="127" />
        <source>Or&amp;ganisaatio</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="128" />
        <source>&amp;Yksikkö</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="129" />
        <source>Kat&amp;uosoite</source>
        <translation>St&amp;reet address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="130" />
        <source>&amp;Postinumero ja -toimipaikka</source>
        <translation>&amp;Postcode and town</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="131" />
        <source>Pu&amp;helin</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="132" />
        <source>&amp;Sähköposti</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="134" />
        <source>PNG- tai JPEG-kuva, ei pakollinen</source>
        <translation>PNG or JPEG image, optional</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="135" />
        <source>&amp;Valitse…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="143" />
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="152" />
        <source>Kirjaamo ja oikaisuvaatimukset</source>
        <translation>Registry and requests for review</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="153" />
        <source>&amp;Kirjaamo</source>
        <translation>Re&amp;gistry</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="158" />
        <source>Kirjaamon osoit&amp;e</source>
        <translation>Registry &amp;address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="159" />
        <source>Kirjaamon sähk&amp;öposti</source>
        <translation>Registry e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="160" />
        <source>Kir&amp;jaamon aukioloaika</source>
        <translation>Registr&amp;y opening hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="162" />
        <source>esim. ma–pe klo 9.00–15.00 (pakollinen)</source>
        <translation>e.g. ma–pe klo 9.00–15.00 (required)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="164" />
        <source>Oikaisuvaatimuksen käsittelevä toi&amp;mielin</source>
        <translation>Body handling requests for re&amp;view</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="167" />
        <source>esim. Kemin kaupungin elinvoimalautakunta (pakollinen)</source>
        <translation>e.g. Kemin kaupungin elinvoimalautakunta (required)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="170" />
        <source>Kuntalaki 134 §: viranhaltijan päätöksestä oikaisuvaatimus tehdään toimielimelle, jonka alainen viranhaltija on – ei päätöksen tehneelle viranhaltijalle.</source>
        <translation>Local Government Act 134 §: a request for review of an official's decision goes to the body the official is subordinate to – not to the official who decided.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="178" />
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="179" />
        <source>P&amp;äätöksentekijä</source>
        <translation>&amp;Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="180" />
        <source>Vi&amp;rkanimike</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="181" />
        <source>&amp;Allekirjoituspaikka</source>
        <translation>Signing &amp;place</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="182" />
        <source>Toimivalta (&amp;delegointipäätös)</source>
        <translation>Po&amp;wer to decide (delegation)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="184" />
        <source>esim. Hallintosääntö 45 § (pakollinen)</source>
        <translation>e.g. Hallintosääntö 45 § (required)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="186" />
        <source>Säännös tai delegointipäätös, jonka nojalla viranhaltija päättää asiasta.</source>
        <translation>The provision or delegation decision under which the official decides the matter.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="191" />
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="192" />
        <source>Kaupungin tili (I&amp;BAN)</source>
        <translation>City's account (I&amp;BAN)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="194" />
        <source>pakollinen takaisinperintäpäätöksessä</source>
        <translation>required for a recovery decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="199" />
        <source>Korkoehto lähteineen; tulostuu takaisinperintäpäätökseen.</source>
        <translation>The interest rule with its source; printed on the recovery decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="200" />
        <source>Korkoehto</source>
        <translation>Interest rule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="201" />
        <source>Kuulemisen vastausaika (pv)</source>
        <translation>Time to answer the hearing (days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="205" />
        <source>Lisätietojen antaja</source>
        <translation>Contact for more information</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="206" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="207" />
        <source>Puhel&amp;in</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="208" />
        <source>Sähköp&amp;osti</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="212" />
        <source>Maksuluettelot</source>
        <translation>Payment lists</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="214" />
        <source>Maksuluettelon laatija</source>
        <translation>Payment list prepared by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="215" />
        <source>Nimi; tyhjä: laatija kirjoittaa nimensä käsin</source>
        <translation>Name; empty: the preparer writes their name by hand</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="257" />
        <source>Anna vastausaika päivinä (1–90).</source>
        <translation>Give the answer time in days (1–90).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="259" />
        <source>Anna organisaation nimi.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="262" />
        <source>Kuvatiedostoa ei löydy.</source>
        <translation>The image file was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="272" />
        <source>Tallentamattomia muutoksia.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="278" />
        <source>Valitse logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="278" />
        <source>Kuvat (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="294" />
        <source>Kirjelomake tallennettu.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>OutcomeDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="134" />
        <source>Ajankohta</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="135" />
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="136" />
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="137" />
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="76" />
        <source>Jatkopolku</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="81" />
        <source>&amp;Ajankohta</source>
        <translation>&amp;Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="85" />
        <source>T&amp;ilanne</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="88" />
        <source>&amp;Kirjattu</source>
        <translation>&amp;Recorded on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="90" />
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="139" />
        <source>Tämän ajankohdan jatkopolku on kirjattu %1; tallennus korjaa sen.</source>
        <translation>The outcome of this checkpoint was recorded on %1; saving corrects it.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="143" />
        <source>Tämä jatkopolku oikeuttaa työllistämisbonukseen.</source>
        <translation>This outcome earns the employment bonus.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="76" />
        <source>Hakemukset odottavat päätöstä</source>
        <translation>Applications waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="78" />
        <source>Päätökset lähettämättä – niiden maksuja ei hyväksytä ennen lähetystä</source>
        <translation>Decisions not sent – their payments are not approved before sending</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="82" />
        <source>Tarkastettavat maksatushakemukset</source>
        <translation>Payment claims to check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="84" />
        <source>Pidätetyt maksut</source>
        <translation>Payments held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="86" />
        <source>Seurannat erääntyneet ja tulossa</source>
        <translation>Follow-ups overdue and coming</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="88" />
        <source>Päättyvät työsuhteet ja palkkatuet (30 pv)</source>
        <translation>Placements and pay subsidies ending (30 days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="90" />
        <source>Päättyvät siirtosopimukset (30 pv)</source>
        <translation>Transfer agreements ending (30 days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="92" />
        <source>Jatkopolun seurannat</source>
        <translation>Outcome checks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="94" />
        <source>Työllistämisbonus ehdolla</source>
        <translation>Employment bonus proposed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="96" />
        <source>Työhönvalmentaja puuttuu</source>
        <translation>Job coach missing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="99" />
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="100" />
        <source>Tiedot</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="101" />
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="102" />
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="120" />
        <source>%1 pv</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="122" />
        <source>tänään</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="124" />
        <source>myöhässä %1 pv</source>
        <translation>%1 d late</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="125" />
        <source>%1 pv:n päästä</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="182" />
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="183" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="184" />
        <source>Jäljellä</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="203" />
        <source>Määräraha %1: %2</source>
        <translation>Appropriation %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="212" />
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="316" />
        <source>Avaa rivi kaksoisnapsautuksella tai Enterillä. Päivitä: F5.</source>
        <translation>Open a line with a double-click or Enter. Refresh: F5.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="340" />
        <source>Päivitetään…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="380" />
        <source>Yleiskatsausta ei voitu lukea; virhe on kirjattu lokiin.</source>
        <translation>The overview could not be read; the error has been logged.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="406" />
        <source>Tilanne %1</source>
        <translation>Situation on %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="408" />
        <source>Avoimia tehtäviä %1</source>
        <translation>Open tasks: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="435" />
        <source>Näytä kaikki (%1 riviä)…</source>
        <translation>Show all (%1 lines)…</translation>
    </message>
</context>
<context>
    <name>PaymentClaimDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="85" />
        <source>Maksatushakemus</source>
        <translation>Payment claim</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="88" />
        <source>Palkkalaskelma on liitteenä</source>
        <translation>The payslip is attached</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="90" />
        <source>Tosite palkanmaksusta (maksutosite) on liitteenä</source>
        <translation>Proof of the wage payment is attached</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="93" />
        <source>Hakemus &amp;saapui</source>
        <translation>Claim &amp;received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="95" />
        <source>&amp;Palkkalaskelma</source>
        <translation>&amp;Payslip</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="96" />
        <source>&amp;Maksutosite</source>
        <translation>Proof of &amp;payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="102" />
        <source>&amp;Hyväksy maksu heti, jos ehdot täyttyvät</source>
        <translation>&amp;Approve the payment at once if the conditions are met</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="107" />
        <source>Jos jokin ehto puuttuu (liitteet, päätöksen tiedoksianto, oikaisuaika, seurantalomakkeet), maksu pidätetään ja syy kerrotaan.</source>
        <translation>If a condition is missing (attachments, notification of the decision, appeal period, follow-up forms), the payment is held and the reason is shown.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="122" />
        <source>Hakemus saapui määräajan (%1) jälkeen.</source>
        <translation>The claim arrived after the deadline (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="128" />
        <source>Kemi-lisä maksetaan jälkikäteen: kausi päättyy %1.</source>
        <translation>Kemi-lisä is paid in arrears: the period ends on %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="138" />
        <source>Saapumispäivä ei voi olla tulevaisuudessa.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>PaymentDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="39" />
        <source>Avaa &amp;päätös</source>
        <translation>Open &amp;decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="42" />
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="47" />
        <source>&amp;Hyväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="59" />
        <source>Maksu %1, päätös %2</source>
        <translation>Payment %1, decision %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="66" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="67" />
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="68" />
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="69" />
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="70" />
        <source>Tukipäiviä</source>
        <translation>Subsidised days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="71" />
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="72" />
        <source>Haettava viimeistään</source>
        <translation>Claim by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="73" />
        <source>Hakemus saapui</source>
        <translation>Claim received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="74" />
        <source>Palkkalaskelma</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="75" />
        <source>Maksutosite</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="76" />
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="77" />
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="78" />
        <source>Viite</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="79" />
        <source>Pidätyksen syy</source>
        <translation>Reason held</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="95" />
        <source>Kaikki maksut</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="98" />
        <source>Tarkastettavat hakemukset</source>
        <translation>Claims to check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="103" />
        <source>Hyväksytyt, ei erässä</source>
        <translation>Approved, not in a batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="108" />
        <source>Pidätetyt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="113" />
        <source>Erässä, maksamatta</source>
        <translation>In a batch, not paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="118" />
        <source>Ei vielä haettu</source>
        <translation>Not claimed yet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="123" />
        <source>Maksetut (90 pv)</source>
        <translation>Paid (90 days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="245" />
        <source>Kokoa maksuerä</source>
        <translation>Make a payment batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="246" />
        <source>Hyväksyttyjä maksuja, jotka eivät ole vielä erässä, ei ole.</source>
        <translation>There are no approved payments that are not in a batch yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="271" />
        <source>Maksuerä koottu</source>
        <translation>Payment batch made</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="272" />
        <source>Maksuerä %1 on koottu (%2 maksua, yhteensä %3).</source>
        <translation>Payment batch %1 has been made (%2 payments, total %3).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="293" />
        <source>Tallenna CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="295" />
        <source>CSV-tiedostot (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="410" />
        <source>Merkitse maksetuksi</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="411" />
        <source>Maksuerä %1 on jo merkitty maksetuksi %2.</source>
        <translation>Payment batch %1 was already marked paid on %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="41" />
        <source>Päätös %1, erä %2: %3 – %4</source>
        <translation>Decision %1, instalment %2: %3 – %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="67" />
        <source>Kausi %1–%2 · %3 · haettava viimeistään %4 · tila: %5</source>
        <translation>Period %1–%2 · %3 · claim due %4 · status: %5</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="77" />
        <source>Pidätetty: %1</source>
        <translation>Held: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="165" />
        <source>Maksu hyväksytty</source>
        <translation>Payment approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="166" />
        <source>%1 (%2) on hyväksytty %3. Se voidaan koota maksuerään.</source>
        <translation>%1 (%2) was approved on %3. It can be put into a payment batch.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="177" />
        <source>Maksu pidätetty</source>
        <translation>Payment held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="178" />
        <source>%1 pidätettiin, koska maksun ehdot eivät täyty:</source>
        <translation>%1 was held because the conditions of payment are not met:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="184" />
        <source>Kun puuttuvat tiedot on kirjattu, hyväksy maksu uudelleen.</source>
        <translation>When the missing information has been recorded, approve the payment again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="201" />
        <source>Maksu on jo tilassa %1; hakemusta ei voi enää kirjata.</source>
        <translation>The payment is already %1; a claim can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="247" />
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="250" />
        <source>&amp;Hyväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="254" />
        <source>&amp;Avaa</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="156" />
        <source>Maksun tila</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="163" />
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="164" />
        <source>H&amp;yväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="165" />
        <source>Kokoa maksu&amp;erä…</source>
        <translation>Make payment &amp;batch…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="195" />
        <source>Maksuerät</source>
        <translation>Payment batches</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="196" />
        <source>Avaa maksu&amp;lista…</source>
        <translation>Open payment &amp;list…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="197" />
        <source>Tallenna &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="198" />
        <source>Merkitse maksetuksi…</source>
        <translation>Mark paid…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="245" />
        <source>Maksuerät (%1, maksamatta %2)</source>
        <translation>Payment batches (%1, unpaid %2)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="281" />
        <source>Vaatii yhteyden toimiston tietokantaan.</source>
        <translation>Needs a connection to the office database.</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="69" />
        <source>Ladataan…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="28" />
        <source>Kotikunta</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="29" />
        <source>Kaikki kotikunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="30" />
        <source>Kemiläiset</source>
        <translation>Kemi residents</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="31" />
        <source>Muut kunnat</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="33" />
        <source>Vain &amp;osatyökykyiset</source>
        <translation>Only partial &amp;work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="70" />
        <source>Arkistoidaanko %1? Henkilön työsuhteet, päätökset ja maksut säilyvät. Arkistoitu henkilö piilotetaan luetteloista; hänet saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive %1? The person's placements, decisions and payments are kept. An archived person is hidden from the lists; View → Show archived brings them back.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/kemidesk/ui/permissions.py" line="52" />
        <source>Ei käyttöoikeutta</source>
        <translation>No permission</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/permissions.py" line="82" />
        <source>päättäjä</source>
        <translation>decider</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/permissions.py" line="84" />
        <source>käsittelijä</source>
        <translation>officer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/permissions.py" line="85" />
        <source>vain luku</source>
        <translation>read only</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="187" />
        <source>&amp;Näytä henkilötunnus</source>
        <translation>&amp;Show personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="189" />
        <source>Jokainen näyttäminen kirjataan lokiin.</source>
        <translation>Every showing is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="191" />
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="196" />
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="202" />
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="208" />
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="217" />
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="222" />
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="245" />
        <source>Henkilötunnus</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="223" />
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="224" />
        <source>Kemiläinen</source>
        <translation>Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="225" />
        <source>Työmarkkinatukipäiviä</source>
        <translation>Labour market subsidy days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="226" />
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="227" />
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="228" />
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="229" />
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="61" />
        <source>Henkilötiedot</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="63" />
        <source>esim. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="68" />
        <source>&amp;Etunimi</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="70" />
        <source>Etunimi</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="76" />
        <source>&amp;Sukunimi</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="78" />
        <source>Sukunimi</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="82" />
        <source>&amp;Henkilötunnus</source>
        <translation>Personal &amp;ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="84" />
        <source>&amp;Vaihda…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="94" />
        <source>S&amp;yntymäaika</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="98" />
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="99" />
        <source>&amp;Kemiläinen</source>
        <translation>&amp;Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="102" />
        <source>&amp;Osatyökykyinen</source>
        <translation>Partial &amp;work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="106" />
        <source>Terveystieto: kirjaa vain välttämätön.</source>
        <translation>Health data: record only what is necessary.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="109" />
        <source>Ty&amp;ömarkkinatukipäiviä</source>
        <translation>Labour market subsidy &amp;days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="113" />
        <source>Työkyvyn &amp;rajoitteet</source>
        <translation>Work ability &amp;limitations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="118" />
        <source>Yhteystiedot</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="122" />
        <source>&amp;Puhelin</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="123" />
        <source>S&amp;ähköposti</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="124" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="132" />
        <source>tyhjä poistaa henkilötunnuksen</source>
        <translation>empty removes the personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="155" />
        <source>Syntymäaika ei vastaa henkilötunnusta.</source>
        <translation>The date of birth does not match the personal ID.</translation>
    </message>
</context>
<context>
    <name>PlacementDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="258" />
        <source>Avaa &amp;työllistetty</source>
        <translation>Open &amp;employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="261" />
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="265" />
        <source>Kirjaa &amp;seurantalomake…</source>
        <translation>Record &amp;follow-up form…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="272" />
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="278" />
        <source>Maksuaikataulu</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="284" />
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="288" />
        <source>Muokkaa seurantaa napsauttamalla</source>
        <translation>Click to edit the follow-up</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="291" />
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="296" />
        <source>Siirtosopimukset</source>
        <translation>Transfer agreements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="299" />
        <source>Avaa siirtosopimus (muokkaus, tilan muutos, tulostus) napsauttamalla</source>
        <translation>Click to open the transfer agreement (edit, change status, print)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="301" />
        <source>Lisää s&amp;iirtosopimus…</source>
        <translation>Add transfer agreeme&amp;nt…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="304" />
        <source>Työhönvalmentajan käynnit</source>
        <translation>Job coach's visits</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="308" />
        <source>Muokkaa tai poista käynti napsauttamalla</source>
        <translation>Click to edit or delete a visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="311" />
        <source>Lisää &amp;käynti…</source>
        <translation>Add &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="314" />
        <source>Kirjaa työhönvalmentajan käynti tähän työsuhteeseen</source>
        <translation>Record a job coach's visit to this placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="351" />
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="361" />
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="362" />
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="363" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="364" />
        <source>Päättyi ennenaikaisesti</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="365" />
        <source>Viikkotyöaika</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="366" />
        <source>Palkka/kk</source>
        <translation>Wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="367" />
        <source>Palkkakustannukset/kk</source>
        <translation>Wage costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="368" />
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="369" />
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="370" />
        <source>Palkkatuen myöntäjä</source>
        <translation>Pay subsidy granted by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="371" />
        <source>Palkkatukipäätös</source>
        <translation>Pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="372" />
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="373" />
        <source>Palkkatukijakso</source>
        <translation>Pay subsidy period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="374" />
        <source>Palkkatuki/kk</source>
        <translation>Pay subsidy/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="375" />
        <source>Työnantajarinki</source>
        <translation>Employer ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="376" />
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="70" />
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="71" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="112" />
        <source>Osapuolet</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="129" />
        <source>T&amp;yöllistetty</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="131" />
        <source>Valitse työllistettävä.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="137" />
        <source>Ty&amp;önantaja</source>
        <translation>Emp&amp;loyer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="139" />
        <source>Valitse työnantaja.</source>
        <translation>Choose the employer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="149" />
        <source>(ei työnantajarinkiä)</source>
        <translation>(no employer ring)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="154" />
        <source>Työnantajarinki</source>
        <translation>Employer ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="163" />
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="172" />
        <source>Te&amp;htävänimike</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="174" />
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="177" />
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="178" />
        <source>&amp;Päättyy</source>
        <translation>E&amp;nds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="182" />
        <source>&amp;Viikkotyöaika (h)</source>
        <translation>&amp;Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="190" />
        <source>&amp;Bruttopalkka/kk</source>
        <translation>Gross &amp;wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="196" />
        <source>Palkka&amp;kustannukset/kk</source>
        <translation>Wage &amp;costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="198" />
        <source>&amp;Ohjaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="200" />
        <source>Työhönvalmenta&amp;ja</source>
        <translation>Job c&amp;oach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="208" />
        <source>(ei työhönvalmentajaa)</source>
        <translation>(no job coach)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="215" />
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="222" />
        <source>ei palkkatukea</source>
        <translation>no pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="226" />
        <source>&amp;Myöntäjä</source>
        <translation>Granted &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="227" />
        <source>Päätöksen &amp;numero</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="228" />
        <source>Päätöksen pä&amp;ivä</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="229" />
        <source>Tukip&amp;rosentti</source>
        <translation>Subsidy &amp;percentage</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="230" />
        <source>Tuki a&amp;lkaa</source>
        <translation>Subsidy s&amp;tarts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="231" />
        <source>Tuki p&amp;äättyy</source>
        <translation>Subsidy en&amp;ds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="233" />
        <source>Tuki &amp;euroina/kk</source>
        <translation>Subsidy/&amp;month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="254" />
        <source>Palkkatuen alkupäivä</source>
        <translation>Pay subsidy start date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="255" />
        <source>Palkkatuen loppupäivä</source>
        <translation>Pay subsidy end date</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="45" />
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="46" />
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="51" />
        <source>Seuranta myöhässä</source>
        <translation>Follow-up late</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="54" />
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="61" />
        <source>Voimassa vuoden aikana</source>
        <translation>Current during the year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="62" />
        <source>Palkkatuki päättyy &amp;30 pv sisällä</source>
        <translation>Pay subsidy ends within &amp;30 days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="74" />
        <source>Kaikki työnantajat</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="82" />
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="100" />
        <source>Seuranta myöhässä (%1)</source>
        <translation>Follow-up late (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="156" />
        <source>Arkistoidaanko työsuhde %1 – %2? Sen päätökset, maksut ja seurannat säilyvät. Arkistoitu työsuhde piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the placement %1 – %2? Its decisions, payments and follow-ups are kept. An archived placement is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="68" />
        <source>Esikatselu – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="96" />
        <source>Sovita &amp;leveyteen</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="96" />
        <source>Sivun leveys</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="97" />
        <source>&amp;Koko sivu</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="97" />
        <source>Koko sivu näkyviin</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="98" />
        <source>Todellinen koko</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="109" />
        <source>Edellinen sivu (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="112" />
        <source>Seuraava sivu (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="119" />
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="123" />
        <source>Tulosta tulostimelle (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="125" />
        <source>Tallenna &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="129" />
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="213" />
        <source>sivu %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="242" />
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="264" />
        <source>Tulostetaan…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="264" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="266" />
        <source>Tulostus</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="276" />
        <source>Tulostetaan sivua %1 / %2…</source>
        <translation>Printing page %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="301" />
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="303" />
        <source>Tulostinta ei voitu avata. Tarkista tulostimen valinta ja yritä uudelleen.</source>
        <translation>The printer could not be opened. Check the printer choice and try again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="318" />
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="320" />
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintTask</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="61" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="64" />
        <source>Tulostus</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="116" />
        <source>Muodostetaan PDF-tiedostoa (%1 lomaketta)…</source>
        <translation>Making the PDF file (%1 forms)…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/files.py" line="77" />
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/files.py" line="78" />
        <source>Tiedostoa %1 ei voitu tallentaa.</source>
        <translation>The file %1 could not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="65" />
        <source>Tulosta päätös</source>
        <translation>Print decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="66" />
        <source>Kumpi päätöksen kappale tulostetaan?</source>
        <translation>Which copy of the decision is printed?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="70" />
        <source>&amp;Asianosaisen kappale</source>
        <translation>&amp;Party's copy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="71" />
        <source>Kaikki tiedot, myös työllistetyn henkilötiedot ja työsuhde.</source>
        <translation>All details, including the employee's personal data and the employment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="77" />
        <source>&amp;Julkinen versio</source>
        <translation>&amp;Public version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="78" />
        <source>Ilman henkilötietoja, esimerkiksi nähtäville tai pöytäkirjaan.</source>
        <translation>Without personal data, e.g. for public display or the minutes.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="107" />
        <source>Tulosta seurantalomake</source>
        <translation>Print follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="108" />
        <source>Millainen seurantalomake tulostetaan?</source>
        <translation>Which follow-up form is printed?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="112" />
        <source>&amp;Esitäytetty lomake</source>
        <translation>&amp;Pre-filled form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="113" />
        <source>Työsuhteen tiedot ja aiemmat seurantakeskustelut valmiiksi täytettyinä.</source>
        <translation>The employment details and earlier follow-up talks filled in.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="120" />
        <source>&amp;Tyhjä lomake käyntiä varten</source>
        <translation>&amp;Blank form for a visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="121" />
        <source>Kaikki kentät täytetään käsin käynnillä.</source>
        <translation>All fields are filled in by hand during the visit.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="143" />
        <source>Seurantalomakkeet</source>
        <translation>Follow-up forms</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="144" />
        <source>Yhdistyksellä ei ole käynnissä olevia työsuhteita, joten tulostettavia seurantalomakkeita ei ole.</source>
        <translation>The association has no running employments, so there are no follow-up forms to print.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="151" />
        <source>Kootaan seurantalomakkeita (%1 työsuhdetta)…</source>
        <translation>Gathering follow-up forms (%1 employments)…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="175" />
        <source>Tallenna CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="177" />
        <source>CSV-tiedostot (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="198" />
        <source>Muodostetaan tulostetta…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="215" />
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="216" />
        <source>Tulostetta ei voitu muodostaa. Virhe on kirjattu lokitiedostoon.</source>
        <translation>The printout could not be made. The error was written to the log file.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="229" />
        <source>Tallenna &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="353" />
        <source>Jatkopolku kirjattiin: työ yrityksessä. Se oikeuttaa työllistämisbonukseen. Päätetäänkö työllistämisbonus nyt?</source>
        <translation>The outcome was recorded: a job at a company. It earns the employment bonus. Decide the employment bonus now?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="45" />
        <source>Hae (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="66" />
        <source>&amp;Hae:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="172" />
        <source>Rivejä: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="174" />
        <source>Näytetään %1 / %2</source>
        <translation>Showing %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="176" />
        <source>ladataan…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="251" />
        <source>Palautetaanko tietue arkistosta takaisin luetteloihin?</source>
        <translation>Restore the record from the archive to the lists?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="253" />
        <source>Arkistointi</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="265" />
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="273" />
        <source>Poisto</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="265" />
        <source>Poistetaanko valittu tietue pysyvästi?</source>
        <translation>Delete the selected record permanently?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="272" />
        <source>Arkistoidaanko tietue sen sijaan?</source>
        <translation>Archive the record instead?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="285" />
        <source>Arkistoidaanko valittu tietue? Arkistoitua tietoa ei poisteta, mutta se piilotetaan luetteloista. Sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the selected record? Archived data is not deleted but hidden from the lists. View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>RecordsBehind</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="82" />
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="82" />
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="82" />
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="83" />
        <source>Alkoi</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="83" />
        <source>Päättyi</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="99" />
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="102" />
        <source>%1 työsuhdetta</source>
        <translation>%1 placements</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="260" />
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="266" />
        <source>Takaisin perittävä &amp;määrä</source>
        <translation>A&amp;mount to recover</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="274" />
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="289" />
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="298" />
        <source>Tulosta &amp;kuulemiskirje…</source>
        <translation>Print &amp;hearing letter…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="303" />
        <source>Hallintolaki 34 §: päätöksen saajaa kuullaan ennen takaisinperintää. Kirjeessä on laskelma ja vastausaika.</source>
        <translation>Administrative Procedure Act 34 §: the recipient is heard before the recovery. The letter has the calculation and the time to answer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="333" />
        <source>Enintään %1 ei peritä takaisin.</source>
        <translation>Amounts up to %1 are not recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="340" />
        <source>Kirjoita takaisinperinnän perustelu.</source>
        <translation>Write the reasons for the recovery.</translation>
    </message>
</context>
<context>
    <name>RelatedTable</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/related_table.py" line="41" />
        <source>Avaa rivi napsauttamalla</source>
        <translation>Click a row to open it</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="130" />
        <source>Ei ryhmittelyä</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="131" />
        <source>Työnantajan tyyppi</source>
        <translation>Employer type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="132" />
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="133" />
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="134" />
        <source>Työnantajarengas</source>
        <translation>Employer ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="138" />
        <source>Laske</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="141" />
        <source>Näytä &amp;PDF…</source>
        <translation>Show &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="143" />
        <source>Raportti kaavioineen esikatseluun ja tulostukseen</source>
        <translation>The report with its charts, to preview and print</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="145" />
        <source>&amp;Vie Exceliin…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="152" />
        <source>Vuos&amp;iraportti…</source>
        <translation>Annual report…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="154" />
        <source>Vuosiraportti valtuustolle (PDF)</source>
        <translation>Annual report for the council (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="157" />
        <source>Ka&amp;usi:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="158" />
        <source>Ry&amp;hmittely:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="176" />
        <source>Kaksoisnapsauta lukua: näet työsuhteet, joista se on laskettu.</source>
        <translation>Double-click a figure to see the placements it was counted from.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="223" />
        <source>Kauden loppu ei voi olla ennen alkua.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="237" />
        <source>Raporttia ei voi laskea</source>
        <translation>The report cannot be computed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="254" />
        <source>Kaksoisnapsauta: näytä työsuhteet</source>
        <translation>Double-click: show the placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="262" />
        <source>Kausi %1, vertailukausi %2. Tulokset kauden aikana päättyneistä työsuhteista; ”ei vielä ajankohtainen” ei ole epäonnistuminen.</source>
        <translation>Period %1, compared with %2. Outcomes of the placements that ended in the period; “not yet due” is not a failure.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="267" />
        <source>Alkaneet työsuhteet</source>
        <translation>Placements started</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="269" />
        <source>Päättyneet työsuhteet</source>
        <translation>Placements ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="279" />
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="331" />
        <source>Työllistyneet, %1</source>
        <translation>Employed, %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="281" />
        <source>Siirtosopimuksista työllistyi</source>
        <translation>Employed after a transfer agreement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="286" />
        <source>Kemi-lisää päätetty</source>
        <translation>Kemi-lisä decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="287" />
        <source>Bonuksia päätetty</source>
        <translation>Bonuses decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="288" />
        <source>Kemi-lisää maksettu</source>
        <translation>Kemi-lisä paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="289" />
        <source>Bonuksia maksettu</source>
        <translation>Bonuses paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="295" />
        <source>Kustannus / työsuhde</source>
        <translation>Cost / placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="296" />
        <source>Kustannus / työllistyminen</source>
        <translation>Cost / employment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="314" />
        <source>Tulos (* työllistyminen)</source>
        <translation>Outcome (* employment)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="332" />
        <source>Alkaneet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="332" />
        <source>Päättyneet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="335" />
        <source>Valmennuksissa</source>
        <translation>In trainings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="367" />
        <source>Vaikuttavuusraportti</source>
        <translation>Effectiveness report</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="374" />
        <source>Vuosiraportti %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="391" />
        <source>Muodostetaan raporttia…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="410" />
        <source>Raporttia ei voi tallentaa</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="413" />
        <source>Raportti tallennettu: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>RingDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="510" />
        <source>Työnantajarinki</source>
        <translation>Employer ring</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="515" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="518" />
        <source>&amp;Päätyönantaja</source>
        <translation>&amp;Lead employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="520" />
        <source>&amp;Koordinaattori</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="523" />
        <source>Jäsenyhdistys</source>
        <translation>Member association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="523" />
        <source>h/vko</source>
        <translation>h/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="523" />
        <source>Tehtävät</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="523" />
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="524" />
        <source>Viikonpäivät</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="546" />
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="550" />
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RingsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="286" />
        <source>Ehdotetut ringit (alle 18 h/vko tarpeista):</source>
        <translation>Proposed rings (from needs under 18 h/week):</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="291" />
        <source>&amp;Hyväksy rinkinä…</source>
        <translation>&amp;Accept as a ring…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="292" />
        <source>H&amp;ylkää ehdotus</source>
        <translation>Re&amp;ject the proposal</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="348" />
        <source>%1 – päätyönantaja %2 (hakee tuet, Kemi-lisä maksetaan sille)</source>
        <translation>%1 – lead employer %2 (applies for the subsidies; Kemi-lisä is paid to it)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="352" />
        <source>Jäsenet:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="359" />
        <source>Viikko-ohjelma:</source>
        <translation>Week:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="363" />
        <source>Yhteensä %1 h/vko</source>
        <translation>Total %1 h/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="391" />
        <source>Hylkää ehdotus</source>
        <translation>Reject the proposal</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="392" />
        <source>Hylätäänkö ehdotettu rinki %1? Samaa ehdotusta ei tehdä uudelleen.</source>
        <translation>Reject the proposed ring %1? The same proposal will not be made again.</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="238" />
        <source>Kartoituskierros</source>
        <translation>Survey round</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="244" />
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="246" />
        <source>Anna vuosi.</source>
        <translation>Enter the year.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="250" />
        <source>Rekrytointitarvekartoitus (vuosi)</source>
        <translation>Recruitment needs survey (year)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="251" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="254" />
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="256" />
        <source>Vastattava &amp;viimeistään</source>
        <translation>Answer &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="258" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>RuleVersionForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="156" />
        <source>Voimassaolo</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="160" />
        <source>esim. kaupunginhallituksen päätös 12.1.2027 § 5</source>
        <translation>e.g. city board decision 12.1.2027 § 5</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="162" />
        <source>Voimassa &amp;alkaen</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="164" />
        <source>Voimassa &amp;asti</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="165" />
        <source>&amp;Huomautus</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="170" />
        <source>Alkamispäivä yksilöi version. Jos sääntö muuttuu toisesta päivästä alkaen, päätä tämä versio ja lisää uusi.</source>
        <translation>The start date identifies the version. If a rule changes from another date, end this version and add a new one.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="182" />
        <source>Julkaistut ehdot (Kemi-lisän ehdot ja lait)</source>
        <translation>Published conditions (Kemi-lisä conditions and laws)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="184" />
        <source>Nämä luvut ovat kaupungin julkaisemia Kemi-lisän ehtoja tai lain määräyksiä. Muuta niitä vain, kun ehdot tai laki muuttuvat.</source>
        <translation>These figures are Kemi-lisä conditions published by the city or provisions of law. Change them only when the conditions or the law change.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="193" />
        <source>Ohjelman oletukset (ei julkaistuja ehtoja)</source>
        <translation>Program defaults (not published conditions)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="195" />
        <source>Näitä lukuja ei ole julkaistu; ne ovat ohjelman järkeviä oletuksia. Tarkista ne ja muuta toimiston käytännön mukaisiksi.</source>
        <translation>These figures have not been published; they are sensible defaults of the program. Check them and change them to the office’s practice.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="221" />
        <source>Sääntö</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="221" />
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="221" />
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="221" />
        <source>Oletus</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="297" />
        <source>Päättymispäivä on ennen alkamispäivää.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="329" />
        <source>Muokkaa versiota napsauttamalla</source>
        <translation>Click to edit the version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="332" />
        <source>Kemi-lisän säännöt ovat ohjelman oletuksia, ellei jokin sääntöversio ole voimassa. Versio muuttaa vain ne luvut, jotka poikkeavat oletuksista, ja on voimassa alkamispäivästään päättymispäiväänsä asti. Jokainen päätös tallentaa säännöt, joilla se tehtiin; uusi versio ei muuta tehtyjä päätöksiä.</source>
        <translation>The Kemi-lisä rules are the program defaults unless a rule version is in force. A version changes only the figures that differ from the defaults and is in force from its start date to its end date. Every decision stores the rules it was made under; a new version does not change decisions already made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="342" />
        <source>&amp;Uusi sääntöversio…</source>
        <translation>&amp;New rule version…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="360" />
        <source>Nyt ovat voimassa ohjelman oletussäännöt (%1 sääntöversiota).</source>
        <translation>The program’s default rules are in force now (%1 rule versions).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="362" />
        <source>Nyt on voimassa %2 alkanut sääntöversio (%1 sääntöversiota).</source>
        <translation>The rule version that started on %2 is in force now (%1 rule versions).</translation>
    </message>
</context>
<context>
    <name>SeekerForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="299" />
        <source>Työnhakija</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="305" />
        <source>&amp;Henkilö</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="307" />
        <source>Valitse henkilö.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="316" />
        <source>Tunteja vähintään/vko</source>
        <translation>Hours at least/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="324" />
        <source>Tunteja enintään/vko</source>
        <translation>Hours at most/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="331" />
        <source>&amp;Käytettävissä alkaen</source>
        <translation>A&amp;vailable from</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="334" />
        <source>A&amp;lue</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="335" />
        <source>Hakee &amp;työtä</source>
        <translation>&amp;Seeking work</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="338" />
        <source>Osaaminen ja rajoitukset</source>
        <translation>Skills and restrictions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="341" />
        <source>&amp;Osaaminen</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="342" />
        <source>K&amp;iinnostukset</source>
        <translation>&amp;Interests</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="343" />
        <source>&amp;Rajoitukset (arkaluonteinen)</source>
        <translation>&amp;Restrictions (sensitive)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/need_dialogs.py" line="345" />
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>SeekersTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="193" />
        <source>Sopivat &amp;työt…</source>
        <translation>Suitable &amp;work…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="83" />
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="24" />
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="30" />
        <source>Säännöt</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="31" />
        <source>Määrärahat</source>
        <translation>&amp;Appropriations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="32" />
        <source>Kirjelomake</source>
        <translation>&amp;Letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="46" />
        <source>Tallentamattomat muutokset</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="47" />
        <source>Kirjelomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?</source>
        <translation>The letterhead has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="411" />
        <source>Työnohjaus</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="414" />
        <source>&amp;Yhdistys</source>
        <translation>&amp;Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="415" />
        <source>Valitse yhdistys.</source>
        <translation>Choose an association.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="419" />
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="422" />
        <source>&amp;Työnohjaaja</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="423" />
        <source>Työnohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="429" />
        <source>&amp;Osallistujia</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="432" />
        <source>Anna osallistujien määrä.</source>
        <translation>Enter the number of participants.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="438" />
        <source>T&amp;unteja</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="444" />
        <source>&amp;Kustannus</source>
        <translation>&amp;Cost</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="450" />
        <source>&amp;Muistiinpanot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="459" />
        <source>P&amp;oista…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="489" />
        <source>Poistetaanko työnohjauskerta? Poistoa ei voi perua.</source>
        <translation>Delete the supervision session? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="490" />
        <source>Poista työnohjauskerta</source>
        <translation>Delete supervision session</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="77" />
        <source>Synkronoi</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="81" />
        <source>Ristiriidat</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="106" />
        <source>Asetukset vaativat yhteyden toimiston tietokantaan.</source>
        <translation>Settings need a connection to the office database.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="117" />
        <source>yhteys ei tiedossa</source>
        <translation>connection unknown</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="118" />
        <source>yhteydessä</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="119" />
        <source>ei yhteyttä</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="122" />
        <source>Kannettavan kopio · %1 · synkronoitu %2 · odottaa %3 · ristiriitoja %4</source>
        <translation>Laptop copy · %1 · synchronised %2 · waiting %3 · conflicts %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="165" />
        <source>Synkronointi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="197" />
        <source>Synkronoidaan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="316" />
        <source>Salasanaa ei voitu tallentaa käyttöjärjestelmän salasanasäilöön; se kysytään seuraavalla kerralla uudelleen.</source>
        <translation>The password could not be saved in the operating system's credential store; it will be asked again next time.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="92" />
        <source>Salasana toimiston tietokantaan %1 (tallennetaan salasanasäilöön):</source>
        <translation>Password for the office database %1 (saved in the credential store):</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/sync_panel.py" line="173" />
        <source>Synkronoitu: lähetetty %1, haettu %2, uusia ristiriitoja %3</source>
        <translation>Synchronised: sent %1, fetched %2, new conflicts %3</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="33" />
        <source>Yl&amp;eiskatsaus</source>
        <translation>Ov&amp;erview</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="35" />
        <source>&amp;Yhdistykset</source>
        <translation>&amp;Associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="37" />
        <source>Työ&amp;llistetyt</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="39" />
        <source>Työ&amp;suhteet</source>
        <translation>&amp;Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="41" />
        <source>&amp;Avustukset</source>
        <translation>&amp;Grants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="43" />
        <source>Ma&amp;ksut</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="45" />
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="53" />
        <source>&amp;Valmennukset</source>
        <translation>&amp;Trainings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="47" />
        <source>Työhönvalmenta&amp;jat</source>
        <translation>&amp;Job coaches</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="49" />
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="114" />
        <source>&amp;Raportit</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="46" />
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="51" />
        <source>Rekrytointi&amp;tarpeet</source>
        <translation>Recruitment &amp;needs</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="47" />
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="53" />
        <source>Työn&amp;hakijat</source>
        <translation>Job see&amp;kers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/needs.py" line="48" />
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="55" />
        <source>R&amp;ingit</source>
        <translation>R&amp;ings</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="55" />
        <source>Uusi teema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="56" />
        <source>Valmennuksen teema:</source>
        <translation>Theme of the training:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="77" />
        <source>Valmennus</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="80" />
        <source>Uusi t&amp;eema…</source>
        <translation>New th&amp;eme…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="84" />
        <source>&amp;Teema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="85" />
        <source>Valitse teema luettelosta.</source>
        <translation>Choose a theme from the list.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="90" />
        <source>oma otsikko (valinnainen)</source>
        <translation>own title (optional)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="91" />
        <source>Ots&amp;ikko</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="95" />
        <source>&amp;Kohderyhmä</source>
        <translation>Tar&amp;get group</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="97" />
        <source>Koul&amp;uttaja</source>
        <translation>T&amp;rainer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="99" />
        <source>tyhjä = ei rajaa</source>
        <translation>empty = no limit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="101" />
        <source>Paikko&amp;ja</source>
        <translation>Sea&amp;ts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="104" />
        <source>Aika ja paikka</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="106" />
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="110" />
        <source>&amp;Alkaa klo</source>
        <translation>St&amp;arts at</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="116" />
        <source>Päättyy k&amp;lo</source>
        <translation>Ends at (&amp;l)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="120" />
        <source>Pai&amp;kka</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="123" />
        <source>&amp;Etäyhteys</source>
        <translation>Remote lin&amp;k</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="127" />
        <source>K&amp;uvaus</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/training_dialogs.py" line="168" />
        <source>Anna paikka tai etäyhteyden linkki.</source>
        <translation>Enter a place or a remote link.</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="60" />
        <source>Hae valmennuksista (teema, paikka, kouluttaja)…</source>
        <translation>Search trainings (theme, place, trainer)…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="63" />
        <source>&amp;Uusi valmennus…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="65" />
        <source>&amp;Ilmoittautumiset ja osallistujat…</source>
        <translation>&amp;Registrations and attendance…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="77" />
        <source>Tulosta &amp;kutsu…</source>
        <translation>Print in&amp;vitation…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="79" />
        <source>Tulosta &amp;osallistujalista…</source>
        <translation>Print &amp;sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="85" />
        <source>Osoitelista E&amp;xceliin…</source>
        <translation>Address list to E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="89" />
        <source>Kutsuttavien yhdistysten posti- ja sähköpostiosoitteet Excel-tiedostoon</source>
        <translation>The invited associations' postal and e-mail addresses to an Excel file</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="94" />
        <source>Tiedote osatyökykyisten tuki&amp;palveluista…</source>
        <translation>Info sheet on support &amp;services for partially able employees…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="105" />
        <source>Uusi &amp;työnohjauskerta…</source>
        <translation>New supervision sessi&amp;on…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="147" />
        <source>&lt;b&gt;Työnohjaus&lt;/b&gt; – %1 kertaa, %2 yhdistystä, %3 tuntia</source>
        <translation>&lt;b&gt;Supervision&lt;/b&gt; – %1 sessions, %2 associations, %3 hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="182" />
        <source>%1 valmennusta</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="209" />
        <source>Poistetaanko valmennus %1 %2 luettelosta? Ilmoittautumiset säilyvät.</source>
        <translation>Remove the training %1 %2 from the list? The registrations are kept.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="211" />
        <source>Arkistointi</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="257" />
        <source>Tulosta kutsu</source>
        <translation>Print invitation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="258" />
        <source>Kenelle kutsu tulostetaan?</source>
        <translation>Whom is the invitation printed for?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="260" />
        <source>&amp;Kirje jokaiselle yhdistykselle</source>
        <translation>A &amp;letter to each association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="261" />
        <source>Oma sivu kullekin rekisterin yhdistykselle osoitteineen.</source>
        <translation>A page of its own, with the address, for each association in the register.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="262" />
        <source>&amp;Yksi yleiskirje</source>
        <translation>&amp;One general letter</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="263" />
        <source>Yksi kutsu kaikille, esimerkiksi sähköpostin liitteeksi.</source>
        <translation>One invitation for all, e.g. to attach to an e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="289" />
        <source>Osoitelistaa ei voi tallentaa</source>
        <translation>The address list cannot be saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="292" />
        <source>Osoitelista tallennettu: %1</source>
        <translation>Address list saved: %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="73" />
        <source>Tila: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="86" />
        <source>Vastaanottava työnantaja</source>
        <translation>Receiving employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="91" />
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="94" />
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="100" />
        <source>esim. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="105" />
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="111" />
        <source>Y&amp;hteyshenkilö</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="116" />
        <source>&amp;Puhelin</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="124" />
        <source>&amp;Sähköposti</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="129" />
        <source>tyhjä: ei korvausta</source>
        <translation>empty: no payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="133" />
        <source>&amp;Korvaus järjestölle</source>
        <translation>Pa&amp;yment to the association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="142" />
        <source>esim. kuukaudessa, laskua vastaan</source>
        <translation>e.g. per month, against an invoice</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="143" />
        <source>Korvauksen pe&amp;ruste</source>
        <translation>Payment b&amp;asis</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="146" />
        <source>Jakso ja työ</source>
        <translation>Period and work</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="150" />
        <source>Sopimuksen &amp;laji</source>
        <translation>&amp;Kind of agreement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="152" />
        <source>&amp;Alkaa</source>
        <translation>S&amp;tarts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="154" />
        <source>P&amp;äättyy</source>
        <translation>En&amp;ds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="159" />
        <source>&amp;Viikkotyöaika (h)</source>
        <translation>&amp;Weekly hours (h)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="168" />
        <source>Ty&amp;ötehtävät</source>
        <translation>D&amp;uties</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="172" />
        <source>Työtehtävät</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="179" />
        <source>Työhönvalmenta&amp;jan osuus</source>
        <translation>&amp;Job coach’s part</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="181" />
        <source>&amp;Muistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="209" />
        <source>Tul&amp;osta…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="223" />
        <source>Sopimus on tilassa %1: sen ehtoja ei voi enää muuttaa.</source>
        <translation>The agreement is %1: its terms can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="264" />
        <source>Tallentamattomia muutoksia</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="265" />
        <source>Lomakkeen muutoksia ei ole tallennettu. Jatketaanko ilman niitä?</source>
        <translation>The changes on the form have not been saved. Continue without them?</translation>
    </message>
</context>
<context>
    <name>TransferStatusDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="303" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="306" />
        <source>Tilan muutos</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="313" />
        <source>Työsuhteen jatkopolku (päättyessä: työ yrityksessä) kirjataan samalla, ja työllistämisbonus tulee ehdolle, kun Kemi-lisäjakso on päättynyt.</source>
        <translation>The placement’s outcome (at the end: a job at a company) is recorded at the same time, and the employment bonus is proposed once the Kemi-lisä period has ended.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="32" />
        <source>Palauta l&amp;uonnokseksi…</source>
        <translation>Back to dra&amp;ft…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="33" />
        <source>Merkitse allek&amp;irjoitetuksi…</source>
        <translation>Mark as si&amp;gned…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="34" />
        <source>Alo&amp;ita jakso…</source>
        <translation>Start the per&amp;iod…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="35" />
        <source>Päättyi: &amp;työllistyi…</source>
        <translation>Ended: e&amp;mployed…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="36" />
        <source>Päättyi: &amp;ei työllistynyt…</source>
        <translation>Ended: not emp&amp;loyed…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="40" />
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="41" />
        <source>&amp;Allekirjoituspäivä</source>
        <translation>Signing &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="42" />
        <source>&amp;Alkamispäivä</source>
        <translation>Start &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="43" />
        <source>Työllistymis&amp;päivä</source>
        <translation>Employment &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/transfer_dialog.py" line="44" />
        <source>&amp;Päättymispäivä</source>
        <translation>End &amp;date</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="118" />
        <source>Käynti</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="125" />
        <source>&amp;Työhönvalmentaja</source>
        <translation>&amp;Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="126" />
        <source>Valitse työhönvalmentaja.</source>
        <translation>Choose a job coach.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="133" />
        <source>Ty&amp;ösuhde</source>
        <translation>&amp;Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="134" />
        <source>Valitse työsuhde.</source>
        <translation>Choose a placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="140" />
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="144" />
        <source>&amp;Laji</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="149" />
        <source>Lyhyesti: mitä tehtiin, mitä sovittiin. Poistetaan henkilön tietojen kanssa.</source>
        <translation>Briefly: what was done, what was agreed. Erased with the person's data.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="152" />
        <source>&amp;Muistiinpano</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="160" />
        <source>P&amp;oista…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="186" />
        <source>Poistetaanko käynti %1? Poistoa ei voi perua.</source>
        <translation>Delete the visit of %1? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/coach_dialogs.py" line="189" />
        <source>Poista käynti</source>
        <translation>Delete visit</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="59" />
        <source>Tallenna raportti</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="34" />
        <source>Tallenna työkuormat</source>
        <translation>Save caseloads</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/coaches.py" line="35" />
        <location filename="../../src/kemidesk/ui/tabs/reports.py" line="59" />
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="42" />
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/trainings.py" line="41" />
        <source>Tallenna osoitelista</source>
        <translation>Save the address list</translation>
    </message>
</context>
</TS>