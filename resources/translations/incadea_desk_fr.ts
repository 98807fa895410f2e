<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="125"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Workorder</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="129"/>
        <source>Activity log of this workstation</source>
        <translation>Journal d’activité de ce poste</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="129"/>
        <location filename="../../incadea_desk/ui/attention.py" line="140"/>
        <source>Workorders that need attention</source>
        <translation>Ordres de réparation à traiter</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="132"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="55"/>
        <source>DMS number</source>
        <translation>Numéro DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="133"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="56"/>
        <source>WO number</source>
        <translation>Numéro d’OR</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="134"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="57"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="135"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="58"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="136"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="59"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="137"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="141"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="142"/>
        <source>Read the selected workorders again and import them</source>
        <translation>Relire et importer les ordres sélectionnés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="143"/>
        <source>Retry &amp;all</source>
        <translation>Réessayer &amp;tout</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="144"/>
        <source>Read every held workorder again and import it</source>
        <translation>Relire et importer tous les ordres retenus</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="145"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="147"/>
        <source>Copy the selected lines for the DMS administrator (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées pour l’administrateur du DMS (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="192"/>
        <source>Keep-importing cannot import these workorders and tries them again on every run. Tell IT or the DMS administrator what the reason says (Copy puts the line on the clipboard); once they fixed it, choose Retry.</source>
        <translation>L’import continu ne peut pas importer ces ordres de réparation et les réessaie à chaque passage. Transmettez le motif au service informatique ou à l’administrateur du DMS (Copier met la ligne dans le presse-papiers) ; une fois corrigé, choisissez Réessayer.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="197"/>
        <source>Nothing needs attention: every changed workorder was imported.</source>
        <translation>Rien à traiter : chaque ordre de réparation modifié a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="237"/>
        <source>%n line(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n ligne copiée dans le presse-papiers.</numerusform>
            <numerusform>%n lignes copiées dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="253"/>
        <source>Retrying %n workorder(s)…</source>
        <translation>
            <numerusform>Nouvel essai de %n ordre de réparation…</numerusform>
            <numerusform>Nouvel essai de %n ordres de réparation…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="276"/>
        <source>Not retried: %1</source>
        <translation>Non réessayé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="279"/>
        <source>%n workorder(s) imported.</source>
        <translation>
            <numerusform>%n ordre de réparation importé.</numerusform>
            <numerusform>%n ordres de réparation importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="282"/>
        <source>%n still held; the reason is in the list.</source>
        <translation>
            <numerusform>%n encore retenu ; le motif figure dans la liste.</numerusform>
            <numerusform>%n encore retenus ; le motif figure dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/held_texts.py" line="36"/>
        <source>%1 Claire said: “%2”</source>
        <translation>%1 Claire a répondu : « %2 »</translation>
    </message>
</context>
<context>
    <name>ContractCheck</name>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="17"/>
        <source>API route {route} has no entity set {set}; {loss}.</source>
        <translation>La route d&apos;API {route} n&apos;a pas d&apos;ensemble d&apos;entités {set} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="20"/>
        <source>Entity set {set} has no field {field}; {loss}.</source>
        <translation>L&apos;ensemble d&apos;entités {set} n&apos;a pas de champ {field} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="23"/>
        <source>Entity set {set} has no navigation {field}; {loss}.</source>
        <translation>L&apos;ensemble d&apos;entités {set} n&apos;a pas de navigation {field} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="26"/>
        <source>The lines of entity set {set} have no field {field}; {loss}.</source>
        <translation>Les lignes de l&apos;ensemble d&apos;entités {set} n&apos;ont pas de champ {field} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="29"/>
        <source>The lines of entity set {set} have no navigation {field}; {loss}.</source>
        <translation>Les lignes de l&apos;ensemble d&apos;entités {set} n&apos;ont pas de navigation {field} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="32"/>
        <source>The line kind {kind} is not a value of the lines&apos; {field}; such lines cannot be imported.</source>
        <translation>Le type de ligne {kind} n&apos;est pas une valeur du champ {field} des lignes ; ces lignes ne peuvent pas être importées.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="36"/>
        <source>The DMS at {url} has no API route {route} ($metadata answers 404); check the DMS address and the API route.</source>
        <translation>Le DMS à l&apos;adresse {url} n&apos;a pas de route d&apos;API {route} ($metadata répond 404) ; vérifiez l&apos;adresse du DMS et la route d&apos;API.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="42"/>
        <source>no workorder can be found, imported or corrected</source>
        <translation>aucun ordre de réparation ne peut être trouvé, importé ou corrigé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="45"/>
        <source>the car cannot be read when the DMS does not expand it</source>
        <translation>le véhicule ne peut pas être lu si le DMS ne le joint pas</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="48"/>
        <source>a driver, owner or contractor cannot be read when the DMS does not expand them</source>
        <translation>un conducteur, un propriétaire ou un donneur d&apos;ordre ne peut pas être lu si le DMS ne le joint pas</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="52"/>
        <source>workorders cannot be read or corrected</source>
        <translation>les ordres de réparation ne peuvent pas être lus ni corrigés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="55"/>
        <source>workorders cannot be found by DMS number</source>
        <translation>les ordres de réparation ne peuvent pas être trouvés par numéro DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="58"/>
        <source>workorders cannot be found by WO number</source>
        <translation>les ordres de réparation ne peuvent pas être trouvés par numéro d&apos;OR</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="61"/>
        <source>workorders cannot be found by registration number</source>
        <translation>les ordres de réparation ne peuvent pas être trouvés par immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="64"/>
        <source>the mileage cannot be read or written</source>
        <translation>le kilométrage ne peut pas être lu ni enregistré</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="65"/>
        <source>the site&apos;s branch filter (sites.toml) cannot choose its service orders</source>
        <translation>le filtre d&apos;agence du site (sites.toml) ne peut pas choisir ses ordres de réparation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="68"/>
        <source>the date of the last mileage reading cannot be read</source>
        <translation>la date du dernier relevé kilométrique ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="71"/>
        <source>keep importing cannot find changed workorders</source>
        <translation>l&apos;import continu ne peut pas trouver les ordres de réparation modifiés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="74"/>
        <source>the reconciliation walk misses changes that move only this stamp (map it to &quot;&quot; if the tenant has none)</source>
        <translation>le rapprochement manque les modifications qui ne déplacent que cet horodatage (indiquez &quot;&quot; si le tenant ne l&apos;a pas)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="79"/>
        <source>a changed plate or contact reaches Claire only when its workorder changes</source>
        <translation>une immatriculation ou un contact modifié n&apos;arrive dans Claire que lorsque son ordre de réparation change</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="83"/>
        <source>workorders cannot be imported or sorted by appointment</source>
        <translation>les ordres de réparation ne peuvent pas être importés ni triés par rendez-vous</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="86"/>
        <source>workorders would be imported without their lines</source>
        <translation>les ordres de réparation seraient importés sans leurs lignes</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="89"/>
        <source>workorders would be imported without their car</source>
        <translation>les ordres de réparation seraient importés sans leur véhicule</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="92"/>
        <source>workorders would be imported without their contractor</source>
        <translation>les ordres de réparation seraient importés sans leur donneur d&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="95"/>
        <source>workorders would be imported without the driver</source>
        <translation>les ordres de réparation seraient importés sans le conducteur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="98"/>
        <source>workorders would be imported without the owner</source>
        <translation>les ordres de réparation seraient importés sans le propriétaire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="101"/>
        <source>the lines&apos; kinds (labor, part, menu, note) cannot be read</source>
        <translation>le type des lignes (main-d&apos;œuvre, pièce, forfait, note) ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="104"/>
        <source>that part of the workorder cannot be imported</source>
        <translation>cette partie de l&apos;ordre de réparation ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="107"/>
        <source>that part of the workorder&apos;s lines cannot be imported</source>
        <translation>cette partie des lignes de l&apos;ordre de réparation ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="110"/>
        <source>that part of the car cannot be imported</source>
        <translation>cette partie du véhicule ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="111"/>
        <source>that part of the driver, owner and contractor cannot be imported</source>
        <translation>cette partie du conducteur, du propriétaire et du donneur d&apos;ordre ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="114"/>
        <source>it cannot be used</source>
        <translation>il ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="116"/>
        <source>The server instance publishes no web service {set}; {loss}.</source>
        <translation>L&apos;instance de serveur ne publie aucun service web {set} ; {loss}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="119"/>
        <source>The key of {set} ({key}) has no part {field}; workorders cannot be told apart.</source>
        <translation>La clé de {set} ({key}) n&apos;a pas de partie {field} ; les ordres de réparation ne peuvent pas être distingués.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="123"/>
        <source>The key of {set} ({key}) has more than one part; {set} cannot be read by number.</source>
        <translation>La clé de {set} ({key}) a plus d&apos;une partie ; {set} ne peut pas être lu par numéro.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="127"/>
        <source>The server instance has no company &apos;{company}&apos; (the name is case-sensitive); it has {companies}.</source>
        <translation>L’instance serveur n’a pas de société &apos;{company}&apos; (le nom respecte la casse) ; elle a {companies}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="132"/>
        <source>The mapping names no changed-since field of {set}: keep-importing stays off; search, import, refresh and mileage work.</source>
        <translation>La correspondance ne nomme aucun champ de {set} indiquant la dernière modification : l&apos;import continu reste arrêté ; la recherche, l&apos;import, l&apos;actualisation et le kilométrage fonctionnent.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="137"/>
        <source>The nearest name $metadata has is {nearest}.</source>
        <translation>Le nom le plus proche dans $metadata est {nearest}.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="107"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="110"/>
        <source>incadea-desk ran into an unexpected error. You can keep working; if something looks wrong, restart the program. The details help support find the cause.</source>
        <translation>incadea-desk a rencontré une erreur inattendue. Vous pouvez continuer à travailler ; si quelque chose semble anormal, redémarrez le programme. Les détails aident le support à trouver la cause.</translation>
    </message>
</context>
<context>
    <name>DataWarning</name>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="15"/>
        <source>The private telephone number is not a valid phone number.</source>
        <translation>Le téléphone privé n’est pas un numéro valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="16"/>
        <source>The private telephone number is not in international format.</source>
        <translation>Le téléphone privé n’est pas au format international.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="19"/>
        <source>The private mobile number is not a valid phone number.</source>
        <translation>Le mobile privé n’est pas un numéro valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="20"/>
        <source>The private mobile number is not in international format.</source>
        <translation>Le mobile privé n’est pas au format international.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="21"/>
        <source>The business telephone number is not a valid phone number.</source>
        <translation>Le téléphone professionnel n’est pas un numéro valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="22"/>
        <source>The business telephone number is not in international format.</source>
        <translation>Le téléphone professionnel n’est pas au format international.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="25"/>
        <source>The business mobile number is not a valid phone number.</source>
        <translation>Le mobile professionnel n’est pas un numéro valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="26"/>
        <source>The business mobile number is not in international format.</source>
        <translation>Le mobile professionnel n’est pas au format international.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="27"/>
        <source>The private mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation>Le mobile privé n’est pas un numéro de mobile ; le SMS d’accueil ne peut pas l’atteindre.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="31"/>
        <source>The business mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation>Le mobile professionnel n’est pas un numéro de mobile ; le SMS d’accueil ne peut pas l’atteindre.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="35"/>
        <source>The private e-mail address is not a valid e-mail address.</source>
        <translation>L’e-mail privé n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="36"/>
        <source>The business e-mail address is not a valid e-mail address.</source>
        <translation>L’e-mail professionnel n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="37"/>
        <source>The postcode is not a valid Dutch postcode.</source>
        <translation>Le code postal n’est pas un code postal néerlandais valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="38"/>
        <source>The postcode is not written in the usual Dutch form.</source>
        <translation>Le code postal n’est pas écrit sous la forme néerlandaise habituelle.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="39"/>
        <source>The registration number in the DMS is not a valid plate.</source>
        <translation>L’immatriculation dans le DMS n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="40"/>
        <source>The VIN in the DMS is not a valid VIN.</source>
        <translation>Le VIN dans le DMS n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="41"/>
        <source>The VIN&apos;s check digit does not match; check the VIN if this car was built for North America.</source>
        <translation>Le chiffre de contrôle du VIN ne correspond pas ; vérifiez le VIN si ce véhicule a été construit pour l’Amérique du Nord.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="45"/>
        <source>The customer has no valid mobile number, so the check-in SMS cannot reach them.</source>
        <translation>Le client n’a pas de numéro de mobile valide ; le SMS d’accueil ne peut pas l’atteindre.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="54"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="55"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="56"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="57"/>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="58"/>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="59"/>
        <source>Request id</source>
        <translation>Id de requête</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="71"/>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="72"/>
        <source>The import into Claire failed</source>
        <translation>L&apos;import dans Claire a échoué</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="73"/>
        <source>The refresh from the DMS failed</source>
        <translation>L&apos;actualisation depuis le DMS a échoué</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="74"/>
        <source>The mileage was not written</source>
        <translation>Le kilométrage n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="75"/>
        <source>The waiting corrections were not sent</source>
        <translation>Les corrections en attente n&apos;ont pas été envoyées</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="76"/>
        <source>The held workorders were not tried again</source>
        <translation>Les ordres retenus n’ont pas été réessayés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="77"/>
        <source>The settings could not be used</source>
        <translation>Les paramètres n&apos;ont pas pu être utilisés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="79"/>
        <location filename="../../incadea_desk/ui/error_box.py" line="87"/>
        <source>The action failed</source>
        <translation>L&apos;action a échoué</translation>
    </message>
</context>
<context>
    <name>FirstRunChoice</name>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="206"/>
        <source>This computer has no keyring for the DMS and Claire secrets; ask IT to set one up.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour les secrets du DMS et de Claire ; demandez au service informatique d&apos;en installer un.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="211"/>
        <source>A password or key is not stored on this computer yet; type it under Connect to my DMS.</source>
        <translation>Un mot de passe ou une clé n&apos;est pas encore enregistré sur cet ordinateur ; saisissez-le sous Connecter mon DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="216"/>
        <source>The saved settings cannot be used; check them under Connect to my DMS.</source>
        <translation>Les paramètres enregistrés ne sont pas utilisables ; vérifiez-les sous Connecter mon DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="54"/>
        <source>Welcome to incadea-desk</source>
        <translation>Bienvenue dans incadea-desk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="55"/>
        <source>incadea-desk is not connected to a DMS yet.</source>
        <translation>incadea-desk n&apos;est pas encore connecté à un DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="56"/>
        <source>&amp;Connect to my DMS</source>
        <translation>&amp;Connecter mon DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="58"/>
        <source>Fill in where the dealer&apos;s DMS and Claire are and how to sign in.</source>
        <translation>Indiquez où se trouvent le DMS et Claire du concessionnaire et comment s&apos;y connecter.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="60"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="62"/>
        <source>Look around on built-in sample data; nothing reaches a real system.</source>
        <translation>Découvrez l&apos;application sur des données d&apos;exemple intégrées ; rien n&apos;atteint un vrai système.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="76"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="77"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>IncadeaForm</name>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="238"/>
        <source>Incadea DMS</source>
        <translation>DMS Incadea</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="239"/>
        <source>&amp;Runs on:</source>
        <translation>&amp;Fonctionne sur :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="241"/>
        <source>Business Central online</source>
        <translation>Business Central en ligne</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="242"/>
        <source>Business Central on premises</source>
        <translation>Business Central sur site</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="243"/>
        <source>Another address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="248"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="249"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="250"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="251"/>
        <source>Server &amp;instance:</source>
        <translation>I&amp;nstance serveur :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="252"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="253"/>
        <source>Web ser&amp;vices:</source>
        <translation>Ser&amp;vices web :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="254"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="255"/>
        <source>Sign-in aut&amp;hority:</source>
        <translation>Autorité de conne&amp;xion :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="256"/>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="257"/>
        <source>&amp;Tenant id:</source>
        <translation>Identifiant &amp;tenant :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="258"/>
        <source>C&amp;lient id:</source>
        <translation>Identifiant c&amp;lient :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="259"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="260"/>
        <source>Compan&amp;y id:</source>
        <translation>&amp;Identifiant société :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="261"/>
        <source>Compan&amp;y name:</source>
        <translation>Nom de la soc&amp;iété :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="262"/>
        <source>API ro&amp;ute:</source>
        <translation>Ro&amp;ute de l’API :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="263"/>
        <source>Tenant &amp;mapping file:</source>
        <translation>Fichier de corres&amp;pondance du tenant :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="268"/>
        <source>OAuth (Entra ID, online)</source>
        <translation>OAuth (Entra ID, en ligne)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="269"/>
        <source>Web-service access key (on-premises)</source>
        <translation>Clé d’accès service web (sur site)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="270"/>
        <source>Windows sign-in / NTLM (on-premises)</source>
        <translation>Connexion Windows / NTLM (sur site)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="275"/>
        <source>API pages (incadea Automotive365, Business Central)</source>
        <translation>Pages d’API (incadea Automotive365, Business Central)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="276"/>
        <source>Page web services, OData v4 (classic incadea: NAV 2018, BC14)</source>
        <translation>Services web de pages, OData v4 (incadea classique : NAV 2018, BC14)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="293"/>
        <source>empty: the default names</source>
        <translation>vide : les noms par défaut</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="296"/>
        <source>as the DMS&apos;s client shows it</source>
        <translation>tel que le client du DMS l’affiche</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="297"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation>conservé dans le trousseau ; vide le garde</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="298"/>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="300"/>
        <source>Sign in to the DMS with these settings and check the names it must know</source>
        <translation>Se connecter au DMS avec ces réglages et vérifier les noms qu’il doit connaître</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="306"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="307"/>
        <source>Access &amp;key:</source>
        <translation>Clé d’a&amp;ccès :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="308"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="28"/>
        <source>Type a WO number or a registration number to search.</source>
        <translation>Tapez un numéro d&apos;OR ou une immatriculation pour chercher.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="31"/>
        <source>The text contains a line break, tab or other control character.</source>
        <translation>Le texte contient un saut de ligne, une tabulation ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="35"/>
        <source>{text} is too long for a WO number or a registration number.</source>
        <translation>{text} est trop long pour un numéro d&apos;OR ou une immatriculation.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="38"/>
        <source>Give the DMS number or the WO number of the workorder.</source>
        <translation>Indiquez le numéro DMS ou le numéro d&apos;OR de l&apos;ordre de réparation.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="41"/>
        <source>{text} is neither a DMS number nor a WO number.</source>
        <translation>{text} n&apos;est ni un numéro DMS ni un numéro d&apos;OR.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="45"/>
        <source>The registration number is empty.</source>
        <translation>L&apos;immatriculation est vide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="46"/>
        <source>A registration number must be text.</source>
        <translation>Une immatriculation doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="47"/>
        <source>{text} is not a registration number: {character} is not a letter, digit, space, dash or dot.</source>
        <translation>{text} n&apos;est pas une immatriculation : {character} n&apos;est ni une lettre, ni un chiffre, ni une espace, ni un tiret, ni un point.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="52"/>
        <source>{text} is not a registration number: it has no letters or digits.</source>
        <translation>{text} n&apos;est pas une immatriculation : elle ne contient ni lettres ni chiffres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="55"/>
        <source>{text} is too short to be a registration number.</source>
        <translation>{text} est trop court pour être une immatriculation.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="58"/>
        <source>{text} is too long to be a registration number ({length} letters and digits; a plate has at most {maximum}).</source>
        <translation>{text} est trop long pour être une immatriculation ({length} lettres et chiffres ; une plaque en compte au plus {maximum}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="64"/>
        <source>{text} matches {count} workorders ({numbers}); use the DMS number.</source>
        <translation>{text} correspond à {count} ordres de réparation ({numbers}) ; utilisez le numéro DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="68"/>
        <source>The mileage must be a whole number of kilometres.</source>
        <translation>Le kilométrage doit être un nombre entier de kilomètres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="71"/>
        <source>Type the mileage in whole kilometres.</source>
        <translation>Tapez le kilométrage en kilomètres entiers.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="72"/>
        <source>{text} is not a mileage.</source>
        <translation>{text} n&apos;est pas un kilométrage.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="73"/>
        <source>The mileage cannot be negative.</source>
        <translation>Le kilométrage ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="74"/>
        <source>{text} has a decimal part; whole kilometres only.</source>
        <translation>{text} a une partie décimale ; kilomètres entiers uniquement.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="77"/>
        <source>{text} is too high; an odometer reads less than {maximum}.</source>
        <translation>{text} est trop élevé ; un compteur affiche toujours moins de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="81"/>
        <source>The {name} is {size} bytes long and Windows Credential Manager keeps at most {maximum}; nothing was stored. Set the environment variable {variable} instead.</source>
        <translation>Le {name} fait {size} octets et le Gestionnaire d’identification de Windows en garde au plus {maximum} ; rien n’a été enregistré. Définissez plutôt la variable d’environnement {variable}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="34"/>
        <source>A WO number cannot be negative.</source>
        <translation>Un numéro d&apos;OR ne peut pas être négatif.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="91"/>
        <source>&amp;Workorder</source>
        <translation>&amp;Ordre de travail</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="92"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="95"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="96"/>
        <source>Focus the search bar</source>
        <translation>Aller à la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="99"/>
        <source>&amp;Import to Claire</source>
        <translation>&amp;Importer dans Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="100"/>
        <source>Import the open workorder</source>
        <translation>Importer l’ordre de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="104"/>
        <source>Re-read the open workorder</source>
        <translation>Relire l’ordre de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="107"/>
        <source>Correct &amp;mileage</source>
        <translation>Corriger le &amp;kilométrage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="108"/>
        <source>Go to the mileage field</source>
        <translation>Aller au champ du kilométrage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="111"/>
        <source>&amp;Pause / resume keep-importing</source>
        <translation>&amp;Suspendre / reprendre l’import continu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="112"/>
        <source>Pause or resume the background import</source>
        <translation>Suspendre ou reprendre l’import en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="116"/>
        <source>Endpoints, sign-in and language</source>
        <translation>Adresses, connexion et langue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="120"/>
        <source>Close incadea-desk</source>
        <translation>Fermer incadea-desk</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="123"/>
        <source>Search &amp;results</source>
        <translation>&amp;Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="124"/>
        <source>Show or fold the list of workorders found</source>
        <translation>Afficher ou replier la liste des ordres de travail trouvés</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="127"/>
        <source>Workorders that need a&amp;ttention…</source>
        <translation>Ordres nécessitant votre &amp;attention…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="128"/>
        <source>The workorders keep-importing cannot import, and why</source>
        <translation>Les ordres que l’import continu ne peut pas importer, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="135"/>
        <source>&amp;Activity log</source>
        <translation>&amp;Journal d’activité</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="282"/>
        <source>Closing…</source>
        <translation>Fermeture…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="65"/>
        <source>Searching the DMS…</source>
        <translation>Recherche dans le DMS…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="80"/>
        <source>Not a WO number or a registration number.</source>
        <translation>Ni un n° d’OT ni une immatriculation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="306"/>
        <source>%n workorder(s) found</source>
        <translation>
            <numerusform>%n ordre de travail trouvé</numerusform>
            <numerusform>%n ordres de travail trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="313"/>
        <source>The DMS is not answering, retrying (%1/%2)…</source>
        <translation>Le DMS ne répond pas, nouvel essai (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="315"/>
        <source>Claire is not answering, retrying (%1/%2)…</source>
        <translation>Claire ne répond pas, nouvel essai (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="159"/>
        <source>Importing into Claire…</source>
        <translation>Import dans Claire…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="168"/>
        <source>Refreshing from the DMS…</source>
        <translation>Actualisation depuis le DMS…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="229"/>
        <source>Writing the mileage to the DMS…</source>
        <translation>Écriture du kilométrage dans le DMS…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="66"/>
        <source>Not written: you did not confirm the jump.</source>
        <translation>Non écrit : vous n’avez pas confirmé l’écart.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="51"/>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="85"/>
        <source>Confirm the mileage</source>
        <translation>Confirmer le kilométrage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="88"/>
        <source>%1 is %2 more than the %3 in the DMS. Is the odometer reading right?</source>
        <translation>%1, c’est %2 de plus que les %3 du DMS. Le relevé du compteur est-il correct ?</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="95"/>
        <source>Yes, write it</source>
        <translation>Oui, l’écrire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="96"/>
        <source>No, let me check</source>
        <translation>Non, je vérifie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="348"/>
        <source>Sending the waiting corrections…</source>
        <translation>Envoi des corrections en attente…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="359"/>
        <source>%n correction(s) still waiting; the DMS cannot be reached.</source>
        <translation>
            <numerusform>%n correction toujours en attente ; le DMS est injoignable.</numerusform>
            <numerusform>%n corrections toujours en attente ; le DMS est injoignable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="363"/>
        <source>%n correction(s) sent to the DMS.</source>
        <translation>
            <numerusform>%n correction envoyée au DMS.</numerusform>
            <numerusform>%n corrections envoyées au DMS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="434"/>
        <source>Settings saved. New endpoints are used after a restart.</source>
        <translation>Paramètres enregistrés. Les nouvelles adresses s’appliquent après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="50"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="51"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="52"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="53"/>
        <source>Mileage</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="54"/>
        <source>Keep importing</source>
        <translation>Import continu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="55"/>
        <source>Outbox</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="58"/>
        <source>created in Claire</source>
        <translation>créé dans Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="59"/>
        <source>updated in Claire</source>
        <translation>mis à jour dans Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="60"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="61"/>
        <source>written to the DMS</source>
        <translation>écrit dans le DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="62"/>
        <source>refused: not higher</source>
        <translation>refusé : pas supérieur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="63"/>
        <source>waiting for confirmation</source>
        <translation>en attente de confirmation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="64"/>
        <source>queued for the DMS</source>
        <translation>en attente pour le DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="65"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="66"/>
        <location filename="../../incadea_desk/ui/activity.py" line="67"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="68"/>
        <source>held for the advisor</source>
        <translation>en attente du conseiller</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="69"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="70"/>
        <source>not everything arrived</source>
        <translation>tout n&apos;est pas arrivé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="74"/>
        <source>(command line)</source>
        <translation>(ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="75"/>
        <source>(background)</source>
        <translation>(arrière-plan)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="76"/>
        <source>(outbox)</source>
        <translation>(file d’attente)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="210"/>
        <source>The local database in %1 was damaged; it was moved aside and a new one started with the waiting corrections.</source>
        <translation>La base de données locale dans %1 était endommagée ; elle a été mise de côté et une nouvelle a été créée avec les corrections en attente.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="216"/>
        <source>The local database in %1 cannot be used; corrections are written to the DMS but not kept on this computer until that is fixed.</source>
        <translation>La base de données locale dans %1 est inutilisable ; les corrections sont écrites dans le DMS mais ne sont pas conservées sur cet ordinateur tant que ce n&apos;est pas réparé.</translation>
    </message>
</context>
<context>
    <name>MileageEditor</name>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="86"/>
        <source>Mileage</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="87"/>
        <source>In the DMS:</source>
        <translation>Dans le DMS :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="88"/>
        <source>&amp;New mileage:</source>
        <translation>&amp;Nouveau kilométrage :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="89"/>
        <source>e.g. 45.210</source>
        <translation>p. ex. 45 210</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="90"/>
        <source>New mileage in kilometres</source>
        <translation>Nouveau kilométrage en kilomètres</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="96"/>
        <source>Type the odometer reading in whole kilometres; it is checked as you type.</source>
        <translation>Saisissez le relevé du compteur en kilomètres entiers ; il est vérifié pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="99"/>
        <source>&amp;Write back</source>
        <translation>&amp;Écrire dans le DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="100"/>
        <source>Write the mileage back to the DMS</source>
        <translation>Écrire le kilométrage dans le DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="102"/>
        <source>Write the new mileage to the DMS; only a higher value is written (Alt+W)</source>
        <translation>Écrire le nouveau kilométrage dans le DMS ; seule une valeur supérieure est écrite (Alt+É)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="147"/>
        <source>Shown from this computer&apos;s copy: the mileage can be corrected when the DMS has answered.</source>
        <translation>Affiché depuis la copie de cet ordinateur : le kilométrage pourra être corrigé dès que le DMS aura répondu.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="178"/>
        <source>no mileage recorded</source>
        <translation>aucun kilométrage enregistré</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="181"/>
        <source>%1 (read %2)</source>
        <translation>%1 (relevé le %2)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="206"/>
        <source>%1 is waiting in the outbox; it is written when the DMS answers again.</source>
        <translation>%1 attend dans la boîte d&apos;envoi ; il sera enregistré dès que le DMS répondra.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="216"/>
        <source>The DMS already holds %1.</source>
        <translation>Le DMS indique déjà %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="219"/>
        <source>%1 is lower than the %2 in the DMS; an odometer is never rolled back.</source>
        <translation>%1 est inférieur aux %2 du DMS ; un compteur n’est jamais reculé.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="229"/>
        <source>%1 is %2 more than the DMS holds; you will be asked to confirm.</source>
        <translation>%1, c’est %2 de plus que dans le DMS ; une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="236"/>
        <source>The DMS has no mileage yet; %1 can be written.</source>
        <translation>Le DMS n’a pas encore de kilométrage ; %1 peut être écrit.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="240"/>
        <source>%1 is higher than the %2 in the DMS and can be written back.</source>
        <translation>%1 est supérieur aux %2 du DMS et peut être écrit.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="250"/>
        <source>The mileage cannot be negative.</source>
        <translation>Le kilométrage ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="252"/>
        <source>Whole kilometres only, without decimals.</source>
        <translation>Kilomètres entiers uniquement, sans décimales.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="254"/>
        <source>That is more than an odometer can show.</source>
        <translation>C’est plus qu’un compteur ne peut afficher.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="255"/>
        <source>Type the mileage in whole kilometres, for example 45.210.</source>
        <translation>Saisissez le kilométrage en kilomètres entiers, par exemple 45 210.</translation>
    </message>
</context>
<context>
    <name>MileageOutcome</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="95"/>
        <source>The DMS mileage is now {after} (was {before}).</source>
        <translation>Le DMS indique maintenant {after} (au lieu de {before}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="98"/>
        <source>Claire has the new mileage too.</source>
        <translation>Claire a aussi le nouveau kilométrage.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="99"/>
        <source>Claire gets the new mileage with the next import.</source>
        <translation>Claire recevra le nouveau kilométrage à la prochaine importation.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="102"/>
        <source>It could not be recorded on this computer: {problem}</source>
        <translation>Il n’a pas pu être enregistré sur cet ordinateur : {problem}</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="105"/>
        <source>A mileage must be between 0 and {maximum}; {new} is not written.</source>
        <translation>Un kilométrage est compris entre 0 et {maximum} ; {new} n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="108"/>
        <source>The DMS has {before} already recorded.</source>
        <translation>Le DMS a déjà enregistré {before}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="109"/>
        <source>{new} is lower than the {before} the DMS holds; rolling back an odometer is not allowed.</source>
        <translation>{new} est inférieur aux {before} du DMS ; revenir en arrière sur un compteur est interdit.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="113"/>
        <source>The DMS has no mileage yet; {new} will be written.</source>
        <translation>Le DMS n’a pas encore de kilométrage ; {new} sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="116"/>
        <source>{new} is higher than the {before} in the DMS.</source>
        <translation>{new} est supérieur aux {before} du DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="117"/>
        <source>{new} is {jump} more than the {before} in the DMS; please confirm the reading is right.</source>
        <translation>{new} dépasse de {jump} les {before} du DMS ; confirmez que le relevé est juste.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="121"/>
        <source>{new} is {jump} more than the DMS holds after 1 day, an average of {average} a day; please confirm the reading is right.</source>
        <translation>{new} dépasse de {jump} le DMS après 1 jour, soit {average} par jour en moyenne ; confirmez que le relevé est juste.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="126"/>
        <source>{new} is {jump} more than the DMS holds after {days} days, an average of {average} a day; please confirm the reading is right.</source>
        <translation>{new} dépasse de {jump} le DMS après {days} jours, soit {average} par jour en moyenne ; confirmez que le relevé est juste.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="131"/>
        <source>The DMS did not answer the last request. The correction to {new} is kept and sent when the DMS is reachable again.</source>
        <translation>Le DMS n’a pas répondu à la dernière demande. La correction à {new} est conservée et envoyée dès que le DMS est de nouveau joignable.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="136"/>
        <source>The DMS has not answered yet; the correction to {new} is kept and sent in the background.</source>
        <translation>Le DMS n’a pas encore répondu ; la correction à {new} est conservée et envoyée en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="140"/>
        <source>{problem} The correction to {new} is kept and sent when the DMS can take it.</source>
        <translation>{problem} La correction à {new} est conservée et envoyée dès que le DMS peut la prendre.</translation>
    </message>
</context>
<context>
    <name>PolicyNote</name>
    <message>
        <location filename="../../incadea_desk/ui/policy_note.py" line="59"/>
        <source>Your IT department sets the greyed-out settings by policy; they cannot be changed here.</source>
        <translation>Votre service informatique définit les réglages grisés par stratégie ; ils ne peuvent pas être modifiés ici.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="242"/>
        <source>The DMS sent no value for {field}.</source>
        <translation>Le DMS n&apos;a envoyé aucune valeur pour {field}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="243"/>
        <source>The DMS sent a value for {field} that incadea-desk does not know.</source>
        <translation>Le DMS a envoyé pour {field} une valeur qu&apos;incadea-desk ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="246"/>
        <source>The DMS sent a date and time without a time zone in {field}.</source>
        <translation>Le DMS a envoyé dans {field} une date et une heure sans fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="249"/>
        <source>The DMS sent a value for {field} that cannot be read.</source>
        <translation>Le DMS a envoyé pour {field} une valeur illisible.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="252"/>
        <source>Claire refused this workorder (code {code}).</source>
        <translation>Claire a refusé cet ordre de réparation (code {code}).</translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="167"/>
        <source>{System} refused the request.</source>
        <translation>{System} a refusé la demande.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="168"/>
        <source>{System} sent an answer we cannot read (field {field}).</source>
        <translation>{System} a envoyé une réponse illisible pour nous (champ {field}).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="147"/>
        <source>{System} cannot be reached right now; check the connection and try again later.</source>
        <translation>{System} est injoignable pour l’instant ; vérifiez la connexion et réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="151"/>
        <source>{System} took too long to answer; try again in a minute.</source>
        <translation>{System} a mis trop de temps à répondre ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="154"/>
        <source>{System} is busy and asked us to slow down; try again in a minute.</source>
        <translation>{System} est occupé et demande de ralentir ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="157"/>
        <source>{System} did not accept the sign-in; check the credentials in Settings.</source>
        <translation>{System} a refusé la connexion ; vérifiez les identifiants dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="161"/>
        <source>{System} has no such record; check the number and search again.</source>
        <translation>{System} ne connaît pas cet enregistrement ; vérifiez le numéro et recherchez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="164"/>
        <source>Someone changed this record in {system} meanwhile; refresh and try again.</source>
        <translation>Quelqu’un a modifié cet enregistrement dans {system} entre-temps ; actualisez et réessayez.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="171"/>
        <source>{System} sent an answer we cannot read; please contact support.</source>
        <translation>{System} a envoyé une réponse illisible ; contactez le support.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="174"/>
        <source>{System} has no workorder with this number.</source>
        <translation>{System} n&apos;a aucun ordre de réparation avec ce numéro.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="175"/>
        <source>{System} no longer has workorder {dms_number}; its appointment in Claire is now marked cancelled.</source>
        <translation>{System} n&apos;a plus l&apos;ordre de réparation {dms_number} ; son rendez-vous dans Claire est désormais marqué annulé.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="180"/>
        <source>{System} has no workorder with WO number {wo_number}.</source>
        <translation>{System} n&apos;a aucun ordre de réparation avec le numéro d&apos;OR {wo_number}.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="183"/>
        <source>{System} could not accept a request incadea-desk sent. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation>{System} n&apos;a pas pu accepter une requête envoyée par incadea-desk. C&apos;est une erreur d&apos;incadea-desk ; signalez-la au support avec les détails.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="188"/>
        <source>{System} reported an error.</source>
        <translation>{System} a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="190"/>
        <source>{System} accepted the sign-in but does not let this account do this; ask your administrator to check the account&apos;s permissions.</source>
        <translation>{System} a accepté la connexion mais n’autorise pas ce compte à faire cela ; demandez à votre administrateur de vérifier les autorisations du compte.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="195"/>
        <source>{System} is not accessible right now, for example during an update; try again later, and tell your administrator if it lasts.</source>
        <translation>{System} n’est pas accessible pour l’instant, par exemple pendant une mise à jour ; réessayez plus tard et prévenez votre administrateur si cela dure.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="200"/>
        <source>{System} does not offer the page or API incadea-desk is set up to use; ask your administrator to check the connection settings.</source>
        <translation>{System} ne propose pas la page ou l’API qu’incadea-desk est configuré pour utiliser ; demandez à votre administrateur de vérifier les paramètres de connexion.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="205"/>
        <source>{System} does not take this kind of request here; its web services may be turned off. Ask your administrator.</source>
        <translation>{System} n’accepte pas ce type de requête ici ; ses services web sont peut-être désactivés. Demandez à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="210"/>
        <source>{System} no longer offers this address; ask your administrator to update the connection settings.</source>
        <translation>{System} ne propose plus cette adresse ; demandez à votre administrateur de mettre à jour les paramètres de connexion.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="215"/>
        <source>{System} refused the request as too large. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation>{System} a refusé la requête car elle est trop volumineuse. C’est un défaut d’incadea-desk ; signalez-le au support avec les détails.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="220"/>
        <source>Claire&apos;s API key does not cover location {location}; check the location in Settings, or ask Claire for a key that includes it.</source>
        <translation>La clé API de Claire ne couvre pas le site {location} ; vérifiez le site dans Paramètres, ou demandez à Claire une clé qui l’inclut.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="225"/>
        <source>Claire&apos;s API key has been disabled or revoked; ask Claire for a new key and enter it in Settings.</source>
        <translation>La clé API de Claire a été désactivée ou révoquée ; demandez une nouvelle clé à Claire et saisissez-la dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="230"/>
        <source>{System} names no field for when a workorder changed, so keep-importing cannot run; search, import, refresh and mileage still work.</source>
        <translation>{System} ne nomme aucun champ indiquant quand un ordre de réparation a changé : l&apos;import continu ne peut pas fonctionner ; la recherche, l&apos;import, l&apos;actualisation et le kilométrage fonctionnent toujours.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="279"/>
        <source>the DMS</source>
        <translation>le DMS</translation>
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
            <numerusform>%n ordre de travail correspond.</numerusform>
            <numerusform>%n ordres de travail correspondent ; choisissez-en un avec les flèches et Entrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/results_area.py" line="62"/>
        <source>▸ %n workorder(s) found for %1 — show the list (F6)</source>
        <translation>
            <numerusform>▸ %n ordre de travail trouvé pour %1 — afficher la liste (F6)</numerusform>
            <numerusform>▸ %n ordres de travail trouvés pour %1 — afficher la liste (F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="91"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="92"/>
        <source>WO number</source>
        <translation>N° d’OT</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="93"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="94"/>
        <source>Make / model</source>
        <translation>Marque / modèle</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="95"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="96"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="108"/>
        <source>This workorder is cancelled.</source>
        <translation>Cet ordre de travail est annulé.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="170"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="171"/>
        <source>Several workorders match; choose one with the arrows and Enter.</source>
        <translation>Plusieurs ordres de travail correspondent ; choisissez-en un avec les flèches et Entrée.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="78"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="79"/>
        <source>WO number or registration</source>
        <translation>N° d’OT ou immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="82"/>
        <source>Type a WO number (4711, WO 4711) or a registration number in any form (12abc3, 12-ABC-3). Enter searches, Esc clears. (Ctrl+F, Ctrl+L)</source>
        <translation>Saisissez un n° d’OT (4711, WO 4711) ou une immatriculation sous toute forme (12abc3, 12-ABC-3). Entrée recherche, Échap efface. (Ctrl+F, Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="86"/>
        <source>Search by WO number or registration</source>
        <translation>Rechercher par n° d’OT ou immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="87"/>
        <location filename="../../incadea_desk/ui/search_bar.py" line="89"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="88"/>
        <source>Search the DMS (Enter)</source>
        <translation>Rechercher dans le DMS (Entrée)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="182"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="183"/>
        <source>Claire</source>
        <translation>Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="184"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="187"/>
        <source>Fill in where the DMS and Claire are and how incadea-desk signs in to them. Nothing is saved until every field it needs is filled in.</source>
        <translation>Indiquez où se trouvent le DMS et Claire et comment incadea-desk s&apos;y connecte. Rien n&apos;est enregistré tant que chaque champ nécessaire n&apos;est pas rempli.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="191"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="192"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="193"/>
        <source>L&amp;ocation id:</source>
        <translation>Identifiant de s&amp;ite :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="194"/>
        <source>API &amp;key:</source>
        <translation>Clé &amp;API :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="195"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation>conservé dans le trousseau ; vide le garde</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="197"/>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="198"/>
        <source>Sign in to Claire with these settings</source>
        <translation>Se connecter à Claire avec ces paramètres</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="200"/>
        <source>Claire&apos;s own Incadea connector serves this location</source>
        <translation>Le connecteur Incadea de Claire dessert ce site</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="203"/>
        <source>Claire imports the changed workorders itself; no workstation keeps importing.</source>
        <translation>Claire importe elle-même les ordres de réparation modifiés ; aucun poste n’importe en continu.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="206"/>
        <source>Keep importing every (&amp;s):</source>
        <translation>Import continu toutes les (&amp;s) :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="207"/>
        <source>&amp;Keep importing on this workstation</source>
        <translation>Importer en continu sur ce p&amp;oste</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="209"/>
        <source>A site importer keeps this location imported; workstations need not.</source>
        <translation>Un importateur de site tient ce site à jour ; les postes n&apos;ont pas à le faire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="211"/>
        <source>Import the workorders changed in the DMS while the window is open.</source>
        <translation>Importer les ordres de travail modifiés dans le DMS tant que la fenêtre est ouverte.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="388"/>
        <source>The secrets could not be stored: this computer has no keyring to keep them in. Nothing was saved.</source>
        <translation>Les secrets n&apos;ont pas pu être enregistrés : cet ordinateur n&apos;a pas de trousseau pour les conserver. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="93"/>
        <source>Signed in, but the DMS lacks names incadea-desk needs:</source>
        <translation>Connecté, mais il manque au DMS des noms dont incadea-desk a besoin :</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="108"/>
        <source>Connected: signed in to the DMS; it knows every name we need.</source>
        <translation>Connecté : session ouverte sur le DMS ; il connaît tous les noms nécessaires.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="231"/>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="331"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="333"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="83"/>
        <source>These settings cannot be used to connect; check what you typed.</source>
        <translation>Ces paramètres ne permettent pas de se connecter ; vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="97"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s DMS.</source>
        <translation>Connecté à la démo intégrée ou à un serveur de test sur cet ordinateur, pas au DMS du concessionnaire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="102"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s Claire.</source>
        <translation>Connecté à la démo intégrée ou à un serveur de test sur cet ordinateur, pas au Claire du concessionnaire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="111"/>
        <source>Connected: signed in to Claire.</source>
        <translation>Connecté : session ouverte sur Claire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="367"/>
        <source>Saving the settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="55"/>
        <source>Fill in: %1.</source>
        <translation>À remplir : %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="59"/>
        <source>Not a valid address (it starts with https://): %1.</source>
        <translation>Adresse non valide (elle commence par https://) : %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="65"/>
        <source>%1 must start with https:// (http:// only for this computer).</source>
        <translation>%1 doit commencer par https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="71"/>
        <source>%1 cannot be used as it is; check what you typed.</source>
        <translation>%1 n&apos;est pas utilisable tel quel ; vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="77"/>
        <source>Type the %1: none is stored on this computer yet.</source>
        <translation>Saisissez %1 : aucun n&apos;est encore enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SiteImporterStatus</name>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="72"/>
        <source>Site importer: not checked yet</source>
        <translation>Importateur du site : pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="76"/>
        <source>Site importer: unreachable</source>
        <translation>Importateur du site : injoignable</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="78"/>
        <source>The site importer did not answer; changed workorders may not arrive.</source>
        <translation>L’importateur du site n’a pas répondu ; les ordres de réparation modifiés risquent de ne pas arriver.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="85"/>
        <source>Site importer: last import %1 ago</source>
        <translation>Importateur du site : dernière importation il y a %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="87"/>
        <source>Site importer: running</source>
        <translation>Importateur du site : actif</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="94"/>
        <source>Site importer: no import for %1</source>
        <translation>Importateur du site : aucune importation depuis %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="96"/>
        <source>Site importer: not importing</source>
        <translation>Importateur du site : n’importe pas</translation>
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
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="49"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="51"/>
        <source>Car collected</source>
        <translation>Véhicule récupéré</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="53"/>
        <source>In the workshop</source>
        <translation>À l’atelier</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="54"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="90"/>
        <source>Pause or resume keep-importing</source>
        <translation>Suspendre ou reprendre l’import continu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="92"/>
        <source>Pause or resume importing changed workorders in the background (Ctrl+P)</source>
        <translation>Suspendre ou reprendre l’import des ordres modifiés en arrière-plan (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="94"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="95"/>
        <source>Send the waiting corrections now</source>
        <translation>Envoyer maintenant les corrections en attente</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="97"/>
        <source>Try to send the waiting mileage corrections to the DMS now</source>
        <translation>Essayer d’envoyer maintenant au DMS les corrections de kilométrage en attente</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="100"/>
        <source>Show the workorders keep-importing cannot import (Ctrl+H)</source>
        <translation>Afficher les ordres que l’import continu ne peut pas importer (Ctrl+H)</translation>
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
        <translation>%1 : pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="150"/>
        <source>%1: connected</source>
        <translation>%1 : connecté</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="151"/>
        <source>%1: unreachable</source>
        <translation>%1 : injoignable</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="152"/>
        <source>%1: sign-in refused</source>
        <translation>%1 : connexion refusée</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="164"/>
        <source>%n correction(s) waiting for the DMS</source>
        <translation>
            <numerusform>%n correction en attente du DMS</numerusform>
            <numerusform>%n corrections en attente du DMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="170"/>
        <source>Outbox empty</source>
        <translation>File d’attente vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="172"/>
        <source>%n workorder(s) need attention</source>
        <translation>
            <numerusform>%n ordre de réparation à traiter</numerusform>
            <numerusform>%n ordres de réparation à traiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="180"/>
        <source>Keep importing: on</source>
        <translation>Import continu : actif</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="181"/>
        <source>Keep importing: running…</source>
        <translation>Import continu : en cours…</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="182"/>
        <source>Keep importing: paused</source>
        <translation>Import continu : suspendu</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="183"/>
        <source>Keep importing: off</source>
        <translation>Import continu : inactif</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="186"/>
        <source>Keep importing: off, Claire&apos;s own connector imports this location</source>
        <translation>Import continu : inactif, le connecteur de Claire importe ce site</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="190"/>
        <source>last %1: stopped, the DMS cannot be reached</source>
        <translation>dernier %1 : arrêté, le DMS est injoignable</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="192"/>
        <source>last %1: stopped, Claire cannot be reached</source>
        <translation>dernier %1 : arrêté, Claire est injoignable</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="197"/>
        <source>last %1: %2 imported, %3 unchanged, %4 failed</source>
        <translation>dernier %1 : %2 importés, %3 inchangés, %4 en échec</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="204"/>
        <source>next %1</source>
        <translation>prochain %1</translation>
    </message>
</context>
<context>
    <name>WorkorderPane</name>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="29"/>
        <source>DMS number</source>
        <translation>N° DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="30"/>
        <source>WO number</source>
        <translation>N° d’OT</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="41"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="51"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="78"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="32"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="73"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="33"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="76"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="36"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="37"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="83"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="38"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="79"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="74"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="75"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="76"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="39"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="40"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="86"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="228"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="42"/>
        <source>Scheduled in</source>
        <translation>Arrivée prévue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="43"/>
        <source>Scheduled out</source>
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="44"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="379"/>
        <source>Customer waiting</source>
        <translation>Client en attente</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="45"/>
        <source>Car in shop</source>
        <translation>Véhicule à l’atelier</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="46"/>
        <source>Car out of shop</source>
        <translation>Véhicule sorti</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="47"/>
        <source>DMS mileage</source>
        <translation>Kilométrage DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="49"/>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="50"/>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>Première immatriculation</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="54"/>
        <source>APK due</source>
        <translation>Contrôle technique (APK)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="55"/>
        <source>Warranty start</source>
        <translation>Début de garantie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="56"/>
        <source>Warranty end</source>
        <translation>Fin de garantie</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="57"/>
        <source>Driver id</source>
        <translation>Identifiant conducteur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="58"/>
        <source>Owner id</source>
        <translation>Identifiant propriétaire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="59"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="60"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="61"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="62"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="63"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="64"/>
        <source>Place</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="65"/>
        <source>E-mail (private)</source>
        <translation>E-mail (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="66"/>
        <source>Telephone (private)</source>
        <translation>Téléphone (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="67"/>
        <source>Mobile (private)</source>
        <translation>Mobile (privé)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="68"/>
        <source>E-mail (business)</source>
        <translation>E-mail (pro)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="69"/>
        <source>Telephone (business)</source>
        <translation>Téléphone (pro)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="70"/>
        <source>Mobile (business)</source>
        <translation>Mobile (pro)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="71"/>
        <source>Lease company</source>
        <translation>Société de leasing</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="72"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="92"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="230"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="73"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="80"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="87"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="229"/>
        <source>Car</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="88"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="49"/>
        <source>Driver</source>
        <translation>Conducteur</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="89"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="50"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="90"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="51"/>
        <source>Contractor</source>
        <translation>Donneur d’ordre</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="91"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="124"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="158"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="93"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="109"/>
        <source>Intervention %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="115"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="164"/>
        <source>as of %1</source>
        <translation>données de %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="165"/>
        <source>Shown from the copy this computer kept when the workorder was last imported (%1). It may be out of date until the DMS answers.</source>
        <translation>Affiché depuis la copie gardée par cet ordinateur lors du dernier import de l&apos;ordre de réparation (%1). Elle peut être dépassée jusqu&apos;à la réponse du DMS.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="72"/>
        <source>Intervention / line</source>
        <translation>Intervention / ligne</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="78"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="82"/>
        <source>Interventions and their lines</source>
        <translation>Interventions et leurs lignes</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="32"/>
        <source>Labour</source>
        <translation>Main-d’œuvre</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="33"/>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="34"/>
        <source>Menu</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="35"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="98"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="111"/>
        <source>(and %1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="137"/>
        <source>Incl. VAT: %1</source>
        <translation>TTC : %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="213"/>
        <source>&amp;Import to Claire</source>
        <translation>&amp;Importer dans Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="215"/>
        <source>Import this workorder into Claire, or update it there (Ctrl+I)</source>
        <translation>Importer cet ordre de travail dans Claire ou l’y mettre à jour (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="219"/>
        <source>Import to Claire</source>
        <translation>Importer dans Claire</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="222"/>
        <source>Read the workorder again from the DMS and update Claire (F5)</source>
        <translation>Relire l’ordre de travail dans le DMS et mettre Claire à jour (F5)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="226"/>
        <source>Refresh from the DMS</source>
        <translation>Actualiser depuis le DMS</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="227"/>
        <source>Check the data</source>
        <translation>Vérifiez les données</translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="311"/>
        <source>Choose one of the %n workorder(s) above</source>
        <translation>
            <numerusform>Choisissez l&apos;ordre de travail ci-dessus (%n)</numerusform>
            <numerusform>Choisissez l&apos;un des %n ordres de travail ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="314"/>
        <source>Arrow keys and Enter open one; a new search goes in the field (Ctrl+F).</source>
        <translation>Les flèches et Entrée en ouvrent un ; une nouvelle recherche se tape dans le champ (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="321"/>
        <source>No workorder found for %1.</source>
        <translation>Aucun ordre de travail trouvé pour %1.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="325"/>
        <source>No workorder open</source>
        <translation>Aucun ordre de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="328"/>
        <source>Search for a WO number or a registration number above (Ctrl+F).</source>
        <translation>Recherchez un n° d’OT ou une immatriculation ci-dessus (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="344"/>
        <source>Total excl. VAT: %1</source>
        <translation>Total HT : %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="349"/>
        <source>Total incl. VAT: %1</source>
        <translation>Total TTC : %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="358"/>
        <source>WO %1 · %2</source>
        <translation>OT %1 · %2</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="387"/>
        <source>APK overdue since %1</source>
        <translation>APK échue depuis le %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="389"/>
        <source>APK due %1</source>
        <translation>APK à faire le %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="127"/>
        <source>%1 (read %2)</source>
        <translation>%1 (relevé le %2)</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="132"/>
        <source>This workorder is cancelled.</source>
        <translation>Cet ordre de travail est annulé.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="159"/>
        <source>check digit OK</source>
        <translation>chiffre de contrôle correct</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="161"/>
        <source>check digit does not match</source>
        <translation>chiffre de contrôle incorrect</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="192"/>
        <source>The check digit only has to match for cars built for North America.</source>
        <translation>Le chiffre de contrôle n’est obligatoire que pour les véhicules destinés à l’Amérique du Nord.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="198"/>
        <source>This is not a valid VIN.</source>
        <translation>Ce n’est pas un VIN valide.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="201"/>
        <source>The APK inspection is overdue.</source>
        <translation>Le contrôle APK est dépassé.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="205"/>
        <source>The APK inspection is due within 30 days.</source>
        <translation>Le contrôle APK est à faire dans les 30 jours.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="56"/>
        <source>%1 — lease company</source>
        <translation>%1 — société de leasing</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="126"/>
        <source>Names and contact details are not kept on this computer; they appear when the DMS answers.</source>
        <translation>Les noms et coordonnées ne sont pas gardés sur cet ordinateur ; ils s&apos;affichent dès que le DMS répond.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="154"/>
        <source>Suggested: %1</source>
        <translation>Suggestion : %1</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="58"/>
        <source>Not synced with Claire in this session.</source>
        <translation>Pas synchronisé avec Claire pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="38"/>
        <source>Refreshed at %1: created in Claire.</source>
        <translation>Actualisé à %1 : créé dans Claire.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="39"/>
        <source>Refreshed at %1: Claire updated.</source>
        <translation>Actualisé à %1 : Claire mis à jour.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="40"/>
        <source>Refreshed at %1: nothing changed.</source>
        <translation>Actualisé à %1 : rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="44"/>
        <source>Imported to Claire at %1 (new appointment).</source>
        <translation>Importé dans Claire à %1 (nouveau rendez-vous).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="45"/>
        <source>Imported to Claire at %1 (appointment updated).</source>
        <translation>Importé dans Claire à %1 (rendez-vous mis à jour).</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="48"/>
        <source>Imported to Claire at %1: Claire was already up to date.</source>
        <translation>Importé dans Claire à %1 : Claire était déjà à jour.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="66"/>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="71"/>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
</context>
</TS>
