<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="26"/>
        <source>&amp;Uusi…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="29"/>
        <source>Uusi tietue tälle välilehdelle</source>
        <translation>New record on this tab</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="33"/>
        <source>&amp;Avaa</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="36"/>
        <source>Avaa valittu tietue (Enter tai kaksoisnapsautus)</source>
        <translation>Open the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="40"/>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="43"/>
        <source>Muokkaa valittua tietuetta</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="47"/>
        <source>A&amp;rkistoi</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="50"/>
        <source>Arkistoi tai palauta valittu tietue</source>
        <translation>Archive or restore the selected record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="54"/>
        <source>&amp;Poista…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="57"/>
        <source>Poista käyttämätön tietue</source>
        <translation>Delete an unused record</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="60"/>
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="64"/>
        <source>&amp;Päivitä</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="67"/>
        <source>Lue tiedot uudelleen</source>
        <translation>Read the data again</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="69"/>
        <source>&amp;Hae</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="72"/>
        <source>Näytä &amp;arkistoidut</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="75"/>
        <source>Näytä myös arkistoidut tietueet</source>
        <translation>Also show archived records</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="78"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="79"/>
        <source>&amp;Tietoja kemideskistä</source>
        <translation>&amp;About kemidesk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/actions.py" line="80"/>
        <source>Tietoja &amp;Qt:sta</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="26"/>
        <source>Kirjaa &amp;seurantalomake…</source>
        <translation>Record &amp;follow-up form…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="27"/>
        <source>&amp;Asetukset…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="38"/>
        <source>Kirjaa valitun työsuhteen seurantakeskustelu</source>
        <translation>Record a follow-up talk of the selected placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="45"/>
        <source>Säännöt, määrärahat ja kirjelomake</source>
        <translation>Rules, appropriations and letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="76"/>
        <source>Seurantalomake</source>
        <translation>Follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/workflow_actions.py" line="77"/>
        <source>Valitse ensin työsuhde Työsuhteet-välilehdeltä.</source>
        <translation>First choose a placement on the Placements tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="33"/>
        <source>&amp;Varmuuskopioi…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="34"/>
        <source>&amp;Palauta varmuuskopiosta…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="87"/>
        <source>Tallenna kopio tietokannasta, esim. muistitikulle</source>
        <translation>Save a copy of the database, e.g. onto a USB stick</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="93"/>
        <source>Korvaa tietokanta varmuuskopiolla (nykyinen tallennetaan ensin)</source>
        <translation>Replace the database with a backup (the current one is saved first)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="100"/>
        <source>Palvelimen tietokanta varmuuskopioidaan palvelimella (pg_dump); komentorivillä: kemidesk backup --database …</source>
        <translation>The server&apos;s database is backed up on the server (pg_dump); on the command line: kemidesk backup --database …</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="65"/>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="133"/>
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="71"/>
        <source>Tuki päättyy &amp;uusi päivä</source>
        <translation>New s&amp;ubsidy end date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="79"/>
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="83"/>
        <source>Päättymisen &amp;syy</source>
        <translation>Reason for the &amp;end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="88"/>
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="124"/>
        <source>Kirjoita muutoksen perustelu.</source>
        <translation>Write the reasons for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="128"/>
        <source>Vaikutus</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="131"/>
        <source>Myönnetty yhteensä</source>
        <translation>Granted in total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="132"/>
        <source>Uusi kokonaismäärä</source>
        <translation>New total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="134"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="135"/>
        <source>Liikaa maksettu</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="136"/>
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="147"/>
        <source>Uusi maksuaikataulu</source>
        <translation>New payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="183"/>
        <source>Peritään takaisin (yli %1).</source>
        <translation>Will be recovered (over %1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="186"/>
        <source>Ei peritä: enintään %1 ei peritä takaisin.</source>
        <translation>Not recovered: amounts up to %1 are not claimed back.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="189"/>
        <source>Ei liikaa maksettua.</source>
        <translation>Nothing overpaid.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="99"/>
        <source>Tietokantaa palautetaan</source>
        <translation>The database is being restored</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="100"/>
        <source>Tietokantaa palautetaan (%1). Avaa kemidesk, kun palautus on valmis.</source>
        <translation>The database is being restored (%1). Open kemidesk when the restore has finished.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="106"/>
        <source>Tietokanta on jo auki toisessa kemidesk-ikkunassa.

%1

Tuodaanko se esiin?</source>
        <translation>The database is already open in another kemidesk window.

%1

Bring it to the front?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="109"/>
        <source>kemidesk on jo auki</source>
        <translation>kemidesk is already open</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/app.py" line="116"/>
        <source>Avointa ikkunaa ei tavoitettu. Se voi olla toisen käyttäjän ikkuna.</source>
        <translation>The open window could not be reached. It may belong to another user.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="67"/>
        <source>Hakemus</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="71"/>
        <source>Hakemus &amp;saapui</source>
        <translation>Application &amp;received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="73"/>
        <source>&amp;Palkkatukipäätös</source>
        <translation>&amp;Pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="74"/>
        <source>Työsopi&amp;mus</source>
        <translation>E&amp;mployment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="75"/>
        <source>Liitteet</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="82"/>
        <source>&amp;Haettu määrä/kk</source>
        <translation>Amount applied for/mont&amp;h</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="88"/>
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="103"/>
        <source>Työsuhteella on jo vireillä oleva hakemus (saapunut %1).</source>
        <translation>The placement already has a pending application (received %1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="114"/>
        <source>Ehtojen tarkistus</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="129"/>
        <source>palkkatukipäätös</source>
        <translation>pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="130"/>
        <source>työsopimus</source>
        <translation>employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="136"/>
        <source>Puuttuvat liitteet (%1) pyydetään täydentämään ennen päätöstä.</source>
        <translation>The missing attachments (%1) are to be requested before the decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="142"/>
        <source>Liitteet ovat mukana.</source>
        <translation>The attachments are included.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="154"/>
        <source>Anna haettu määrä, niin ehdot tarkistetaan.</source>
        <translation>Enter the amount applied for to check the conditions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="167"/>
        <source>Ennakkotarkistus</source>
        <translation>Preliminary check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="175"/>
        <source>%1: ehdotettu jakso %2–%3, yhteensä %4.</source>
        <translation>%1: proposed period %2–%3, %4 in total.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="207"/>
        <source>Kemi-lisähakemus tallennettu</source>
        <translation>Kemi supplement application saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="211"/>
        <source>Hakemus on tallennettu</source>
        <translation>The application has been saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="217"/>
        <source>Myönteinen päätös ei ole mahdollinen: esteitä %1. Päätöksessä voi hylätä hakemuksen.</source>
        <translation>A grant is not possible: %1 obstacle(s). The decision can reject the application.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="222"/>
        <source>Hakemus odottaa päätöstä; se näkyy yleiskatsauksessa.</source>
        <translation>The application is waiting for a decision; it is shown in the overview.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="224"/>
        <source>Tee &amp;päätös…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="228"/>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AppropriationPage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="88"/>
        <source>Muokkaa vuoden määrärahaa napsauttamalla</source>
        <translation>Click to edit the year’s appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="91"/>
        <source>Kemi-lisä ja työllistämisbonus ovat harkinnanvaraisia ja sidottuja vuoden määrärahaan: päätös ei voi ylittää sitä, mitä määrärahasta on jäljellä. Päätetty on vuoden päätösten yhteissumma, maksettu vuoden aikana maksetut erät.</source>
        <translation>Kemi-lisä and the employment bonus are discretionary and bound to the yearly appropriation: a decision cannot exceed what is left of it. Decided is the total of the year’s decisions, paid the payments made during the year.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="106"/>
        <source>Vuoden määräraha</source>
        <translation>Appropriation of the year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="117"/>
        <source>esim. talousarvio 2027, kaupunginvaltuusto</source>
        <translation>e.g. budget 2027, city council</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="124"/>
        <source>&amp;Tallenna määräraha</source>
        <translation>&amp;Save appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="134"/>
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="135"/>
        <source>Mää&amp;räraha</source>
        <translation>&amp;Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="136"/>
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="171"/>
        <source>Vuodelle %1 ei ole asetettu määrärahaa; päätöksiä %2.</source>
        <translation>No appropriation set for %1; decisions %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="176"/>
        <source>Vuosi %1: päätetty %2, maksettu %3, jäljellä %4.</source>
        <translation>Year %1: decided %2, paid %3, left %4.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="188"/>
        <source>Anna määräraha euroina.</source>
        <translation>Enter the appropriation in euros.</translation>
    </message>
</context>
<context>
    <name>AssociationDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="49"/>
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="54"/>
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="60"/>
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="69"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="73"/>
        <source>Tyyppi</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="74"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="75"/>
        <source>Rekisterinumero</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="76"/>
        <source>Elinkeinotoimintaa</source>
        <translation>Business activity</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="77"/>
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="78"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="79"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="80"/>
        <source>Yhteyshenkilö</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="81"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="82"/>
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="83"/>
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="84"/>
        <source>Ohjausosaaminen</source>
        <translation>Supervision competence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="85"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="38"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="39"/>
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="47"/>
        <source>Perustiedot</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="56"/>
        <source>Harjoittaa elinkeinotoimintaa (&amp;de minimis)</source>
        <translation>Carries on business activity (&amp;de minimis)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="60"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="62"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="65"/>
        <source>Tyy&amp;ppi</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="69"/>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="77"/>
        <source>&amp;Rekisterinumero</source>
        <translation>&amp;Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="84"/>
        <source>Yhteystiedot</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="89"/>
        <source>&amp;Katuosoite</source>
        <translation>&amp;Street address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="91"/>
        <source>P&amp;ostinumero</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="93"/>
        <source>Postitoimipaikk&amp;a</source>
        <translation>Post t&amp;own</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="94"/>
        <source>Yhteys&amp;henkilö</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="96"/>
        <source>Puh&amp;elin</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="99"/>
        <source>&amp;Sähköposti</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="103"/>
        <source>Tilitiedot ja ohjaus</source>
        <translation>Bank account and supervision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="106"/>
        <source>Ohjausosaa&amp;minen on</source>
        <translation>Has supervision co&amp;mpetence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="108"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="109"/>
        <source>&amp;BIC</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="110"/>
        <source>Oh&amp;jaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
</context>
<context>
    <name>AssociationsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="28"/>
        <source>Työnantajan tyyppi</source>
        <translation>Employer type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="29"/>
        <source>Kaikki tyypit</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="33"/>
        <source>Vain ne, joilla &amp;voimassa oleva työsuhde</source>
        <translation>Only those with a &amp;current placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="69"/>
        <source>Arkistoidaanko yhdistys %1? Sen työsuhteet, päätökset ja maksut säilyvät. Arkistoitu yhdistys piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the association %1? Its placements, decisions and payments are kept. An archived association is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="43"/>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="56"/>
        <source>SQLite-tietokanta (*.sqlite3);;Kaikki tiedostot (*)</source>
        <translation>SQLite database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="122"/>
        <source>Varmuuskopioi tietokanta</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="130"/>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="143"/>
        <source>Varmuuskopiointi ei onnistu</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="131"/>
        <source>Varmuuskopio ei voi korvata käytössä olevaa tietokantaa.</source>
        <translation>A backup cannot replace the database in use.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="144"/>
        <source>Tiedostoa %1 ei voi kirjoittaa.</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="152"/>
        <source>Varmuuskopio tallennettu</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="153"/>
        <source>Varmuuskopio tallennettu: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="162"/>
        <source>Palauta varmuuskopiosta</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="167"/>
        <source>Palautus ei onnistu</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="173"/>
        <source>Nykyinen tietokanta korvataan tiedostolla %1.

Nykyisestä tietokannasta tallennetaan ensin varmuuskopio. Jatketaanko?</source>
        <translation>The current database will be replaced with the file %1.

A backup of the current database is saved first. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="180"/>
        <source>Palauta varmuuskopio</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="195"/>
        <source>Tietokanta palautettu tiedostosta %1.</source>
        <translation>Database restored from the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="199"/>
        <source>Aiempi tietokanta tallennettiin: %1</source>
        <translation>The previous database was saved as: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/backup_actions.py" line="202"/>
        <source>Palautettu</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="140"/>
        <source>Kokoa maksuerä</source>
        <translation>Make a payment batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="151"/>
        <source>Maksuerä %1</source>
        <translation>Payment batch %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="159"/>
        <source>&amp;Otsikko</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="160"/>
        <source>Koo&amp;ttu</source>
        <translation>&amp;Made on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="165"/>
        <source>Valitse &amp;kaikki</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="166"/>
        <source>&amp;Poista valinnat</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="178"/>
        <source>Kokoa &amp;erä</source>
        <translation>Make &amp;batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="185"/>
        <source>Erään kootaan hyväksytyt maksut, jotka eivät vielä ole missään erässä. Koottu erä avautuu maksulistana esikatseluun; CSV-tiedoston taloushallinnolle voi tallentaa sieltä tai Maksut-välilehdeltä.</source>
        <translation>A batch gathers approved payments that are not in any batch yet. The batch opens as a payment list in the print preview; the CSV file for the finance office can be saved there or on the Payments tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="207"/>
        <source>Valittu %1 / %2 maksua, yhteensä %3</source>
        <translation>Selected %1 / %2 payments, total %3</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="193"/>
        <source>Jatkopolku: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="195"/>
        <source>Työllistämisbonus</source>
        <translation>Employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="198"/>
        <source>Määrä</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="202"/>
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="206"/>
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="213"/>
        <source>Päätä &amp;bonus</source>
        <translation>Decide the &amp;bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="225"/>
        <source>Määrärahaa %1 jäljellä %2.</source>
        <translation>Appropriation %1 left: %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="233"/>
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="52"/>
        <source>&amp;Esikatsele…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="54"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="34"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="45"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="35"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="70"/>
        <source>Tyyppi</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="36"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="37"/>
        <source>Postitoimipaikka</source>
        <translation>Post town</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="38"/>
        <source>Yhteyshenkilö</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="39"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="51"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="40"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="52"/>
        <source>Työsuhteita</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="41"/>
        <source>Voimassa</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="46"/>
        <source>Henkilötunnus</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="47"/>
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="48"/>
        <source>Kemiläinen</source>
        <translation>Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="49"/>
        <source>TMT-päiviä</source>
        <translation>Labour market subsidy days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="50"/>
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="61"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="53"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="63"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="56"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="73"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="55"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="72"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="57"/>
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="58"/>
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="59"/>
        <source>Alkaa</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="60"/>
        <source>Päättyy</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="61"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="78"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="88"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="66"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="62"/>
        <source>h/vko</source>
        <translation>h/week</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="63"/>
        <source>Palkka/kk</source>
        <translation>Wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="64"/>
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="65"/>
        <source>Palkkatuki päättyy</source>
        <translation>Pay subsidy ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="69"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="71"/>
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="62"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="72"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="54"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="74"/>
        <source>Tukijakso</source>
        <translation>Grant period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="75"/>
        <source>Kk-summa</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="76"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="76"/>
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="57"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="58"/>
        <source>Määräraha</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="59"/>
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="60"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="77"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="89"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="77"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="61"/>
        <source>Jäljellä</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="62"/>
        <source>Päätetty %</source>
        <translation>Decided %</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="79"/>
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="56"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="83"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="56"/>
        <source>Erä</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="58"/>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="65"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="84"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="58"/>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="62"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="85"/>
        <source>Päiviä</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="63"/>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="70"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="86"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="63"/>
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="64"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="87"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="64"/>
        <source>Haettava viimeistään</source>
        <translation>Claim by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="90"/>
        <source>Viite</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="91"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="68"/>
        <source>Pidätyksen syy</source>
        <translation>Reason held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="95"/>
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="96"/>
        <source>Keskustelu</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="97"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="98"/>
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="99"/>
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="100"/>
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="104"/>
        <source>Ajankohta</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="105"/>
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="106"/>
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_appropriation.py" line="63"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="107"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="78"/>
        <source>Voimassa alkaen</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="79"/>
        <source>Voimassa asti</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="81"/>
        <source>Nyt voimassa</source>
        <translation>In force now</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="85"/>
        <source>Muutetut arvot</source>
        <translation>Changed figures</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="86"/>
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="65"/>
        <source>Hakemus saapui</source>
        <translation>Claim received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="67"/>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="72"/>
        <source>Maksuerä</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="73"/>
        <source>Koottu</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="74"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="75"/>
        <source>Maksuja</source>
        <translation>Payments</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/date_edit.py" line="27"/>
        <source>ei päivää</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="264"/>
        <source>Avaa &amp;työsuhde</source>
        <translation>Open &amp;placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="267"/>
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="272"/>
        <source>Maksut</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="276"/>
        <source>Perustelut ja ehdot</source>
        <translation>Reasons and conditions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="282"/>
        <source>Päätös %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="283"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="289"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="290"/>
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="291"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="292"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="293"/>
        <source>Tukijakso</source>
        <translation>Grant period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="294"/>
        <source>Kuukausisumma</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="295"/>
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="296"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="297"/>
        <source>Kustannuspaikka</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="299"/>
        <source>Päättäjä</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="302"/>
        <source>Lähetetty</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="303"/>
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="309"/>
        <source>Perustelut</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="309"/>
        <source>Ehdot</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="75"/>
        <source>Päättäjä</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="108"/>
        <source>palkkatukipäätös</source>
        <translation>pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="109"/>
        <source>työsopimus</source>
        <translation>employment contract</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="114"/>
        <source>Hakemus saapui %1 · haettu %2/kk · liitteet: %3</source>
        <translation>Application received %1 · applied for %2/month · attachments: %3</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="117"/>
        <source>ei liitteitä</source>
        <translation>no attachments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="122"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="132"/>
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="137"/>
        <source>Tuki &amp;alkaa</source>
        <translation>Subsidy st&amp;arts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="144"/>
        <source>&amp;Kuukausimäärä</source>
        <translation>Amount per &amp;month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="157"/>
        <source>&amp;Muodosta perustelut uudelleen</source>
        <translation>Compose the reasons a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="169"/>
        <source>Perustelu &amp;huomautuksille</source>
        <translation>Justification of the &amp;warnings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="174"/>
        <source>Määräraha</source>
        <translation>Appropriation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="127"/>
        <source>Päätöksen t&amp;yyppi</source>
        <translation>Decision t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="90"/>
        <source>Hakemus pe&amp;ruttu…</source>
        <translation>Application &amp;withdrawn…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="93"/>
        <source>Yhdistys perui hakemuksen, tai se on kirjattu virheellisesti.</source>
        <translation>The association withdrew the application, or it was recorded in error.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="138"/>
        <source>Tuki p&amp;äättyy</source>
        <translation>Subsidy &amp;ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="152"/>
        <source>Päätöksen perustelut</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="156"/>
        <source>P&amp;erusteluteksti</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="173"/>
        <source>Myönnä määrärahan y&amp;littäen</source>
        <translation>Grant even though the appropriation is e&amp;xceeded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="179"/>
        <source>Perustelu yl&amp;itykselle</source>
        <translation>Justification of the exceed&amp;ing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="185"/>
        <source>Ehtojen tarkistus</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="191"/>
        <source>Maksuaikataulu</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="216"/>
        <source>Huomautukset vaativat kirjallisen perustelun.</source>
        <translation>The warnings need a written justification.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="221"/>
        <source>Kirjoita perustelu määrärahan ylitykselle.</source>
        <translation>Write the justification for exceeding the appropriation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="235"/>
        <source>Tukijakson alkupäivä</source>
        <translation>Grant period start</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="236"/>
        <source>Tukijakson loppupäivä</source>
        <translation>Grant period end</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="244"/>
        <source>Myönteistä päätöstä ei voi tehdä: %1</source>
        <translation>A grant cannot be decided: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="248"/>
        <source>(ja %1 muuta estettä)</source>
        <translation>(and %1 other obstacle(s))</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="251"/>
        <source>Tukijaksolle ei kerry maksettavaa.</source>
        <translation>Nothing is payable for the subsidy period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="291"/>
        <source>Kielteinen päätös: ei maksuja.</source>
        <translation>Rejection: no payments.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="295"/>
        <source>Yhteensä %1 (%2 maksuerää)</source>
        <translation>Total %1 (%2 instalments)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="320"/>
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="323"/>
        <source>Määrärahaa %1 jäljellä %2; tämän päätöksen jälkeen %3.</source>
        <translation>Appropriation %1 left: %2; after this decision %3.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="368"/>
        <source>Hakemus peruttu</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="369"/>
        <source>Peruutuksen syy (esim. yhdistys perui hakemuksen):</source>
        <translation>Reason for the withdrawal (e.g. the association withdrew it):</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="68"/>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="44"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="102"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="172"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="260"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="31"/>
        <source>Maksu</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="91"/>
        <source>Seurantakeskustelu</source>
        <translation>Follow-up talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="116"/>
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="39"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="40"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="54"/>
        <source>Henkilö ei kuulu kohderyhmään (vähintään {min_tmt_days} päivää työmarkkinatukea, osatyökykyinen tai alle {youth_age_limit}-vuotias).</source>
        <translation>The person is not in the target group (at least {min_tmt_days} days of labour market subsidy, partial work ability or under {youth_age_limit} years of age).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="59"/>
        <source>Henkilön kotikunta ei ole Kemi.</source>
        <translation>The person&apos;s municipality of residence is not Kemi.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="60"/>
        <source>Viikkotyöaika {hours} h on alle vaaditun {min_hours} h.</source>
        <translation>Weekly hours of {hours} h are below the required {min_hours} h.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="64"/>
        <source>Kuukausipalkka {wage_cents} on alle vaaditun {min_wage_cents}.</source>
        <translation>The monthly wage of {wage_cents} is below the required {min_wage_cents}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="68"/>
        <source>Palkkatukipäätös puuttuu: Kemi-lisää voi myöntää vain palkkatuettuun työhön.</source>
        <translation>The pay subsidy decision is missing: the Kemi supplement can only be granted for subsidised work.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="72"/>
        <source>Palkkatuki {start}–{end} ei kata koko Kemi-lisän jaksoa {grant_start}–{grant_end}.</source>
        <translation>The pay subsidy {start}–{end} does not cover the whole Kemi supplement period {grant_start}–{grant_end}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="76"/>
        <source>Palkkatuen prosentti {percent} % ei ole sallituista ({allowed}).</source>
        <translation>The pay subsidy percentage {percent} % is not one of the allowed ones ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="80"/>
        <source>Hakemus saapui {application_date}; määräaika oli {deadline} ({months} kk työsuhteen alkamisesta).</source>
        <translation>The application arrived on {application_date}; the deadline was {deadline} ({months} months from the start of the employment).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="85"/>
        <source>Hakemuksen saapumispäivä puuttuu.</source>
        <translation>The date the application arrived is missing.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="89"/>
        <source>Työsuhde {start}–{end} kestää alle {min_months} kk; järjestön työsuhteen tulisi yleensä kestää vähintään {min_months} kk.</source>
        <translation>The employment {start}–{end} lasts less than {min_months} months; an employment at an association should usually last at least {min_months} months.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="94"/>
        <source>Kemi-lisän jakson loppupäivä {grant_end} on ennen alkupäivää {grant_start}.</source>
        <translation>The end date {grant_end} of the Kemi supplement period is before its start date {grant_start}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="98"/>
        <source>Kemi-lisän kuukausimäärän on oltava yli 0 €.</source>
        <translation>The monthly amount of the Kemi supplement must be over 0 €.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="102"/>
        <source>Kuukausimäärä {amount_cents} ylittää enimmäismäärän {max_cents}.</source>
        <translation>The monthly amount {amount_cents} exceeds the maximum of {max_cents}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="106"/>
        <source>Kemi-lisän jakso {grant_start}–{grant_end} ei ole työsuhteen {placement_start}–{placement_end} sisällä.</source>
        <translation>The Kemi supplement period {grant_start}–{grant_end} is not within the employment {placement_start}–{placement_end}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="111"/>
        <source>Kemi-lisää olisi samaan työsuhteeseen yhteensä {total_months} kk ({already_months} kk aiemmin ja {this_months} kk tällä päätöksellä); enintään {max_months} kk.</source>
        <translation>The same employment would get the Kemi supplement for {total_months} months in total ({already_months} months before and {this_months} months with this decision); at most {max_months} months.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="116"/>
        <source>Jakso {grant_start}–{grant_end} on päällekkäin päätöksen {number} jakson {start}–{end} kanssa; samaa kuukautta ei voi tukea kahdesti.</source>
        <translation>The period {grant_start}–{grant_end} overlaps the period {start}–{end} of decision {number}; the same month cannot be subsidised twice.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="121"/>
        <source>Päätös vaatii {needed_cents}, mutta määrärahaa on jäljellä {left_cents}.</source>
        <translation>The decision needs {needed_cents}, but only {left_cents} of the appropriation is left.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="125"/>
        <source>Palkkatuki ja Kemi-lisä ylittävät yhdessä {percent} % palkkakustannuksista ({wage_costs_cents}/kk); Kemi-lisä voi olla enintään {max_cents}/kk.</source>
        <translation>Together the pay subsidy and the Kemi supplement exceed {percent} % of the wage costs ({wage_costs_cents}/month); the Kemi supplement can be at most {max_cents}/month.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="130"/>
        <source>Palkkatuen euromäärä puuttuu; enimmäismäärän tarkistuksessa on käytetty arviota {estimate_cents}/kk.</source>
        <translation>The pay subsidy amount is missing; the maximum was checked with an estimate of {estimate_cents}/month.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="135"/>
        <source>De minimis -tuen enimmäismäärä {cap_cents} ylittyisi: {years} vuoden aikana saatu {received_cents} ja tämä päätös {needed_cents}.</source>
        <translation>The de minimis aid ceiling of {cap_cents} would be exceeded: {received_cents} received during {years} years and {needed_cents} with this decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="140"/>
        <source>100 %:n palkkatuki on tarkoitettu järjestön muuhun kuin liiketoimintaan; tarkista palkkatukipäätös.</source>
        <translation>A 100 % pay subsidy is meant for an association&apos;s non-business activities; check the pay subsidy decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="149"/>
        <source>{errors}</source>
        <translation>{errors}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="150"/>
        <source>{findings}</source>
        <translation>{findings}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="151"/>
        <source>{label} on pakollinen.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="152"/>
        <source>Y-tunnus on virheellinen (muoto 1234567-8, tarkiste).</source>
        <translation>The business ID is not valid (format 1234567-8, with check digit).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="156"/>
        <source>Yhdistysrekisterinumero on virheellinen (esim. 123.456).</source>
        <translation>The register number of the association is not valid (e.g. 123.456).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="160"/>
        <source>Henkilötunnus on virheellinen (muoto ppkkvvXnnnT, tarkiste).</source>
        <translation>The personal ID is not valid (format ddmmyyXnnnC, with check character).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="164"/>
        <source>IBAN-tilinumero on virheellinen (esim. FI21 1234 5600 0007 85).</source>
        <translation>The IBAN account number is not valid (e.g. FI21 1234 5600 0007 85).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="168"/>
        <source>IBAN-tilinumero on pakollinen.</source>
        <translation>The IBAN account number is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="169"/>
        <source>BIC-tunnus on virheellinen (esim. NDEAFIHH).</source>
        <translation>The BIC code is not valid (e.g. NDEAFIHH).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="173"/>
        <source>Postinumero on viisi numeroa.</source>
        <translation>The postcode has five digits.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="174"/>
        <source>Sähköpostiosoite on virheellinen.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="175"/>
        <source>Puhelinnumero on virheellinen (6–15 numeroa).</source>
        <translation>The phone number is not valid (6–15 digits).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="179"/>
        <source>Viikkotyöaika on 1–40 tuntia.</source>
        <translation>Weekly hours are 1–40 hours.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="180"/>
        <source>Viitenumero on virheellinen.</source>
        <translation>The reference number is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="181"/>
        <source>Loppupäivä ei voi olla aikaisempi kuin alkupäivä.</source>
        <translation>The end date cannot be earlier than the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="185"/>
        <source>{end_label} ei voi olla aikaisempi kuin {start_label}.</source>
        <translation>{end_label} cannot be earlier than {start_label}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="189"/>
        <source>Anna päivien määrä kokonaislukuna (0–5000).</source>
        <translation>Enter the number of days as a whole number (0–5000).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="193"/>
        <source>Prosentin on oltava {allowed}.</source>
        <translation>The percentage must be {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="194"/>
        <source>Anna summa muodossa 1 234,50.</source>
        <translation>Enter the amount as 1 234,50.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="195"/>
        <source>Summa ei voi olla negatiivinen.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="196"/>
        <source>Anna päivämäärä muodossa pp.kk.vvvv.</source>
        <translation>Enter the date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="197"/>
        <source>Päätösnumero on virheellinen (muoto KL-2026-001).</source>
        <translation>The decision number is not valid (format KL-2026-001).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="201"/>
        <source>{label}: summa ei voi olla negatiivinen.</source>
        <translation>{label}: the amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="205"/>
        <source>{label}: arvon on oltava vähintään {minimum}.</source>
        <translation>{label}: the value must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="209"/>
        <source>{label}: arvon on oltava {minimum}–{maximum}.</source>
        <translation>{label}: the value must be {minimum}–{maximum}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="213"/>
        <source>{label}: anna kokonaisluku.</source>
        <translation>{label}: enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="214"/>
        <source>{label}: anna luku.</source>
        <translation>{label}: enter a number.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="215"/>
        <source>{label}: anna kyllä tai ei.</source>
        <translation>{label}: enter yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="216"/>
        <source>{label}: anna yksi tai useampi prosentti.</source>
        <translation>{label}: enter one or more percentages.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="220"/>
        <source>{label}: anna teksti.</source>
        <translation>{label}: enter text.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="221"/>
        <source>{label}: 1–10 kirjainta, esim. KL.</source>
        <translation>{label}: 1–10 letters, e.g. KL.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="225"/>
        <source>{label}: enintään {max_length} merkkiä.</source>
        <translation>{label}: at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="229"/>
        <source>{label}: valitse {choices}.</source>
        <translation>{label}: choose {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="230"/>
        <source>Tuntematon sääntö: {name}.</source>
        <translation>Unknown rule: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="231"/>
        <source>Sääntöversio {version}: päättymispäivä on ennen alkamispäivää.</source>
        <translation>Rule version {version}: the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="235"/>
        <source>Sääntöversio {version}: {problem}</source>
        <translation>Rule version {version}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="239"/>
        <source>Sääntöversiot {first} ja {second} ovat voimassa päällekkäin.</source>
        <translation>Rule versions {first} and {second} are in force at the same time.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="243"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="244"/>
        <source>Hakemus {key} ei löydy.</source>
        <translation>Application {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="245"/>
        <source>Yhdistys {key} ei löydy.</source>
        <translation>Association {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="246"/>
        <source>Päätös {key} ei löydy.</source>
        <translation>Decision {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="247"/>
        <source>Seuranta {key} ei löydy.</source>
        <translation>Follow-up {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="248"/>
        <source>Maksu {key} ei löydy.</source>
        <translation>Payment {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="249"/>
        <source>Maksuerä {key} ei löydy.</source>
        <translation>Payment batch {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="250"/>
        <source>Henkilö {key} ei löydy.</source>
        <translation>Person {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="251"/>
        <source>Työsuhde {key} ei löydy.</source>
        <translation>Placement {key} was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="252"/>
        <source>Yhdistyksellä on työsuhteita tai päätöksiä, joten sitä ei voi poistaa. Arkistoi se.</source>
        <translation>The association has placements or decisions, so it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="256"/>
        <source>Syntymäaika ei vastaa henkilötunnusta.</source>
        <translation>The date of birth does not match the personal ID.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="260"/>
        <source>Henkilöllä on työsuhteita, joten häntä ei voi poistaa. Arkistoi.</source>
        <translation>The person has placements and cannot be deleted. Archive the person instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="264"/>
        <source>Henkilöllä on käynnissä oleva työsuhde; tietoja ei voi poistaa.</source>
        <translation>The person has a placement in progress; the data cannot be erased.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="268"/>
        <source>Alkupäivä on pakollinen.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="269"/>
        <source>Valitse työllistettävä.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="270"/>
        <source>Valitse työnantaja.</source>
        <translation>Choose the employer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="271"/>
        <source>Työnantajarengasta ei löydy.</source>
        <translation>The employer ring was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="272"/>
        <source>Työllistettyä ei voi vaihtaa: työsuhteella on päätöksiä.</source>
        <translation>The employee cannot be changed: the placement has decisions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="276"/>
        <source>Työnantajaa ei voi vaihtaa: työsuhteella on päätöksiä.</source>
        <translation>The employer cannot be changed: the placement has decisions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="280"/>
        <source>Alkupäivää ei voi muuttaa: työsuhteella on päätöksiä. Tee muutospäätös.</source>
        <translation>The start date cannot be changed: the placement has decisions. Make an amendment decision.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="284"/>
        <source>Päättymispäivä on ennen alkupäivää.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="288"/>
        <source>Työsuhteella on päätöksiä, joten sitä ei voi poistaa. Arkistoi.</source>
        <translation>The placement has decisions and cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="292"/>
        <source>Anna vuosi muodossa vvvv.</source>
        <translation>Enter the year as yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="293"/>
        <source>Päätöksellä ei ole numeroa, joten sitä ei voi tulostaa.</source>
        <translation>The decision has no number, so it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="297"/>
        <source>Ei tulostettavia seurantalomakkeita.</source>
        <translation>There are no follow-up forms to print.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="301"/>
        <source>Anna kuukausi muodossa VVVV-KK (esim. 2026-11), ei &apos;{month}&apos;.</source>
        <translation>Enter the month as YYYY-MM (e.g. 2026-11), not &apos;{month}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="305"/>
        <source>Hakemukseen voi tehdä vain myönteisen, osittain myönteisen tai kielteisen päätöksen.</source>
        <translation>An application can only be granted, partly granted or rejected.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="309"/>
        <source>Hakemus on jo ratkaistu.</source>
        <translation>The application has already been decided.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="310"/>
        <source>Myöntäminen ei ole mahdollista: {finding}</source>
        <translation>The grant is not possible: {finding}</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="314"/>
        <source>Kirjoita perustelu määrärahan ylitykselle.</source>
        <translation>Write the justification for exceeding the appropriation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="318"/>
        <source>Huomautukset vaativat kirjallisen perustelun.</source>
        <translation>The warnings need a written justification.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="322"/>
        <source>Tukijaksolle ei kerry maksettavaa.</source>
        <translation>Nothing is payable for the subsidy period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="323"/>
        <source>Päätös on jo lähetetty tai peruttu; tiedoksiantoa ei voi muuttaa.</source>
        <translation>The decision has already been sent or cancelled; its notification cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="327"/>
        <source>Lähetyspäivä on ennen päätöspäivää.</source>
        <translation>The sending date is before the decision date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="331"/>
        <source>Työllistämisbonus maksetaan Kemi-lisäjakson jälkeen; jakso ei ole vielä päättynyt.</source>
        <translation>The employment bonus is paid after the Kemi-lisä period; the period has not ended yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="335"/>
        <source>Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko omin varoin) ei ole kirjattu, Kemi-lisää ei ole myönnetty, tai bonus on jo päätetty.</source>
        <translation>The employment bonus is not payable: no outcome (a job at a company or continuation with own funds) is recorded, no Kemi-lisä was granted, or the bonus has already been decided.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="340"/>
        <source>Määrärahaa ei ole jäljellä työllistämisbonukseen.</source>
        <translation>No appropriation is left for the employment bonus.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="344"/>
        <source>De minimis -tuen enimmäismäärä ylittyisi työllistämisbonuksella.</source>
        <translation>The employment bonus would exceed the de minimis aid ceiling.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="348"/>
        <source>Kirjoita muutoksen perustelu.</source>
        <translation>Write the reasons for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="352"/>
        <source>Kauden {start}–{end} maksu on jo maksuerässä. Poista se erästä ennen muutospäätöstä.</source>
        <translation>The payment for {start}–{end} is already in a payment batch. Remove it from the batch before the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="356"/>
        <source>Takaisin voi periä enintään maksetun, vielä perimättä olevan määrän {most_cents}.</source>
        <translation>At most the paid amount not yet recovered, {most_cents}, can be recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="360"/>
        <source>Takaisinperittävä määrä on enintään vähimmäismäärän suuruinen, joten sitä ei peritä takaisin.</source>
        <translation>The amount does not exceed the minimum for recovery, so it is not recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="365"/>
        <source>Kirjoita takaisinperinnän perustelu.</source>
        <translation>Write the reasons for the recovery.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="369"/>
        <source>Valitse työsuhde.</source>
        <translation>Choose a placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="370"/>
        <source>Kirjoita peruutuksen syy.</source>
        <translation>Write the reason for the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="371"/>
        <source>Vain vireillä olevan hakemuksen voi perua.</source>
        <translation>Only a pending application can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="375"/>
        <source>Maksu on jo hyväksytty tai maksettu.</source>
        <translation>The payment has already been approved or paid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="379"/>
        <source>Vain haettu tai pidätetty maksu voidaan hyväksyä.</source>
        <translation>Only a claimed or held payment can be approved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="383"/>
        <source>Erään voi koota vain hyväksyttyjä, erättömiä maksuja.</source>
        <translation>Only approved payments that are not in a batch can be batched.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="387"/>
        <source>Maksuerä on jo merkitty maksetuksi {paid_on}.</source>
        <translation>The payment batch was already marked paid on {paid_on}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="391"/>
        <source>Maksupäivä on ennen erän kokoamista.</source>
        <translation>The payment date is before the batch was made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="395"/>
        <source>Seurantapäivä on ennen työsuhteen alkua.</source>
        <translation>The follow-up date is before the start of the placement.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="399"/>
        <source>Seurantakeskustelua ei voi kirjata tulevalle päivälle.</source>
        <translation>A follow-up talk cannot be recorded for a future date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="403"/>
        <source>Anna allekirjoituspäivä.</source>
        <translation>Enter the signing date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="404"/>
        <source>Kirjaa keskustelun osallistujat.</source>
        <translation>Record who took part in the talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="408"/>
        <source>{checkpoint} -tieto kirjataan aikaisintaan {due}.</source>
        <translation>The outcome &quot;{checkpoint}&quot; can be recorded on {due} at the earliest.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="412"/>
        <source>Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.</source>
        <translation>An amendment is made to a Kemi supplement grant.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="416"/>
        <source>Takaisin voi periä vain myönnetyn avustuksen maksuja.</source>
        <translation>Only payments of a granted aid can be recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="420"/>
        <source>Peruttua päätöstä ei voi muuttaa.</source>
        <translation>A cancelled decision cannot be amended.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="424"/>
        <source>Päätöksellä ei ole tukijaksoa, jota voisi muuttaa.</source>
        <translation>The decision has no grant period to amend.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="428"/>
        <source>Uusi päättymispäivä on ennen tukijakson alkua.</source>
        <translation>The new end date is before the start of the grant period.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="432"/>
        <source>Uusi päättymispäivä ei lyhennä tukijaksoa (nyt {current_end}).</source>
        <translation>The new end date does not shorten the grant period (now {current_end}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="436"/>
        <source>Teksti sisältää merkkejä, joita ei voi tallentaa (esim. ohjausmerkkejä).</source>
        <translation>The text contains characters that cannot be saved (e.g. control characters).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="440"/>
        <source>Enintään {max} merkkiä (nyt {length}).</source>
        <translation>At most {max} characters (now {length}).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="444"/>
        <source>Päivämäärä on pakollinen.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="445"/>
        <source>Päivämäärän on oltava välillä {min}–{max}.</source>
        <translation>The date must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="449"/>
        <source>Arvo on virheellinen.</source>
        <translation>The value is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="450"/>
        <source>Samalla Y-tunnuksella on jo yhdistys: {name}.</source>
        <translation>An association with the same business ID already exists: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="454"/>
        <source>Samalla henkilötunnuksella on jo henkilö: {name}.</source>
        <translation>A person with the same personal identity code already exists: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/domain/messages.py" line="458"/>
        <source>Tietokannassa on jo tietoja. Esittelyaineisto tehdään vain tyhjään.</source>
        <translation>The database already holds data. Demo data is made only into an empty one.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="334"/>
        <source>Päättyminen</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="337"/>
        <source>&amp;Päättyi</source>
        <translation>&amp;Ended</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="340"/>
        <source>&amp;Syy</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="343"/>
        <source>Työsuhteella ei ole myönteistä Kemi-lisäpäätöstä, joten muutospäätöstä ei tarvita.</source>
        <translation>The placement has no Kemi supplement grant, so no amendment decision is needed.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="120"/>
        <source>Yhteys palvelimeen katkesi</source>
        <translation>Connection to the server lost</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="121"/>
        <source>Yhteys tietokantapalvelimeen katkesi. Mitään ei tallennettu puolittain: keskeneräinen tallennus peruttiin kokonaan. Lomake pysyy auki arvoineen; tallenna uudelleen, kun yhteys toimii.</source>
        <translation>The connection to the database server was lost. Nothing was saved halfway: the unfinished save was cancelled as a whole. The form stays open with its values; save again when the connection works.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="131"/>
        <source>Odottamaton virhe</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="132"/>
        <source>Ohjelmassa tapahtui odottamaton virhe. Keskeneräinen toiminto jäi tekemättä, mutta ohjelma jatkaa toimintaansa ja tallennetut tiedot ovat tallessa.</source>
        <translation>An unexpected error occurred. The unfinished action was not done, but the program keeps running and the saved data is safe.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="138"/>
        <source>Virhe on kirjattu lokitiedostoon %1. Jos virhe toistuu, lähetä lokitiedosto tukeen.</source>
        <translation>The error was written to the log file %1. If it happens again, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="50"/>
        <source>Tarkistusta ei ole vielä tehty.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="60"/>
        <source>Kaikki Kemi-lisän ehdot täyttyvät.</source>
        <translation>Every condition of the Kemi supplement is met.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="93"/>
        <source>Este</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/findings.py" line="95"/>
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="99"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="100"/>
        <source>Työhönvalmentaja mukana</source>
        <translation>Job coach present</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="101"/>
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="102"/>
        <source>Edistyminen</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="103"/>
        <source>Tuki ja perehdytys</source>
        <translation>Support and orientation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="104"/>
        <source>Koulutus</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="105"/>
        <source>Työnhaun tuki</source>
        <translation>Job-search support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="106"/>
        <source>Tutustumisjakso</source>
        <translation>Trial visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="107"/>
        <source>Poissaolot ja muutokset</source>
        <translation>Absences and changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="108"/>
        <source>Loppuarvio</source>
        <translation>End assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="109"/>
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="110"/>
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="111"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FollowupForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="72"/>
        <source>%1, työsuhde %2–%3</source>
        <translation>%1, employment %2–%3</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="78"/>
        <source>ohjaaja %1</source>
        <translation>supervisor %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="79"/>
        <source>työhönvalmentaja %1</source>
        <translation>job coach %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="80"/>
        <source>palkkatukipäätös %1</source>
        <translation>wage subsidy decision %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="91"/>
        <source>Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja. Kirjaa vain se, mitä ohjaus ja tuki edellyttävät.</source>
        <translation>Do not record health or work-ability information on this form. Record only what the guidance and support need.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="118"/>
        <source>Keskustelu</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="124"/>
        <source>esim. työntekijä, ohjaaja, työnantaja</source>
        <translation>e.g. employee, supervisor, employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="125"/>
        <source>Työhönvalmentaja osallistui</source>
        <translation>The job coach took part</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="126"/>
        <source>&amp;Keskustelu</source>
        <translation>&amp;Talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="127"/>
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="131"/>
        <source>&amp;Osallistujat</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="136"/>
        <source>Kirjaa keskustelun osallistujat.</source>
        <translation>Record who took part in the talk.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="141"/>
        <source>Työhön&amp;valmentaja</source>
        <translation>&amp;Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="143"/>
        <source>Tavoitteet ja edistyminen</source>
        <translation>Goals and progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="145"/>
        <source>Tavo&amp;itteet</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="146"/>
        <source>&amp;Edistyminen</source>
        <translation>P&amp;rogress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="149"/>
        <source>Ohjaus ja tuki</source>
        <translation>Guidance and support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="152"/>
        <source>T&amp;uki ja perehdytys</source>
        <translation>&amp;Support and orientation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="153"/>
        <source>Koulutu&amp;s</source>
        <translation>Tra&amp;ining</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="155"/>
        <source>Työn&amp;haun tuki</source>
        <translation>Job-search support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="157"/>
        <source>Tutustu&amp;misjakso</source>
        <translation>Trial &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="159"/>
        <source>Palkallinen 2–3 päivän tutustuminen toiseen työnantajaan</source>
        <translation>A paid 2–3 day visit to another employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="163"/>
        <source>Muutokset ja loppuarvio</source>
        <translation>Changes and end assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="166"/>
        <source>ei vielä tiedossa</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="169"/>
        <source>Työnantaja ja työntekijä ovat allekirjoittaneet</source>
        <translation>Signed by the employer and the employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="172"/>
        <source>Poissaolot ja työaikamuutokset</source>
        <translation>Absences and changes in hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="173"/>
        <source>&amp;Loppuarvio</source>
        <translation>&amp;End assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="174"/>
        <source>Jatkopolku ja allekirjoitus</source>
        <translation>Next step and signature</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="175"/>
        <source>&amp;Jatkopolku</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="176"/>
        <source>&amp;Allekirjoitettu</source>
        <translation>Sig&amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="177"/>
        <source>Allekirjoitusp&amp;äivä</source>
        <translation>Signing &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="178"/>
        <source>Muistiinpa&amp;not</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="187"/>
        <source>Seurantapäivä on ennen työsuhteen alkua (%1).</source>
        <translation>The talk is before the employment started (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="202"/>
        <source>Täytetään loppuarvioinnissa</source>
        <translation>Filled in at the final talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="214"/>
        <source>Anna allekirjoituspäivä.</source>
        <translation>Enter the signing date.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="105"/>
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="215"/>
        <source>Täytä tai korjaa: %1</source>
        <translation>Fill in or correct: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="217"/>
        <source>Tähdellä (*) merkityt kentät ovat pakollisia.</source>
        <translation>Fields marked with an asterisk (*) are required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="265"/>
        <source>Avaa olemassa oleva</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="293"/>
        <source>Tallentamattomat muutokset</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="294"/>
        <source>Lomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?</source>
        <translation>The form has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="25"/>
        <source>Uusi yhdistys</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="26"/>
        <source>Muokkaa yhdistystä</source>
        <translation>Edit association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="28"/>
        <source>Uusi työllistetty</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="29"/>
        <source>Muokkaa työllistettyä</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="48"/>
        <source>Uusi työsuhde</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="49"/>
        <source>Muokkaa työsuhdetta</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="35"/>
        <source>Kirjaa seurantalomake</source>
        <translation>Record follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/followup_form.py" line="36"/>
        <source>Muokkaa seurantalomaketta</source>
        <translation>Edit follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="50"/>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="51"/>
        <source>Kirjaa maksatushakemus</source>
        <translation>Record payment claim</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="133"/>
        <source>Uusi sääntöversio</source>
        <translation>New rule version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="134"/>
        <source>Muokkaa sääntöversiota</source>
        <translation>Edit rule version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="53"/>
        <source>Ennenaikainen päättyminen / muutospäätös</source>
        <translation>Early end / amendment decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="233"/>
        <source>Takaisinperintäpäätös</source>
        <translation>Recovery decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="326"/>
        <source>Työsuhteen ennenaikainen päättyminen</source>
        <translation>Early end of the placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="41"/>
        <source>Uusi Kemi-lisähakemus</source>
        <translation>New Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/application_dialog.py" line="42"/>
        <source>Kemi-lisähakemus</source>
        <translation>Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="62"/>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="63"/>
        <source>Päätös Kemi-lisähakemukseen</source>
        <translation>Decision on a Kemi supplement application</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="29"/>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="30"/>
        <source>Merkitse päätös lähetetyksi</source>
        <translation>Mark the decision as sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="65"/>
        <source>Kirjaa jatkopolku</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="183"/>
        <source>Päätä työllistämisbonus</source>
        <translation>Decide the employment bonus</translation>
    </message>
</context>
<context>
    <name>GrantActions</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="74"/>
        <source>Ennenaikainen &amp;päättyminen / muutospäätös…</source>
        <translation>Early &amp;end / amendment decision…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="79"/>
        <source>Uusi &amp;hakemus…</source>
        <translation>New &amp;application…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="80"/>
        <source>Kirjaa yhdistyksen Kemi-lisähakemus työsuhteelle</source>
        <translation>Record the association&apos;s Kemi supplement application for the placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="86"/>
        <source>Kirjaa &amp;jatkopolku…</source>
        <translation>Record the &amp;outcome…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="87"/>
        <source>Jatkopolku työsuhteen päättyessä, 3 ja 6 kk päättymisestä</source>
        <translation>The outcome at the end of the placement and 3 and 6 months later</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="96"/>
        <source>Työsuhde päättyi ennen aikojaan: muutospäätös Kemi-lisään ja tarvittaessa takaisinperintä</source>
        <translation>The placement ended early: an amendment of the Kemi supplement and, if needed, recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="108"/>
        <source>Päätä työllistämis&amp;bonus…</source>
        <translation>Decide the employment &amp;bonus…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="109"/>
        <source>Jatkopolku oikeuttaa työllistämisbonukseen, eikä sitä ole päätetty</source>
        <translation>The outcome earns the employment bonus, and it has not been decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="119"/>
        <source>Merkitse &amp;lähetetyksi…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="120"/>
        <source>Lähetystapa ja -päivä; ohjelma laskee oikaisuvaatimusajan</source>
        <translation>How and when it was sent; the program computes the appeal period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_actions.py" line="129"/>
        <source>Myönnetyn Kemi-lisän muutospäätös ja tarvittaessa takaisinperintä</source>
        <translation>Amendment of a granted Kemi supplement and, if needed, recovery</translation>
    </message>
</context>
<context>
    <name>GrantPath</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="117"/>
        <source>Työsuhde päättyi ennenaikaisesti %1. Kemi-lisän tukijakso päättyy samana päivänä ja maksuaikataulu lasketaan uudelleen.</source>
        <translation>The placement ended early on %1. The Kemi supplement period ends on the same day and the payment schedule is computed again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="220"/>
        <source>Liikaa maksettu %1 peritään takaisin. Tehdäänkö takaisinperintäpäätös nyt?</source>
        <translation>The overpaid %1 will be recovered. Make the recovery decision now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="223"/>
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="267"/>
        <source>Työsuhde päättyi ennenaikaisesti %1. Kemi-lisää on maksettu %2 ajalta, jolta siihen ei ole oikeutta. Perusteetta maksettu määrä peritään takaisin.</source>
        <translation>The placement ended early on %1. %2 of Kemi supplement was paid for a time without entitlement. The amount paid without grounds is recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="395"/>
        <source>Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.</source>
        <translation>An amendment is made to a Kemi supplement grant.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="404"/>
        <source>Hakemus on ratkaistu</source>
        <translation>The application has been decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/decision_dialog.py" line="405"/>
        <source>Hakemus on jo ratkaistu; sen päätös löytyy Avustukset-välilehdeltä.</source>
        <translation>The application has already been decided; its decision is on the Grants tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="106"/>
        <source>Päättäjän &amp;nimi</source>
        <translation>Decision maker&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="111"/>
        <source>Päättäjän nimi</source>
        <translation>Decision maker&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="117"/>
        <source>Päättäjän &amp;virkanimike</source>
        <translation>Decision maker&apos;s &amp;title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="132"/>
        <source>Päätös %1 (%2) on tehty. Tulostetaanko se nyt?</source>
        <translation>Decision %1 (%2) has been made. Print it now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="137"/>
        <source>Tulosta päätös</source>
        <translation>Print the decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="149"/>
        <source>palkkatuki %1 %</source>
        <translation>pay subsidy %1 %</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/grant_parts.py" line="155"/>
        <source>ei palkkatukea</source>
        <translation>no pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="108"/>
        <source>Päätös %1 on lähetetty %2 (%3); oikaisuvaatimusaika päättyy %4. Tiedoksiantoa ei voi enää muuttaa.</source>
        <translation>Decision %1 was sent on %2 (%3); the period for a request for review ends on %4. The notification can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="119"/>
        <source>Peruttua päätöstä ei voi lähettää.</source>
        <translation>A cancelled decision cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="120"/>
        <source>Päätös on lähetetty</source>
        <translation>The decision has been sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="166"/>
        <source>Jatkopolku oikeuttaa työllistämisbonukseen. Päätetäänkö työllistämisbonus (%1) nyt?</source>
        <translation>The outcome earns the employment bonus. Decide the employment bonus (%1) now?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="173"/>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="279"/>
        <source>Työllistämisbonus</source>
        <translation>Employment bonus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="280"/>
        <source>Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko omin varoin) ei ole kirjattu, tai bonus on jo päätetty.</source>
        <translation>The employment bonus is not payable: no qualifying outcome (a job at a company or continuation with own funds) is recorded, or the bonus has already been decided.</translation>
    </message>
</context>
<context>
    <name>GrantsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="42"/>
        <source>Päätösvuosi</source>
        <translation>Decision year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="45"/>
        <source>Päätöksen tila</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="46"/>
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="51"/>
        <source>Päätöksen tyyppi</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="52"/>
        <source>Kaikki päätöstyypit</source>
        <translation>All decision types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="93"/>
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="117"/>
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="120"/>
        <source>Määräraha %1: %2, päätetty %3, jäljellä %4</source>
        <translation>Appropriation %1: %2, decided %3, left %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="135"/>
        <source>Maksut: valitse päätös</source>
        <translation>Payments: choose a decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="140"/>
        <source>Päätöksen %1 maksut (%2)</source>
        <translation>Payments of decision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="170"/>
        <source>Arkistoidaanko päätös %1? Päätöstä ja sen maksuja ei poisteta; arkistoitu päätös piilotetaan luetteloista, ja sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the decision %1? The decision and its payments are not deleted; an archived decision is hidden from the lists, and View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="62"/>
        <source>kemidesk – Kemi-lisä ja järjestötyöllistäminen</source>
        <translation>kemidesk – Kemi supplement and employment in associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="86"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="90"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="94"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="97"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="98"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="114"/>
        <source>Työkalut</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="139"/>
        <source>Palvelin: %1, käyttäjä %2</source>
        <translation>Server: %1, user %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="140"/>
        <source>Paikallinen tiedosto: %1</source>
        <translation>Local file: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="247"/>
        <source>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi-lisä ja järjestötyöllistäminen.&lt;br&gt;Kemin kaupunki, Työllisyyspalvelut.&lt;/p&gt;&lt;p&gt;Tietokansio: %2&lt;br&gt;Lokitiedosto: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi supplement and employment in associations.&lt;br&gt;City of Kemi, Employment Services.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log file: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="256"/>
        <source>Tietoja kemideskistä</source>
        <translation>About kemidesk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="265"/>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="266"/>
        <source>Kieli vaihtuu, kun ohjelma käynnistetään seuraavan kerran.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="293"/>
        <source>Tulosta valittu tietue (Ctrl+P)</source>
        <translation>Print the selected record (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="296"/>
        <source>Ei tulostettavaa: tällä välilehdellä ei ole valittua tulostettavaa tietuetta.</source>
        <translation>Nothing to print: no printable record is selected on this tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="302"/>
        <source>Palauta a&amp;rkistosta</source>
        <translation>Restore from a&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="302"/>
        <source>A&amp;rkistoi</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="311"/>
        <source>Yhdistyksiä %1 · työllistettyjä %2 · työsuhteita %3 · päätöksiä %4</source>
        <translation>Associations %1 · employees %2 · placements %3 · decisions %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="345"/>
        <source>Ohjelma ei muuttanut tiedostoa. Tietokansio: %1</source>
        <translation>The program did not change the file. Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="348"/>
        <source>Tietokantaa ei voi avata</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="302"/>
        <source>Merkitse maksuerä maksetuksi</source>
        <translation>Mark payment batch paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="304"/>
        <source>Maksuerä %1 (%2), koottu %3: %4 maksua, yhteensä %5.</source>
        <translation>Payment batch %1 (%2), made on %3: %4 payments, total %5.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="321"/>
        <source>&amp;Maksupäivä</source>
        <translation>&amp;Payment date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="327"/>
        <source>Merkitse &amp;maksetuksi</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="344"/>
        <source>Maksupäivä ei voi olla ennen erän kokoamista (%1).</source>
        <translation>The payment date cannot be before the batch was made (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="358"/>
        <source>Merkitäänkö maksuerän %1 kaikki %2 maksua (yhteensä %3) maksetuiksi %4? Merkintää ei voi perua.</source>
        <translation>Mark all %2 payments of batch %1 (total %3) paid on %4? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="366"/>
        <source>Merkitse maksetuksi</source>
        <translation>Mark paid</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/kemidesk/ui/messages.py" line="44"/>
        <source>Toimintoa ei voi tehdä</source>
        <translation>The action cannot be done</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="38"/>
        <source>päätetty %1</source>
        <translation>decided %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="44"/>
        <source>Lähetys</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="48"/>
        <source>&amp;Tapa</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="52"/>
        <source>&amp;Lähetetty</source>
        <translation>&amp;Sent on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="61"/>
        <source>&amp;Merkitse lähetetyksi</source>
        <translation>Mark as s&amp;ent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="70"/>
        <source>Lähetyspäivä on ennen päätöspäivää.</source>
        <translation>The sending date is before the decision date.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/notify_dialog.py" line="84"/>
        <source>Katsotaan tiedoksi saaduksi %1&lt;br&gt;&lt;b&gt;Oikaisuvaatimusaika päättyy %2&lt;/b&gt;</source>
        <translation>Deemed received on %1&lt;br&gt;&lt;b&gt;The period for a request for review ends on %2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="45"/>
        <source>Nämä tiedot tulostuvat päätösten, seurantalomakkeiden ja maksulistojen ylätunnisteeseen sekä oikaisuvaatimusohjeeseen.</source>
        <translation>These details are printed in the header of decisions, follow-up forms and payment lists, and in the appeal instructions.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="58"/>
        <source>&amp;Tallenna kirjelomake</source>
        <translation>&amp;Save letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="112"/>
        <source>Toimisto</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="113"/>
        <source>Or&amp;ganisaatio</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="114"/>
        <source>&amp;Yksikkö</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="115"/>
        <source>Kat&amp;uosoite</source>
        <translation>St&amp;reet address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="116"/>
        <source>&amp;Postinumero ja -toimipaikka</source>
        <translation>&amp;Postcode and town</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="117"/>
        <source>Pu&amp;helin</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="118"/>
        <source>&amp;Sähköposti</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="120"/>
        <source>PNG- tai JPEG-kuva, ei pakollinen</source>
        <translation>PNG or JPEG image, optional</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="121"/>
        <source>&amp;Valitse…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="129"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="138"/>
        <source>Kirjaamo ja oikaisuvaatimukset</source>
        <translation>Registry and requests for review</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="139"/>
        <source>&amp;Kirjaamo</source>
        <translation>Re&amp;gistry</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="144"/>
        <source>Kirjaamon osoit&amp;e</source>
        <translation>Registry &amp;address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="145"/>
        <source>Kirjaamon sähk&amp;öposti</source>
        <translation>Registry e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="146"/>
        <source>Oikaisuvaatimuksen käsitteli&amp;jä</source>
        <translation>Re&amp;view body</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="148"/>
        <source>tyhjä: päätöksentekijä</source>
        <translation>empty: the decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="151"/>
        <source>Kuntalaki 134 §: oikaisuvaatimus tehdään toimielimelle tai viranhaltijalle, joka päätöksen teki, ellei toimielin ole siirtänyt sitä muualle.</source>
        <translation>Local Government Act 134 §: the request for review goes to the body or official that made the decision, unless the body has assigned it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="158"/>
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="159"/>
        <source>P&amp;äätöksentekijä</source>
        <translation>&amp;Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="160"/>
        <source>Vi&amp;rkanimike</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="161"/>
        <source>&amp;Allekirjoituspaikka</source>
        <translation>Signing &amp;place</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="165"/>
        <source>Lisätietojen antaja</source>
        <translation>Contact for more information</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="166"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="167"/>
        <source>Puhel&amp;in</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="168"/>
        <source>Sähköp&amp;osti</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="205"/>
        <source>Anna organisaation nimi.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="208"/>
        <source>Kuvatiedostoa ei löydy.</source>
        <translation>The image file was not found.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="218"/>
        <source>Tallentamattomia muutoksia.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="224"/>
        <source>Valitse logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="224"/>
        <source>Kuvat (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_office.py" line="240"/>
        <source>Kirjelomake tallennettu.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/date_edit.py" line="66"/>
        <source>Tyhjennä päivämäärä</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>OutcomeDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="123"/>
        <source>Ajankohta</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="124"/>
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="125"/>
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="126"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="74"/>
        <source>Jatkopolku</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="79"/>
        <source>&amp;Ajankohta</source>
        <translation>&amp;Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="83"/>
        <source>T&amp;ilanne</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="86"/>
        <source>&amp;Kirjattu</source>
        <translation>&amp;Recorded on</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="88"/>
        <source>&amp;Lisätiedot</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="137"/>
        <source>Tämän ajankohdan jatkopolku on kirjattu %1; tallennus korjaa sen.</source>
        <translation>The outcome of this checkpoint was recorded on %1; saving corrects it.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/outcome_dialog.py" line="141"/>
        <source>Tämä jatkopolku oikeuttaa työllistämisbonukseen.</source>
        <translation>This outcome earns the employment bonus.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="76"/>
        <source>Hakemukset odottavat päätöstä</source>
        <translation>Applications waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="78"/>
        <source>Päätökset lähettämättä</source>
        <translation>Decisions not sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="80"/>
        <source>Tarkastettavat maksatushakemukset</source>
        <translation>Payment claims to check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="82"/>
        <source>Pidätetyt maksut</source>
        <translation>Payments held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="84"/>
        <source>Seurannat erääntyneet ja tulossa</source>
        <translation>Follow-ups overdue and coming</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="86"/>
        <source>Päättyvät työsuhteet ja palkkatuet (30 pv)</source>
        <translation>Placements and pay subsidies ending (30 days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="88"/>
        <source>Jatkopolun seurannat</source>
        <translation>Outcome checks</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="90"/>
        <source>Työllistämisbonus ehdolla</source>
        <translation>Employment bonus proposed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="93"/>
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="94"/>
        <source>Tiedot</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="95"/>
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="96"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="114"/>
        <source>%1 pv</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="116"/>
        <source>tänään</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="118"/>
        <source>myöhässä %1 pv</source>
        <translation>%1 d late</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="119"/>
        <source>%1 pv:n päästä</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="170"/>
        <source>Päätetty</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="171"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="172"/>
        <source>Jäljellä</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="191"/>
        <source>Määräraha %1: %2</source>
        <translation>Appropriation %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="200"/>
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="302"/>
        <source>Avaa rivi kaksoisnapsautuksella tai Enterillä. Päivitä: F5.</source>
        <translation>Open a line with a double-click or Enter. Refresh: F5.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="326"/>
        <source>Päivitetään…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="354"/>
        <source>Yleiskatsausta ei voitu lukea; virhe on kirjattu lokiin.</source>
        <translation>The overview could not be read; the error has been logged.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="380"/>
        <source>Tilanne %1</source>
        <translation>Situation on %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="382"/>
        <source>Avoimia tehtäviä %1</source>
        <translation>Open tasks: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/overview.py" line="409"/>
        <source>Näytä kaikki (%1 riviä)…</source>
        <translation>Show all (%1 lines)…</translation>
    </message>
</context>
<context>
    <name>PaymentClaimDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="83"/>
        <source>Maksatushakemus</source>
        <translation>Payment claim</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="86"/>
        <source>Palkkalaskelma on liitteenä</source>
        <translation>The payslip is attached</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="88"/>
        <source>Tosite palkanmaksusta (maksutosite) on liitteenä</source>
        <translation>Proof of the wage payment is attached</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="91"/>
        <source>Hakemus &amp;saapui</source>
        <translation>Claim &amp;received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="93"/>
        <source>&amp;Palkkalaskelma</source>
        <translation>&amp;Payslip</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="94"/>
        <source>&amp;Maksutosite</source>
        <translation>Proof of &amp;payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="100"/>
        <source>&amp;Hyväksy maksu heti, jos ehdot täyttyvät</source>
        <translation>&amp;Approve the payment at once if the conditions are met</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="105"/>
        <source>Jos jokin ehto puuttuu (liitteet, päätöksen tiedoksianto, oikaisuaika, seurantalomakkeet), maksu pidätetään ja syy kerrotaan.</source>
        <translation>If a condition is missing (attachments, notification of the decision, appeal period, follow-up forms), the payment is held and the reason is shown.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="120"/>
        <source>Hakemus saapui määräajan (%1) jälkeen.</source>
        <translation>The claim arrived after the deadline (%1).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="126"/>
        <source>Kemi-lisä maksetaan jälkikäteen: kausi päättyy %1.</source>
        <translation>Kemi-lisä is paid in arrears: the period ends on %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="136"/>
        <source>Saapumispäivä ei voi olla tulevaisuudessa.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>PaymentDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="35"/>
        <source>Avaa &amp;päätös</source>
        <translation>Open &amp;decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="38"/>
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="43"/>
        <source>&amp;Hyväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="55"/>
        <source>Maksuerä %1, päätös %2</source>
        <translation>Instalment %1, decision %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="62"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="63"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="64"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="65"/>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="66"/>
        <source>Tukipäiviä</source>
        <translation>Subsidised days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="67"/>
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="68"/>
        <source>Haettava viimeistään</source>
        <translation>Claim by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="69"/>
        <source>Hakemus saapui</source>
        <translation>Claim received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="70"/>
        <source>Palkkalaskelma</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="71"/>
        <source>Maksutosite</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="72"/>
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="73"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="74"/>
        <source>Viite</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="75"/>
        <source>Pidätyksen syy</source>
        <translation>Reason held</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="84"/>
        <source>Kaikki maksut</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="87"/>
        <source>Tarkastettavat hakemukset</source>
        <translation>Claims to check</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="92"/>
        <source>Hyväksytyt, ei erässä</source>
        <translation>Approved, not in a batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="97"/>
        <source>Pidätetyt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="102"/>
        <source>Erässä, maksamatta</source>
        <translation>In a batch, not paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="107"/>
        <source>Ei vielä haettu</source>
        <translation>Not claimed yet</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="112"/>
        <source>Maksetut (90 pv)</source>
        <translation>Paid (90 days)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="237"/>
        <source>Kokoa maksuerä</source>
        <translation>Make a payment batch</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="238"/>
        <source>Hyväksyttyjä maksuja, jotka eivät ole vielä erässä, ei ole.</source>
        <translation>There are no approved payments that are not in a batch yet.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="263"/>
        <source>Maksuerä koottu</source>
        <translation>Payment batch made</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="264"/>
        <source>Maksuerä %1 on koottu (%2 maksua, yhteensä %3).</source>
        <translation>Payment batch %1 has been made (%2 payments, total %3).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="285"/>
        <source>Tallenna CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="287"/>
        <source>CSV-tiedostot (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="389"/>
        <source>Merkitse maksetuksi</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_batch.py" line="390"/>
        <source>Maksuerä %1 on jo merkitty maksetuksi %2.</source>
        <translation>Payment batch %1 was already marked paid on %2.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="40"/>
        <source>Päätös %1, erä %2: %3 – %4</source>
        <translation>Decision %1, instalment %2: %3 – %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="65"/>
        <source>Kausi %1–%2 · %3 · haettava viimeistään %4 · tila: %5</source>
        <translation>Period %1–%2 · %3 · claim due %4 · status: %5</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="75"/>
        <source>Pidätetty: %1</source>
        <translation>Held: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="163"/>
        <source>Maksu hyväksytty</source>
        <translation>Payment approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="164"/>
        <source>%1 (%2) on hyväksytty %3. Se voidaan koota maksuerään.</source>
        <translation>%1 (%2) was approved on %3. It can be put into a payment batch.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="175"/>
        <source>Maksu pidätetty</source>
        <translation>Payment held</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="176"/>
        <source>%1 pidätettiin, koska maksun ehdot eivät täyty:</source>
        <translation>%1 was held because the conditions of payment are not met:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="182"/>
        <source>Kun puuttuvat tiedot on kirjattu, hyväksy maksu uudelleen.</source>
        <translation>When the missing information has been recorded, approve the payment again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="199"/>
        <source>Maksu on jo tilassa %1; hakemusta ei voi enää kirjata.</source>
        <translation>The payment is already %1; a claim can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="241"/>
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="244"/>
        <source>&amp;Hyväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/payment_claim.py" line="248"/>
        <source>&amp;Avaa</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="133"/>
        <source>Maksun tila</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="140"/>
        <source>Kirjaa &amp;maksatushakemus…</source>
        <translation>Record payment &amp;claim…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="141"/>
        <source>H&amp;yväksy</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="142"/>
        <source>Kokoa maksu&amp;erä…</source>
        <translation>Make payment &amp;batch…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="172"/>
        <source>Maksuerät</source>
        <translation>Payment batches</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="173"/>
        <source>Avaa maksu&amp;lista…</source>
        <translation>Open payment &amp;list…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="174"/>
        <source>Tallenna &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="175"/>
        <source>Merkitse maksetuksi…</source>
        <translation>Mark paid…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/payments.py" line="219"/>
        <source>Maksuerät (%1, maksamatta %2)</source>
        <translation>Payment batches (%1, unpaid %2)</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="57"/>
        <source>Ladataan…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="27"/>
        <source>Kotikunta</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="28"/>
        <source>Kaikki kotikunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="29"/>
        <source>Kemiläiset</source>
        <translation>Kemi residents</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="30"/>
        <source>Muut kunnat</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="32"/>
        <source>Vain &amp;osatyökykyiset</source>
        <translation>Only partial &amp;work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/people.py" line="69"/>
        <source>Arkistoidaanko %1? Henkilön työsuhteet, päätökset ja maksut säilyvät. Arkistoitu henkilö piilotetaan luetteloista; hänet saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive %1? The person&apos;s placements, decisions and payments are kept. An archived person is hidden from the lists; View → Show archived brings them back.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="107"/>
        <source>&amp;Näytä henkilötunnus</source>
        <translation>&amp;Show personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="109"/>
        <source>Jokainen näyttäminen kirjataan lokiin.</source>
        <translation>Every showing is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="111"/>
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="116"/>
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="122"/>
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="128"/>
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="137"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="142"/>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="165"/>
        <source>Henkilötunnus</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="143"/>
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="144"/>
        <source>Kemiläinen</source>
        <translation>Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="145"/>
        <source>Työmarkkinatukipäiviä</source>
        <translation>Labour market subsidy days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="146"/>
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="147"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="148"/>
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="149"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="60"/>
        <source>Henkilötiedot</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="67"/>
        <source>&amp;Etunimi</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="69"/>
        <source>Etunimi</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="75"/>
        <source>&amp;Sukunimi</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="77"/>
        <source>Sukunimi</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="81"/>
        <source>&amp;Henkilötunnus</source>
        <translation>Personal &amp;ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="83"/>
        <source>&amp;Vaihda…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="93"/>
        <source>S&amp;yntymäaika</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="97"/>
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="98"/>
        <source>&amp;Kemiläinen</source>
        <translation>&amp;Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="101"/>
        <source>&amp;Osatyökykyinen</source>
        <translation>Partial &amp;work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="105"/>
        <source>Terveystieto: kirjaa vain välttämätön.</source>
        <translation>Health data: record only what is necessary.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="108"/>
        <source>Ty&amp;ömarkkinatukipäiviä</source>
        <translation>Labour market subsidy &amp;days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="112"/>
        <source>Työkyvyn &amp;rajoitteet</source>
        <translation>Work ability &amp;limitations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="117"/>
        <source>Yhteystiedot</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="121"/>
        <source>&amp;Puhelin</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="122"/>
        <source>S&amp;ähköposti</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="123"/>
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="131"/>
        <source>tyhjä poistaa henkilötunnuksen</source>
        <translation>empty removes the personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="154"/>
        <source>Syntymäaika ei vastaa henkilötunnusta.</source>
        <translation>The date of birth does not match the personal ID.</translation>
    </message>
</context>
<context>
    <name>PlacementDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="177"/>
        <source>Avaa &amp;työllistetty</source>
        <translation>Open &amp;employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="180"/>
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="184"/>
        <source>Kirjaa &amp;seurantalomake…</source>
        <translation>Record &amp;follow-up form…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="191"/>
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="197"/>
        <source>Maksuaikataulu</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="203"/>
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="207"/>
        <source>Muokkaa seurantaa napsauttamalla</source>
        <translation>Click to edit the follow-up</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="210"/>
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="220"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="230"/>
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="231"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="232"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="233"/>
        <source>Päättyi ennenaikaisesti</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="234"/>
        <source>Viikkotyöaika</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="235"/>
        <source>Palkka/kk</source>
        <translation>Wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="236"/>
        <source>Palkkakustannukset/kk</source>
        <translation>Wage costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="237"/>
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="238"/>
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="239"/>
        <source>Palkkatuen myöntäjä</source>
        <translation>Pay subsidy granted by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="240"/>
        <source>Palkkatukipäätös</source>
        <translation>Pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="241"/>
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="242"/>
        <source>Palkkatukijakso</source>
        <translation>Pay subsidy period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="243"/>
        <source>Palkkatuki/kk</source>
        <translation>Pay subsidy/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="244"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="68"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="69"/>
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="79"/>
        <source>Osapuolet</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="96"/>
        <source>T&amp;yöllistetty</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="98"/>
        <source>Valitse työllistettävä.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="104"/>
        <source>Ty&amp;önantaja</source>
        <translation>Emp&amp;loyer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="106"/>
        <source>Valitse työnantaja.</source>
        <translation>Choose the employer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="111"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="119"/>
        <source>Te&amp;htävänimike</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="121"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="124"/>
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="125"/>
        <source>&amp;Päättyy</source>
        <translation>E&amp;nds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="129"/>
        <source>&amp;Viikkotyöaika (h)</source>
        <translation>&amp;Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="137"/>
        <source>&amp;Bruttopalkka/kk</source>
        <translation>Gross &amp;wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="143"/>
        <source>Palkka&amp;kustannukset/kk</source>
        <translation>Wage &amp;costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="145"/>
        <source>&amp;Ohjaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="146"/>
        <source>Työhönvalmenta&amp;ja</source>
        <translation>Job c&amp;oach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="149"/>
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="154"/>
        <source>ei palkkatukea</source>
        <translation>no pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="158"/>
        <source>&amp;Myöntäjä</source>
        <translation>Granted &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="159"/>
        <source>Päätöksen &amp;numero</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="160"/>
        <source>Päätöksen pä&amp;ivä</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="161"/>
        <source>Tukip&amp;rosentti</source>
        <translation>Subsidy &amp;percentage</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="162"/>
        <source>Tuki a&amp;lkaa</source>
        <translation>Subsidy s&amp;tarts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="163"/>
        <source>Tuki p&amp;äättyy</source>
        <translation>Subsidy en&amp;ds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="165"/>
        <source>Tuki &amp;euroina/kk</source>
        <translation>Subsidy/&amp;month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="186"/>
        <source>Palkkatuen alkupäivä</source>
        <translation>Pay subsidy start date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="187"/>
        <source>Palkkatuen loppupäivä</source>
        <translation>Pay subsidy end date</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="43"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="44"/>
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="49"/>
        <source>Seuranta myöhässä</source>
        <translation>Follow-up late</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="52"/>
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="59"/>
        <source>Voimassa vuoden aikana</source>
        <translation>Current during the year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="60"/>
        <source>Palkkatuki päättyy &amp;30 pv sisällä</source>
        <translation>Pay subsidy ends within &amp;30 days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="72"/>
        <source>Kaikki työnantajat</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="80"/>
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="98"/>
        <source>Seuranta myöhässä (%1)</source>
        <translation>Follow-up late (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="154"/>
        <source>Arkistoidaanko työsuhde %1 – %2? Sen päätökset, maksut ja seurannat säilyvät. Arkistoitu työsuhde piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the placement %1 – %2? Its decisions, payments and follow-ups are kept. An archived placement is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="66"/>
        <source>Esikatselu – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="94"/>
        <source>Sovita &amp;leveyteen</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="94"/>
        <source>Sivun leveys</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="95"/>
        <source>&amp;Koko sivu</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="95"/>
        <source>Koko sivu näkyviin</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="96"/>
        <source>Todellinen koko</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="107"/>
        <source>Edellinen sivu (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="110"/>
        <source>Seuraava sivu (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="117"/>
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="121"/>
        <source>Tulosta tulostimelle (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="123"/>
        <source>Tallenna &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="127"/>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="211"/>
        <source>sivu %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="240"/>
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="262"/>
        <source>Tulostetaan…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="262"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="264"/>
        <source>Tulostus</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="274"/>
        <source>Tulostetaan sivua %1 / %2…</source>
        <translation>Printing page %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="295"/>
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="297"/>
        <source>Tulostinta ei voitu avata. Tarkista tulostimen valinta ja yritä uudelleen.</source>
        <translation>The printer could not be opened. Check the printer choice and try again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="312"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="314"/>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintTask</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="61"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="64"/>
        <source>Tulostus</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/jobs.py" line="116"/>
        <source>Muodostetaan PDF-tiedostoa (%1 lomaketta)…</source>
        <translation>Making the PDF file (%1 forms)…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/files.py" line="77"/>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/files.py" line="78"/>
        <source>Tiedostoa %1 ei voitu tallentaa.</source>
        <translation>The file %1 could not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="59"/>
        <source>Tulosta päätös</source>
        <translation>Print decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="60"/>
        <source>Kumpi päätöksen kappale tulostetaan?</source>
        <translation>Which copy of the decision is printed?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="64"/>
        <source>&amp;Asianosaisen kappale</source>
        <translation>&amp;Party&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="65"/>
        <source>Kaikki tiedot, myös työllistetyn henkilötiedot ja työsuhde.</source>
        <translation>All details, including the employee&apos;s personal data and the employment.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="71"/>
        <source>&amp;Julkinen versio</source>
        <translation>&amp;Public version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="72"/>
        <source>Ilman henkilötietoja, esimerkiksi nähtäville tai pöytäkirjaan.</source>
        <translation>Without personal data, e.g. for public display or the minutes.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="87"/>
        <source>Tulosta seurantalomake</source>
        <translation>Print follow-up form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="88"/>
        <source>Millainen seurantalomake tulostetaan?</source>
        <translation>Which follow-up form is printed?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="92"/>
        <source>&amp;Esitäytetty lomake</source>
        <translation>&amp;Pre-filled form</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="93"/>
        <source>Työsuhteen tiedot ja aiemmat seurantakeskustelut valmiiksi täytettyinä.</source>
        <translation>The employment details and earlier follow-up talks filled in.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="100"/>
        <source>&amp;Tyhjä lomake käyntiä varten</source>
        <translation>&amp;Blank form for a visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="101"/>
        <source>Kaikki kentät täytetään käsin käynnillä.</source>
        <translation>All fields are filled in by hand during the visit.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="123"/>
        <source>Seurantalomakkeet</source>
        <translation>Follow-up forms</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="124"/>
        <source>Yhdistyksellä ei ole käynnissä olevia työsuhteita, joten tulostettavia seurantalomakkeita ei ole.</source>
        <translation>The association has no running employments, so there are no follow-up forms to print.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="131"/>
        <source>Kootaan seurantalomakkeita (%1 työsuhdetta)…</source>
        <translation>Gathering follow-up forms (%1 employments)…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="155"/>
        <source>Tallenna CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="157"/>
        <source>CSV-tiedostot (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="178"/>
        <source>Muodostetaan tulostetta…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="195"/>
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="196"/>
        <source>Tulostetta ei voitu muodostaa. Virhe on kirjattu lokitiedostoon.</source>
        <translation>The printout could not be made. The error was written to the log file.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/handlers.py" line="209"/>
        <source>Tallenna &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="45"/>
        <source>Hae (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="65"/>
        <source>&amp;Hae:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="166"/>
        <source>Rivejä: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="168"/>
        <source>Näytetään %1 / %2</source>
        <translation>Showing %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="170"/>
        <source>ladataan…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="245"/>
        <source>Palautetaanko tietue arkistosta takaisin luetteloihin?</source>
        <translation>Restore the record from the archive to the lists?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="247"/>
        <source>Arkistointi</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="259"/>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="267"/>
        <source>Poisto</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="259"/>
        <source>Poistetaanko valittu tietue pysyvästi?</source>
        <translation>Delete the selected record permanently?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="266"/>
        <source>Arkistoidaanko tietue sen sijaan?</source>
        <translation>Archive the record instead?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="279"/>
        <source>Arkistoidaanko valittu tietue? Arkistoitua tietoa ei poisteta, mutta se piilotetaan luetteloista. Sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the selected record? Archived data is not deleted but hidden from the lists. View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="249"/>
        <source>Takaisinperintä</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="255"/>
        <source>Takaisin perittävä &amp;määrä</source>
        <translation>A&amp;mount to recover</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="263"/>
        <source>&amp;Päätöspäivä</source>
        <translation>&amp;Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="277"/>
        <source>P&amp;erustelut</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="292"/>
        <source>Enintään %1 ei peritä takaisin.</source>
        <translation>Amounts up to %1 are not recovered.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/amendment_dialog.py" line="299"/>
        <source>Kirjoita takaisinperinnän perustelu.</source>
        <translation>Write the reasons for the recovery.</translation>
    </message>
</context>
<context>
    <name>RelatedTable</name>
    <message>
        <location filename="../../src/kemidesk/ui/widgets/related_table.py" line="41"/>
        <source>Avaa rivi napsauttamalla</source>
        <translation>Click a row to open it</translation>
    </message>
</context>
<context>
    <name>RuleVersionForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="154"/>
        <source>Voimassaolo</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="158"/>
        <source>esim. kaupunginhallituksen päätös 12.1.2027 § 5</source>
        <translation>e.g. city board decision 12.1.2027 § 5</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="160"/>
        <source>Voimassa &amp;alkaen</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="162"/>
        <source>Voimassa &amp;asti</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="163"/>
        <source>&amp;Huomautus</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="168"/>
        <source>Alkamispäivä yksilöi version. Jos sääntö muuttuu toisesta päivästä alkaen, päätä tämä versio ja lisää uusi.</source>
        <translation>The start date identifies the version. If a rule changes from another date, end this version and add a new one.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="180"/>
        <source>Julkaistut ehdot (Kemi-lisän ehdot ja lait)</source>
        <translation>Published conditions (Kemi-lisä conditions and laws)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="182"/>
        <source>Nämä luvut ovat kaupungin julkaisemia Kemi-lisän ehtoja tai lain määräyksiä. Muuta niitä vain, kun ehdot tai laki muuttuvat.</source>
        <translation>These figures are Kemi-lisä conditions published by the city or provisions of law. Change them only when the conditions or the law change.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="191"/>
        <source>Ohjelman oletukset (ei julkaistuja ehtoja)</source>
        <translation>Program defaults (not published conditions)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="193"/>
        <source>Näitä lukuja ei ole julkaistu; ne ovat ohjelman järkeviä oletuksia. Tarkista ne ja muuta toimiston käytännön mukaisiksi.</source>
        <translation>These figures have not been published; they are sensible defaults of the program. Check them and change them to the office’s practice.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="219"/>
        <source>Sääntö</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="219"/>
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="219"/>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="219"/>
        <source>Oletus</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="295"/>
        <source>Päättymispäivä on ennen alkamispäivää.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="327"/>
        <source>Muokkaa versiota napsauttamalla</source>
        <translation>Click to edit the version</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="330"/>
        <source>Kemi-lisän säännöt ovat ohjelman oletuksia, ellei jokin sääntöversio ole voimassa. Versio muuttaa vain ne luvut, jotka poikkeavat oletuksista, ja on voimassa alkamispäivästään päättymispäiväänsä asti. Jokainen päätös tallentaa säännöt, joilla se tehtiin; uusi versio ei muuta tehtyjä päätöksiä.</source>
        <translation>The Kemi-lisä rules are the program defaults unless a rule version is in force. A version changes only the figures that differ from the defaults and is in force from its start date to its end date. Every decision stores the rules it was made under; a new version does not change decisions already made.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="340"/>
        <source>&amp;Uusi sääntöversio…</source>
        <translation>&amp;New rule version…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="358"/>
        <source>Nyt ovat voimassa ohjelman oletussäännöt (%1 sääntöversiota).</source>
        <translation>The program’s default rules are in force now (%1 rule versions).</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="360"/>
        <source>Nyt on voimassa %2 alkanut sääntöversio (%1 sääntöversiota).</source>
        <translation>The rule version that started on %2 is in force now (%1 rule versions).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_rules.py" line="82"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="22"/>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="28"/>
        <source>Säännöt</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="29"/>
        <source>Määrärahat</source>
        <translation>&amp;Appropriations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="30"/>
        <source>Kirjelomake</source>
        <translation>&amp;Letterhead</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Tallentamattomat muutokset</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/settings_dialog.py" line="45"/>
        <source>Kirjelomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?</source>
        <translation>The letterhead has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="33"/>
        <source>Yl&amp;eiskatsaus</source>
        <translation>Ov&amp;erview</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="35"/>
        <source>&amp;Yhdistykset</source>
        <translation>&amp;Associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="37"/>
        <source>Työ&amp;llistetyt</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="39"/>
        <source>Työ&amp;suhteet</source>
        <translation>&amp;Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="41"/>
        <source>&amp;Avustukset</source>
        <translation>&amp;Grants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="43"/>
        <source>Ma&amp;ksut</source>
        <translation>Pa&amp;yments</translation>
    </message>
</context>
</TS>
