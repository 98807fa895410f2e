<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="125"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Workorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="127"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="129"/>
        <source>Activity log of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="129"/>
        <location filename="../../incadea_desk/ui/attention.py" line="140"/>
        <source>Workorders that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="132"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="55"/>
        <source>DMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="133"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="56"/>
        <source>WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="134"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="57"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="135"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="58"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="136"/>
        <location filename="../../incadea_desk/ui/held_texts.py" line="59"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="137"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="141"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="142"/>
        <source>Read the selected workorders again and import them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="143"/>
        <source>Retry &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="144"/>
        <source>Read every held workorder again and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="145"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="147"/>
        <source>Copy the selected lines for the DMS administrator (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="192"/>
        <source>Keep-importing cannot import these workorders and tries them again on every run. Tell IT or the DMS administrator what the reason says (Copy puts the line on the clipboard); once they fixed it, choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="197"/>
        <source>Nothing needs attention: every changed workorder was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="237"/>
        <source>%n line(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n line copied to the clipboard.</numerusform>
            <numerusform>%n lines copied to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="253"/>
        <source>Retrying %n workorder(s)…</source>
        <translation>
            <numerusform>Retrying %n workorder…</numerusform>
            <numerusform>Retrying %n workorders…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/attention.py" line="276"/>
        <source>Not retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="279"/>
        <source>%n workorder(s) imported.</source>
        <translation>
            <numerusform>%n workorder imported.</numerusform>
            <numerusform>%n workorders imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/attention.py" line="282"/>
        <source>%n still held; the reason is in the list.</source>
        <translation>
            <numerusform>%n still held; the reason is in the list.</numerusform>
            <numerusform>%n still held; the reason is in the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/held_texts.py" line="36"/>
        <source>%1 Claire said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractCheck</name>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="17"/>
        <source>API route {route} has no entity set {set}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="20"/>
        <source>Entity set {set} has no field {field}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="23"/>
        <source>Entity set {set} has no navigation {field}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="26"/>
        <source>The lines of entity set {set} have no field {field}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="29"/>
        <source>The lines of entity set {set} have no navigation {field}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="32"/>
        <source>The line kind {kind} is not a value of the lines&apos; {field}; such lines cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="36"/>
        <source>The DMS at {url} has no API route {route} ($metadata answers 404); check the DMS address and the API route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="42"/>
        <source>no workorder can be found, imported or corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="45"/>
        <source>the car cannot be read when the DMS does not expand it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="48"/>
        <source>a driver, owner or contractor cannot be read when the DMS does not expand them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="52"/>
        <source>workorders cannot be read or corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="55"/>
        <source>workorders cannot be found by DMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="58"/>
        <source>workorders cannot be found by WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="61"/>
        <source>workorders cannot be found by registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="64"/>
        <source>the mileage cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="65"/>
        <source>the site&apos;s branch filter (sites.toml) cannot choose its service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="68"/>
        <source>the date of the last mileage reading cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="71"/>
        <source>keep importing cannot find changed workorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="74"/>
        <source>the reconciliation walk misses changes that move only this stamp (map it to &quot;&quot; if the tenant has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="79"/>
        <source>a changed plate or contact reaches Claire only when its workorder changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="83"/>
        <source>workorders cannot be imported or sorted by appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="86"/>
        <source>workorders would be imported without their lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="89"/>
        <source>workorders would be imported without their car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="92"/>
        <source>workorders would be imported without their contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="95"/>
        <source>workorders would be imported without the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="98"/>
        <source>workorders would be imported without the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="101"/>
        <source>the lines&apos; kinds (labor, part, menu, note) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="104"/>
        <source>that part of the workorder cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="107"/>
        <source>that part of the workorder&apos;s lines cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="110"/>
        <source>that part of the car cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="111"/>
        <source>that part of the driver, owner and contractor cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="114"/>
        <source>it cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="116"/>
        <source>The server instance publishes no web service {set}; {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="119"/>
        <source>The key of {set} ({key}) has no part {field}; workorders cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="123"/>
        <source>The key of {set} ({key}) has more than one part; {set} cannot be read by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="127"/>
        <source>The server instance has no company &apos;{company}&apos; (the name is case-sensitive); it has {companies}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="132"/>
        <source>The mapping names no changed-since field of {set}: keep-importing stays off; search, import, refresh and mileage work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/contract_sentences.py" line="137"/>
        <source>The nearest name $metadata has is {nearest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="107"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/crash.py" line="110"/>
        <source>incadea-desk ran into an unexpected error. You can keep working; if something looks wrong, restart the program. The details help support find the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataWarning</name>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="15"/>
        <source>The private telephone number is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="16"/>
        <source>The private telephone number is not in international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="19"/>
        <source>The private mobile number is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="20"/>
        <source>The private mobile number is not in international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="21"/>
        <source>The business telephone number is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="22"/>
        <source>The business telephone number is not in international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="25"/>
        <source>The business mobile number is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="26"/>
        <source>The business mobile number is not in international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="27"/>
        <source>The private mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="31"/>
        <source>The business mobile number is not a mobile number, so the check-in SMS cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="35"/>
        <source>The private e-mail address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="36"/>
        <source>The business e-mail address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="37"/>
        <source>The postcode is not a valid Dutch postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="38"/>
        <source>The postcode is not written in the usual Dutch form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="39"/>
        <source>The registration number in the DMS is not a valid plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="40"/>
        <source>The VIN in the DMS is not a valid VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="41"/>
        <source>The VIN&apos;s check digit does not match; check the VIN if this car was built for North America.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/domain_texts.py" line="45"/>
        <source>The customer has no valid mobile number, so the check-in SMS cannot reach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="54"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="56"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="57"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="58"/>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="59"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="71"/>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="72"/>
        <source>The import into Claire failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="73"/>
        <source>The refresh from the DMS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="74"/>
        <source>The mileage was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="75"/>
        <source>The waiting corrections were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="76"/>
        <source>The held workorders were not tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="77"/>
        <source>The settings could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/error_box.py" line="79"/>
        <location filename="../../incadea_desk/ui/error_box.py" line="87"/>
        <source>The action failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunChoice</name>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="206"/>
        <source>This computer has no keyring for the DMS and Claire secrets; ask IT to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="211"/>
        <source>A password or key is not stored on this computer yet; type it under Connect to my DMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/app.py" line="216"/>
        <source>The saved settings cannot be used; check them under Connect to my DMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="54"/>
        <source>Welcome to incadea-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="55"/>
        <source>incadea-desk is not connected to a DMS yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="56"/>
        <source>&amp;Connect to my DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="58"/>
        <source>Fill in where the dealer&apos;s DMS and Claire are and how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="60"/>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/first_run.py" line="62"/>
        <source>Look around on built-in sample data; nothing reaches a real system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="76"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="77"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/formatting.py" line="100"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncadeaForm</name>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="238"/>
        <source>Incadea DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="239"/>
        <source>&amp;Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="241"/>
        <source>Business Central online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="242"/>
        <source>Business Central on premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="243"/>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="248"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="249"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="250"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="251"/>
        <source>Server &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="252"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="253"/>
        <source>Web ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="254"/>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="255"/>
        <source>Sign-in aut&amp;hority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="256"/>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="257"/>
        <source>&amp;Tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="258"/>
        <source>C&amp;lient id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="259"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="260"/>
        <source>Compan&amp;y id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="261"/>
        <source>Compan&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="262"/>
        <source>API ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="263"/>
        <source>Tenant &amp;mapping file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="268"/>
        <source>OAuth (Entra ID, online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="269"/>
        <source>Web-service access key (on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="270"/>
        <source>Windows sign-in / NTLM (on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="275"/>
        <source>API pages (incadea Automotive365, Business Central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="276"/>
        <source>Page web services, OData v4 (classic incadea: NAV 2018, BC14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="293"/>
        <source>empty: the default names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="296"/>
        <source>as the DMS&apos;s client shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="297"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="298"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="300"/>
        <source>Sign in to the DMS with these settings and check the names it must know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="306"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="307"/>
        <source>Access &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/incadea_form/form.py" line="308"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="28"/>
        <source>Type a WO number or a registration number to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="31"/>
        <source>The text contains a line break, tab or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="35"/>
        <source>{text} is too long for a WO number or a registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="38"/>
        <source>Give the DMS number or the WO number of the workorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="41"/>
        <source>{text} is neither a DMS number nor a WO number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="45"/>
        <source>The registration number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="46"/>
        <source>A registration number must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="47"/>
        <source>{text} is not a registration number: {character} is not a letter, digit, space, dash or dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="52"/>
        <source>{text} is not a registration number: it has no letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="55"/>
        <source>{text} is too short to be a registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="58"/>
        <source>{text} is too long to be a registration number ({length} letters and digits; a plate has at most {maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="64"/>
        <source>{text} matches {count} workorders ({numbers}); use the DMS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="68"/>
        <source>The mileage must be a whole number of kilometres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="71"/>
        <source>Type the mileage in whole kilometres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="72"/>
        <source>{text} is not a mileage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="73"/>
        <source>The mileage cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="74"/>
        <source>{text} has a decimal part; whole kilometres only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="77"/>
        <source>{text} is too high; an odometer reads less than {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="81"/>
        <source>The {name} is {size} bytes long and Windows Credential Manager keeps at most {maximum}; nothing was stored. Set the environment variable {variable} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="34"/>
        <source>A WO number cannot be negative.</source>
        <translation>A WO number cannot be negative.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="241"/>
        <source>incadea-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/self_test.py" line="114"/>
        <location filename="../../incadea_desk/ui/window_actions.py" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="91"/>
        <source>&amp;Workorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="92"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="95"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="96"/>
        <source>Focus the search bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="99"/>
        <source>&amp;Import to Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="100"/>
        <source>Import the open workorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="104"/>
        <source>Re-read the open workorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="107"/>
        <source>Correct &amp;mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="108"/>
        <source>Go to the mileage field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="111"/>
        <source>&amp;Pause / resume keep-importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="112"/>
        <source>Pause or resume the background import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="116"/>
        <source>Endpoints, sign-in and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="120"/>
        <source>Close incadea-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="123"/>
        <source>Search &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="124"/>
        <source>Show or fold the list of workorders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="127"/>
        <source>Workorders that need a&amp;ttention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="128"/>
        <source>The workorders keep-importing cannot import, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/window_actions.py" line="135"/>
        <source>&amp;Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="282"/>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="65"/>
        <source>Searching the DMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="80"/>
        <source>Not a WO number or a registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="306"/>
        <source>%n workorder(s) found</source>
        <translation>
            <numerusform>%n workorder found</numerusform>
            <numerusform>%n workorders found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="313"/>
        <source>The DMS is not answering, retrying (%1/%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="315"/>
        <source>Claire is not answering, retrying (%1/%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="159"/>
        <source>Importing into Claire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="168"/>
        <source>Refreshing from the DMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder_flow.py" line="229"/>
        <source>Writing the mileage to the DMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="66"/>
        <source>Not written: you did not confirm the jump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="51"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="85"/>
        <source>Confirm the mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="88"/>
        <source>%1 is %2 more than the %3 in the DMS. Is the odometer reading right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="95"/>
        <source>Yes, write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage_writing.py" line="96"/>
        <source>No, let me check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="348"/>
        <source>Sending the waiting corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="359"/>
        <source>%n correction(s) still waiting; the DMS cannot be reached.</source>
        <translation>
            <numerusform>%n correction still waiting; the DMS cannot be reached.</numerusform>
            <numerusform>%n corrections still waiting; the DMS cannot be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/main_window.py" line="363"/>
        <source>%n correction(s) sent to the DMS.</source>
        <translation>
            <numerusform>%n correction sent to the DMS.</numerusform>
            <numerusform>%n corrections sent to the DMS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="434"/>
        <source>Settings saved. New endpoints are used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="50"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="51"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="52"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="53"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="54"/>
        <source>Keep importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="55"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="58"/>
        <source>created in Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="59"/>
        <source>updated in Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="60"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="61"/>
        <source>written to the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="62"/>
        <source>refused: not higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="63"/>
        <source>waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="64"/>
        <source>queued for the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="65"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="66"/>
        <location filename="../../incadea_desk/ui/activity.py" line="67"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="68"/>
        <source>held for the advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="69"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="70"/>
        <source>not everything arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="74"/>
        <source>(command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="75"/>
        <source>(background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/activity.py" line="76"/>
        <source>(outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="210"/>
        <source>The local database in %1 was damaged; it was moved aside and a new one started with the waiting corrections.</source>
        <translation>The local database in %1 was damaged; it was moved aside and a new one started with the waiting corrections.</translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="216"/>
        <source>The local database in %1 cannot be used; corrections are written to the DMS but not kept on this computer until that is fixed.</source>
        <translation>The local database in %1 cannot be used; corrections are written to the DMS but not kept on this computer until that is fixed.</translation>
    </message>
</context>
<context>
    <name>MileageEditor</name>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="86"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="87"/>
        <source>In the DMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="88"/>
        <source>&amp;New mileage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="89"/>
        <source>e.g. 45.210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="90"/>
        <source>New mileage in kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="96"/>
        <source>Type the odometer reading in whole kilometres; it is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="99"/>
        <source>&amp;Write back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="100"/>
        <source>Write the mileage back to the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="102"/>
        <source>Write the new mileage to the DMS; only a higher value is written (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="147"/>
        <source>Shown from this computer&apos;s copy: the mileage can be corrected when the DMS has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="178"/>
        <source>no mileage recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="181"/>
        <source>%1 (read %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="206"/>
        <source>%1 is waiting in the outbox; it is written when the DMS answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="216"/>
        <source>The DMS already holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="219"/>
        <source>%1 is lower than the %2 in the DMS; an odometer is never rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="229"/>
        <source>%1 is %2 more than the DMS holds; you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="236"/>
        <source>The DMS has no mileage yet; %1 can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="240"/>
        <source>%1 is higher than the %2 in the DMS and can be written back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="250"/>
        <source>The mileage cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="252"/>
        <source>Whole kilometres only, without decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="254"/>
        <source>That is more than an odometer can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/mileage.py" line="255"/>
        <source>Type the mileage in whole kilometres, for example 45.210.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MileageOutcome</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="95"/>
        <source>The DMS mileage is now {after} (was {before}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="98"/>
        <source>Claire has the new mileage too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="99"/>
        <source>Claire gets the new mileage with the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="102"/>
        <source>It could not be recorded on this computer: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="105"/>
        <source>A mileage must be between 0 and {maximum}; {new} is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="108"/>
        <source>The DMS has {before} already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="109"/>
        <source>{new} is lower than the {before} the DMS holds; rolling back an odometer is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="113"/>
        <source>The DMS has no mileage yet; {new} will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="116"/>
        <source>{new} is higher than the {before} in the DMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="117"/>
        <source>{new} is {jump} more than the {before} in the DMS; please confirm the reading is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="121"/>
        <source>{new} is {jump} more than the DMS holds after 1 day, an average of {average} a day; please confirm the reading is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="126"/>
        <source>{new} is {jump} more than the DMS holds after {days} days, an average of {average} a day; please confirm the reading is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="131"/>
        <source>The DMS did not answer the last request. The correction to {new} is kept and sent when the DMS is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="136"/>
        <source>The DMS has not answered yet; the correction to {new} is kept and sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="140"/>
        <source>{problem} The correction to {new} is kept and sent when the DMS can take it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyNote</name>
    <message>
        <location filename="../../incadea_desk/ui/policy_note.py" line="59"/>
        <source>Your IT department sets the greyed-out settings by policy; they cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="242"/>
        <source>The DMS sent no value for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="243"/>
        <source>The DMS sent a value for {field} that incadea-desk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="246"/>
        <source>The DMS sent a date and time without a time zone in {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="249"/>
        <source>The DMS sent a value for {field} that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="252"/>
        <source>Claire refused this workorder (code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <location filename="../../incadea_desk/messages.py" line="167"/>
        <source>{System} refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="168"/>
        <source>{System} sent an answer we cannot read (field {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="147"/>
        <source>{System} cannot be reached right now; check the connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="151"/>
        <source>{System} took too long to answer; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="154"/>
        <source>{System} is busy and asked us to slow down; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="157"/>
        <source>{System} did not accept the sign-in; check the credentials in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="161"/>
        <source>{System} has no such record; check the number and search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="164"/>
        <source>Someone changed this record in {system} meanwhile; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="171"/>
        <source>{System} sent an answer we cannot read; please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="174"/>
        <source>{System} has no workorder with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="175"/>
        <source>{System} no longer has workorder {dms_number}; its appointment in Claire is now marked cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="180"/>
        <source>{System} has no workorder with WO number {wo_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="183"/>
        <source>{System} could not accept a request incadea-desk sent. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="188"/>
        <source>{System} reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="190"/>
        <source>{System} accepted the sign-in but does not let this account do this; ask your administrator to check the account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="195"/>
        <source>{System} is not accessible right now, for example during an update; try again later, and tell your administrator if it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="200"/>
        <source>{System} does not offer the page or API incadea-desk is set up to use; ask your administrator to check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="205"/>
        <source>{System} does not take this kind of request here; its web services may be turned off. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="210"/>
        <source>{System} no longer offers this address; ask your administrator to update the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="215"/>
        <source>{System} refused the request as too large. This is a fault in incadea-desk; please report it to support with the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="220"/>
        <source>Claire&apos;s API key does not cover location {location}; check the location in Settings, or ask Claire for a key that includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="225"/>
        <source>Claire&apos;s API key has been disabled or revoked; ask Claire for a new key and enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="230"/>
        <source>{System} names no field for when a workorder changed, so keep-importing cannot run; search, import, refresh and mileage still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="279"/>
        <source>the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/messages.py" line="280"/>
        <source>Claire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/results_area.py" line="59"/>
        <source>%n workorder(s) match; choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>%n workorder matches.</numerusform>
            <numerusform>%n workorders match; choose one with the arrow keys and Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/results_area.py" line="62"/>
        <source>▸ %n workorder(s) found for %1 — show the list (F6)</source>
        <translation>
            <numerusform>▸ %n workorder found for %1 — show the list (F6)</numerusform>
            <numerusform>▸ %n workorders found for %1 — show the list (F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="91"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="92"/>
        <source>WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="93"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="94"/>
        <source>Make / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="95"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="108"/>
        <source>This workorder is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="170"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="171"/>
        <source>Several workorders match; choose one with the arrows and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="78"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="79"/>
        <source>WO number or registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="82"/>
        <source>Type a WO number (4711, WO 4711) or a registration number in any form (12abc3, 12-ABC-3). Enter searches, Esc clears. (Ctrl+F, Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="86"/>
        <source>Search by WO number or registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="87"/>
        <location filename="../../incadea_desk/ui/search_bar.py" line="89"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/search_bar.py" line="88"/>
        <source>Search the DMS (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="182"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="183"/>
        <source>Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="184"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="187"/>
        <source>Fill in where the DMS and Claire are and how incadea-desk signs in to them. Nothing is saved until every field it needs is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="191"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="192"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="193"/>
        <source>L&amp;ocation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="194"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="195"/>
        <source>stored in the keyring; empty keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="197"/>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="198"/>
        <source>Sign in to Claire with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="200"/>
        <source>Claire&apos;s own Incadea connector serves this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="203"/>
        <source>Claire imports the changed workorders itself; no workstation keeps importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="205"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="206"/>
        <source>Keep importing every (&amp;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="207"/>
        <source>&amp;Keep importing on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="209"/>
        <source>A site importer keeps this location imported; workstations need not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="211"/>
        <source>Import the workorders changed in the DMS while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="388"/>
        <source>The secrets could not be stored: this computer has no keyring to keep them in. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="93"/>
        <source>Signed in, but the DMS lacks names incadea-desk needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="108"/>
        <source>Connected: signed in to the DMS; it knows every name we need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/main_window.py" line="231"/>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="331"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="333"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="83"/>
        <source>These settings cannot be used to connect; check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="97"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s DMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="102"/>
        <source>Connected to the built-in demo or a test server on this computer, not to the dealer&apos;s Claire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="111"/>
        <source>Connected: signed in to Claire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_dialog.py" line="367"/>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="55"/>
        <source>Fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="59"/>
        <source>Not a valid address (it starts with https://): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="65"/>
        <source>%1 must start with https:// (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="71"/>
        <source>%1 cannot be used as it is; check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/settings_checks.py" line="77"/>
        <source>Type the %1: none is stored on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteImporterStatus</name>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="72"/>
        <source>Site importer: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="76"/>
        <source>Site importer: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="78"/>
        <source>The site importer did not answer; changed workorders may not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="85"/>
        <source>Site importer: last import %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="87"/>
        <source>Site importer: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="94"/>
        <source>Site importer: no import for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="96"/>
        <source>Site importer: not importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="105"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="107"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/site_importer_status.py" line="108"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="49"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="51"/>
        <source>Car collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="53"/>
        <source>In the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/results.py" line="54"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="90"/>
        <source>Pause or resume keep-importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="92"/>
        <source>Pause or resume importing changed workorders in the background (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="94"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="95"/>
        <source>Send the waiting corrections now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="97"/>
        <source>Try to send the waiting mileage corrections to the DMS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="100"/>
        <source>Show the workorders keep-importing cannot import (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="147"/>
        <source>DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="147"/>
        <source>Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="149"/>
        <source>%1: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="150"/>
        <source>%1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="151"/>
        <source>%1: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="152"/>
        <source>%1: sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="161"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="164"/>
        <source>%n correction(s) waiting for the DMS</source>
        <translation>
            <numerusform>%n correction waiting for the DMS</numerusform>
            <numerusform>%n corrections waiting for the DMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="170"/>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/status.py" line="172"/>
        <source>%n workorder(s) need attention</source>
        <translation>
            <numerusform>%n workorder needs attention</numerusform>
            <numerusform>%n workorders need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="180"/>
        <source>Keep importing: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="181"/>
        <source>Keep importing: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="182"/>
        <source>Keep importing: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="183"/>
        <source>Keep importing: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="186"/>
        <source>Keep importing: off, Claire&apos;s own connector imports this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="190"/>
        <source>last %1: stopped, the DMS cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="192"/>
        <source>last %1: stopped, Claire cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="197"/>
        <source>last %1: %2 imported, %3 unchanged, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/status.py" line="204"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkorderPane</name>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="29"/>
        <source>DMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="30"/>
        <source>WO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="41"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="51"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="78"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="32"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="73"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="33"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="74"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="75"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="35"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="76"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="36"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="37"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="83"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="38"/>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="79"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="74"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="75"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="76"/>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="39"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="40"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="86"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="228"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="42"/>
        <source>Scheduled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="43"/>
        <source>Scheduled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="44"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="379"/>
        <source>Customer waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="45"/>
        <source>Car in shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="46"/>
        <source>Car out of shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="47"/>
        <source>DMS mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="49"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="50"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="52"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="79"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="53"/>
        <source>First registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="54"/>
        <source>APK due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="55"/>
        <source>Warranty start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="56"/>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="57"/>
        <source>Driver id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="58"/>
        <source>Owner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="59"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="60"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="61"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="62"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="63"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="64"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="65"/>
        <source>E-mail (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="66"/>
        <source>Telephone (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="67"/>
        <source>Mobile (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="68"/>
        <source>E-mail (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="69"/>
        <source>Telephone (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="70"/>
        <source>Mobile (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="71"/>
        <source>Lease company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="72"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="92"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="230"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="73"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="77"/>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="80"/>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="87"/>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="229"/>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="88"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="49"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="89"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="50"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="90"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="51"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="91"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="124"/>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="158"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="93"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="109"/>
        <source>Intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="115"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="164"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="165"/>
        <source>Shown from the copy this computer kept when the workorder was last imported (%1). It may be out of date until the DMS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="72"/>
        <source>Intervention / line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="78"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="82"/>
        <source>Interventions and their lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="32"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="33"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="34"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="35"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="98"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/changes.py" line="111"/>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/interventions.py" line="137"/>
        <source>Incl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="213"/>
        <source>&amp;Import to Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="215"/>
        <source>Import this workorder into Claire, or update it there (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="219"/>
        <source>Import to Claire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="222"/>
        <source>Read the workorder again from the DMS and update Claire (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="226"/>
        <source>Refresh from the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="227"/>
        <source>Check the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="311"/>
        <source>Choose one of the %n workorder(s) above</source>
        <translation>
            <numerusform>Choose the %n workorder above</numerusform>
            <numerusform>Choose one of the %n workorders above</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="314"/>
        <source>Arrow keys and Enter open one; a new search goes in the field (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="321"/>
        <source>No workorder found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="325"/>
        <source>No workorder open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="328"/>
        <source>Search for a WO number or a registration number above (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="344"/>
        <source>Total excl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="349"/>
        <source>Total incl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="358"/>
        <source>WO %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="387"/>
        <source>APK overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/pane.py" line="389"/>
        <source>APK due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="127"/>
        <source>%1 (read %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="132"/>
        <source>This workorder is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="159"/>
        <source>check digit OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="161"/>
        <source>check digit does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="192"/>
        <source>The check digit only has to match for cars built for North America.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="198"/>
        <source>This is not a valid VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="201"/>
        <source>The APK inspection is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/forms.py" line="205"/>
        <source>The APK inspection is due within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="56"/>
        <source>%1 — lease company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/parties.py" line="126"/>
        <source>Names and contact details are not kept on this computer; they appear when the DMS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/labels.py" line="154"/>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="58"/>
        <source>Not synced with Claire in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="38"/>
        <source>Refreshed at %1: created in Claire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="39"/>
        <source>Refreshed at %1: Claire updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="40"/>
        <source>Refreshed at %1: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="44"/>
        <source>Imported to Claire at %1 (new appointment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="45"/>
        <source>Imported to Claire at %1 (appointment updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="48"/>
        <source>Imported to Claire at %1: Claire was already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="66"/>
        <location filename="../../incadea_desk/ui/workorder/sync_info.py" line="71"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
