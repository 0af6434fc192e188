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
</context>
<context>
    <name>AssociationDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="42"/>
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="47"/>
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="53"/>
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="62"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="66"/>
        <source>Tyyppi</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="67"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="68"/>
        <source>Rekisterinumero</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="69"/>
        <source>Elinkeinotoimintaa</source>
        <translation>Business activity</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="70"/>
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="71"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="72"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="73"/>
        <source>Yhteyshenkilö</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="74"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="75"/>
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="76"/>
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="77"/>
        <source>Ohjausosaaminen</source>
        <translation>Supervision competence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="78"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="37"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="38"/>
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="46"/>
        <source>Perustiedot</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="55"/>
        <source>Harjoittaa elinkeinotoimintaa (&amp;de minimis)</source>
        <translation>Carries on business activity (&amp;de minimis)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="59"/>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="64"/>
        <source>Tyy&amp;ppi</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="68"/>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="76"/>
        <source>&amp;Rekisterinumero</source>
        <translation>&amp;Register number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="83"/>
        <source>Yhteystiedot</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="88"/>
        <source>&amp;Katuosoite</source>
        <translation>&amp;Street address</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="90"/>
        <source>P&amp;ostinumero</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="92"/>
        <source>Postitoimipaikk&amp;a</source>
        <translation>Post t&amp;own</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="93"/>
        <source>Yhteys&amp;henkilö</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="95"/>
        <source>Puh&amp;elin</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="98"/>
        <source>&amp;Sähköposti</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="102"/>
        <source>Tilitiedot ja ohjaus</source>
        <translation>Bank account and supervision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="105"/>
        <source>Ohjausosaa&amp;minen on</source>
        <translation>Has supervision co&amp;mpetence</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="107"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="108"/>
        <source>&amp;BIC</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="109"/>
        <source>Oh&amp;jaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
</context>
<context>
    <name>AssociationsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="27"/>
        <source>Työnantajan tyyppi</source>
        <translation>Employer type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="28"/>
        <source>Kaikki tyypit</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="32"/>
        <source>Vain ne, joilla &amp;voimassa oleva työsuhde</source>
        <translation>Only those with a &amp;current placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/associations.py" line="66"/>
        <source>Arkistoidaanko yhdistys %1? Sen työsuhteet, päätökset ja maksut säilyvät. Arkistoitu yhdistys piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the association %1? Its placements, decisions and payments are kept. An archived association is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="53"/>
        <source>&amp;Esikatsele…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/choice.py" line="55"/>
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
        <location filename="../../src/kemidesk/ui/models/specs.py" line="56"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="73"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
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
        <location filename="../../src/kemidesk/ui/models/specs.py" line="72"/>
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
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="77"/>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="89"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="79"/>
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="83"/>
        <source>Erä</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="84"/>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="85"/>
        <source>Päiviä</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="86"/>
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/models/specs.py" line="87"/>
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
        <location filename="../../src/kemidesk/ui/models/specs.py" line="107"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
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
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="249"/>
        <source>Avaa &amp;työsuhde</source>
        <translation>Open &amp;placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="252"/>
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="256"/>
        <source>Maksut</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="260"/>
        <source>Perustelut ja ehdot</source>
        <translation>Reasons and conditions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="266"/>
        <source>Päätös %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="267"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="273"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="274"/>
        <source>Päätöspäivä</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="275"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="276"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="277"/>
        <source>Tukijakso</source>
        <translation>Grant period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="278"/>
        <source>Kuukausisumma</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="279"/>
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="280"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="281"/>
        <source>Kustannuspaikka</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="283"/>
        <source>Päättäjä</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="286"/>
        <source>Lähetetty</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="287"/>
        <source>Oikaisuaika päättyy</source>
        <translation>Review period ends</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="292"/>
        <source>Perustelut</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="292"/>
        <source>Ehdot</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="67"/>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="37"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="95"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="165"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="245"/>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="29"/>
        <source>Maksu</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="77"/>
        <source>Seurantakeskustelu</source>
        <translation>Follow-up talk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="102"/>
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="38"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/detail.py" line="39"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="62"/>
        <source>Odottamaton virhe</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="63"/>
        <source>Ohjelmassa tapahtui odottamaton virhe. Keskeneräinen toiminto jäi tekemättä, mutta ohjelma jatkaa toimintaansa ja tallennetut tiedot ovat tallessa.</source>
        <translation>An unexpected error occurred. The unfinished action was not done, but the program keeps running and the saved data is safe.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/errors.py" line="69"/>
        <source>Virhe on kirjattu lokitiedostoon %1. Jos virhe toistuu, lähetä lokitiedosto tukeen.</source>
        <translation>The error was written to the log file %1. If it happens again, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="85"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="86"/>
        <source>Työhönvalmentaja mukana</source>
        <translation>Job coach present</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="87"/>
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="88"/>
        <source>Edistyminen</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="89"/>
        <source>Tuki ja perehdytys</source>
        <translation>Support and orientation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="90"/>
        <source>Koulutus</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="91"/>
        <source>Työnhaun tuki</source>
        <translation>Job-search support</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="92"/>
        <source>Tutustumisjakso</source>
        <translation>Trial visit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="93"/>
        <source>Poissaolot ja muutokset</source>
        <translation>Absences and changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="94"/>
        <source>Loppuarvio</source>
        <translation>End assessment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="95"/>
        <source>Jatkopolku</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="96"/>
        <source>Allekirjoitettu</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="97"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="102"/>
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="209"/>
        <source>Täytä tai korjaa: %1</source>
        <translation>Fill in or correct: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="211"/>
        <source>Tähdellä (*) merkityt kentät ovat pakollisia.</source>
        <translation>Fields marked with an asterisk (*) are required.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="264"/>
        <source>Tallentamattomat muutokset</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/form.py" line="265"/>
        <source>Lomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?</source>
        <translation>The form has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="24"/>
        <source>Uusi yhdistys</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/association_form.py" line="25"/>
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
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="47"/>
        <source>Uusi työsuhde</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="48"/>
        <source>Muokkaa työsuhdetta</source>
        <translation>Edit placement</translation>
    </message>
