<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="125"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Workorder</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="129"/>
        <source>Activity log of this workstation</source>
        <translation>Activiteitenlog van deze werkplek</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="129"/>
        <location filename="../../incadea_desk/ui/attention.py" line="140"/>
        <source>Workorders that need attention</source>
        <translation>Werkorders die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="132"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="55"/>
        <source>DMS number</source>
        <translation>DMS-nummer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="133"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="56"/>
        <source>WO number</source>
        <translation>WO-nummer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="134"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="57"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="135"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="58"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="136"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="59"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="137"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="141"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="142"/>
        <source>Read the selected workorders again and import them</source>
        <translation>De gekozen werkorders opnieuw lezen en importeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="143"/>
        <source>Retry &amp;all</source>
        <translation>&amp;Alles opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="144"/>
        <source>Read every held workorder again and import it</source>
        <translation>Alle tegengehouden werkorders opnieuw lezen en importeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="145"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="147"/>
        <source>Copy the selected lines for the DMS administrator (Ctrl+C)</source>
        <translation>De gekozen regels kopiëren voor de DMS-beheerder (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="192"/>
        <source>Keep-importing cannot import these workorders and tries them again on every run. Tell IT or the DMS administrator what the reason says (Copy puts the line on the clipboard); once they fixed it, choose Retry.</source>
        <translation>Doorlopend importeren kan deze werkorders niet importeren en probeert ze bij elke ronde opnieuw. Geef de reden door aan IT of de DMS-beheerder (Kopiëren zet de regel op het klembord); kies Opnieuw proberen zodra zij het hebben opgelost.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="197"/>
        <source>Nothing needs attention: every changed workorder was imported.</source>
        <translation>Niets vraagt aandacht: elke gewijzigde werkorder is geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="237"/>
        <source>%n line(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n regel naar het klembord gekopieerd.</numerusform>
            <numerusform>%n regels naar het klembord gekopieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="253"/>
        <source>Retrying %n workorder(s)…</source>
        <translation>
            <numerusform>%n werkorder opnieuw proberen…</numerusform>
            <numerusform>%n werkorders opnieuw proberen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="276"/>
        <source>Not retried: %1</source>
        <translation>Niet opnieuw geprobeerd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="279"/>
        <source>%n workorder(s) imported.</source>
        <translation>
            <numerusform>%n werkorder geïmporteerd.</numerusform>
            <numerusform>%n werkorders geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="282"/>
        <source>%n still held; the reason is in the list.</source>
        <translation>
            <numerusform>%n nog tegengehouden; de reden staat in de lijst.</numerusform>
            <numerusform>%n nog tegengehouden; de reden staat in de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/held_texts.py" line="36"/>
        <source>%1 Claire said: “%2”</source>
        <translation>%1 Claire meldde: “%2”</translation>
    </message>
</context>
<context>
    <name>ContractCheck</name>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="17"/>
        <source>API route {route} has no entity set {set}; {loss}.</source>
        <translation>API-route {route} heeft geen entiteitenset {set}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="20"/>
        <source>Entity set {set} has no field {field}; {loss}.</source>
        <translation>Entiteitenset {set} heeft geen veld {field}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="23"/>
        <source>Entity set {set} has no navigation {field}; {loss}.</source>
        <translation>Entiteitenset {set} heeft geen navigatie {field}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="26"/>
        <source>The lines of entity set {set} have no field {field}; {loss}.</source>
        <translation>De regels van entiteitenset {set} hebben geen veld {field}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="29"/>
        <source>The lines of entity set {set} have no navigation {field}; {loss}.</source>
        <translation>De regels van entiteitenset {set} hebben geen navigatie {field}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="32"/>
        <source>The line kind {kind} is not a value of the lines&apos; {field}; such lines cannot be imported.</source>
        <translation>Het regeltype {kind} is geen waarde van {field} van de regels; zulke regels kunnen niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="36"/>
        <source>The DMS at {url} has no API route {route} ($metadata answers 404); check the DMS address and the API route.</source>
        <translation>Het DMS op {url} heeft geen API-route {route} ($metadata antwoordt 404); controleer het DMS-adres en de API-route.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="42"/>
        <source>no workorder can be found, imported or corrected</source>
        <translation>er kan geen werkorder worden gevonden, geïmporteerd of gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="45"/>
        <source>the car cannot be read when the DMS does not expand it</source>
        <translation>de auto kan niet worden gelezen als het DMS hem niet meestuurt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="48"/>
        <source>a driver, owner or contractor cannot be read when the DMS does not expand them</source>
        <translation>een bestuurder, eigenaar of opdrachtgever kan niet worden gelezen als het DMS die niet meestuurt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="52"/>
        <source>workorders cannot be read or corrected</source>
        <translation>werkorders kunnen niet worden gelezen of gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="55"/>
        <source>workorders cannot be found by DMS number</source>
        <translation>werkorders kunnen niet op DMS-nummer worden gevonden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="58"/>
        <source>workorders cannot be found by WO number</source>
        <translation>werkorders kunnen niet op WO-nummer worden gevonden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="61"/>
        <source>workorders cannot be found by registration number</source>
        <translation>werkorders kunnen niet op kenteken worden gevonden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="64"/>
        <source>the mileage cannot be read or written</source>
        <translation>de kilometerstand kan niet worden gelezen of weggeschreven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="65"/>
        <source>the site&apos;s branch filter (sites.toml) cannot choose its service orders</source>
        <translation>het vestigingsfilter van de site (sites.toml) kan haar werkorders niet kiezen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="68"/>
        <source>the date of the last mileage reading cannot be read</source>
        <translation>de datum van de laatste kilometerstand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="71"/>
        <source>keep importing cannot find changed workorders</source>
        <translation>doorlopend importeren kan gewijzigde werkorders niet vinden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="74"/>
        <source>the reconciliation walk misses changes that move only this stamp (map it to &quot;&quot; if the tenant has none)</source>
        <translation>de reconciliatieronde mist wijzigingen die alleen dit tijdstempel verzetten (zet het op &quot;&quot; als de tenant het niet heeft)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="79"/>
        <source>a changed plate or contact reaches Claire only when its workorder changes</source>
        <translation>een gewijzigd kenteken of contactgegeven bereikt Claire pas als de werkorder zelf wijzigt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="83"/>
        <source>workorders cannot be imported or sorted by appointment</source>
        <translation>werkorders kunnen niet worden geïmporteerd of op afspraak gesorteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="86"/>
        <source>workorders would be imported without their lines</source>
        <translation>werkorders zouden zonder hun regels worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="89"/>
        <source>workorders would be imported without their car</source>
        <translation>werkorders zouden zonder hun auto worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="92"/>
        <source>workorders would be imported without their contractor</source>
        <translation>werkorders zouden zonder hun opdrachtgever worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="95"/>
        <source>workorders would be imported without the driver</source>
        <translation>werkorders zouden zonder de bestuurder worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="98"/>
        <source>workorders would be imported without the owner</source>
        <translation>werkorders zouden zonder de eigenaar worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="101"/>
        <source>the lines&apos; kinds (labor, part, menu, note) cannot be read</source>
        <translation>het soort regel (arbeid, onderdeel, menu, notitie) kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="104"/>
        <source>that part of the workorder cannot be imported</source>
        <translation>dat deel van de werkorder kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="107"/>
        <source>that part of the workorder&apos;s lines cannot be imported</source>
        <translation>dat deel van de regels van de werkorder kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="110"/>
        <source>that part of the car cannot be imported</source>
        <translation>dat deel van de auto kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="111"/>
        <source>that part of the driver, owner and contractor cannot be imported</source>
        <translation>dat deel van bestuurder, eigenaar en opdrachtgever kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="114"/>
        <source>it cannot be used</source>
        <translation>het kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="116"/>
        <source>The server instance publishes no web service {set}; {loss}.</source>
        <translation>De serverinstantie publiceert geen webservice {set}; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="119"/>
        <source>The key of {set} ({key}) has no part {field}; workorders cannot be told apart.</source>
        <translation>De sleutel van {set} ({key}) heeft geen deel {field}; werkorders zijn niet uit elkaar te houden.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="123"/>
        <source>The key of {set} ({key}) has more than one part; {set} cannot be read by number.</source>
        <translation>De sleutel van {set} ({key}) heeft meer dan één deel; {set} kan niet op nummer gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="127"/>
        <source>The server instance has no company &apos;{company}&apos; (the name is case-sensitive); it has {companies}.</source>
        <translation>De serverinstantie heeft geen bedrijf &apos;{company}&apos; (de naam is hoofdlettergevoelig); ze heeft {companies}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="132"/>
        <source>The mapping names no changed-since field of {set}: keep-importing stays off; search, import, refresh and mileage work.</source>
        <translation>De mapping noemt geen veld van {set} dat zegt wanneer iets wijzigde: doorlopend importeren staat uit; zoeken, importeren, verversen en kilometerstand werken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="137"/>
        <source>The nearest name $metadata has is {nearest}.</source>
        <translation>De naam in $metadata die het dichtst in de buurt komt is {nearest}.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="107"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="110"/>
        <source>incadea-desk ran into an unexpected error. You can keep working; if something looks wrong, restart the program. The details help support find the cause.</source>
        <translation>incadea-desk liep tegen een onverwachte fout aan. U kunt verder werken; als iets niet klopt, start het programma opnieuw. De details helpen support de oorzaak te vinden.</translation>
    </message>
</context>
<context>
    <name>DataWarning</name>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="15"/>
        <source>The private telephone number is not a valid phone number.</source>
        <translation>Het privételefoonnummer is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="16"/>
        <source>The private telephone number is not in international format.</source>
        <translation>Het privételefoonnummer staat niet in internationale notatie.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="19"/>
        <source>The private mobile number is not a valid phone number.</source>
        <translation>Het mobiele privénummer is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="20"/>
        <source>The private mobile number is not in international format.</source>
        <translation>Het mobiele privénummer staat niet in internationale notatie.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="21"/>
        <source>The business telephone number is not a valid phone number.</source>
        <translation>Het zakelijke telefoonnummer is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="22"/>
        <source>The business telephone number is not in international format.</source>
        <translation>Het zakelijke telefoonnummer staat niet in internationale notatie.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="25"/>
        <source>The business mobile number is not a valid phone number.</source>
        <translation>Het zakelijke mobiele nummer is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="26"/>
        <source>The business mobile number is not in international format.</source>
        <translation>Het zakelijke mobiele nummer staat niet in internationale notatie.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="27"/>
        <source>The private mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation>Het mobiele privénummer is geen mobiel nummer, dus de inchecksms komt niet aan.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="31"/>
        <source>The business mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation>Het zakelijke mobiele nummer is geen mobiel nummer, dus de inchecksms komt niet aan.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="35"/>
        <source>The private e-mail address is not a valid e-mail address.</source>
        <translation>Het privé-e-mailadres is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="36"/>
        <source>The business e-mail address is not a valid e-mail address.</source>
        <translation>Het zakelijke e-mailadres is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="37"/>
        <source>The postcode is not a valid Dutch postcode.</source>
        <translation>De postcode is geen geldige Nederlandse postcode.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="38"/>
        <source>The postcode is not written in the usual Dutch form.</source>
        <translation>De postcode staat niet in de gebruikelijke Nederlandse schrijfwijze.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="39"/>
        <source>The registration number in the DMS is not a valid plate.</source>
        <translation>Het kenteken in het DMS is geen geldig kenteken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="40"/>
        <source>The VIN in the DMS is not a valid VIN.</source>
        <translation>Het VIN in het DMS is geen geldig VIN.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="41"/>
        <source>The VIN&apos;s check digit does not match; check the VIN if this car was built for North America.</source>
        <translation>Het controlecijfer van het VIN klopt niet; controleer het VIN als deze auto voor Noord-Amerika is gebouwd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="45"/>
        <source>The customer has no valid mobile number, so the check-in SMS cannot reach them.</source>
        <translation>De klant heeft geen geldig mobiel nummer, dus de inchecksms komt niet aan.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="54"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="55"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="56"/>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="57"/>
        <source>Error code</source>
        <translation>Foutcode</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="58"/>
        <source>Correlation id</source>
        <translation>Correlatie-id</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="59"/>
        <source>Request id</source>
        <translation>Verzoek-id</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="71"/>
        <source>The search failed</source>
        <translation>Het zoeken is mislukt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="72"/>
        <source>The import into Claire failed</source>
        <translation>Het importeren in Claire is mislukt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="73"/>
        <source>The refresh from the DMS failed</source>
        <translation>Het vernieuwen uit het DMS is mislukt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="74"/>
        <source>The mileage was not written</source>
        <translation>De kilometerstand is niet weggeschreven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="75"/>
        <source>The waiting corrections were not sent</source>
        <translation>De wachtende correcties zijn niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="76"/>
        <source>The held workorders were not tried again</source>
        <translation>De tegengehouden werkorders zijn niet opnieuw geprobeerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="77"/>
        <source>The settings could not be used</source>
        <translation>De instellingen konden niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="79"/>
        <location filename="../../incadea_desk/ui/error_box.py" line="87"/>
        <source>The action failed</source>
        <translation>De actie is mislukt</translation>
    </message>
</context>
<context>
    <name>FirstRunChoice</name>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="206"/>
        <source>This computer has no keyring for the DMS and Claire secrets; ask IT to set one up.</source>
        <translation>Deze computer heeft geen sleutelbos voor de geheimen van het DMS en Claire; vraag IT er een in te richten.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="211"/>
        <source>A password or key is not stored on this computer yet; type it under Connect to my DMS.</source>
        <translation>Een wachtwoord of sleutel is nog niet op deze computer bewaard; vul het in onder Verbinden met mijn DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="216"/>
        <source>The saved settings cannot be used; check them under Connect to my DMS.</source>
        <translation>De bewaarde instellingen zijn niet bruikbaar; controleer ze onder Verbinden met mijn DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="54"/>
        <source>Welcome to incadea-desk</source>
        <translation>Welkom bij incadea-desk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="55"/>
        <source>incadea-desk is not connected to a DMS yet.</source>
        <translation>incadea-desk is nog niet met een DMS verbonden.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="56"/>
        <source>&amp;Connect to my DMS</source>
        <translation>&amp;Verbinden met mijn DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="58"/>
        <source>Fill in where the dealer&apos;s DMS and Claire are and how to sign in.</source>
        <translation>Vul in waar het DMS en Claire van de dealer staan en hoe u aanmeldt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="60"/>
        <source>Try the &amp;demo</source>
        <translation>De &amp;demo proberen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="62"/>
        <source>Look around on built-in sample data; nothing reaches a real system.</source>
        <translation>Kijk rond met ingebouwde voorbeeldgegevens; niets bereikt een echt systeem.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="76"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="77"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>IncadeaForm</name>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="238"/>
        <source>Incadea DMS</source>
        <translation>Incadea DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="239"/>
        <source>&amp;Runs on:</source>
        <translation>&amp;Draait op:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="241"/>
        <source>Business Central online</source>
        <translation>Business Central online</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="242"/>
        <source>Business Central on premises</source>
        <translation>Business Central on-premises</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="243"/>
        <source>Another address</source>
        <translation>Ander adres</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="248"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Omgeving:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="249"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="250"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="251"/>
        <source>Server &amp;instance:</source>
        <translation>Server&amp;instantie:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="252"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="253"/>
        <source>Web ser&amp;vices:</source>
        <translation>Webservi&amp;ces:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="254"/>
        <source>Sign-in &amp;method:</source>
        <translation>Aanmeld&amp;methode:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="255"/>
        <source>Sign-in aut&amp;hority:</source>
        <translation>Aanmeldau&amp;toriteit:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="256"/>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="257"/>
        <source>&amp;Tenant id:</source>
        <translation>&amp;Tenant-id:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="258"/>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient-id:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="259"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="260"/>
        <source>Compan&amp;y id:</source>
        <translation>&amp;Bedrijfs-id:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="261"/>
        <source>Compan&amp;y name:</source>
        <translation>&amp;Bedrijfsnaam:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="262"/>
        <source>API ro&amp;ute:</source>
        <translation>API-ro&amp;ute:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="263"/>
        <source>Tenant &amp;mapping file:</source>
        <translation>Tenant-&amp;mappingbestand:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="268"/>
        <source>OAuth (Entra ID, online)</source>
        <translation>OAuth (Entra ID, online)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="269"/>
        <source>Web-service access key (on-premises)</source>
        <translation>Webservice-toegangssleutel (on-premises)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="270"/>
        <source>Windows sign-in / NTLM (on-premises)</source>
        <translation>Windows-aanmelding / NTLM (on-premises)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="275"/>
        <source>API pages (incadea Automotive365, Business Central)</source>
        <translation>API-pagina&apos;s (incadea Automotive365, Business Central)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="276"/>
        <source>Page web services, OData v4 (classic incadea: NAV 2018, BC14)</source>
        <translation>Paginawebservices, OData v4 (klassiek incadea: NAV 2018, BC14)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="293"/>
        <source>empty: the default names</source>
        <translation>leeg: de standaardnamen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="296"/>
        <source>as the DMS&apos;s client shows it</source>
        <translation>zoals de DMS-client hem toont</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="297"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation>bewaard in de sleutelbos; leeg laten houdt hem</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="298"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="300"/>
        <source>Sign in to the DMS with these settings and check the names it must know</source>
        <translation>Meld aan bij het DMS met deze instellingen en controleer de namen die het moet kennen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="306"/>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="307"/>
        <source>Access &amp;key:</source>
        <translation>Toegangs&amp;sleutel:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="308"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="28"/>
        <source>Type a WO number or a registration number to search.</source>
        <translation>Typ een WO-nummer of een kenteken om te zoeken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="31"/>
        <source>The text contains a line break, tab or other control character.</source>
        <translation>De tekst bevat een regeleinde, tab of ander stuurteken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="35"/>
        <source>{text} is too long for a WO number or a registration number.</source>
        <translation>{text} is te lang voor een WO-nummer of een kenteken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="38"/>
        <source>Give the DMS number or the WO number of the workorder.</source>
        <translation>Geef het DMS-nummer of het WO-nummer van de werkorder.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="41"/>
        <source>{text} is neither a DMS number nor a WO number.</source>
        <translation>{text} is geen DMS-nummer en geen WO-nummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="45"/>
        <source>The registration number is empty.</source>
        <translation>Het kenteken is leeg.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="46"/>
        <source>A registration number must be text.</source>
        <translation>Een kenteken moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="47"/>
        <source>{text} is not a registration number: {character} is not a letter, digit, space, dash or dot.</source>
        <translation>{text} is geen kenteken: {character} is geen letter, cijfer, spatie, streepje of punt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="52"/>
        <source>{text} is not a registration number: it has no letters or digits.</source>
        <translation>{text} is geen kenteken: er staan geen letters of cijfers in.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="55"/>
        <source>{text} is too short to be a registration number.</source>
        <translation>{text} is te kort voor een kenteken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="58"/>
        <source>{text} is too long to be a registration number ({length} letters and digits; a plate has at most {maximum}).</source>
        <translation>{text} is te lang voor een kenteken ({length} letters en cijfers; een kenteken heeft er hoogstens {maximum}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="64"/>
        <source>{text} matches {count} workorders ({numbers}); use the DMS number.</source>
        <translation>{text} past bij {count} werkorders ({numbers}); gebruik het DMS-nummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="68"/>
        <source>The mileage must be a whole number of kilometres.</source>
        <translation>De kilometerstand moet een geheel aantal kilometers zijn.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="71"/>
        <source>Type the mileage in whole kilometres.</source>
        <translation>Typ de kilometerstand in hele kilometers.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="72"/>
        <source>{text} is not a mileage.</source>
        <translation>{text} is geen kilometerstand.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="73"/>
        <source>The mileage cannot be negative.</source>
        <translation>De kilometerstand kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="74"/>
        <source>{text} has a decimal part; whole kilometres only.</source>
        <translation>{text} heeft decimalen; alleen hele kilometers.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="77"/>
        <source>{text} is too high; an odometer reads less than {maximum}.</source>
        <translation>{text} is te hoog; een kilometerteller staat altijd onder {maximum}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="81"/>
        <source>The {name} is {size} bytes long and Windows Credential Manager keeps at most {maximum}; nothing was stored. Set the environment variable {variable} instead.</source>
        <translation>De {name} is {size} bytes lang en Windows Referentiebeheer bewaart er hoogstens {maximum}; er is niets opgeslagen. Zet in plaats daarvan de omgevingsvariabele {variable}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="34"/>
        <source>A WO number cannot be negative.</source>
        <translation>Een WO-nummer kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="241"/>
        <source>incadea-desk</source>
        <translation>incadea-desk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/self_test.py" line="114"/>
        <location filename="../../incadea_desk/ui/window_actions.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="91"/>
        <source>&amp;Workorder</source>
        <translation>&amp;Werkorder</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="92"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="95"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="96"/>
        <source>Focus the search bar</source>
        <translation>Naar de zoekbalk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="99"/>
        <source>&amp;Import to Claire</source>
        <translation>&amp;Importeren in Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="100"/>
        <source>Import the open workorder</source>
        <translation>De geopende werkorder importeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="104"/>
        <source>Re-read the open workorder</source>
        <translation>De geopende werkorder opnieuw lezen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="107"/>
        <source>Correct &amp;mileage</source>
        <translation>&amp;Kilometerstand corrigeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="108"/>
        <source>Go to the mileage field</source>
        <translation>Naar het veld kilometerstand</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="111"/>
        <source>&amp;Pause / resume keep-importing</source>
        <translation>Doorlopend importeren &amp;pauzeren / hervatten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="112"/>
        <source>Pause or resume the background import</source>
        <translation>De import op de achtergrond pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="116"/>
        <source>Endpoints, sign-in and language</source>
        <translation>Adressen, aanmelding en taal</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="120"/>
        <source>Close incadea-desk</source>
        <translation>incadea-desk afsluiten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="123"/>
        <source>Search &amp;results</source>
        <translation>Zoek&amp;resultaten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="124"/>
        <source>Show or fold the list of workorders found</source>
        <translation>De lijst met gevonden werkorders tonen of inklappen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="127"/>
        <source>Workorders that need a&amp;ttention…</source>
        <translation>Werkorders die aandacht &amp;vragen…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="128"/>
        <source>The workorders keep-importing cannot import, and why</source>
        <translation>De werkorders die doorlopend importeren niet kan importeren, en waarom</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="135"/>
        <source>&amp;Activity log</source>
        <translation>&amp;Activiteitenlog</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="282"/>
        <source>Closing…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="65"/>
        <source>Searching the DMS…</source>
        <translation>Zoeken in het DMS…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="80"/>
        <source>Not a WO number or a registration number.</source>
        <translation>Geen WO-nummer of kenteken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="306"/>
        <source>%n workorder(s) found</source>
        <translation>
            <numerusform>%n werkorder gevonden</numerusform>
            <numerusform>%n werkorders gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="313"/>
        <source>The DMS is not answering, retrying (%1/%2)…</source>
        <translation>Het DMS antwoordt niet, nieuwe poging (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="315"/>
        <source>Claire is not answering, retrying (%1/%2)…</source>
        <translation>Claire antwoordt niet, nieuwe poging (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="159"/>
        <source>Importing into Claire…</source>
        <translation>Importeren in Claire…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="168"/>
        <source>Refreshing from the DMS…</source>
        <translation>Vernieuwen uit het DMS…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="229"/>
        <source>Writing the mileage to the DMS…</source>
        <translation>Kilometerstand naar het DMS schrijven…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="66"/>
        <source>Not written: you did not confirm the jump.</source>
        <translation>Niet geschreven: u heeft de sprong niet bevestigd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="51"/>
        <source>Not written: %1</source>
        <translation>Niet geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="85"/>
        <source>Confirm the mileage</source>
        <translation>Kilometerstand bevestigen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="88"/>
        <source>%1 is %2 more than the %3 in the DMS. Is the odometer reading right?</source>
        <translation>%1 is %2 meer dan de %3 in het DMS. Klopt de tellerstand?</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="95"/>
        <source>Yes, write it</source>
        <translation>Ja, schrijven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="96"/>
        <source>No, let me check</source>
        <translation>Nee, ik controleer het</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="348"/>
        <source>Sending the waiting corrections…</source>
        <translation>Wachtende correcties versturen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="359"/>
        <source>%n correction(s) still waiting; the DMS cannot be reached.</source>
        <translation>
            <numerusform>%n correctie wacht nog; het DMS is niet bereikbaar.</numerusform>
            <numerusform>%n correcties wachten nog; het DMS is niet bereikbaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="363"/>
        <source>%n correction(s) sent to the DMS.</source>
        <translation>
            <numerusform>%n correctie naar het DMS verstuurd.</numerusform>
            <numerusform>%n correcties naar het DMS verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="434"/>
        <source>Settings saved. New endpoints are used after a restart.</source>
        <translation>Instellingen opgeslagen. Nieuwe adressen gelden na een herstart.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="50"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="51"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="52"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="53"/>
        <source>Mileage</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="54"/>
        <source>Keep importing</source>
        <translation>Doorlopend importeren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="55"/>
        <source>Outbox</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="58"/>
        <source>created in Claire</source>
        <translation>aangemaakt in Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="59"/>
        <source>updated in Claire</source>
        <translation>bijgewerkt in Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="60"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="61"/>
        <source>written to the DMS</source>
        <translation>naar het DMS geschreven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="62"/>
        <source>refused: not higher</source>
        <translation>geweigerd: niet hoger</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="63"/>
        <source>waiting for confirmation</source>
        <translation>wacht op bevestiging</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="64"/>
        <source>queued for the DMS</source>
        <translation>in de wachtrij voor het DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="65"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="66"/>
        <location filename="../../incadea_desk/ui/activity.py" line="67"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="68"/>
        <source>held for the advisor</source>
        <translation>wacht op de adviseur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="69"/>
        <source>up to date</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="70"/>
        <source>not everything arrived</source>
        <translation>niet alles aangekomen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="74"/>
        <source>(command line)</source>
        <translation>(opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="75"/>
        <source>(background)</source>
        <translation>(achtergrond)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="76"/>
        <source>(outbox)</source>
        <translation>(wachtrij)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="210"/>
        <source>The local database in %1 was damaged; it was moved aside and a new one started with the waiting corrections.</source>
        <translation>De lokale database in %1 was beschadigd; die is opzijgezet en er is een nieuwe gestart met de wachtende correcties.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="216"/>
        <source>The local database in %1 cannot be used; corrections are written to the DMS but not kept on this computer until that is fixed.</source>
        <translation>De lokale database in %1 is niet bruikbaar; correcties gaan naar het DMS maar worden op deze computer niet bewaard tot dat verholpen is.</translation>
    </message>
</context>
<context>
    <name>MileageEditor</name>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="86"/>
        <source>Mileage</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="87"/>
        <source>In the DMS:</source>
        <translation>In het DMS:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="88"/>
        <source>&amp;New mileage:</source>
        <translation>&amp;Nieuwe stand:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="89"/>
        <source>e.g. 45.210</source>
        <translation>bijv. 45.210</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="90"/>
        <source>New mileage in kilometres</source>
        <translation>Nieuwe kilometerstand in kilometers</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="96"/>
        <source>Type the odometer reading in whole kilometres; it is checked as you type.</source>
        <translation>Typ de tellerstand in hele kilometers; die wordt tijdens het typen gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="99"/>
        <source>&amp;Write back</source>
        <translation>&amp;Terugschrijven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="100"/>
        <source>Write the mileage back to the DMS</source>
        <translation>De kilometerstand naar het DMS schrijven</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="102"/>
        <source>Write the new mileage to the DMS; only a higher value is written (Alt+W)</source>
        <translation>De nieuwe stand naar het DMS schrijven; alleen een hogere waarde wordt geschreven (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="147"/>
        <source>Shown from this computer&apos;s copy: the mileage can be corrected when the DMS has answered.</source>
        <translation>Getoond uit de kopie op deze computer: de kilometerstand kan worden gecorrigeerd zodra het DMS heeft geantwoord.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="178"/>
        <source>no mileage recorded</source>
        <translation>geen kilometerstand bekend</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="181"/>
        <source>%1 (read %2)</source>
        <translation>%1 (gelezen %2)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="206"/>
        <source>%1 is waiting in the outbox; it is written when the DMS answers again.</source>
        <translation>%1 wacht in de outbox; het wordt weggeschreven zodra het DMS weer antwoordt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="216"/>
        <source>The DMS already holds %1.</source>
        <translation>Het DMS heeft al %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="219"/>
        <source>%1 is lower than the %2 in the DMS; an odometer is never rolled back.</source>
        <translation>%1 is lager dan de %2 in het DMS; een teller wordt nooit teruggezet.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="229"/>
        <source>%1 is %2 more than the DMS holds; you will be asked to confirm.</source>
        <translation>%1 is %2 meer dan in het DMS staat; u wordt gevraagd dit te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="236"/>
        <source>The DMS has no mileage yet; %1 can be written.</source>
        <translation>Het DMS heeft nog geen kilometerstand; %1 kan worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="240"/>
        <source>%1 is higher than the %2 in the DMS and can be written back.</source>
        <translation>%1 is hoger dan de %2 in het DMS en kan worden teruggeschreven.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="250"/>
        <source>The mileage cannot be negative.</source>
        <translation>De kilometerstand kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="252"/>
        <source>Whole kilometres only, without decimals.</source>
        <translation>Alleen hele kilometers, zonder decimalen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="254"/>
        <source>That is more than an odometer can show.</source>
        <translation>Dat is meer dan een teller kan aangeven.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="255"/>
        <source>Type the mileage in whole kilometres, for example 45.210.</source>
        <translation>Typ de kilometerstand in hele kilometers, bijvoorbeeld 45.210.</translation>
    </message>
</context>
<context>
    <name>MileageOutcome</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="95"/>
        <source>The DMS mileage is now {after} (was {before}).</source>
        <translation>Het DMS heeft nu {after} (was {before}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="98"/>
        <source>Claire has the new mileage too.</source>
        <translation>Claire heeft de nieuwe kilometerstand ook.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="99"/>
        <source>Claire gets the new mileage with the next import.</source>
        <translation>Claire krijgt de nieuwe kilometerstand bij de volgende import.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="102"/>
        <source>It could not be recorded on this computer: {problem}</source>
        <translation>Op deze computer kon dit niet worden vastgelegd: {problem}</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="105"/>
        <source>A mileage must be between 0 and {maximum}; {new} is not written.</source>
        <translation>Een kilometerstand ligt tussen 0 en {maximum}; {new} wordt niet weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="108"/>
        <source>The DMS has {before} already recorded.</source>
        <translation>Het DMS heeft {before} al vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="109"/>
        <source>{new} is lower than the {before} the DMS holds; rolling back an odometer is not allowed.</source>
        <translation>{new} is lager dan de {before} in het DMS; een kilometerteller terugdraaien is niet toegestaan.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="113"/>
        <source>The DMS has no mileage yet; {new} will be written.</source>
        <translation>Het DMS heeft nog geen kilometerstand; {new} wordt weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="116"/>
        <source>{new} is higher than the {before} in the DMS.</source>
        <translation>{new} is hoger dan de {before} in het DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="117"/>
        <source>{new} is {jump} more than the {before} in the DMS; please confirm the reading is right.</source>
        <translation>{new} is {jump} meer dan de {before} in het DMS; bevestig dat de stand klopt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="121"/>
        <source>{new} is {jump} more than the DMS holds after 1 day, an average of {average} a day; please confirm the reading is right.</source>
        <translation>{new} is {jump} meer dan het DMS na 1 dag heeft, gemiddeld {average} per dag; bevestig dat de stand klopt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="126"/>
        <source>{new} is {jump} more than the DMS holds after {days} days, an average of {average} a day; please confirm the reading is right.</source>
        <translation>{new} is {jump} meer dan het DMS na {days} dagen heeft, gemiddeld {average} per dag; bevestig dat de stand klopt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="131"/>
        <source>The DMS did not answer the last request. The correction to {new} is kept and sent when the DMS is reachable again.</source>
        <translation>Het DMS gaf op het laatste verzoek geen antwoord. De correctie naar {new} wordt bewaard en verstuurd zodra het DMS weer bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="136"/>
        <source>The DMS has not answered yet; the correction to {new} is kept and sent in the background.</source>
        <translation>Het DMS heeft nog niet geantwoord; de correctie naar {new} wordt bewaard en op de achtergrond verstuurd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="140"/>
        <source>{problem} The correction to {new} is kept and sent when the DMS can take it.</source>
        <translation>{problem} De correctie naar {new} wordt bewaard en verstuurd zodra het DMS haar kan aannemen.</translation>
    </message>
</context>
<context>
    <name>PolicyNote</name>
    <message>
        <location filename="../../incadea_desk/ui/policy_note.py" line="59"/>
        <source>Your IT department sets the greyed-out settings by policy; they cannot be changed here.</source>
        <translation>Uw IT-afdeling stelt de grijze instellingen in via beleid; u kunt ze hier niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="242"/>
        <source>The DMS sent no value for {field}.</source>
        <translation>Het DMS stuurde geen waarde voor {field}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="243"/>
        <source>The DMS sent a value for {field} that incadea-desk does not know.</source>
        <translation>Het DMS stuurde voor {field} een waarde die incadea-desk niet kent.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="246"/>
        <source>The DMS sent a date and time without a time zone in {field}.</source>
        <translation>Het DMS stuurde in {field} een datum en tijd zonder tijdzone.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="249"/>
        <source>The DMS sent a value for {field} that cannot be read.</source>
        <translation>Het DMS stuurde voor {field} een waarde die niet te lezen is.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="252"/>
        <source>Claire refused this workorder (code {code}).</source>
        <translation>Claire weigerde deze werkorder (code {code}).</translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="167"/>
        <source>{System} refused the request.</source>
        <translation>{System} weigerde het verzoek.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="168"/>
        <source>{System} sent an answer we cannot read (field {field}).</source>
        <translation>{System} stuurde een antwoord dat we niet kunnen lezen (veld {field}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="147"/>
        <source>{System} cannot be reached right now; check the connection and try again later.</source>
        <translation>{System} is nu niet bereikbaar; controleer de verbinding en probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="151"/>
        <source>{System} took too long to answer; try again in a minute.</source>
        <translation>{System} deed er te lang over om te antwoorden; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="154"/>
        <source>{System} is busy and asked us to slow down; try again in a minute.</source>
        <translation>{System} is druk en vroeg ons het rustiger aan te doen; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="157"/>
        <source>{System} did not accept the sign-in; check the credentials in Settings.</source>
        <translation>{System} accepteerde de aanmelding niet; controleer de inloggegevens in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="161"/>
        <source>{System} has no such record; check the number and search again.</source>
        <translation>{System} kent dit record niet; controleer het nummer en zoek opnieuw.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="164"/>
        <source>Someone changed this record in {system} meanwhile; refresh and try again.</source>
        <translation>Iemand heeft dit record in {system} intussen gewijzigd; vernieuw en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="171"/>
        <source>{System} sent an answer we cannot read; please contact support.</source>
        <translation>{System} stuurde een antwoord dat we niet kunnen lezen; neem contact op met support.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="174"/>
        <source>{System} has no workorder with this number.</source>
        <translation>{System} heeft geen werkorder met dit nummer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="175"/>
        <source>{System} no longer has workorder {dms_number}; its appointment in Claire is now marked cancelled.</source>
        <translation>{System} heeft werkorder {dms_number} niet meer; de afspraak in Claire staat nu op geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="180"/>
        <source>{System} has no workorder with WO number {wo_number}.</source>
        <translation>{System} heeft geen werkorder met WO-nummer {wo_number}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="183"/>
        <source>{System} could not accept a request incadea-desk sent. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation>{System} kon een verzoek van incadea-desk niet aannemen. Dit is een fout in incadea-desk; meld het met de details aan support.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="188"/>
        <source>{System} reported an error.</source>
        <translation>{System} meldde een fout.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="190"/>
        <source>{System} accepted the sign-in but does not let this account do this; ask your administrator to check the account&apos;s permissions.</source>
        <translation>{System} accepteerde de aanmelding, maar staat dit account dit niet toe; vraag uw beheerder de machtigingen van het account te controleren.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="195"/>
        <source>{System} is not accessible right now, for example during an update; try again later, and tell your administrator if it lasts.</source>
        <translation>{System} is nu niet toegankelijk, bijvoorbeeld tijdens een update; probeer het later opnieuw en meld het aan uw beheerder als het aanhoudt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="200"/>
        <source>{System} does not offer the page or API incadea-desk is set up to use; ask your administrator to check the connection settings.</source>
        <translation>{System} biedt de pagina of API niet aan waarvoor incadea-desk is ingesteld; vraag uw beheerder de verbindingsinstellingen te controleren.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="205"/>
        <source>{System} does not take this kind of request here; its web services may be turned off. Ask your administrator.</source>
        <translation>{System} neemt dit soort verzoek hier niet aan; mogelijk staan de webservices uit. Vraag het uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="210"/>
        <source>{System} no longer offers this address; ask your administrator to update the connection settings.</source>
        <translation>{System} biedt dit adres niet meer aan; vraag uw beheerder de verbindingsinstellingen bij te werken.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="215"/>
        <source>{System} refused the request as too large. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation>{System} weigerde het verzoek omdat het te groot is. Dit is een fout in incadea-desk; meld het met de details aan support.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="220"/>
        <source>Claire&apos;s API key does not cover location {location}; check the location in Settings, or ask Claire for a key that includes it.</source>
        <translation>De API-sleutel van Claire geldt niet voor locatie {location}; controleer de locatie in Instellingen, of vraag Claire om een sleutel die deze locatie omvat.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="225"/>
        <source>Claire&apos;s API key has been disabled or revoked; ask Claire for a new key and enter it in Settings.</source>
        <translation>De API-sleutel van Claire is uitgeschakeld of ingetrokken; vraag Claire om een nieuwe sleutel en vul die in bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="230"/>
        <source>{System} names no field for when a workorder changed, so keep-importing cannot run; search, import, refresh and mileage still work.</source>
        <translation>{System} noemt geen veld voor wanneer een werkorder wijzigde, dus doorlopend importeren kan niet draaien; zoeken, importeren, verversen en kilometerstand werken wel.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="279"/>
        <source>the DMS</source>
        <translation>het DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="280"/>
        <source>Claire</source>
        <translation>Claire</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/results_area.py" line="59"/>
        <source>%n workorder(s) match; choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>%n werkorder gevonden.</numerusform>
            <numerusform>%n werkorders gevonden; kies er één met de pijltjestoetsen en Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/results_area.py" line="62"/>
        <source>▸ %n workorder(s) found for %1 — show the list (F6)</source>
        <translation>
            <numerusform>▸ %n werkorder gevonden voor %1 — lijst tonen (F6)</numerusform>
            <numerusform>▸ %n werkorders gevonden voor %1 — lijst tonen (F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="91"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="92"/>
        <source>WO number</source>
        <translation>WO-nummer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="93"/>
        <source>Registration</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="94"/>
        <source>Make / model</source>
        <translation>Merk / model</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="95"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="108"/>
        <source>This workorder is cancelled.</source>
        <translation>Deze werkorder is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="170"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="171"/>
        <source>Several workorders match; choose one with the arrows and Enter.</source>
        <translation>Meerdere werkorders gevonden; kies er één met de pijltjes en Enter.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="78"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="79"/>
        <source>WO number or registration</source>
        <translation>WO-nummer of kenteken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="82"/>
        <source>Type a WO number (4711, WO 4711) or a registration number in any form (12abc3, 12-ABC-3). Enter searches, Esc clears. (Ctrl+F, Ctrl+L)</source>
        <translation>Typ een WO-nummer (4711, WO 4711) of een kenteken in elke vorm (12abc3, 12-ABC-3). Enter zoekt, Esc wist. (Ctrl+F, Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="86"/>
        <source>Search by WO number or registration</source>
        <translation>Zoeken op WO-nummer of kenteken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="87"/>
        <location filename="../../incadea_desk/ui/search_bar.py" line="89"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="88"/>
        <source>Search the DMS (Enter)</source>
        <translation>Zoeken in het DMS (Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="182"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="183"/>
        <source>Claire</source>
        <translation>Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="184"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="187"/>
        <source>Fill in where the DMS and Claire are and how incadea-desk signs in to them. Nothing is saved until every field it needs is filled in.</source>
        <translation>Vul in waar het DMS en Claire staan en hoe incadea-desk daar aanmeldt. Er wordt niets bewaard tot elk nodig veld is ingevuld.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="191"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="192"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="193"/>
        <source>L&amp;ocation id:</source>
        <translation>L&amp;ocatie-id:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="194"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="195"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation>bewaard in de sleutelbos; leeg laten houdt hem</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="197"/>
        <source>Test co&amp;nnection</source>
        <translation>Verbi&amp;nding testen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="198"/>
        <source>Sign in to Claire with these settings</source>
        <translation>Met deze instellingen aanmelden bij Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="200"/>
        <source>Claire&apos;s own Incadea connector serves this location</source>
        <translation>Claires eigen Incadea-koppeling bedient deze locatie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="203"/>
        <source>Claire imports the changed workorders itself; no workstation keeps importing.</source>
        <translation>Claire importeert de gewijzigde werkorders zelf; geen werkplek importeert doorlopend.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="206"/>
        <source>Keep importing every (&amp;s):</source>
        <translation>Doorlopend importeren elke (&amp;s):</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="207"/>
        <source>&amp;Keep importing on this workstation</source>
        <translation>Doorlopend importeren op deze &amp;werkplek</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="209"/>
        <source>A site importer keeps this location imported; workstations need not.</source>
        <translation>Een vestigingsimporter houdt deze vestiging bij; werkplekken hoeven dat niet.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="211"/>
        <source>Import the workorders changed in the DMS while the window is open.</source>
        <translation>Importeer de werkorders die in het DMS wijzigen zolang het venster open is.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="388"/>
        <source>The secrets could not be stored: this computer has no keyring to keep them in. Nothing was saved.</source>
        <translation>De geheimen konden niet worden bewaard: deze computer heeft geen sleutelbos om ze in te bewaren. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="93"/>
        <source>Signed in, but the DMS lacks names incadea-desk needs:</source>
        <translation>Aangemeld, maar het DMS mist namen die incadea-desk nodig heeft:</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="108"/>
        <source>Connected: signed in to the DMS; it knows every name we need.</source>
        <translation>Verbonden: aangemeld bij het DMS; het kent alle namen die we nodig hebben.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="231"/>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="331"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="333"/>
        <source>Testing the connection…</source>
        <translation>Verbinding testen…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="83"/>
        <source>These settings cannot be used to connect; check what you typed.</source>
        <translation>Met deze instellingen kan geen verbinding worden gemaakt; controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="97"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s DMS.</source>
        <translation>Verbonden met de ingebouwde demo of een testserver op deze computer, niet met het DMS van de dealer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="102"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s Claire.</source>
        <translation>Verbonden met de ingebouwde demo of een testserver op deze computer, niet met Claire van de dealer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="111"/>
        <source>Connected: signed in to Claire.</source>
        <translation>Verbonden: aangemeld bij Claire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="367"/>
        <source>Saving the settings…</source>
        <translation>Instellingen opslaan…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="55"/>
        <source>Fill in: %1.</source>
        <translation>Vul in: %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="59"/>
        <source>Not a valid address (it starts with https://): %1.</source>
        <translation>Geen geldig adres (het begint met https://): %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="65"/>
        <source>%1 must start with https:// (http:// only for this computer).</source>
        <translation>%1 moet met https:// beginnen (http:// alleen voor deze computer).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="71"/>
        <source>%1 cannot be used as it is; check what you typed.</source>
        <translation>%1 is zo niet bruikbaar; controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="77"/>
        <source>Type the %1: none is stored on this computer yet.</source>
        <translation>Vul %1 in: op deze computer is er nog geen bewaard.</translation>
    </message>
</context>
<context>
    <name>SiteImporterStatus</name>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="72"/>
        <source>Site importer: not checked yet</source>
        <translation>Site-importer: nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="76"/>
        <source>Site importer: unreachable</source>
        <translation>Site-importer: onbereikbaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="78"/>
        <source>The site importer did not answer; changed workorders may not arrive.</source>
        <translation>De site-importer antwoordde niet; gewijzigde werkorders komen mogelijk niet aan.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="85"/>
        <source>Site importer: last import %1 ago</source>
        <translation>Site-importer: laatste import %1 geleden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="87"/>
        <source>Site importer: running</source>
        <translation>Site-importer: actief</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="94"/>
        <source>Site importer: no import for %1</source>
        <translation>Site-importer: geen import sinds %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="96"/>
        <source>Site importer: not importing</source>
        <translation>Site-importer: importeert niet</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="105"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="107"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="108"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="49"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="51"/>
        <source>Car collected</source>
        <translation>Auto opgehaald</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="53"/>
        <source>In the workshop</source>
        <translation>In de werkplaats</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="54"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="90"/>
        <source>Pause or resume keep-importing</source>
        <translation>Doorlopend importeren pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="92"/>
        <source>Pause or resume importing changed workorders in the background (Ctrl+P)</source>
        <translation>Het importeren van gewijzigde werkorders op de achtergrond pauzeren of hervatten (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="94"/>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="95"/>
        <source>Send the waiting corrections now</source>
        <translation>De wachtende correcties nu versturen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="97"/>
        <source>Try to send the waiting mileage corrections to the DMS now</source>
        <translation>Probeer de wachtende kilometercorrecties nu naar het DMS te sturen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="100"/>
        <source>Show the workorders keep-importing cannot import (Ctrl+H)</source>
        <translation>De werkorders tonen die doorlopend importeren niet kan importeren (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="147"/>
        <source>DMS</source>
        <translation>DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="147"/>
        <source>Claire</source>
        <translation>Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="149"/>
        <source>%1: not checked yet</source>
        <translation>%1: nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="150"/>
        <source>%1: connected</source>
        <translation>%1: verbonden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="151"/>
        <source>%1: unreachable</source>
        <translation>%1: onbereikbaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="152"/>
        <source>%1: sign-in refused</source>
        <translation>%1: aanmelding geweigerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="164"/>
        <source>%n correction(s) waiting for the DMS</source>
        <translation>
            <numerusform>%n correctie wacht op het DMS</numerusform>
            <numerusform>%n correcties wachten op het DMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="170"/>
        <source>Outbox empty</source>
        <translation>Wachtrij leeg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="172"/>
        <source>%n workorder(s) need attention</source>
        <translation>
            <numerusform>%n werkorder vraagt aandacht</numerusform>
            <numerusform>%n werkorders vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="180"/>
        <source>Keep importing: on</source>
        <translation>Doorlopend importeren: aan</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="181"/>
        <source>Keep importing: running…</source>
        <translation>Doorlopend importeren: bezig…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="182"/>
        <source>Keep importing: paused</source>
        <translation>Doorlopend importeren: gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="183"/>
        <source>Keep importing: off</source>
        <translation>Doorlopend importeren: uit</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="186"/>
        <source>Keep importing: off, Claire&apos;s own connector imports this location</source>
        <translation>Doorlopend importeren: uit, Claires eigen koppeling importeert deze locatie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="190"/>
        <source>last %1: stopped, the DMS cannot be reached</source>
        <translation>laatst %1: gestopt, het DMS is niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="192"/>
        <source>last %1: stopped, Claire cannot be reached</source>
        <translation>laatst %1: gestopt, Claire is niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="197"/>
        <source>last %1: %2 imported, %3 unchanged, %4 failed</source>
        <translation>laatst %1: %2 geïmporteerd, %3 ongewijzigd, %4 mislukt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="204"/>
        <source>next %1</source>
        <translation>volgende %1</translation>
    </message>
</context>
<context>
    <name>WorkorderPane</name>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="29"/>
        <source>DMS number</source>
        <translation>DMS-nummer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="30"/>
        <source>WO number</source>
        <translation>WO-nummer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="41"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="51"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="78"/>
        <source>Registration</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="32"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="73"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="33"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="74"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="75"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="35"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="76"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="36"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="37"/>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="83"/>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="38"/>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="79"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="74"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="75"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="76"/>
        <source>Total excl. VAT</source>
        <translation>Totaal excl. btw</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="39"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="40"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="86"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="228"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="42"/>
        <source>Scheduled in</source>
        <translation>Gepland binnen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="43"/>
        <source>Scheduled out</source>
        <translation>Gepland klaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="44"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="379"/>
        <source>Customer waiting</source>
        <translation>Klant wacht</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="45"/>
        <source>Car in shop</source>
        <translation>Auto binnen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="46"/>
        <source>Car out of shop</source>
        <translation>Auto weg</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="47"/>
        <source>DMS mileage</source>
        <translation>Kilometerstand DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="49"/>
        <source>Make</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="50"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="52"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="79"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="53"/>
        <source>First registration</source>
        <translation>Eerste toelating</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="54"/>
        <source>APK due</source>
        <translation>APK vervalt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="55"/>
        <source>Warranty start</source>
        <translation>Garantie vanaf</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="56"/>
        <source>Warranty end</source>
        <translation>Garantie tot</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="57"/>
        <source>Driver id</source>
        <translation>Bestuurder-id</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="58"/>
        <source>Owner id</source>
        <translation>Eigenaar-id</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="59"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="60"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="61"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="62"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="63"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="64"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="65"/>
        <source>E-mail (private)</source>
        <translation>E-mail (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="66"/>
        <source>Telephone (private)</source>
        <translation>Telefoon (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="67"/>
        <source>Mobile (private)</source>
        <translation>Mobiel (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="68"/>
        <source>E-mail (business)</source>
        <translation>E-mail (zakelijk)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="69"/>
        <source>Telephone (business)</source>
        <translation>Telefoon (zakelijk)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="70"/>
        <source>Mobile (business)</source>
        <translation>Mobiel (zakelijk)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="71"/>
        <source>Lease company</source>
        <translation>Leasemaatschappij</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="72"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="92"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="230"/>
        <source>Interventions</source>
        <translation>Werkzaamheden</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="73"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="80"/>
        <source>Total incl. VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="87"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="229"/>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="88"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="49"/>
        <source>Driver</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="89"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="50"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="90"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="51"/>
        <source>Contractor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="91"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="124"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="158"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="93"/>
        <source>Prices</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="109"/>
        <source>Intervention %1</source>
        <translation>Werkzaamheid %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="115"/>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="164"/>
        <source>as of %1</source>
        <translation>gegevens van %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="165"/>
        <source>Shown from the copy this computer kept when the workorder was last imported (%1). It may be out of date until the DMS answers.</source>
        <translation>Getoond uit de kopie die deze computer bewaarde bij de laatste import van de werkorder (%1). Tot het DMS antwoordt, kan die verouderd zijn.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="72"/>
        <source>Intervention / line</source>
        <translation>Werkzaamheid / regel</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="78"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="82"/>
        <source>Interventions and their lines</source>
        <translation>Werkzaamheden en hun regels</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="32"/>
        <source>Labour</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="33"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="34"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="35"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="98"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="111"/>
        <source>(and %1 more)</source>
        <translation>(en nog %1)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="137"/>
        <source>Incl. VAT: %1</source>
        <translation>Incl. btw: %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="213"/>
        <source>&amp;Import to Claire</source>
        <translation>&amp;Importeren in Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="215"/>
        <source>Import this workorder into Claire, or update it there (Ctrl+I)</source>
        <translation>Deze werkorder in Claire importeren of daar bijwerken (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="219"/>
        <source>Import to Claire</source>
        <translation>Importeren in Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="222"/>
        <source>Read the workorder again from the DMS and update Claire (F5)</source>
        <translation>De werkorder opnieuw uit het DMS lezen en Claire bijwerken (F5)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="226"/>
        <source>Refresh from the DMS</source>
        <translation>Vernieuwen uit het DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="227"/>
        <source>Check the data</source>
        <translation>Controleer de gegevens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="311"/>
        <source>Choose one of the %n workorder(s) above</source>
        <translation>
            <numerusform>Kies de %n werkorder hierboven</numerusform>
            <numerusform>Kies een van de %n werkorders hierboven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="314"/>
        <source>Arrow keys and Enter open one; a new search goes in the field (Ctrl+F).</source>
        <translation>Pijltjestoetsen en Enter openen er een; een nieuwe zoekopdracht typt u in het veld (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="321"/>
        <source>No workorder found for %1.</source>
        <translation>Geen werkorder gevonden voor %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="325"/>
        <source>No workorder open</source>
        <translation>Geen werkorder geopend</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="328"/>
        <source>Search for a WO number or a registration number above (Ctrl+F).</source>
        <translation>Zoek hierboven op een WO-nummer of kenteken (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="344"/>
        <source>Total excl. VAT: %1</source>
        <translation>Totaal excl. btw: %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="349"/>
        <source>Total incl. VAT: %1</source>
        <translation>Totaal incl. btw: %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="358"/>
        <source>WO %1 · %2</source>
        <translation>WO %1 · %2</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="387"/>
        <source>APK overdue since %1</source>
        <translation>APK verlopen sinds %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="389"/>
        <source>APK due %1</source>
        <translation>APK vervalt %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="127"/>
        <source>%1 (read %2)</source>
        <translation>%1 (gelezen %2)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="132"/>
        <source>This workorder is cancelled.</source>
        <translation>Deze werkorder is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="159"/>
        <source>check digit OK</source>
        <translation>controlecijfer klopt</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="161"/>
        <source>check digit does not match</source>
        <translation>controlecijfer klopt niet</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="192"/>
        <source>The check digit only has to match for cars built for North America.</source>
        <translation>Het controlecijfer hoeft alleen te kloppen bij auto’s voor Noord-Amerika.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="198"/>
        <source>This is not a valid VIN.</source>
        <translation>Dit is geen geldig VIN.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="201"/>
        <source>The APK inspection is overdue.</source>
        <translation>De APK is verlopen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="205"/>
        <source>The APK inspection is due within 30 days.</source>
        <translation>De APK vervalt binnen 30 dagen.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="56"/>
        <source>%1 — lease company</source>
        <translation>%1 — leasemaatschappij</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="126"/>
        <source>Names and contact details are not kept on this computer; they appear when the DMS answers.</source>
        <translation>Namen en contactgegevens worden niet op deze computer bewaard; ze verschijnen zodra het DMS antwoordt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="154"/>
        <source>Suggested: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="58"/>
        <source>Not synced with Claire in this session.</source>
        <translation>In deze sessie niet met Claire gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="38"/>
        <source>Refreshed at %1: created in Claire.</source>
        <translation>Vernieuwd om %1: aangemaakt in Claire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="39"/>
        <source>Refreshed at %1: Claire updated.</source>
        <translation>Vernieuwd om %1: Claire bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="40"/>
        <source>Refreshed at %1: nothing changed.</source>
        <translation>Vernieuwd om %1: niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="44"/>
        <source>Imported to Claire at %1 (new appointment).</source>
        <translation>Om %1 geïmporteerd in Claire (nieuwe afspraak).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="45"/>
        <source>Imported to Claire at %1 (appointment updated).</source>
        <translation>Om %1 geïmporteerd in Claire (afspraak bijgewerkt).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="48"/>
        <source>Imported to Claire at %1: Claire was already up to date.</source>
        <translation>Om %1 geïmporteerd in Claire: Claire was al bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="66"/>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="71"/>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
</context>
</TS>