</context>
<context>
    <name>GrantsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="35"/>
        <source>Päätösvuosi</source>
        <translation>Decision year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="38"/>
        <source>Päätöksen tila</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="39"/>
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="44"/>
        <source>Päätöksen tyyppi</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="45"/>
        <source>Kaikki päätöstyypit</source>
        <translation>All decision types</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="85"/>
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="109"/>
        <source>Määrärahaa vuodelle %1 ei ole asetettu.</source>
        <translation>No appropriation has been set for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="112"/>
        <source>Määräraha %1: %2, päätetty %3, jäljellä %4</source>
        <translation>Appropriation %1: %2, decided %3, left %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="127"/>
        <source>Maksut: valitse päätös</source>
        <translation>Payments: choose a decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="132"/>
        <source>Päätöksen %1 maksut (%2)</source>
        <translation>Payments of decision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/grants.py" line="162"/>
        <source>Arkistoidaanko päätös %1? Päätöstä ja sen maksuja ei poisteta; arkistoitu päätös piilotetaan luetteloista, ja sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the decision %1? The decision and its payments are not deleted; an archived decision is hidden from the lists, and View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="59"/>
        <source>kemidesk – Kemi-lisä ja järjestötyöllistäminen</source>
        <translation>kemidesk – Kemi supplement and employment in associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="80"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="84"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="88"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="91"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="92"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="108"/>
        <source>Työkalut</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="119"/>
        <source>Tietokansio: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="231"/>
        <source>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi-lisä ja järjestötyöllistäminen.&lt;br&gt;Kemin kaupunki, Työllisyyspalvelut.&lt;/p&gt;&lt;p&gt;Tietokansio: %2&lt;br&gt;Lokitiedosto: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kemidesk %1&lt;/h3&gt;&lt;p&gt;Kemi supplement and employment in associations.&lt;br&gt;City of Kemi, Employment Services.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log file: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="240"/>
        <source>Tietoja kemideskistä</source>
        <translation>About kemidesk</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="249"/>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="250"/>
        <source>Kieli vaihtuu, kun ohjelma käynnistetään seuraavan kerran.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="277"/>
        <source>Tulosta valittu tietue (Ctrl+P)</source>
        <translation>Print the selected record (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="280"/>
        <source>Ei tulostettavaa: tällä välilehdellä ei ole valittua tulostettavaa tietuetta.</source>
        <translation>Nothing to print: no printable record is selected on this tab.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="286"/>
        <source>Palauta a&amp;rkistosta</source>
        <translation>Restore from a&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="286"/>
        <source>A&amp;rkistoi</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="295"/>
        <source>Yhdistyksiä %1 · työllistettyjä %2 · työsuhteita %3 · päätöksiä %4</source>
        <translation>Associations %1 · employees %2 · placements %3 · decisions %4</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="329"/>
        <source>Ohjelma ei muuttanut tiedostoa. Tietokansio: %1</source>
        <translation>The program did not change the file. Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/main_window.py" line="332"/>
        <source>Tietokantaa ei voi avata</source>
        <translation>The database cannot be opened</translation>
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
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="109"/>
        <source>Ajankohta</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="110"/>
        <source>Tilanne</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="111"/>
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="112"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PaymentDetail</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="33"/>
        <source>Avaa &amp;päätös</source>
        <translation>Open &amp;decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="41"/>
        <source>Maksuerä %1, päätös %2</source>
        <translation>Instalment %1, decision %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="48"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="49"/>
        <source>Yhdistys</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="50"/>
        <source>Työllistetty</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="51"/>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="52"/>
        <source>Tukipäiviä</source>
        <translation>Subsidised days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="53"/>
        <source>Summa</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="54"/>
        <source>Haettava viimeistään</source>
        <translation>Claim by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="55"/>
        <source>Hakemus saapui</source>
        <translation>Claim received</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="56"/>
        <source>Palkkalaskelma</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="57"/>
        <source>Maksutosite</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="58"/>
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="59"/>
        <source>Maksettu</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="60"/>
        <source>Viite</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/leaf_details.py" line="61"/>
        <source>Pidätyksen syy</source>
        <translation>Reason held</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="53"/>
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
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="100"/>
        <source>&amp;Näytä henkilötunnus</source>
        <translation>&amp;Show personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="102"/>
        <source>Jokainen näyttäminen kirjataan lokiin.</source>
        <translation>Every showing is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="104"/>
        <source>Uusi &amp;työsuhde…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="109"/>
        <source>Työsuhteet</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="115"/>
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="121"/>
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="130"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="135"/>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="158"/>
        <source>Henkilötunnus</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="136"/>
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="137"/>
        <source>Kemiläinen</source>
        <translation>Kemi resident</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="138"/>
        <source>Työmarkkinatukipäiviä</source>
        <translation>Labour market subsidy days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="139"/>
        <source>Osatyökykyinen</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="140"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="141"/>
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="142"/>
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
        <location filename="../../src/kemidesk/ui/dialogs/person_form.py" line="75"/>
        <source>&amp;Sukunimi</source>
        <translation>&amp;Last name</translation>
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
        <source>&amp;Työmarkkinatukipäiviä</source>
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
        <source>Sähkö&amp;posti</source>
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
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="170"/>
        <source>Avaa &amp;työllistetty</source>
        <translation>Open &amp;employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="173"/>
        <source>Avaa &amp;yhdistys</source>
        <translation>Open &amp;association</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="178"/>
        <source>Päätökset</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="184"/>
        <source>Maksuaikataulu</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="190"/>
        <source>Seurannat</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="196"/>
        <source>Jatkopolut</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="206"/>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="216"/>
        <source>Tehtävä</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="217"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="218"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="219"/>
        <source>Päättyi ennenaikaisesti</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="220"/>
        <source>Viikkotyöaika</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="221"/>
        <source>Palkka/kk</source>
        <translation>Wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="222"/>
        <source>Palkkakustannukset/kk</source>
        <translation>Wage costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="223"/>
        <source>Ohjaaja</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="224"/>
        <source>Työhönvalmentaja</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="225"/>
        <source>Palkkatuen myöntäjä</source>
        <translation>Pay subsidy granted by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="226"/>
        <source>Palkkatukipäätös</source>
        <translation>Pay subsidy decision</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="227"/>
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="228"/>
        <source>Palkkatukijakso</source>
        <translation>Pay subsidy period</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="229"/>
        <source>Palkkatuki/kk</source>
        <translation>Pay subsidy/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/details.py" line="230"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="67"/>
        <source>Lisätiedot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="68"/>
        <source>M&amp;uistiinpanot</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="78"/>
        <source>Osapuolet</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="95"/>
        <source>&amp;Työllistetty</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="97"/>
        <source>Valitse työllistettävä.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="103"/>
        <source>Työnan&amp;taja</source>
        <translation>Emp&amp;loyer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="105"/>
        <source>Valitse työnantaja.</source>
        <translation>Choose the employer.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="110"/>
        <source>Työsuhde</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="118"/>
        <source>Teh&amp;tävänimike</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="123"/>
        <source>&amp;Alkaa</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="124"/>
        <source>&amp;Päättyy</source>
        <translation>E&amp;nds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="128"/>
        <source>&amp;Viikkotyöaika (h)</source>
        <translation>&amp;Weekly hours</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="136"/>
        <source>&amp;Bruttopalkka/kk</source>
        <translation>Gross &amp;wage/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="142"/>
        <source>Palkka&amp;kustannukset/kk</source>
        <translation>Wage &amp;costs/month</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="144"/>
        <source>&amp;Ohjaaja</source>
        <translation>Super&amp;visor</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="145"/>
        <source>Työhön&amp;valmentaja</source>
        <translation>Job c&amp;oach</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="148"/>
        <source>Palkkatuki</source>
        <translation>Pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="153"/>
        <source>ei palkkatukea</source>
        <translation>no pay subsidy</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="157"/>
        <source>&amp;Myöntäjä</source>
        <translation>Granted &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="158"/>
        <source>Päätöksen &amp;numero</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="159"/>
        <source>Päätöksen pä&amp;ivä</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="160"/>
        <source>Tuki&amp;prosentti</source>
        <translation>Subsidy &amp;percentage</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="161"/>
        <source>Tuki a&amp;lkaa</source>
        <translation>Subsidy s&amp;tarts</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="162"/>
        <source>Tuki pää&amp;ttyy</source>
        <translation>Subsidy en&amp;ds</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/dialogs/placement_form.py" line="163"/>
        <source>Tuki/&amp;kk</source>
        <translation>Subsidy/&amp;month</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="35"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="36"/>
        <source>Kaikki tilat</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="41"/>
        <source>Työnantaja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="48"/>
        <source>Voimassa vuoden aikana</source>
        <translation>Current during the year</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="49"/>
        <source>Palkkatuki päättyy &amp;30 pv sisällä</source>
        <translation>Pay subsidy ends within &amp;30 days</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="61"/>
        <source>Kaikki työnantajat</source>
        <translation>All employers</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="69"/>
        <source>Kaikki vuodet</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/placements.py" line="125"/>
        <source>Arkistoidaanko työsuhde %1 – %2? Sen päätökset, maksut ja seurannat säilyvät. Arkistoitu työsuhde piilotetaan luetteloista; sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the placement %1 – %2? Its decisions, payments and follow-ups are kept. An archived placement is hidden from the lists; View → Show archived brings it back.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="58"/>
        <source>Esikatselu – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="78"/>
        <source>Sovita &amp;leveyteen</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="78"/>
        <source>Sivun leveys</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="79"/>
        <source>&amp;Koko sivu</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="79"/>
        <source>Koko sivu näkyviin</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="80"/>
        <source>Todellinen koko</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="91"/>
        <source>Edellinen sivu (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="94"/>
        <source>Seuraava sivu (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="101"/>
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="105"/>
        <source>Tulosta tulostimelle (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="107"/>
        <source>Tallenna &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="111"/>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="165"/>
        <source>sivu %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="194"/>
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="209"/>
        <source>Tulostetaan…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="209"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="211"/>
        <source>Tulostus</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="220"/>
        <source>Tulostetaan sivua %1 / %2…</source>
        <translation>Printing page %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="240"/>
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="242"/>
        <source>Tulostinta ei voitu avata. Tarkista tulostimen valinta ja yritä uudelleen.</source>
        <translation>The printer could not be opened. Check the printer choice and try again.</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="257"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/printing/preview.py" line="259"/>
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
    <name>RecordTab</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="44"/>
        <source>Hae (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="64"/>
        <source>&amp;Hae:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="151"/>
        <source>Rivejä: %1</source>
        <translation>Rows: %1</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="153"/>
        <source>Näytetään %1 / %2</source>
        <translation>Showing %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="155"/>
        <source>ladataan…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="230"/>
        <source>Palautetaanko tietue arkistosta takaisin luetteloihin?</source>
        <translation>Restore the record from the archive to the lists?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="232"/>
        <source>Arkistointi</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="244"/>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="252"/>
        <source>Poisto</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="244"/>
        <source>Poistetaanko valittu tietue pysyvästi?</source>
        <translation>Delete the selected record permanently?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="251"/>
        <source>Arkistoidaanko tietue sen sijaan?</source>
        <translation>Archive the record instead?</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/base.py" line="264"/>
        <source>Arkistoidaanko valittu tietue? Arkistoitua tietoa ei poisteta, mutta se piilotetaan luetteloista. Sen saa näkyviin valinnalla Näytä → Näytä arkistoidut.</source>
        <translation>Archive the selected record? Archived data is not deleted but hidden from the lists. View → Show archived brings it back.</translation>
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
    <name>Tabs</name>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="33"/>
        <source>&amp;Yhdistykset</source>
        <translation>&amp;Associations</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="35"/>
        <source>Työ&amp;llistetyt</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="37"/>
        <source>Työ&amp;suhteet</source>
        <translation>&amp;Placements</translation>
    </message>
    <message>
        <location filename="../../src/kemidesk/ui/tabs/pending.py" line="39"/>
        <source>&amp;Avustukset</source>
        <translation>&amp;Grants</translation>
    </message>
</context>
</TS>
