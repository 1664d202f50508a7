<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CX Account Desk</source>
        <translation>Über CX Account Desk</translation>
    </message>
    <message>
        <source>CX Account Desk icon</source>
        <translation>Symbol von CX Account Desk</translation>
    </message>
    <message>
        <source>Manage your carrier account on the ConnexCS platform.</source>
        <translation>Verwalten Sie Ihr Carrier-Konto auf der ConnexCS-Plattform.</translation>
    </message>
    <message>
        <source>Proprietary software. Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0).</source>
        <extracomment>The licence line: the app&apos;s own terms and those of the Qt libraries it ships (LGPL v3).</extracomment>
        <translation>Proprietäre Software. Qt und PySide6 werden unter der GNU Lesser General Public License v3 (LGPL-3.0) verwendet.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Adresszeile &amp;1</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Adresszeile &amp;2</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State/County</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>To change the address, contact technical support.</source>
        <translation>Wenden Sie sich an den technischen Support, um die Adresse zu ändern.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Dienstleistungsvertrag</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Load again from the server</source>
        <translation>Erneut vom Server laden</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Agreement &amp;text:</source>
        <translation>Vertrags&amp;text:</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Vertragstext</translation>
    </message>
    <message>
        <source>Open the PDF of the agreement in your browser</source>
        <translation>Das PDF des Vertrags im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Download PDF</source>
        <translation>PDF &amp;herunterladen</translation>
    </message>
    <message>
        <source>Loading the service agreement…</source>
        <extracomment>Link schemes handed to the user&apos;s browser or mail program; others are ignored.</extracomment>
        <translation>Der Dienstleistungsvertrag wird geladen…</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>effective {date}</source>
        <translation>gültig ab {date}</translation>
    </message>
    <message>
        <source>The service agreement could not be loaded. {reason}</source>
        <translation>Der Dienstleistungsvertrag konnte nicht geladen werden. {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Service agreement</source>
        <translation>Dienstleistungsvertrag</translation>
    </message>
    <message>
        <source>The terms under which the platform provides its services to the account.</source>
        <translation>Die Bedingungen, zu denen die Plattform ihre Dienste für das Konto erbringt.</translation>
    </message>
    <message>
        <source>Read the service &amp;agreement…</source>
        <translation>Dienstleistungsvertra&amp;g lesen…</translation>
    </message>
</context>
<context>
    <name>BillingMethodWidget</name>
    <message>
        <source>Billing method</source>
        <translation>Abrechnungsart</translation>
    </message>
    <message>
        <source>The current billing method</source>
        <translation>Die aktuelle Abrechnungsart</translation>
    </message>
    <message>
        <source>Switch the billing method; the new choice is then locked for 30 days</source>
        <translation>Abrechnungsart wechseln; die neue Wahl ist dann 30 Tage gesperrt</translation>
    </message>
    <message>
        <source>&amp;Switch to per minute…</source>
        <translation>&amp;Zu pro Minute wechseln…</translation>
    </message>
    <message>
        <source>Per-channel rate:</source>
        <translation>Kanalpreis:</translation>
    </message>
    <message>
        <source>What per-channel billing charges</source>
        <translation>Was die Abrechnung pro Kanal kostet</translation>
    </message>
    <message>
        <source>Per-minute rate:</source>
        <translation>Minutenpreis:</translation>
    </message>
    <message>
        <source>What per-minute billing charges</source>
        <translation>Was die Abrechnung pro Minute kostet</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The server cannot be reached: switching the billing method needs the server now, so it is unavailable until a refresh reaches it.</source>
        <extracomment>The longest a QTimer can wait (about 24.8 days), in milliseconds.</extracomment>
        <translation>Der Server ist nicht erreichbar: Zum Wechsel der Abrechnungsart wird der Server sofort benötigt; der Wechsel ist daher nicht verfügbar, bis eine Aktualisierung ihn erreicht.</translation>
    </message>
    <message>
        <source>The server cannot be reached: switching the billing method needs the server now.</source>
        <translation>Der Server ist nicht erreichbar: Zum Wechsel der Abrechnungsart wird der Server sofort benötigt.</translation>
    </message>
    <message>
        <source>The billing method can be switched once every 30 days. Platform administrators can lift the lock through technical support.</source>
        <translation>Die Abrechnungsart kann einmal alle 30 Tage gewechselt werden. Plattform-Administratoren können die Sperre über den technischen Support aufheben.</translation>
    </message>
    <message>
        <source>Per channel</source>
        <extracomment>Each billing method as shown (desktop.domain.billing&apos;s keys), and as a switch button and question name it.</extracomment>
        <translation>Pro Kanal</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>&amp;Switch to per channel…</source>
        <translation>&amp;Zu pro Kanal wechseln…</translation>
    </message>
    <message>
        <source>Switch the billing method to per channel?</source>
        <translation>Abrechnungsart auf „pro Kanal“ umstellen?</translation>
    </message>
    <message>
        <source>Switch the billing method to per minute?</source>
        <translation>Abrechnungsart auf „pro Minute“ umstellen?</translation>
    </message>
    <message>
        <source>Switch to per channel</source>
        <translation>Auf pro Kanal umstellen</translation>
    </message>
    <message>
        <source>Switch to per minute</source>
        <translation>Auf pro Minute umstellen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not provided by the server</source>
        <translation>Vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked until {time}.&lt;/b&gt; {explanation}</source>
        <translation>&lt;b&gt;Gesperrt bis {time}.&lt;/b&gt; {explanation}</translation>
    </message>
    <message>
        <source>The billing method can be switched once every 30 days: after a switch now, the next switch is possible from {date}.</source>
        <translation>Die Abrechnungsart kann einmal alle 30 Tage gewechselt werden: Nach einem Wechsel jetzt ist der nächste ab {date} möglich.</translation>
    </message>
    <message>
        <source>Switch billing method</source>
        <translation>Abrechnungsart wechseln</translation>
    </message>
    <message>
        <source>Once switched, the billing method is locked for 30 days: you cannot switch it again until {time}.</source>
        <translation>Nach dem Wechsel ist die Abrechnungsart 30 Tage gesperrt: Sie können sie erst ab {time} wieder wechseln.</translation>
    </message>
    <message>
        <source>Calls will be billed at {rate} per minute.</source>
        <translation>Anrufe werden mit {rate} pro Minute abgerechnet.</translation>
    </message>
    <message>
        <source>Channels will be billed at {rate} {unit}.</source>
        <translation>Kanäle werden mit {rate} {unit} abgerechnet.</translation>
    </message>
    <message>
        <source>Switching the billing method…</source>
        <translation>Die Abrechnungsart wird gewechselt…</translation>
    </message>
    <message>
        <source>The server refused the switch: the billing method is locked until {time}. Platform administrators can lift the lock through technical support.</source>
        <translation>Der Server hat den Wechsel abgelehnt: Die Abrechnungsart ist bis {time} gesperrt. Plattform-Administratoren können die Sperre über den technischen Support aufheben.</translation>
    </message>
    <message>
        <source>The server refused the switch: the billing method is locked for 30 days after the last switch. Platform administrators can lift the lock through technical support.</source>
        <translation>Der Server hat den Wechsel abgelehnt: Die Abrechnungsart ist nach dem letzten Wechsel 30 Tage gesperrt. Plattform-Administratoren können die Sperre über den technischen Support aufheben.</translation>
    </message>
    <message>
        <source>The billing method was not switched. {reason}</source>
        <translation>Die Abrechnungsart wurde nicht gewechselt. {reason}</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Company and contact details</source>
        <extracomment>What each queued resource is called in a list (design §4: only these two are queued).</extracomment>
        <translation>Firmen- und Kontaktdaten</translation>
    </message>
    <message>
        <source>SMTP details</source>
        <translation>SMTP-Daten</translation>
    </message>
    <message>
        <source>the company and contact details</source>
        <extracomment>How a sentence names each resource.</extracomment>
        <translation>die Firmen- und Kontaktdaten</translation>
    </message>
    <message>
        <source>the SMTP details</source>
        <translation>die SMTP-Daten</translation>
    </message>
    <message>
        <source>From Address</source>
        <extracomment>The SMTP section&apos;s label of each SMTP key.</extracomment>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SMS From</source>
        <translation>SMS-Absender</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ClosingQuestion</name>
    <message>
        <source>Some values are not valid yet: correct them before saving, or discard.</source>
        <translation>Einige Werte sind noch ungültig: Korrigieren Sie sie vor dem Speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Save your changes to {fields} before closing?</source>
        <translation>Ihre Änderungen an {fields} vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit Company Information</source>
        <translation>Firmendaten bearbeiten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The details the platform bills your company by. The registration ID is kept as you type it; the OCN, FRN and VAT ID are saved in their standard form (capitals, no spaces; the VAT ID with its country code), and the message under a field says what was changed before you save.</source>
        <translation>Die Angaben, nach denen die Plattform Ihrer Firma Rechnungen stellt. Die Handelsregisternummer wird so gespeichert, wie Sie sie eingeben; OCN, FRN und USt-IdNr. werden in ihrer Standardform gespeichert (Großbuchstaben, ohne Leerzeichen; die USt-IdNr. mit Ländercode), und die Meldung unter einem Feld sagt vor dem Speichern, was geändert wurde.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The account holder&apos;s name (required, up to 100 characters).</source>
        <translation>Der Name des Kontoinhabers (Pflichtfeld, bis zu 100 Zeichen).</translation>
    </message>
    <message>
        <source>Account holder&apos;s name</source>
        <translation>Name des Kontoinhabers</translation>
    </message>
    <message>
        <source>Name: problem</source>
        <translation>Name: Problem</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>The company&apos;s legal name (required).</source>
        <translation>Der eingetragene Name der Firma (Pflichtfeld).</translation>
    </message>
    <message>
        <source>Legal name of the company</source>
        <translation>Eingetragener Name der Firma</translation>
    </message>
    <message>
        <source>Company: problem</source>
        <translation>Firma: Problem</translation>
    </message>
    <message>
        <source>Company &amp;Registration ID</source>
        <translation>Handels&amp;registernummer</translation>
    </message>
    <message>
        <source>As issued by the company registry; letters, digits, spaces, &apos;/&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Wie vom Handelsregister vergeben; Buchstaben, Ziffern, Leerzeichen, „/“, „.“ und „-“.</translation>
    </message>
    <message>
        <source>e.g. 01234567 or J40/1234/2020</source>
        <translation>z. B. 01234567 oder J40/1234/2020</translation>
    </message>
    <message>
        <source>Company Registration ID: problem</source>
        <translation>Handelsregisternummer: Problem</translation>
    </message>
    <message>
        <source>O&amp;CN (Operating Company Number)</source>
        <translation>O&amp;CN (Operating Company Number)</translation>
    </message>
    <message>
        <source>The Operating Company Number assigned by NECA: exactly 4 letters or digits, saved in capitals.</source>
        <translation>Die von NECA vergebene Operating Company Number: genau 4 Buchstaben oder Ziffern, in Großbuchstaben gespeichert.</translation>
    </message>
    <message>
        <source>An EU or UK VAT ID with its country code (typed without one, it takes the code of the address&apos;s EU country); the check digits are verified.</source>
        <translation>Eine USt-IdNr. aus der EU oder dem Vereinigten Königreich mit Ländercode (ohne eingegeben, erhält sie den Code des EU-Landes der Adresse); die Prüfziffern werden geprüft.</translation>
    </message>
    <message>
        <source>4 letters or digits, e.g. 567A</source>
        <translation>4 Buchstaben oder Ziffern, z. B. 567A</translation>
    </message>
    <message>
        <source>OCN (Operating Company Number): problem</source>
        <translation>OCN (Operating Company Number): Problem</translation>
    </message>
    <message>
        <source>&amp;FRN (Firm Registration Number)</source>
        <translation>FRN (F&amp;irm Registration Number)</translation>
    </message>
    <message>
        <source>The FCC Registration Number: exactly 10 digits, leading zeros kept.</source>
        <translation>Die FCC-Registrierungsnummer: genau 10 Ziffern, führende Nullen bleiben erhalten.</translation>
    </message>
    <message>
        <source>10 digits, e.g. 0012345678</source>
        <translation>10 Ziffern, z. B. 0012345678</translation>
    </message>
    <message>
        <source>FRN (Firm Registration Number): problem</source>
        <translation>FRN (Firm Registration Number): Problem</translation>
    </message>
    <message>
        <source>&amp;VAT Registration ID</source>
        <translation>&amp;USt-IdNr.</translation>
    </message>
    <message>
        <source>With the country code, e.g. DE136695976</source>
        <translation>Mit Ländercode, z. B. DE136695976</translation>
    </message>
    <message>
        <source>VAT Registration ID: problem</source>
        <translation>USt-IdNr.: Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company information</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company Registration &amp;ID</source>
        <translation>Handels&amp;registernummer</translation>
    </message>
    <message>
        <source>Company Registration ID</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>O&amp;CN (Operating Company Number)</source>
        <translation>O&amp;CN (Operating Company Number)</translation>
    </message>
    <message>
        <source>OCN (Operating Company Number)</source>
        <translation>OCN (Operating Company Number)</translation>
    </message>
    <message>
        <source>FRN (Firm Re&amp;gistration Number)</source>
        <translation>FRN (Firm Registrati&amp;on Number)</translation>
    </message>
    <message>
        <source>FRN (Firm Registration Number)</source>
        <translation>FRN (Firm Registration Number)</translation>
    </message>
    <message>
        <source>&amp;VAT Registration ID</source>
        <translation>&amp;USt-IdNr.</translation>
    </message>
    <message>
        <source>VAT Registration ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Edit company information…</source>
        <translation>Firmendaten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit company information</source>
        <translation>Firmendaten bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Settle a Conflict</source>
        <translation>Konflikt klären</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Widersprüchliche Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Bei Ihrem Beginn</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Send the change with the values you chose.</source>
        <translation>Die Änderung mit den gewählten Werten senden.</translation>
    </message>
    <message>
        <source>You changed {what} while the server could not be reached ({time}). Meanwhile the same fields were changed on the server. Choose, for each field, which value to keep. Nothing is sent until you press Apply; Cancel leaves your change waiting.</source>
        <extracomment>The tallest the list of fields grows before it scrolls, in pixels.</extracomment>
        <translation>Sie haben {what} geändert, während der Server nicht erreichbar war ({time}). Inzwischen wurden dieselben Felder auf dem Server geändert. Wählen Sie für jedes Feld, welcher Wert bleibt. Gesendet wird erst, wenn Sie „Übernehmen“ drücken; „Abbrechen“ lässt Ihre Änderung warten.</translation>
    </message>
    <message>
        <source>Your other changes in this edit ({fields}) do not conflict and are sent as you made them.</source>
        <translation>Ihre anderen Änderungen in dieser Bearbeitung ({fields}) stehen nicht im Konflikt und werden so gesendet, wie Sie sie vorgenommen haben.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Den des Servers nehmen</translation>
    </message>
    <message>
        <source>{field}: when you started</source>
        <translation>{field}: bei Ihrem Beginn</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Choose a value for 1 more field.</source>
        <translation>Wählen Sie noch für 1 Feld einen Wert.</translation>
    </message>
    <message>
        <source>Choose a value for {count} more fields.</source>
        <translation>Wählen Sie noch für {count} Felder einen Wert.</translation>
    </message>
    <message>
        <source>your value for {fields}</source>
        <translation>Ihren Wert für {fields}</translation>
    </message>
    <message>
        <source>your values for {fields}</source>
        <translation>Ihre Werte für {fields}</translation>
    </message>
    <message>
        <source>the server&apos;s value for {fields}</source>
        <translation>den Wert des Servers für {fields}</translation>
    </message>
    <message>
        <source>the server&apos;s values for {fields}</source>
        <translation>die Werte des Servers für {fields}</translation>
    </message>
    <message>
        <source>Apply keeps {choices}.</source>
        <translation>„Übernehmen“ behält {choices}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision: it was discarded or settled elsewhere. Close this window and look at the changes not yet sent.</source>
        <translation>Diese Änderung wartet nicht mehr auf eine Entscheidung: Sie wurde an anderer Stelle verworfen oder geklärt. Schließen Sie dieses Fenster und sehen Sie sich die noch nicht gesendeten Änderungen an.</translation>
    </message>
    <message>
        <source>The server changed these fields again while your choice was being sent. Look at the new values and choose again.</source>
        <translation>Der Server hat diese Felder erneut geändert, während Ihre Wahl gesendet wurde. Sehen Sie sich die neuen Werte an und wählen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit Contact Information</source>
        <translation>Kontaktdaten bearbeiten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>How the platform contacts you. Phone numbers start with + and the country code.</source>
        <translation>Wie die Plattform Sie erreicht. Telefonnummern beginnen mit + und der Landesvorwahl.</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>The address the platform writes to.</source>
        <translation>Die Adresse, an die die Plattform schreibt.</translation>
    </message>
    <message>
        <source>e.g. billing@example.com</source>
        <translation>z. B. billing@example.com</translation>
    </message>
    <message>
        <source>E-mail: problem</source>
        <translation>E-Mail: Problem</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>In international form: + and the country code.</source>
        <translation>In internationaler Form: + und die Landesvorwahl.</translation>
    </message>
    <message>
        <source>e.g. +44 20 7123 4567</source>
        <translation>z. B. +44 20 7123 4567</translation>
    </message>
    <message>
        <source>Phone: problem</source>
        <translation>Telefon: Problem</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>In international form: + and the country code (optional).</source>
        <translation>In internationaler Form: + und die Landesvorwahl (optional).</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456</source>
        <translation>z. B. +44 7911 123456</translation>
    </message>
    <message>
        <source>Mobile: problem</source>
        <translation>Mobil: Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Contact information</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobi&amp;le</source>
        <translation>Mo&amp;bil</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Edit contact information…</source>
        <translation>Kontaktdaten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Kontaktdaten bearbeiten</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>This server cannot end sign-ins, so signing out was local only: the old sign-in token stays valid on the server until it expires.</source>
        <extracomment>Sign Out against a server without ``POST auth/jwt/revoke`` (404).</extracomment>
        <translation>Dieser Server kann Anmeldungen nicht beenden, daher erfolgte die Abmeldung nur lokal: Das alte Anmelde-Token bleibt auf dem Server gültig, bis es abläuft.</translation>
    </message>
    <message>
        <source>The server could not be told to end the sign-in ({error}), so signing out was local only: the old sign-in token stays valid on the server until it expires.</source>
        <extracomment>Sign Out when the server could not be told (``{error}``: what went wrong).</extracomment>
        <translation>Dem Server konnte nicht mitgeteilt werden, die Anmeldung zu beenden ({error}), daher erfolgte die Abmeldung nur lokal: Das alte Anmelde-Token bleibt auf dem Server gültig, bis es abläuft.</translation>
    </message>
    <message>
        <source>The keychain could not remove the sign-in token now; the app removes it before it next reads a token, so unlocking the keychain will not sign you back in.</source>
        <extracomment>Sign Out when the keychain could not delete the token (locked, not answering).</extracomment>
        <translation>Der Schlüsselbund konnte das Anmelde-Token jetzt nicht entfernen; die App entfernt es, bevor sie das nächste Mal ein Token liest, sodass Sie das Entsperren des Schlüsselbunds nicht wieder anmeldet.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>{fields} and {last}</source>
        <extracomment>key (dotted for the Account) -&gt; widget-name prefix in the form; set by each subclass. key -&gt; how messages name the field, where that differs from its label. keys whose typed values are never repeated in a message (e.g. a password). The resource the dialog edits (``&quot;account&quot;`` or ``&quot;smtp&quot;``, see desktop.store.resources). The compiled form class (``Ui_…``); set by each subclass. The validators used when none are passed; the SMTP dialog has its own.</extracomment>
        <translation>{fields} und {last}</translation>
    </message>
    <message>
        <source>empty {fields}</source>
        <translation>leeren Sie {fields}</translation>
    </message>
</context>
<context>
    <name>EditFields</name>
    <message>
        <source>The server did not accept the change. {reasons}</source>
        <extracomment>A field&apos;s validator: a checker (value and notices) or a plain validator (the value only).</extracomment>
        <translation>Der Server hat die Änderung nicht angenommen. {reasons}</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>Der Server hat einige Werte nicht angenommen; siehe die Meldungen unter den Feldern.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Choose per channel or per minute.</source>
        <translation>Wählen Sie „pro Kanal“ oder „pro Minute“.</translation>
    </message>
    <message>
        <source>Mail to a .{suffix} name can never be delivered, not even through an internal relay: check the part after the @.</source>
        <extracomment>The error for an address at a name that can never receive mail (.invalid, .onion…).</extracomment>
        <translation>E-Mail an einen .{suffix}-Namen kann nie zugestellt werden, auch nicht über ein internes Relay: Prüfen Sie den Teil nach dem @.</translation>
    </message>
    <message>
        <source>Remove the 0 after {code}: type {code} and then the number without its leading 0.</source>
        <translation>Entfernen Sie die 0 nach {code}: Geben Sie {code} ein und dann die Nummer ohne ihre führende 0.</translation>
    </message>
    <message>
        <source>Enter a phone number starting with + and the country code.</source>
        <translation>Geben Sie eine Telefonnummer ein, die mit + und der Landesvorwahl beginnt.</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +44 20 7123 4567.</source>
        <translation>Beginnen Sie mit + und der Landesvorwahl, z. B. +44 20 7123 4567.</translation>
    </message>
    <message>
        <source>Type the number in digits only, without letters or an extension, e.g. +44 20 7123 4567.</source>
        <translation>Geben Sie die Nummer nur in Ziffern ein, ohne Buchstaben oder Durchwahl, z. B. +44 20 7123 4567.</translation>
    </message>
    <message>
        <source>Not a phone number: use + and the country code, e.g. +1 212 555 0100.</source>
        <translation>Keine Telefonnummer: Verwenden Sie + und die Landesvorwahl, z. B. +1 212 555 0100.</translation>
    </message>
    <message>
        <source>Check the digits after {code}: {digits} is not part of a number there.</source>
        <translation>Prüfen Sie die Ziffern nach {code}: {digits} gehört dort zu keiner Nummer.</translation>
    </message>
    <message>
        <source>This is not a valid number for {code}: no number there has this many digits; check them.</source>
        <translation>Dies ist keine gültige Nummer für {code}: Keine Nummer dort hat so viele Ziffern; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Enter a phone number (+ and country code) or a sender name of up to 11 characters.</source>
        <translation>Geben Sie eine Telefonnummer (+ und Landesvorwahl) oder einen Absendernamen mit bis zu 11 Zeichen ein.</translation>
    </message>
    <message>
        <source>Use a number with + and the country code, or 1–11 letters, digits and spaces with at least one letter.</source>
        <translation>Verwenden Sie eine Nummer mit + und Landesvorwahl oder 1–11 Buchstaben, Ziffern und Leerzeichen mit mindestens einem Buchstaben.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s host name, e.g. mail.example.com or mail.example.com:587.</source>
        <translation>Geben Sie den Hostnamen des Mailservers ein, z. B. mail.example.com oder mail.example.com:587.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535, e.g. mail.example.com:587.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535, z. B. mail.example.com:587.</translation>
    </message>
    <message>
        <source>Put an IPv6 address in square brackets, e.g. [2001:db8::25] or [2001:db8::25]:587.</source>
        <translation>Setzen Sie eine IPv6-Adresse in eckige Klammern, z. B. [2001:db8::25] oder [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Not a valid international host name ({reason}); check the spelling.</source>
        <translation>Kein gültiger internationaler Hostname ({reason}); prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Type only the host name, e.g. mail.example.com:587, without smtp:// or https://.</source>
        <translation>Geben Sie nur den Hostnamen ein, z. B. mail.example.com:587, ohne smtp:// oder https://.</translation>
    </message>
    <message>
        <source>Type only the host name, e.g. mail.example.com:587, without a path, a user name or &apos;@&apos;.</source>
        <translation>Geben Sie nur den Hostnamen ein, z. B. mail.example.com:587, ohne Pfad, Benutzernamen oder „@“.</translation>
    </message>
    <message>
        <source>Type the host name before the &apos;:&apos;, e.g. mail.example.com:587.</source>
        <translation>Geben Sie den Hostnamen vor dem „:“ ein, z. B. mail.example.com:587.</translation>
    </message>
    <message>
        <source>{value} can be read two ways: write [{rest}]:{last} for the address {rest} on port {last}, or [{value}] for the address {value} on port {default_port}.</source>
        <translation>{value} lässt sich auf zwei Arten lesen: Schreiben Sie [{rest}]:{last} für die Adresse {rest} auf Port {last} oder [{value}] für die Adresse {value} auf Port {default_port}.</translation>
    </message>
    <message>
        <source>Write an IPv6 address as [address] or [address]:port, e.g. [2001:db8::25]:587.</source>
        <translation>Schreiben Sie eine IPv6-Adresse als [Adresse] oder [Adresse]:Port, z. B. [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Write an IPv4 address without brackets, e.g. 192.0.2.25:587.</source>
        <translation>Schreiben Sie eine IPv4-Adresse ohne Klammern, z. B. 192.0.2.25:587.</translation>
    </message>
    <message>
        <source>Between the brackets goes an IPv6 address, e.g. [2001:db8::25]:587.</source>
        <translation>Zwischen die Klammern gehört eine IPv6-Adresse, z. B. [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Type the port number after the &apos;:&apos;, e.g. mail.example.com:587, or remove the &apos;:&apos; to use port 25.</source>
        <translation>Geben Sie die Portnummer nach dem „:“ ein, z. B. mail.example.com:587, oder entfernen Sie den „:“, um Port 25 zu verwenden.</translation>
    </message>
    <message>
        <source>Remove the spaces inside the host name, e.g. mail.example.com.</source>
        <translation>Entfernen Sie die Leerzeichen im Hostnamen, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>Ein Hostname hat höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>Not a valid IPv4 address: write four numbers from 0 to 255, e.g. 192.0.2.25.</source>
        <translation>Keine gültige IPv4-Adresse: Schreiben Sie vier Zahlen von 0 bis 255, z. B. 192.0.2.25.</translation>
    </message>
    <message>
        <source>The host name has an empty part between dots; write it like mail.example.com.</source>
        <translation>Der Hostname hat einen leeren Teil zwischen Punkten; schreiben Sie ihn wie mail.example.com.</translation>
    </message>
    <message>
        <source>A host name has only letters, digits, &apos;-&apos; and &apos;.&apos;: remove &apos;{char}&apos;, e.g. mail.example.com.</source>
        <translation>Ein Hostname enthält nur Buchstaben, Ziffern, „-“ und „.“: Entfernen Sie „{char}“, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>Ein Teil eines Hostnamens kann nicht mit „-“ beginnen oder enden.</translation>
    </message>
    <message>
        <source>Each part of a host name between dots has at most 63 characters.</source>
        <translation>Jeder Teil eines Hostnamens zwischen Punkten hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Use at most 254 characters.</source>
        <translation>Verwenden Sie höchstens 254 Zeichen.</translation>
    </message>
    <message>
        <source>The password cannot contain a NUL character.</source>
        <translation>Das Passwort darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The password holds a broken character (a lone UTF-16 surrogate): type it again.</source>
        <translation>Das Passwort enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat): Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Use at most 1024 characters.</source>
        <translation>Verwenden Sie höchstens 1024 Zeichen.</translation>
    </message>
    <message>
        <source>Paste the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, in pairs separated by colons or not, e.g. 3A:F1:…</source>
        <translation>Fügen Sie den SHA-256-Fingerabdruck des Zertifikats ein: 64 Hexadezimalziffern, in Paaren mit oder ohne Doppelpunkte dazwischen, z. B. 3A:F1:…</translation>
    </message>
    <message>
        <source>This text holds a broken character (a lone UTF-16 surrogate): type it again.</source>
        <translation>Dieser Text enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat): Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>This field cannot contain line breaks.</source>
        <translation>Dieses Feld darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Remove the invisible control character {code}.</source>
        <translation>Entfernen Sie das unsichtbare Steuerzeichen {code}.</translation>
    </message>
    <message>
        <source>Remove the invisible formatting character {code}.</source>
        <translation>Entfernen Sie das unsichtbare Formatierungszeichen {code}.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>Verwenden Sie höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Geben Sie den rechtlichen Namen der Firma ein.</translation>
    </message>
    <message>
        <source>Use at most 50 characters.</source>
        <translation>Verwenden Sie höchstens 50 Zeichen.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, &apos;/&apos;, &apos;.&apos; and &apos;-&apos; only, e.g. J40/1234/2020.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, „/“, „.“ und „-“, z. B. J40/1234/2020.</translation>
    </message>
    <message>
        <source>An OCN has exactly 4 letters or digits, e.g. 1234 or 567A.</source>
        <translation>Eine OCN hat genau 4 Buchstaben oder Ziffern, z. B. 1234 oder 567A.</translation>
    </message>
    <message>
        <source>An FRN has exactly 10 digits, e.g. 0012345678.</source>
        <translation>Eine FRN hat genau 10 Ziffern, z. B. 0012345678.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, e.g. billing@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. billing@example.com.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {reason}</source>
        <translation>Keine gültige E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Dieses Feld kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Start with an EU or UK country code, e.g. DE136695976 or GB980780684.</source>
        <translation>Beginnen Sie mit einem Ländercode der EU oder des Vereinigten Königreichs, z. B. DE136695976 oder GB980780684.</translation>
    </message>
    <message>
        <source>The check digits do not match: look for a typing error.</source>
        <translation>Die Prüfziffern stimmen nicht: Suchen Sie nach einem Tippfehler.</translation>
    </message>
    <message>
        <source>This VAT ID has the wrong number of characters for its country.</source>
        <translation>Diese USt-IdNr. hat für ihr Land die falsche Anzahl an Zeichen.</translation>
    </message>
    <message>
        <source>This is not a valid VAT ID for its country.</source>
        <translation>Dies ist keine gültige USt-IdNr. für ihr Land.</translation>
    </message>
</context>
<context>
    <name>FieldNotices</name>
    <message>
        <source>{title}: what was changed</source>
        <translation>{title}: was geändert wurde</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General information</source>
        <translation>Allgemeine Angaben</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account &amp;balance</source>
        <translation>&amp;Kontostand</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <source>Negative balance</source>
        <translation>Negativer Kontostand</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Abrechnungsart</translation>
    </message>
    <message>
        <source>The account owes the platform this amount.</source>
        <translation>Das Konto schuldet der Plattform diesen Betrag.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <extracomment>How long the status bar says the diagnostics were copied, in milliseconds.</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy versions, folders and the recent log (no secrets) to the clipboard for a support request</source>
        <translation>Versionen, Ordner und das aktuelle Protokoll (ohne Geheimnisse) für eine Support-Anfrage in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log files</source>
        <translation>Den Ordner mit den Protokolldateien der App anzeigen</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Could not collect the diagnostics: {error}</source>
        <translation>Die Diagnosedaten konnten nicht gesammelt werden: {error}</translation>
    </message>
</context>
<context>
    <name>InstanceDialogs</name>
    <message>
        <source>another computer</source>
        <extracomment>How long the &quot;brought it to the front&quot; notice stays, in milliseconds.</extracomment>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <source>{app} seems to be open on {host} since {time}; if it is not, take over.</source>
        <translation>{app} ist anscheinend seit {time} auf {host} geöffnet; wenn nicht, übernehmen Sie.</translation>
    </message>
    <message>
        <source>{app} seems to be open on {host}; if it is not, take over.</source>
        <translation>{app} ist anscheinend auf {host} geöffnet; wenn nicht, übernehmen Sie.</translation>
    </message>
    <message>
        <source>Profile {profile} keeps its data in a folder that {host} uses too. If {app} is still open there, taking over lets both computers change the same files, and changes can be lost.</source>
        <translation>Das Profil {profile} speichert seine Daten in einem Ordner, den auch {host} verwendet. Ist {app} dort noch geöffnet, ändern nach dem Übernehmen beide Computer dieselben Dateien, und Änderungen können verloren gehen.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>InstanceStartup</name>
    <message>
        <source>{app} is already open for profile {profile}; brought it to the front.</source>
        <translation>{app} ist für das Profil {profile} bereits geöffnet; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>{app} is already open for profile {profile}; switch to its window.</source>
        <translation>{app} ist für das Profil {profile} bereits geöffnet; wechseln Sie zu seinem Fenster.</translation>
    </message>
    <message>
        <source>{app} is already open for profile {profile}, but it does not answer. Close it (or end it in the Task Manager or Activity Monitor) and start again.</source>
        <translation>{app} ist für das Profil {profile} bereits geöffnet, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager oder in der Aktivitätsanzeige) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <source>{app} could not take over profile {profile}: it is still open on {host}. Close it there and start again.</source>
        <translation>{app} konnte das Profil {profile} nicht übernehmen: Es ist auf {host} noch geöffnet. Schließen Sie es dort und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>&amp;Systemstandard ({language})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox account service could not start</source>
        <translation>Der Kontodienst der Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>The profile {name} could not be opened</source>
        <translation>Das Profil {name} konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CX Account Desk</source>
        <translation>CX Account Desk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Noch nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>See the changes saved on this computer that the server does not have yet; discard one or settle a conflict</source>
        <translation>Die auf diesem Computer gespeicherten Änderungen ansehen, die der Server noch nicht hat; eine verwerfen oder einen Konflikt klären</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Prüf&amp;en…</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the account again from the server (F5)</source>
        <translation>Das Konto erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Sandbox Outbox…</source>
        <translation>&amp;Sandbox-Postausgang…</translation>
    </message>
    <message>
        <source>The e-mails and SMS messages the sandbox kept instead of sending them</source>
        <translation>Die E-Mails und SMS, die die Sandbox aufbewahrt statt sie zu senden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <extracomment>How the window labels each Account key (dotted), for messages that name a field.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company Registration ID</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>VAT Registration ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Abrechnungsart</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this address or from this computer: the server refuses every password, the right one too, until the wait is over.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für diese Adresse oder von diesem Computer: Der Server lehnt jedes Passwort ab, auch das richtige, bis die Wartezeit vorbei ist.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Try again in a minute, at {time}.</source>
        <translation>Versuchen Sie es in einer Minute erneut, um {time}.</translation>
    </message>
    <message>
        <source>Try again in {minutes} minutes, at {time}.</source>
        <translation>Versuchen Sie es in {minutes} Minuten erneut, um {time}.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in (it may have expired or been withdrawn). Sign in again to continue.</source>
        <translation>Der Server hat die Anmeldung nicht angenommen (sie ist vielleicht abgelaufen oder wurde widerrufen). Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your user may not make this change: it can only view the account. Ask an administrator of the account to make it.</source>
        <translation>Ihr Benutzer darf diese Änderung nicht vornehmen: Er kann das Konto nur ansehen. Bitten Sie einen Administrator des Kontos darum.</translation>
    </message>
    <message>
        <source>The server refused some values. {details}</source>
        <translation>Der Server hat einige Werte abgelehnt. {details}</translation>
    </message>
    <message>
        <source>The server refused the values. {reason}</source>
        <translation>Der Server hat die Werte abgelehnt. {reason}</translation>
    </message>
    <message>
        <source>The billing method was changed less than 30 days ago; it can be changed again from {time}.</source>
        <translation>Die Abrechnungsart wurde vor weniger als 30 Tagen gewechselt; sie kann ab {time} wieder gewechselt werden.</translation>
    </message>
    <message>
        <source>The account was changed elsewhere since it was loaded. Refresh to see the current values, then make the change again.</source>
        <translation>Das Konto wurde seit dem Laden an anderer Stelle geändert. Aktualisieren Sie, um die aktuellen Werte zu sehen, und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>The server refused the change because of the account&apos;s current state: {reason}</source>
        <translation>Der Server hat die Änderung wegen des aktuellen Zustands des Kontos abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The server needs to know which version of the account is being changed. Refresh and try again.</source>
        <translation>Der Server muss wissen, welche Version des Kontos geändert wird. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not offer this (404). {reason}</source>
        <translation>Der Server bietet dies nicht an (404). {reason}</translation>
    </message>
    <message>
        <source>The server&apos;s answer to {endpoint} is not what this app expects ({reason}). This app and the server may not match; if it keeps happening, contact technical support.</source>
        <translation>Die Antwort des Servers auf {endpoint} entspricht nicht dem, was diese App erwartet ({reason}). App und Server passen vielleicht nicht zusammen; wenn das weiterhin geschieht, wenden Sie sich an den technischen Support.</translation>
    </message>
    <message>
        <source>{reason} Try again in a few minutes; if it keeps happening, contact technical support</source>
        <translation>{reason} Versuchen Sie es in einigen Minuten erneut; wenn das weiterhin geschieht, wenden Sie sich an den technischen Support</translation>
    </message>
    <message>
        <source>The server refused the request{status}: {reason}</source>
        <translation>Der Server hat die Anfrage abgelehnt{status}: {reason}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Try again; if it keeps happening, contact technical support</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({error}). Versuchen Sie es erneut; wenn das weiterhin geschieht, wenden Sie sich an den technischen Support</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds. The network may be very slow, or something in between holds the answer back. Try again later.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden fertig geantwortet. Das Netzwerk ist vielleicht sehr langsam, oder etwas dazwischen hält die Antwort zurück. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>einem unbekannten Aussteller</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate comes from {issuer}, which this computer does not trust. On an office network a firewall that inspects encrypted traffic may be in between: ask your IT department to install its root certificate in this computer&apos;s certificate store.</source>
        <translation>Die Verbindung zu {host} ist nicht sicher: Sein Zertifikat stammt von {issuer}, dem dieser Computer nicht vertraut. In einem Firmennetz steht vielleicht eine Firewall dazwischen, die verschlüsselten Verkehr prüft: Bitten Sie Ihre IT-Abteilung, deren Stammzertifikat im Zertifikatspeicher dieses Computers zu installieren.</translation>
    </message>
    <message>
        <source>The certificate of {host} (from {issuer}) has expired or is not valid yet. Check that this computer&apos;s date and time are right; if they are, the server&apos;s certificate must be renewed.</source>
        <translation>Das Zertifikat von {host} (von {issuer}) ist abgelaufen oder noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, muss das Zertifikat des Servers erneuert werden.</translation>
    </message>
    <message>
        <source>The certificate presented for {host} (from {issuer}) was issued for another name. Check the server address of this profile; a proxy or firewall may be answering in its place.</source>
        <translation>Das für {host} vorgelegte Zertifikat (von {issuer}) wurde für einen anderen Namen ausgestellt. Prüfen Sie die Serveradresse dieses Profils; vielleicht antwortet ein Proxy oder eine Firewall an seiner Stelle.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed. {reason}</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <source>The server is busy and asks to retry after {time}. Nothing was changed on it; try again then.</source>
        <translation>Der Server ist ausgelastet und bittet, es nach {time} erneut zu versuchen. Auf ihm wurde nichts geändert; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is busy and asks to be tried again later. Nothing was changed on it; try again then.</source>
        <translation>Der Server ist ausgelastet und bittet, es später erneut zu versuchen. Auf ihm wurde nichts geändert; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source> to {address}</source>
        <translation> nach {address}</translation>
    </message>
    <message>
        <source>The server answered with a redirect{where} instead of an answer. The redirect was not followed. Nothing was sent there. Check the server address of this profile; a sign-in page of this network may be in the way.</source>
        <translation>Der Server hat statt einer Antwort mit einer Weiterleitung{where} geantwortet. Der Weiterleitung wurde nicht gefolgt; dorthin wurde nichts gesendet. Prüfen Sie die Serveradresse dieses Profils; vielleicht ist eine Anmeldeseite dieses Netzwerks im Weg.</translation>
    </message>
    <message>
        <source>This network shows its own sign-in page{title} instead of {host}. Sign in to the network in a web browser (as on hotel or guest Wi-Fi), then try again.</source>
        <translation>Dieses Netzwerk zeigt statt {host} seine eigene Anmeldeseite{title}. Melden Sie sich in einem Webbrowser beim Netzwerk an (wie im Hotel- oder Gäste-WLAN) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and {host} blocked the request and answered with its own page{title}. Ask your IT department to allow {host}.</source>
        <translation>Ein Proxy oder eine Firewall zwischen diesem Computer und {host} hat die Anfrage blockiert und mit einer eigenen Seite{title} geantwortet. Bitten Sie Ihre IT-Abteilung, {host} freizugeben.</translation>
    </message>
    <message>
        <source>{host} answered with a web page{title} instead of the account API. Check the server address of this profile.</source>
        <translation>{host} hat statt der Konto-API mit einer Webseite{title} geantwortet. Prüfen Sie die Serveradresse dieses Profils.</translation>
    </message>
    <message>
        <source>The server could not be reached. {reason} Check the network connection and try again.</source>
        <translation>Der Server war nicht erreichbar. {reason} Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account was changed elsewhere while you were editing. Your typed values are kept.</source>
        <translation>Das Konto wurde während Ihrer Bearbeitung an anderer Stelle geändert. Ihre eingegebenen Werte bleiben erhalten.</translation>
    </message>
    <message>
        <source>• {field}: on the server now {theirs}; yours {yours}.</source>
        <translation>• {field}: jetzt auf dem Server {theirs}; Ihr Wert {yours}.</translation>
    </message>
    <message>
        <source>Fields you had not changed now show the server&apos;s values: {fields}.</source>
        <translation>Felder, die Sie nicht geändert hatten, zeigen jetzt die Werte des Servers: {fields}.</translation>
    </message>
    <message>
        <source>Press Save again to replace the server&apos;s values with yours, or Cancel to keep the server&apos;s.</source>
        <translation>Drücken Sie erneut „Speichern“, um die Werte des Servers durch Ihre zu ersetzen, oder „Abbrechen“, um die des Servers zu behalten.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{domain} is an internal name: mail to or from it only works through an internal mail relay, not on the internet.</source>
        <extracomment>Top-level names that only ever work inside a network: RFC 6761/6762 special-use ones, RFC 8375&apos;s home.arpa, ICANN&apos;s private-use ``.internal`` (2024), and names in common internal use. Names that can never work, internal relay or not. The notice of an internal address.</extracomment>
        <translation>{domain} ist ein interner Name: E-Mail an oder von dieser Adresse funktioniert nur über ein internes Mail-Relay, nicht im Internet.</translation>
    </message>
    <message>
        <source>Spaces, dashes, dots and brackets were removed.</source>
        <translation>Leerzeichen, Bindestriche, Punkte und Klammern wurden entfernt.</translation>
    </message>
    <message>
        <source>The leading {prefix} was read as + (the international prefix).</source>
        <translation>Das führende {prefix} wurde als + gelesen (die internationale Vorwahl).</translation>
    </message>
    <message>
        <source>The {digits} after {code} was removed: it is dialled only inside the country.</source>
        <translation>Die {digits} nach {code} wurde entfernt: Sie wird nur innerhalb des Landes gewählt.</translation>
    </message>
    <message>
        <source>This number could not be confirmed for {code} ({region}): it is possible, but not known to be in use; check the digits.</source>
        <translation>Diese Nummer konnte für {code} ({region}) nicht bestätigt werden: Sie ist möglich, aber nicht als vergeben bekannt; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Some destinations (the US, Canada and others) only accept SMS sent from a number, and recipients cannot reply to a sender name.</source>
        <translation>Manche Ziele (die USA, Kanada und andere) nehmen nur SMS an, die von einer Nummer gesendet werden, und Empfänger können einem Absendernamen nicht antworten.</translation>
    </message>
    <message>
        <source>Repeated spaces or tabs were made one space.</source>
        <translation>Mehrfache Leerzeichen oder Tabulatoren wurden zu einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Spaces were removed.</source>
        <translation>Leerzeichen wurden entfernt.</translation>
    </message>
    <message>
        <source>Spaces and dashes were removed.</source>
        <translation>Leerzeichen und Bindestriche wurden entfernt.</translation>
    </message>
    <message>
        <source>Letters were changed to capitals.</source>
        <translation>Buchstaben wurden in Großbuchstaben geändert.</translation>
    </message>
    <message>
        <source>The domain was changed to lower case.</source>
        <translation>Die Domain wurde in Kleinbuchstaben geändert.</translation>
    </message>
    <message>
        <source>Letters were changed to lower case.</source>
        <translation>Buchstaben wurden in Kleinbuchstaben geändert.</translation>
    </message>
    <message>
        <source>The address was written in its standard form.</source>
        <translation>Die Adresse wurde in ihrer Standardform geschrieben.</translation>
    </message>
    <message>
        <source>Spaces, dots and dashes were removed.</source>
        <translation>Leerzeichen, Punkte und Bindestriche wurden entfernt.</translation>
    </message>
    <message>
        <source>GR was changed to EL, Greece&apos;s prefix in the EU&apos;s VAT system.</source>
        <translation>GR wurde in EL geändert, das Präfix Griechenlands im Mehrwertsteuersystem der EU.</translation>
    </message>
    <message>
        <source>{prefix} was added from the address&apos;s country ({country}).</source>
        <translation>{prefix} wurde aus dem Land der Adresse ({country}) ergänzt.</translation>
    </message>
    <message>
        <source>Saved as {value}.</source>
        <extracomment>The translation context of the domain&apos;s notices (their English templates are the source texts). The notice of a change that a plain validator (no notices of its own) made.</extracomment>
        <translation>Gespeichert als {value}.</translation>
    </message>
    <message>
        <source>No keychain is available: you stay signed in for this session only.</source>
        <extracomment>What the user is told when there is no keychain to keep tokens in. Like :data:`MESSAGES`, a template of the ``Notice`` translation context: the views show it in the user&apos;s language (``desktop.views.field_notices.translated``).</extracomment>
        <translation>Es ist kein Schlüsselbund verfügbar: Sie bleiben nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>The keychain is locked: you stay signed in for this session only. Unlock the keychain and start the app again to stay signed in.</source>
        <extracomment>What the user is told, by :class:`Problem` kind: templates of :func:`problem_notice`&apos;s notices.</extracomment>
        <translation>Der Schlüsselbund ist gesperrt: Sie bleiben nur für diese Sitzung angemeldet. Entsperren Sie den Schlüsselbund und starten Sie die App erneut, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The keychain did not answer within {seconds} seconds: you stay signed in for this session only. If it asks for a password in another window, answer it and start the app again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von {seconds} Sekunden geantwortet: Sie bleiben nur für diese Sitzung angemeldet. Falls er in einem anderen Fenster nach einem Passwort fragt, antworten Sie dort und starten Sie die App erneut.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in token ({detail}): you stay signed in to this profile for this session only.</source>
        <translation>Der Schlüsselbund hat sich geweigert, das Anmelde-Token aufzubewahren ({detail}): Sie bleiben bei diesem Profil nur für diese Sitzung angemeldet.</translation>
    </message>
</context>
<context>
    <name>OfflineSupport</name>
    <message>
        <source>Could not load the account: {error}</source>
        <extracomment>How a message names each part.</extracomment>
        <translation>Das Konto konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Could not load the SMTP details: {error}</source>
        <translation>Die SMTP-Daten konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Could not load the packages: {error}</source>
        <translation>Die Pakete konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer: it is sent after the earlier changes still waiting.</source>
        <extracomment>How often the window tries the server again while it cannot be reached, in milliseconds.</extracomment>
        <translation>Auf diesem Computer gespeichert: Die Änderung wird nach den noch wartenden früheren Änderungen gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so the account could not be loaded. Sign in again to continue.</source>
        <translation>Ihre Anmeldung ist abgelaufen, daher konnte das Konto nicht geladen werden. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You did not sign in, so the account could not be loaded. Press Try again to sign in.</source>
        <translation>Sie haben sich nicht angemeldet, daher konnte das Konto nicht geladen werden. Drücken Sie „Erneut versuchen“, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert um {time}</translation>
    </message>
    <message>
        <source>Showing data from {age}</source>
        <translation>Daten von {age}</translation>
    </message>
    <message>
        <source>Trying again every 30 seconds; press F5 to try now.</source>
        <translation>Neuer Versuch alle 30 Sekunden; drücken Sie F5, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and this computer has no saved copy of the account yet. {again}</source>
        <translation>Der Server ist nicht erreichbar, und dieser Computer hat noch keine gespeicherte Kopie des Kontos. {again}</translation>
    </message>
    <message>
        <source>{cause} This computer has no saved copy of the account yet. {again}</source>
        <translation>{cause} Dieser Computer hat noch keine gespeicherte Kopie des Kontos. {again}</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{cause} Showing data from {time}. {again}</source>
        <translation>{cause} Angezeigt werden Daten von {time}. {again}</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Changes Not Yet Sent</source>
        <translation>Noch nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Changes you saved while the server could not be reached. They are kept on this computer and sent in order as soon as the server answers.</source>
        <translation>Änderungen, die Sie gespeichert haben, während der Server nicht erreichbar war. Sie bleiben auf diesem Computer und werden der Reihe nach gesendet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Changes not yet sent</source>
        <translation>Noch nicht gesendete Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Noch nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>About the selected change</source>
        <translation>Zur ausgewählten Änderung</translation>
    </message>
    <message>
        <source>Read the list again.</source>
        <translation>Die Liste erneut lesen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <source>Choose, field by field, between your change and the server&apos;s value.</source>
        <translation>Feld für Feld zwischen Ihrer Änderung und dem Wert des Servers wählen.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Give up the selected change; it is never sent.</source>
        <translation>Die ausgewählte Änderung aufgeben; sie wird nie gesendet.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>conflict: needs your decision</source>
        <translation>Konflikt: braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>rejected by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>held back until the conflict before it is settled</source>
        <translation>zurückgehalten, bis der Konflikt davor geklärt ist</translation>
    </message>
    <message>
        <source>No &amp;changes waiting: everything has been sent.</source>
        <translation>Keine wartenden Ä&amp;nderungen: Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>1 &amp;change not yet sent</source>
        <translation>1 noch nicht gesendete Ä&amp;nderung</translation>
    </message>
    <message>
        <source>{count} &amp;changes not yet sent</source>
        <translation>{count} noch nicht gesendete Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>1 needs your decision</source>
        <translation>1 braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>{count} need your decision</source>
        <translation>{count} brauchen Ihre Entscheidung</translation>
    </message>
    <message>
        <source>{count} rejected by the server</source>
        <translation>{count} vom Server abgelehnt</translation>
    </message>
    <message>
        <source>{fields} also changed on the server after you made this change to {what}. Press Resolve… to choose which values to keep; until then it is not sent.</source>
        <translation>{fields} wurde(n) auch auf dem Server geändert, nachdem Sie diese Änderung an {what} vorgenommen haben. Drücken Sie „Klären…“, um zu wählen, welche Werte bleiben; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The server refused this change to {what}: {reason}. It will not be sent as it is: discard it and make the change again.</source>
        <translation>Der Server hat diese Änderung an {what} abgelehnt: {reason}. Sie wird so nicht gesendet: Verwerfen Sie sie und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Held back until the conflict in an earlier change to {what} is settled, because it may build on it.</source>
        <translation>Zurückgehalten, bis der Konflikt in einer früheren Änderung an {what} geklärt ist, weil sie darauf aufbauen kann.</translation>
    </message>
    <message>
        <source>Waiting to be sent; it goes as soon as the server answers.</source>
        <translation>Wartet auf das Senden; sie geht, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>{what} · saved {time} · {status}</source>
        <translation>{what} · gespeichert {time} · {status}</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard your change to {what}, saved {time}?</source>
        <translation>Ihre Änderung an {what}, gespeichert {time}, verwerfen?</translation>
    </message>
    <message>
        <source>It is never sent; the window shows the server&apos;s values again.</source>
        <translation>Sie wird nie gesendet; das Fenster zeigt wieder die Werte des Servers.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Wird verworfen…</translation>
    </message>
    <message>
        <source>That change was sent to the server meanwhile, so there was nothing left to discard.</source>
        <translation>Diese Änderung wurde inzwischen an den Server gesendet, daher gab es nichts mehr zu verwerfen.</translation>
    </message>
    <message>
        <source>The changes on this computer could not be read or changed: {reason}</source>
        <translation>Die Änderungen auf diesem Computer konnten nicht gelesen oder geändert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PackagePrices</name>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>per {unit} per month</source>
        <translation>pro {unit} und Monat</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>pro {unit}</translation>
    </message>
    <message>
        <source>{amount} per month</source>
        <translation>{amount} pro Monat</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <source>Quantity</source>
        <extracomment>(header, header tool tip, cell text of a package, is a number)</extracomment>
        <translation>Menge</translation>
    </message>
    <message>
        <source>How many of this package the account has</source>
        <translation>Wie viele dieses Pakets das Konto hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Das Paket</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>The price of one unit, with every digit the platform charges</source>
        <translation>Der Preis einer Einheit, mit jeder Stelle, die die Plattform berechnet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>What the cost is charged for: per unit used, or per unit held per month</source>
        <translation>Wofür die Kosten berechnet werden: pro verbrauchter Einheit oder pro gehaltener Einheit und Monat</translation>
    </message>
    <message>
        <source>Today usage</source>
        <translation>Verbrauch heute</translation>
    </message>
    <message>
        <source>Units used today</source>
        <translation>Heute verbrauchte Einheiten</translation>
    </message>
    <message>
        <source>Today charge</source>
        <translation>Kosten heute</translation>
    </message>
    <message>
        <source>Charged for today so far</source>
        <translation>Für heute bisher berechnet</translation>
    </message>
    <message>
        <source>MTD usage</source>
        <translation>Verbrauch im Monat</translation>
    </message>
    <message>
        <source>Units used this month to date</source>
        <translation>In diesem Monat bisher verbrauchte Einheiten</translation>
    </message>
    <message>
        <source>MTD charge</source>
        <translation>Kosten im Monat</translation>
    </message>
    <message>
        <source>Charged this month to date</source>
        <translation>In diesem Monat bisher berechnet</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>PackagesSection</name>
    <message>
        <source>Pac&amp;kages</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Total per month:</source>
        <translation>Summe pro Monat:</translation>
    </message>
    <message>
        <source>The sum of the prices charged every month (quantity × cost of each package charged per month); charges per use, such as per minute, come on top</source>
        <translation>Die Summe der monatlich berechneten Preise (Menge × Kosten jedes monatlich berechneten Pakets); nutzungsabhängige Kosten, etwa pro Minute, kommen hinzu</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <source>Enable Call Recor&amp;ding…</source>
        <translation>Anrufaufze&amp;ichnung einschalten…</translation>
    </message>
    <message>
        <source>Add call recording to the account (a chargeable package) and choose which ingress routes record.</source>
        <translation>Dem Konto die Anrufaufzeichnung hinzufügen (ein kostenpflichtiges Paket) und wählen, welche eingehenden Routen aufzeichnen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: call recording needs the server now.</source>
        <extracomment>The package feature that provides call recording.</extracomment>
        <translation>Der Server ist nicht erreichbar: Die Anrufaufzeichnung braucht den Server sofort.</translation>
    </message>
    <message>
        <source>{total}, plus charges per use</source>
        <translation>{total}, zuzüglich nutzungsabhängiger Kosten</translation>
    </message>
    <message>
        <source>Call Recor&amp;ding Settings…</source>
        <translation>Einstellungen der Anrufaufze&amp;ichnung…</translation>
    </message>
    <message>
        <source>Call recording: enabled, no route records yet. Choose the ingress routes that record in its settings.</source>
        <translation>Anrufaufzeichnung: eingeschaltet, noch keine Route zeichnet auf. Wählen Sie in ihren Einstellungen die eingehenden Routen, die aufzeichnen.</translation>
    </message>
    <message>
        <source>Call recording: enabled, 1 ingress route records.</source>
        <translation>Anrufaufzeichnung: eingeschaltet, 1 eingehende Route zeichnet auf.</translation>
    </message>
    <message>
        <source>Call recording: enabled, {count} ingress routes record.</source>
        <translation>Anrufaufzeichnung: eingeschaltet, {count} eingehende Routen zeichnen auf.</translation>
    </message>
    <message>
        <source>Call recording: enabled. Choose the ingress routes that record in its settings.</source>
        <translation>Anrufaufzeichnung: eingeschaltet. Wählen Sie in ihren Einstellungen die eingehenden Routen, die aufzeichnen.</translation>
    </message>
    <message>
        <source>Call recording: not enabled</source>
        <translation>Anrufaufzeichnung: nicht eingeschaltet</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where the account service is, and the e-mail address you sign in with. Your password is never stored; the app keeps only a sign-in token in the system keychain.</source>
        <translation>Wo der Kontodienst ist und mit welcher E-Mail-Adresse Sie sich anmelden. Ihr Passwort wird nie gespeichert; die App bewahrt nur ein Anmelde-Token im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What you call this server, e.g. Northwind production.</source>
        <translation>Wie Sie diesen Server nennen, z. B. Northwind Produktion.</translation>
    </message>
    <message>
        <source>e.g. Northwind production</source>
        <translation>z. B. Northwind Produktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: problem</source>
        <translation>Name: Problem</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>The account API&apos;s address. A host name alone is enough: https:// and /api/cp/ are added.</source>
        <translation>Die Adresse der Konto-API. Ein Hostname allein genügt: https:// und /api/cp/ werden ergänzt.</translation>
    </message>
    <message>
        <source>e.g. app.connexcs.com</source>
        <translation>z. B. app.connexcs.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server address: saved as</source>
        <translation>Serveradresse: gespeichert als</translation>
    </message>
    <message>
        <source>Server address: warning</source>
        <translation>Serveradresse: Warnung</translation>
    </message>
    <message>
        <source>Server address: problem</source>
        <translation>Serveradresse: Problem</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>The control panel e-mail address you sign in with (optional; asked at sign-in otherwise).</source>
        <translation>Die E-Mail-Adresse des Control Panels, mit der Sie sich anmelden (optional; sonst wird sie bei der Anmeldung erfragt).</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>z. B. noc@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail: problem</source>
        <translation>E-Mail: Problem</translation>
    </message>
    <message>
        <source>Warning: plain http:// is not encrypted: your sign-in and the account&apos;s details can be read on the way. Use https:// unless this server is on a network you trust.</source>
        <translation>Warnung: Einfaches http:// ist nicht verschlüsselt: Ihre Anmeldung und die Kontodaten können unterwegs mitgelesen werden. Verwenden Sie https://, außer dieser Server ist in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. Northwind production.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein, z. B. Northwind Produktion.</translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <translation>Verwenden Sie höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>A profile called {name} already exists; choose another name.</source>
        <translation>Ein Profil namens {name} gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The sandbox always uses the built-in account service on this computer.</source>
        <translation>Die Sandbox verwendet immer den eingebauten Kontodienst auf diesem Computer.</translation>
    </message>
    <message>
        <source>Saved as {address}. This profile is open now: close it to change its address or e-mail.</source>
        <translation>Gespeichert als {address}. Dieses Profil ist gerade geöffnet: Schließen Sie es, um Adresse oder E-Mail zu ändern.</translation>
    </message>
    <message>
        <source>Saved as {address}</source>
        <translation>Gespeichert als {address}</translation>
    </message>
    <message>
        <source>This profile was removed meanwhile (in another window); close this one.</source>
        <translation>Dieses Profil wurde inzwischen entfernt (in einem anderen Fenster); schließen Sie dieses.</translation>
    </message>
    <message>
        <source>The profile was not saved: {reason}</source>
        <translation>Das Profil wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The profiles could not be saved in {path}: {reason}. Check that the folder can be written to.</source>
        <translation>Die Profile konnten nicht in {path} gespeichert werden: {reason}. Prüfen Sie, ob in den Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Save this profile before closing?</source>
        <translation>Dieses Profil vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Some values are not valid yet ({fields}): correct them before saving, or discard.</source>
        <translation>Einige Werte sind noch ungültig ({fields}): Korrigieren Sie sie vor dem Speichern oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>its offline data could not be deleted ({reason})</source>
        <extracomment>A Sign Out the keychain could not complete (locked, not answering): TokenStore remembers it and deletes the token before any token is read again, at the latest at the next start (issue 8, point 8).</extracomment>
        <translation>seine Offline-Daten konnten nicht gelöscht werden ({reason})</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile {name}?</source>
        <translation>Das Profil {name} entfernen?</translation>
    </message>
    <message>
        <source>The app forgets {address} and signs you out of it on this computer. The account on the server is not changed.</source>
        <translation>Die App vergisst {address} und meldet Sie auf diesem Computer davon ab. Das Konto auf dem Server bleibt unverändert.</translation>
    </message>
    <message>
        <source>Also &amp;delete its offline data: the saved copy of the account and any changes not yet sent</source>
        <translation>Auch seine Offline-Daten &amp;löschen: die gespeicherte Kopie des Kontos und alle noch nicht gesendeten Änderungen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The profile could not be removed: {reason}</source>
        <translation>Das Profil konnte nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <source>{name} was removed, but {problems}.</source>
        <translation>{name} wurde entfernt, aber {problems}.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>{name} is still open on {host}: close it there first.</source>
        <translation>{name} ist auf {host} noch geöffnet: Schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <source>{name} is open in another window; brought it to the front.</source>
        <translation>{name} ist in einem anderen Fenster geöffnet; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>{name} is open in another window, which does not answer.</source>
        <translation>{name} ist in einem anderen Fenster geöffnet, das nicht antwortet.</translation>
    </message>
    <message>
        <source>Signed out of {name}.</source>
        <translation>Von {name} abgemeldet.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The account servers you work with. Choose one and press Open. The sandbox is a built-in account service on this computer for trying the app out; it is always here.</source>
        <translation>Die Kontoserver, mit denen Sie arbeiten. Wählen Sie einen und drücken Sie „Öffnen“. Die Sandbox ist ein eingebauter Kontodienst auf diesem Computer zum Ausprobieren der App; sie ist immer da.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a server to work with.</source>
        <translation>Einen Server hinzufügen, mit dem Sie arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected profile&apos;s name, address or e-mail.</source>
        <translation>Name, Adresse oder E-Mail des ausgewählten Profils ändern.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Forget the selected profile on this computer (the account on the server is not changed).</source>
        <translation>Das ausgewählte Profil auf diesem Computer vergessen (das Konto auf dem Server bleibt unverändert).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Work with the selected profile.</source>
        <translation>Mit dem ausgewählten Profil arbeiten.</translation>
    </message>
    <message>
        <source>Built-in sandbox (this computer)</source>
        <translation>Eingebaute Sandbox (dieser Computer)</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Gerade geöffnet</translation>
    </message>
    <message>
        <source>Not encrypted (http://)</source>
        <translation>Nicht verschlüsselt (http://)</translation>
    </message>
    <message>
        <source>The built-in account service, for trying the app out. It is always here.</source>
        <translation>Der eingebaute Kontodienst zum Ausprobieren der App. Er ist immer da.</translation>
    </message>
    <message>
        <source>The sandbox is always here; it cannot be removed.</source>
        <translation>Die Sandbox ist immer da; sie kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This profile is open now; open another one before removing it.</source>
        <translation>Dieses Profil ist gerade geöffnet; öffnen Sie ein anderes, bevor Sie es entfernen.</translation>
    </message>
    <message>
        <source>The profile {name} was removed meanwhile (in another window).</source>
        <translation>Das Profil {name} wurde inzwischen entfernt (in einem anderen Fenster).</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Its address or e-mail changed: sign in again when you open it.</source>
        <translation>Seine Adresse oder E-Mail hat sich geändert: Melden Sie sich beim Öffnen erneut an.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
</context>
<context>
    <name>RecordingConfirm</name>
    <message>
        <source>Adds the Call Recording package to the account (a chargeable package; the server did not say its price).</source>
        <translation>Fügt dem Konto das Paket „Call Recording“ hinzu (ein kostenpflichtiges Paket; der Server hat seinen Preis nicht angegeben).</translation>
    </message>
    <message>
        <source>charged every month while it is on the account</source>
        <translation>jeden Monat berechnet, solange es auf dem Konto ist</translation>
    </message>
    <message>
        <source>charged for what is used</source>
        <translation>nach Verbrauch berechnet</translation>
    </message>
    <message>
        <source>Adds the chargeable {name} package to the account: {price}, {charged}.</source>
        <translation>Fügt dem Konto das kostenpflichtige Paket {name} hinzu: {price}, {charged}.</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Call Recording</translation>
    </message>
    <message>
        <source>This month is charged from today.</source>
        <translation>Dieser Monat wird ab heute berechnet.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose the ingress routes that record (step 2): recording needs at least one customer&apos;s ingress route set to record.</source>
        <translation>Aufgezeichnet wird erst, wenn Sie die aufzeichnenden eingehenden Routen wählen (Schritt 2): Die Aufzeichnung braucht mindestens eine eingehende Route eines Kunden, die auf Aufzeichnen gestellt ist.</translation>
    </message>
    <message>
        <source>Add for {price}</source>
        <translation>Für {price} hinzufügen</translation>
    </message>
    <message>
        <source>Add the package</source>
        <translation>Paket hinzufügen</translation>
    </message>
    <message>
        <source>Add the chargeable {name} package to the account?</source>
        <translation>Das kostenpflichtige Paket {name} dem Konto hinzufügen?</translation>
    </message>
    <message>
        <source>Enable call recording</source>
        <translation>Anrufaufzeichnung einschalten</translation>
    </message>
    <message>
        <source>1 ingress route records now: it stops at once.</source>
        <translation>1 eingehende Route zeichnet gerade auf: Sie hört sofort auf.</translation>
    </message>
    <message>
        <source>{count} ingress routes record now: they stop at once.</source>
        <translation>{count} eingehende Routen zeichnen gerade auf: Sie hören sofort auf.</translation>
    </message>
    <message>
        <source>No ingress route records now.</source>
        <translation>Gerade zeichnet keine eingehende Route auf.</translation>
    </message>
    <message>
        <source>This month&apos;s charge ({amount}) is not refunded; no further month is charged.</source>
        <translation>Die Kosten dieses Monats ({amount}) werden nicht erstattet; kein weiterer Monat wird berechnet.</translation>
    </message>
    <message>
        <source>Minutes recorded so far this month are still charged.</source>
        <translation>Die in diesem Monat bisher aufgezeichneten Minuten werden trotzdem berechnet.</translation>
    </message>
    <message>
        <source>The {name} package is removed from the account and nothing is recorded any more.</source>
        <translation>Das Paket {name} wird vom Konto entfernt, und es wird nichts mehr aufgezeichnet.</translation>
    </message>
    <message>
        <source>Every ingress route&apos;s recording is set back to Disabled; recordings already made are kept.</source>
        <translation>Die Aufzeichnung jeder eingehenden Route wird auf „Aus“ zurückgesetzt; bereits gemachte Aufzeichnungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Disable call recording</source>
        <translation>Anrufaufzeichnung ausschalten</translation>
    </message>
    <message>
        <source>Disable call recording on the account?</source>
        <translation>Die Anrufaufzeichnung für das Konto ausschalten?</translation>
    </message>
    <message>
        <source>Disable Call Recording</source>
        <translation>Anrufaufzeichnung ausschalten</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <source>Call recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <source>Call recording takes two steps: enable it on the account, then choose which of your customers&apos; ingress routes record calls. Nothing is recorded until both are done.</source>
        <translation>Die Anrufaufzeichnung erfolgt in zwei Schritten: Schalten Sie sie für das Konto ein und wählen Sie dann, welche eingehenden Routen Ihrer Kunden Anrufe aufzeichnen. Aufgezeichnet wird erst, wenn beides erledigt ist.</translation>
    </message>
    <message>
        <source>Step 1: Enable call recording on the account</source>
        <translation>Schritt 1: Anrufaufzeichnung für das Konto einschalten</translation>
    </message>
    <message>
        <source>&amp;Enable Call Recording…</source>
        <translation>Anrufaufzeichnung &amp;einschalten…</translation>
    </message>
    <message>
        <source>Remove the Call Recording package: no ingress route records any more</source>
        <translation>Das Paket „Call Recording“ entfernen: Keine eingehende Route zeichnet mehr auf</translation>
    </message>
    <message>
        <source>&amp;Disable Call Recording…</source>
        <translation>Anrufaufzeichnung &amp;ausschalten…</translation>
    </message>
    <message>
        <source>Step 2: Choose which customers&apos; ingress routes record</source>
        <translation>Schritt 2: Wählen, welche eingehenden Routen der Kunden aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Ingress routes and their recording:</source>
        <translation>Eingehende &amp;Routen und ihre Aufzeichnung:</translation>
    </message>
    <message>
        <source>Ingress routes and their recording</source>
        <translation>Eingehende Routen und ihre Aufzeichnung</translation>
    </message>
    <message>
        <source>Customer / ingress route</source>
        <translation>Kunde / eingehende Route</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Load again from the server</source>
        <translation>Erneut vom Server laden</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Enable call recording first (step 1).</source>
        <translation>Schalten Sie zuerst die Anrufaufzeichnung ein (Schritt 1).</translation>
    </message>
    <message>
        <source>The server cannot be reached: enabling call recording and choosing the ingress routes that record need the server now, so they are unavailable until it answers again.</source>
        <translation>Der Server ist nicht erreichbar: Das Einschalten der Anrufaufzeichnung und die Wahl der aufzeichnenden eingehenden Routen brauchen den Server sofort; sie sind daher nicht verfügbar, bis er wieder antwortet.</translation>
    </message>
    <message>
        <source>No route records calls yet: recording captures nothing until at least one ingress route records.</source>
        <translation>Noch keine Route zeichnet Anrufe auf: Es wird nichts aufgezeichnet, bis mindestens eine eingehende Route aufzeichnet.</translation>
    </message>
    <message>
        <source>Checking the account&apos;s packages…</source>
        <translation>Die Pakete des Kontos werden geprüft…</translation>
    </message>
    <message>
        <source>Adds the Call Recording package to the account.</source>
        <translation>Fügt dem Konto das Paket „Call Recording“ hinzu.</translation>
    </message>
    <message>
        <source>Done: call recording is enabled on the account.</source>
        <translation>Erledigt: Die Anrufaufzeichnung ist für das Konto eingeschaltet.</translation>
    </message>
    <message>
        <source>Not enabled yet.</source>
        <translation>Noch nicht eingeschaltet.</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Until then no ingress route can record.</source>
        <translation>Bis dahin kann keine eingehende Route aufzeichnen.</translation>
    </message>
    <message>
        <source>There are no ingress routes to record: add a customer&apos;s routing first.</source>
        <translation>Es gibt keine eingehenden Routen zum Aufzeichnen: Legen Sie zuerst das Routing eines Kunden an.</translation>
    </message>
    <message>
        <source>{recording} of {total} ingress routes are set to record, but nothing is recorded until call recording is enabled (step 1).</source>
        <translation>{recording} von {total} eingehenden Routen sind zum Aufzeichnen eingestellt, aber aufgezeichnet wird erst, wenn die Anrufaufzeichnung eingeschaltet ist (Schritt 1).</translation>
    </message>
    <message>
        <source>{recording} of {total} ingress routes record calls.</source>
        <translation>{recording} von {total} eingehenden Routen zeichnen Anrufe auf.</translation>
    </message>
    <message>
        <source>The {name} package is on the account: {price}.</source>
        <translation>Das Paket {name} ist auf dem Konto: {price}.</translation>
    </message>
    <message>
        <source>Recording then needs at least one ingress route set to record (step 2). You are asked to confirm before the package is added.</source>
        <translation>Zum Aufzeichnen muss dann mindestens eine eingehende Route auf Aufzeichnen gestellt sein (Schritt 2). Bevor das Paket hinzugefügt wird, werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Loading packages, customers and ingress routes…</source>
        <translation>Pakete, Kunden und eingehende Routen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the account&apos;s packages and routes. {reason}</source>
        <translation>Die Pakete und Routen des Kontos konnten nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <source>Not known: the account&apos;s packages could not be loaded.</source>
        <translation>Unbekannt: Die Pakete des Kontos konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Enabling call recording…</source>
        <translation>Die Anrufaufzeichnung wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Call recording was already enabled on the account.</source>
        <translation>Die Anrufaufzeichnung war für das Konto schon eingeschaltet.</translation>
    </message>
    <message>
        <source>Call recording was not enabled. {reason}</source>
        <translation>Die Anrufaufzeichnung wurde nicht eingeschaltet. {reason}</translation>
    </message>
    <message>
        <source>Saving the recording of {route}…</source>
        <translation>Die Aufzeichnung von {route} wird gespeichert…</translation>
    </message>
    <message>
        <source>The recording of {route} was not changed. {reason}</source>
        <translation>Die Aufzeichnung von {route} wurde nicht geändert. {reason}</translation>
    </message>
    <message>
        <source>Disabling call recording…</source>
        <translation>Die Anrufaufzeichnung wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Call recording is disabled: no ingress route records any more.</source>
        <translation>Die Anrufaufzeichnung ist ausgeschaltet: Keine eingehende Route zeichnet mehr auf.</translation>
    </message>
    <message>
        <source>Call recording was not disabled. {reason}</source>
        <translation>Die Anrufaufzeichnung wurde nicht ausgeschaltet. {reason}</translation>
    </message>
</context>
<context>
    <name>RecordingRoutes</name>
    <message>
        <source>Disabled</source>
        <extracomment>Readable labels of the recording modes of an ingress route (RECORDING_MODES).</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Sample 1%</source>
        <translation>Stichprobe 1 %</translation>
    </message>
    <message>
        <source>Sample 5%</source>
        <translation>Stichprobe 5 %</translation>
    </message>
    <message>
        <source>Sample 25%</source>
        <translation>Stichprobe 25 %</translation>
    </message>
    <message>
        <source>Sample 50%</source>
        <translation>Stichprobe 50 %</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>No ingress routes</source>
        <translation>Keine eingehenden Routen</translation>
    </message>
    <message>
        <source>Recording of ingress route {route} of {customer}</source>
        <translation>Aufzeichnung der eingehenden Route {route} von {customer}</translation>
    </message>
</context>
<context>
    <name>SandboxOutbox</name>
    <message>
        <source>Sandbox Outbox</source>
        <translation>Sandbox-Postausgang</translation>
    </message>
    <message>
        <source>What the sandbox kept instead of sending: the e-mails its mail catcher received and the SMS messages. Nothing here left this computer.</source>
        <translation>Was die Sandbox aufbewahrt hat, statt es zu senden: die E-Mails, die ihr Mail-Fänger empfangen hat, und die SMS. Nichts davon hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-Mails</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Message &amp;text</source>
        <translation>Nachrichten&amp;text</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation>Wählen Sie eine E-Mail aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the outboxes again from the sandbox.</source>
        <translation>Die Postausgänge erneut aus der Sandbox laden.</translation>
    </message>
    <message>
        <source>Could not load the e-mails: {reason}</source>
        <translation>Die E-Mails konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Could not load the SMS messages: {reason}</source>
        <translation>Die SMS konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 E-Mail</translation>
    </message>
    <message>
        <source>{count} e-mails</source>
        <translation>{count} E-Mails</translation>
    </message>
    <message>
        <source>{emails}, {sms} SMS · updated {time}</source>
        <translation>{emails}, {sms} SMS · aktualisiert um {time}</translation>
    </message>
</context>
<context>
    <name>SaveFallbacks</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. A new password cannot wait on this computer to be sent later: it is a secret. Everything you typed is still here: save again when the server is back, or {undo} to save your other changes on this computer now.</source>
        <extracomment>``sign_in(parent, done)``: the app&apos;s sign-in over ``parent``; ``done(True)`` once signed in, ``done(False)`` if not.</extracomment>
        <translation>Der Server ist nicht erreichbar, daher wurde nichts gespeichert. Ein neues Passwort kann nicht auf diesem Computer warten, um später gesendet zu werden: Es ist ein Geheimnis. Alles, was Sie eingegeben haben, ist noch da: Speichern Sie erneut, wenn der Server wieder da ist, oder {undo}, um Ihre anderen Änderungen jetzt auf diesem Computer zu speichern.</translation>
    </message>
    <message>
        <source>{cause} So nothing was saved. A new password cannot wait on this computer to be sent later: it is a secret. Everything you typed is still here: save again once this is solved, or {undo} to save your other changes on this computer now.</source>
        <extracomment>As SECRET_NOT_QUEUED when something named stood in the way (issue 8): ``{cause}`` says what.</extracomment>
        <translation>{cause} Daher wurde nichts gespeichert. Ein neues Passwort kann nicht auf diesem Computer warten, um später gesendet zu werden: Es ist ein Geheimnis. Alles, was Sie eingegeben haben, ist noch da: Speichern Sie erneut, sobald das gelöst ist, oder {undo}, um Ihre anderen Änderungen jetzt auf diesem Computer zu speichern.</translation>
    </message>
    <message>
        <source>Nothing was saved: earlier changes to these details are still waiting on this computer, and a new password cannot wait with them (it is a secret). Everything you typed is still here: save the password once they have been sent, or {undo} to queue your other changes.</source>
        <translation>Es wurde nichts gespeichert: Frühere Änderungen an diesen Daten warten noch auf diesem Computer, und ein neues Passwort kann nicht mit ihnen warten (es ist ein Geheimnis). Alles, was Sie eingegeben haben, ist noch da: Speichern Sie das Passwort, sobald sie gesendet wurden, oder {undo}, um Ihre anderen Änderungen einzureihen.</translation>
    </message>
    <message>
        <source>Needs the server now: a password is never kept on this computer.</source>
        <translation>Braucht den Server sofort: Ein Passwort wird nie auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so nothing was saved yet. Sign in again to save; your changes are kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen, daher wurde noch nichts gespeichert. Melden Sie sich erneut an, um zu speichern; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your changes to {names} were sent to the server, which has not answered yet.</source>
        <translation>Ihre Änderungen an {names} wurden an den Server gesendet, der noch nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>If you abandon the save, the server may still apply it; check the values after the refresh.</source>
        <translation>Wenn Sie das Speichern abbrechen, kann der Server es trotzdem ausführen; prüfen Sie die Werte nach der Aktualisierung.</translation>
    </message>
    <message>
        <source>Put in Outbox keeps it on this computer and sends it later; it is never applied twice.</source>
        <translation>„In den Postausgang“ bewahrt die Änderung auf diesem Computer auf und sendet sie später; sie wird nie zweimal ausgeführt.</translation>
    </message>
    <message>
        <source>Nothing has reached the server yet: abandoning discards your changes.</source>
        <translation>Noch hat nichts den Server erreicht: Abbrechen verwirft Ihre Änderungen.</translation>
    </message>
    <message>
        <source>The save was abandoned after it had been sent: the server may still apply it; check the values after the refresh.</source>
        <translation>Das Speichern wurde abgebrochen, nachdem es gesendet worden war: Der Server kann es trotzdem ausführen; prüfen Sie die Werte nach der Aktualisierung.</translation>
    </message>
    <message>
        <source>You did not sign in, so nothing was saved. Your changes are still here: press Save to sign in and try again, or Cancel to leave them.</source>
        <translation>Sie haben sich nicht angemeldet, daher wurde nichts gespeichert. Ihre Änderungen sind noch da: Drücken Sie „Speichern“, um sich anzumelden und es erneut zu versuchen, oder „Abbrechen“, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>these details</source>
        <translation>diese Daten</translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation>Wird noch gespeichert</translation>
    </message>
    <message>
        <source>&amp;Keep Waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>Put in &amp;Outbox</source>
        <translation>In den P&amp;ostausgang</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Save abandoned</source>
        <translation>Speichern abgebrochen</translation>
    </message>
    <message>
        <source>Saving on this computer…</source>
        <translation>Wird auf diesem Computer gespeichert…</translation>
    </message>
    <message>
        <source>Your changes could not be saved on this computer either ({error}). Everything you typed is still here; try again.</source>
        <translation>Ihre Änderungen konnten auch auf diesem Computer nicht gespeichert werden ({error}). Alles, was Sie eingegeben haben, ist noch da; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>The sandbox signs in by itself; there is nothing to sign out of.</source>
        <translation>Die Sandbox meldet sich selbst an; es gibt nichts abzumelden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Forget this computer&apos;s sign-in for this profile and sign in again</source>
        <translation>Die Anmeldung dieses Computers für dieses Profil vergessen und neu anmelden</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Open another account server, or add, edit and remove profiles</source>
        <translation>Einen anderen Kontoserver öffnen oder Profile hinzufügen, bearbeiten und entfernen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your control panel e-mail address and password.</source>
        <translation>Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Control Panels an.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Sign in with your control panel e-mail address and password (the password is used once and never stored)</source>
        <translation>Mit der E-Mail-Adresse und dem Passwort des Control Panels anmelden (das Passwort wird einmal verwendet und nie gespeichert)</translation>
    </message>
    <message>
        <source>E-&amp;mail and password</source>
        <translation>E-&amp;Mail und Passwort</translation>
    </message>
    <message>
        <source>Sign in with a refresh token created on the control panel&apos;s JWT keys page</source>
        <translation>Mit einem Refresh-Token anmelden, das auf der Seite „JWT keys“ des Control Panels erstellt wurde</translation>
    </message>
    <message>
        <source>Pasted &amp;token</source>
        <translation>Eingefügtes &amp;Token</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Refresh token</source>
        <translation>&amp;Refresh-Token</translation>
    </message>
    <message>
        <source>eyJ…</source>
        <translation>eyJ…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Refresh token: problem</source>
        <translation>Refresh-Token: Problem</translation>
    </message>
    <message>
        <source>Create a refresh token on the control panel&apos;s JWT keys page and paste all of it here. The app keeps it in your keychain, never in a file.</source>
        <translation>Erstellen Sie auf der Seite „JWT keys“ des Control Panels ein Refresh-Token und fügen Sie es vollständig hier ein. Die App bewahrt es in Ihrem Schlüsselbund auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Refresh token: hint</source>
        <translation>Refresh-Token: Hinweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The server refused the sign-in: the e-mail address or the password is not right. Check both and press Sign in again. The app never retries by itself, because the platform blocks an address after repeated failed attempts.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Die E-Mail-Adresse oder das Passwort stimmt nicht. Prüfen Sie beides und drücken Sie erneut „Anmelden“. Die App versucht es nie von selbst erneut, weil die Plattform eine Adresse nach wiederholten Fehlversuchen sperrt.</translation>
    </message>
    <message>
        <source>This is not a refresh token. Copy the whole token from the control panel&apos;s JWT keys page: it starts with eyJ and has two dots.</source>
        <translation>Dies ist kein Refresh-Token. Kopieren Sie das ganze Token von der Seite „JWT keys“ des Control Panels: Es beginnt mit eyJ und hat zwei Punkte.</translation>
    </message>
    <message>
        <source>The server did not accept this refresh token: it may have expired or been revoked, be an access token, or belong to another server. Create a new one on the control panel&apos;s JWT keys page.</source>
        <translation>Der Server hat dieses Refresh-Token nicht angenommen: Es ist vielleicht abgelaufen oder widerrufen, ein Access-Token oder gehört zu einem anderen Server. Erstellen Sie ein neues auf der Seite „JWT keys“ des Control Panels.</translation>
    </message>
    <message>
        <source>Create a refresh token on the control panel&apos;s JWT keys page and paste all of it here. The app keeps it for this session only, never in a file.</source>
        <extracomment>The hint under the Refresh token field: where the token is kept, which the notice may change.</extracomment>
        <translation>Erstellen Sie auf der Seite „JWT keys“ des Control Panels ein Refresh-Token und fügen Sie es vollständig hier ein. Die App bewahrt es nur für diese Sitzung auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Sign in to {server} with a refresh token from the control panel.</source>
        <translation>Bei {server} mit einem Refresh-Token aus dem Control Panel anmelden.</translation>
    </message>
    <message>
        <source>Sign in to {server} with your control panel e-mail address and password.</source>
        <translation>Bei {server} mit der E-Mail-Adresse und dem Passwort Ihres Control Panels anmelden.</translation>
    </message>
    <message>
        <source>Sign in with a refresh token from the control panel.</source>
        <translation>Mit einem Refresh-Token aus dem Control Panel anmelden.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Edit SMTP Details</source>
        <translation>SMTP-Daten bearbeiten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>How the platform sends your customers&apos; e-mail and SMS. Test Email here tests the values as typed; the main window&apos;s Test Email and Test SMS use the saved ones.</source>
        <translation>Wie die Plattform E-Mails und SMS Ihrer Kunden sendet. „Test-E-Mail“ hier prüft die Werte wie eingegeben; „Test-E-Mail“ und „Test-SMS“ im Hauptfenster verwenden die gespeicherten.</translation>
    </message>
    <message>
        <source>From Add&amp;ress</source>
        <translation>Absender&amp;adresse</translation>
    </message>
    <message>
        <source>The address the platform&apos;s e-mails come from; test e-mails go to it unless you choose another.</source>
        <translation>Die Adresse, von der die E-Mails der Plattform kommen; Test-E-Mails gehen an sie, wenn Sie keine andere wählen.</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>z. B. noc@example.com</translation>
    </message>
    <message>
        <source>From Address: problem</source>
        <translation>Absenderadresse: Problem</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>The login the mail server expects; leave empty to send without login.</source>
        <translation>Die Anmeldung, die der Mailserver erwartet; leer lassen, um ohne Anmeldung zu senden.</translation>
    </message>
    <message>
        <source>empty: send without login</source>
        <translation>leer: ohne Anmeldung senden</translation>
    </message>
    <message>
        <source>Username: problem</source>
        <translation>Benutzername: Problem</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>Pass&amp;wort ändern</translation>
    </message>
    <message>
        <source>Type a new password to replace the saved one; leave empty to keep it. It is never shown again.</source>
        <translation>Geben Sie ein neues Passwort ein, um das gespeicherte zu ersetzen; leer lassen, um es zu behalten. Es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Remo&amp;ve the saved password</source>
        <translation>Gespeichertes Passwort ent&amp;fernen</translation>
    </message>
    <message>
        <source>Send without a password from now on (the Username is kept).</source>
        <translation>Ab jetzt ohne Passwort senden (der Benutzername bleibt erhalten).</translation>
    </message>
    <message>
        <source>Password: how the app reads it</source>
        <translation>Passwort: wie die App es liest</translation>
    </message>
    <message>
        <source>Password: problem</source>
        <translation>Passwort: Problem</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>The mail server&apos;s host, optionally with :port. Port 25 when none is given; 465 means TLS from the first byte.</source>
        <translation>Der Host des Mailservers, wahlweise mit :Port. Port 25, wenn keiner angegeben ist; 465 bedeutet TLS ab dem ersten Byte.</translation>
    </message>
    <message>
        <source>e.g. mail.example.com:587</source>
        <translation>z. B. mail.example.com:587</translation>
    </message>
    <message>
        <source>Server: how the app reads it</source>
        <translation>Server: wie die App ihn liest</translation>
    </message>
    <message>
        <source>Server: problem</source>
        <translation>Server: Problem</translation>
    </message>
    <message>
        <source>SMS Fr&amp;om</source>
        <translation>SMS-Abs&amp;ender</translation>
    </message>
    <message>
        <source>A number with + and the country code, or a sender name of 1 to 11 letters, digits and spaces.</source>
        <translation>Eine Nummer mit + und Landesvorwahl oder ein Absendername aus 1 bis 11 Buchstaben, Ziffern und Leerzeichen.</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456 or Northwind</source>
        <translation>z. B. +44 7911 123456 oder Northwind</translation>
    </message>
    <message>
        <source>SMS From: how the app reads it</source>
        <translation>SMS-Absender: wie die App ihn liest</translation>
    </message>
    <message>
        <source>SMS From: problem</source>
        <translation>SMS-Absender: Problem</translation>
    </message>
    <message>
        <source>Trusted cert&amp;ificate</source>
        <translation>Vertrauenswürdiges Zert&amp;ifikat</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the mail server&apos;s own certificate, trusted deliberately (an internal relay with a self-signed or private certificate). Only that certificate is then accepted for this server.</source>
        <translation>Der SHA-256-Fingerabdruck des eigenen Zertifikats des Mailservers, dem bewusst vertraut wird (ein internes Relay mit selbstsigniertem oder privatem Zertifikat). Für diesen Server wird dann nur dieses Zertifikat angenommen.</translation>
    </message>
    <message>
        <source>none: the trust store decides</source>
        <translation>keiner: der Zertifikatspeicher entscheidet</translation>
    </message>
    <message>
        <source>Trusted certificate: what it means</source>
        <translation>Vertrauenswürdiges Zertifikat: was es bedeutet</translation>
    </message>
    <message>
        <source>Trusted certificate: problem</source>
        <translation>Vertrauenswürdiges Zertifikat: Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Test Email…</source>
        <translation>&amp;Test-E-Mail…</translation>
    </message>
    <message>
        <source>Send a test e-mail with the values as typed here, before you save them (nothing is saved).</source>
        <translation>Eine Test-E-Mail mit den hier eingegebenen Werten senden, bevor Sie sie speichern (nichts wird gespeichert).</translation>
    </message>
    <message>
        <source>Read as {server}.</source>
        <extracomment>The validators of the dialog: the shared SMTP ones (the checkers where a notice says what they changed: the From Address and SMS From), and the password&apos;s (which keeps spaces).</extracomment>
        <translation>Gelesen als {server}.</translation>
    </message>
    <message>
        <source>Sent from {number} (E.164).</source>
        <translation>Gesendet von {number} (E.164).</translation>
    </message>
    <message>
        <source>Sent from the sender name “{name}”.</source>
        <translation>Gesendet mit dem Absendernamen „{name}“.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your new password is kept too (not shown); Save sends it.</source>
        <translation>Ihr neues Passwort bleibt ebenfalls erhalten (nicht angezeigt); „Speichern“ sendet es.</translation>
    </message>
    <message>
        <source>It belongs to the saved Server: saving the new Server forgets it.</source>
        <translation>Es gehört zum gespeicherten Server: Beim Speichern des neuen Servers wird es vergessen.</translation>
    </message>
    <message>
        <source>Only the certificate with this SHA-256 fingerprint is accepted for this server, whatever the trust store says.</source>
        <translation>Für diesen Server wird nur das Zertifikat mit diesem SHA-256-Fingerabdruck angenommen, unabhängig vom Zertifikatspeicher.</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>A password is saved; it is never shown. Leave this empty to keep it.</source>
        <translation>Ein Passwort ist gespeichert; es wird nie angezeigt. Lassen Sie dieses Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>No password is saved.</source>
        <translation>Es ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>untick “Remove the saved password”</source>
        <translation>entfernen Sie das Häkchen bei „Gespeichertes Passwort entfernen“</translation>
    </message>
    <message>
        <source>empty the “Change password” field</source>
        <translation>leeren Sie das Feld „Passwort ändern“</translation>
    </message>
    <message>
        <source>The mail server refused this value in the test: see the test&apos;s result.</source>
        <translation>Der Mailserver hat diesen Wert im Test abgelehnt: siehe das Ergebnis des Tests.</translation>
    </message>
</context>
<context>
    <name>SmtpSection</name>
    <message>
        <source>SMTP details</source>
        <translation>SMTP-Daten</translation>
    </message>
    <message>
        <source>From Address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server: how the app reads it</source>
        <translation>Server: wie die App ihn liest</translation>
    </message>
    <message>
        <source>SMS From</source>
        <translation>SMS-Absender</translation>
    </message>
    <message>
        <source>&amp;Test Email…</source>
        <translation>&amp;Test-E-Mail…</translation>
    </message>
    <message>
        <source>Send a test e-mail with the saved SMTP details and see the whole conversation.</source>
        <translation>Eine Test-E-Mail mit den gespeicherten SMTP-Daten senden und das ganze Gespräch sehen.</translation>
    </message>
    <message>
        <source>Test S&amp;MS…</source>
        <translation>Test-&amp;SMS…</translation>
    </message>
    <message>
        <source>Send a test SMS from the saved SMS From.</source>
        <translation>Eine Test-SMS vom gespeicherten SMS-Absender senden.</translation>
    </message>
    <message>
        <source>Edit SMTP details…</source>
        <translation>SMTP-Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit SMTP details</source>
        <translation>SMTP-Daten bearbeiten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Why testing is unavailable</source>
        <translation>Warum Tests nicht verfügbar sind</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test Email needs the server now.</source>
        <translation>Der Server ist nicht erreichbar: „Test-E-Mail“ braucht den Server sofort.</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test SMS needs the server now.</source>
        <translation>Der Server ist nicht erreichbar: „Test-SMS“ braucht den Server sofort.</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test Email and Test SMS need the server now. They come back after a refresh that reaches it.</source>
        <translation>Der Server ist nicht erreichbar: „Test-E-Mail“ und „Test-SMS“ brauchen den Server sofort. Sie sind wieder verfügbar, sobald eine Aktualisierung ihn erreicht.</translation>
    </message>
    <message>
        <source>No mail server is saved.</source>
        <translation>Es ist kein Mailserver gespeichert.</translation>
    </message>
    <message>
        <source>Read as {server}.</source>
        <translation>Gelesen als {server}.</translation>
    </message>
    <message>
        <source>The app cannot read this: {reason}</source>
        <translation>Die App kann dies nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <extracomment>The narrowest an eliding label gets, in average characters (&quot;Server: …&quot; stays readable).</extracomment>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Angemeldet als {user}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>TestDialog</name>
    <message>
        <source>The test could not be run.</source>
        <extracomment>The heading of an outcome when the request itself failed (no answer, refused values…).</extracomment>
        <translation>Der Test konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <extracomment>The follow-ups a result may offer, with their button&apos;s text.</extracomment>
        <translation>SMTP-Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Open SMS Outbox</source>
        <translation>SMS-Postausgang öffnen</translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation>Diesem Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>The keys of the SMTP details (a 422 naming one is fixed in Edit SMTP Details). Words that name the SMTP details (or one of their fields) in a summary. The status line while the service works; set by each subclass.</extracomment>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Stopped waiting: the answer will not be shown.</source>
        <extracomment>The status line after Cancel; set by each subclass.</extracomment>
        <translation>Warten beendet: Die Antwort wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>TestEmailDialog</name>
    <message>
        <source>Test Email</source>
        <translation>Test-E-Mail</translation>
    </message>
    <message>
        <source>About this test</source>
        <translation>Über diesen Test</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Senden &amp;an</translation>
    </message>
    <message>
        <source>Where the test e-mail goes; the From Address unless you type another address.</source>
        <translation>Wohin die Test-E-Mail geht; an die Absenderadresse, wenn Sie keine andere eingeben.</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>z. B. noc@example.com</translation>
    </message>
    <message>
        <source>Send to: problem</source>
        <translation>Senden an: Problem</translation>
    </message>
    <message>
        <source>&amp;Password for this check (not saved)</source>
        <translation>&amp;Passwort für diese Prüfung (wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Only for “Check from this computer”: the saved password never leaves the server. Leave empty to check without logging in.</source>
        <translation>Nur für „Von diesem Computer prüfen“: Das gespeicherte Passwort verlässt den Server nie. Leer lassen, um ohne Anmeldung zu prüfen.</translation>
    </message>
    <message>
        <source>Password for this check: note</source>
        <translation>Passwort für diese Prüfung: Hinweis</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Ask the server to send a test e-mail with the saved SMTP details.</source>
        <translation>Den Server bitten, eine Test-E-Mail mit den gespeicherten SMTP-Daten zu senden.</translation>
    </message>
    <message>
        <source>Check from this co&amp;mputer</source>
        <translation>Von diesem &amp;Computer prüfen</translation>
    </message>
    <message>
        <source>Talk to the mail server from this computer, up to the recipient, without sending.</source>
        <translation>Von diesem Computer aus mit dem Mailserver sprechen, bis zum Empfänger, ohne zu senden.</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (the server may still finish the test).</source>
        <translation>Nicht länger auf diese Antwort warten (der Server kann den Test trotzdem beenden).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <translation>SMTP-Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Opens what the result above mentions.</source>
        <translation>Öffnet, was das Ergebnis oben nennt.</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <source>Cop&amp;y transcript</source>
        <translation>Protokoll k&amp;opieren</translation>
    </message>
    <message>
        <source>Put the whole conversation on the clipboard as text.</source>
        <translation>Das ganze Gespräch als Text in die Zwischenablage legen.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>As seen from the server</source>
        <translation>Aus Sicht des Servers</translation>
    </message>
    <message>
        <source>As seen from this computer&apos;s network</source>
        <translation>Aus Sicht des Netzwerks dieses Computers</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>{source}: the test e-mail was sent.</source>
        <translation>{source}: Die Test-E-Mail wurde gesendet.</translation>
    </message>
    <message>
        <source>{source}: the test e-mail failed.</source>
        <translation>{source}: Die Test-E-Mail ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{source}: the check passed (nothing was sent).</source>
        <translation>{source}: Die Prüfung war erfolgreich (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>{source}: the check failed (nothing was sent).</source>
        <translation>{source}: Die Prüfung ist fehlgeschlagen (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>Waiting for the server: it is talking to the mail server (this can take a minute)…</source>
        <translation>Warten auf den Server: Er spricht mit dem Mailserver (das kann eine Minute dauern)…</translation>
    </message>
    <message>
        <source>Stopped waiting. The server may still send the test e-mail; its answer will not be shown.</source>
        <translation>Warten beendet. Der Server kann die Test-E-Mail trotzdem senden; seine Antwort wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Talking to the mail server from this computer (this can take a minute)…</source>
        <translation>Gespräch mit dem Mailserver von diesem Computer aus (das kann eine Minute dauern)…</translation>
    </message>
    <message>
        <source>no mail server saved</source>
        <translation>kein Mailserver gespeichert</translation>
    </message>
    <message>
        <source>the From Address</source>
        <translation>der Absenderadresse</translation>
    </message>
    <message>
        <source>Sends a test e-mail from {sender} with the SMTP details as typed, not saved ({server}) and shows the whole conversation with the mail server.</source>
        <translation>Sendet eine Test-E-Mail von {sender} mit den SMTP-Daten wie eingegeben, nicht gespeichert ({server}), und zeigt das ganze Gespräch mit dem Mailserver.</translation>
    </message>
    <message>
        <source>Sends a test e-mail from {sender} with the saved SMTP details ({server}) and shows the whole conversation with the mail server.</source>
        <translation>Sendet eine Test-E-Mail von {sender} mit den gespeicherten SMTP-Daten ({server}) und zeigt das ganze Gespräch mit dem Mailserver.</translation>
    </message>
    <message>
        <source>Only for the check from this computer: the saved password never leaves the server. Leave empty to check without logging in.</source>
        <translation>Nur für die Prüfung von diesem Computer: Das gespeicherte Passwort verlässt den Server nie. Leer lassen, um ohne Anmeldung zu prüfen.</translation>
    </message>
    <message>
        <source>No Username is saved, so the check does not log in.</source>
        <translation>Es ist kein Benutzername gespeichert, daher meldet sich die Prüfung nicht an.</translation>
    </message>
    <message>
        <source> (the values as typed, not saved)</source>
        <translation> (die Werte wie eingegeben, nicht gespeichert)</translation>
    </message>
    <message>
        <source>The transcript is on the clipboard.</source>
        <translation>Das Protokoll ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>TestSmsDialog</name>
    <message>
        <source>Test SMS</source>
        <translation>Test-SMS</translation>
    </message>
    <message>
        <source>About this test</source>
        <translation>Über diesen Test</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Senden &amp;an</translation>
    </message>
    <message>
        <source>The mobile number the test SMS goes to, with + and the country code.</source>
        <translation>Die Mobilnummer, an die die Test-SMS geht, mit + und Landesvorwahl.</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456</source>
        <translation>z. B. +44 7911 123456</translation>
    </message>
    <message>
        <source>Send to: how the app reads it</source>
        <translation>Senden an: wie die App es liest</translation>
    </message>
    <message>
        <source>Send to: problem</source>
        <translation>Senden an: Problem</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Ask the server to send a test SMS from the saved SMS From.</source>
        <translation>Den Server bitten, eine Test-SMS vom gespeicherten SMS-Absender zu senden.</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (the server may still finish the test).</source>
        <translation>Nicht länger auf diese Antwort warten (der Server kann den Test trotzdem beenden).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <translation>SMTP-Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Opens what the result above mentions.</source>
        <translation>Öffnet, was das Ergebnis oben nennt.</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Anbie&amp;ter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider stat&amp;us</source>
        <translation>Anbieterstat&amp;us</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Anbieterstatus</translation>
    </message>
    <message>
        <source>&amp;Message ID</source>
        <translation>&amp;Nachrichten-ID</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Waiting for the server to hand the SMS to the provider…</source>
        <translation>Warten, bis der Server die SMS an den Anbieter übergibt…</translation>
    </message>
    <message>
        <source>Stopped waiting. The SMS may still be sent; the provider&apos;s answer will not be shown.</source>
        <translation>Warten beendet. Die SMS kann trotzdem gesendet werden; die Antwort des Anbieters wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Sends a short test SMS from {sender} through the platform&apos;s SMS provider. An SMS may be charged by the provider.</source>
        <translation>Sendet eine kurze Test-SMS von {sender} über den SMS-Anbieter der Plattform. Der Anbieter kann eine SMS berechnen.</translation>
    </message>
    <message>
        <source>Sends a short test SMS from the SMS From (none is saved yet) through the platform&apos;s SMS provider. An SMS may be charged by the provider.</source>
        <translation>Sendet eine kurze Test-SMS vom SMS-Absender (noch keiner gespeichert) über den SMS-Anbieter der Plattform. Der Anbieter kann eine SMS berechnen.</translation>
    </message>
    <message>
        <source>Sent to {number} (E.164).</source>
        <translation>Gesendet an {number} (E.164).</translation>
    </message>
    <message>
        <source>The test SMS was accepted.</source>
        <translation>Die Test-SMS wurde angenommen.</translation>
    </message>
    <message>
        <source>The test SMS was not sent.</source>
        <translation>Die Test-SMS wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Trust the certificate of {host} for sending mail?</source>
        <translation>Dem Zertifikat von {host} für den E-Mail-Versand vertrauen?</translation>
    </message>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust it only if this is your company&apos;s own mail relay: compare the fingerprint with the one its administrator gives you. From then on only this certificate is accepted for {host}; if it changes, sending stops and says so.</source>
        <translation>Vertrauen Sie ihm nur, wenn dies das eigene Mail-Relay Ihrer Firma ist: Vergleichen Sie den Fingerabdruck mit dem, den sein Administrator Ihnen nennt. Danach wird für {host} nur dieses Zertifikat angenommen; ändert es sich, stoppt der Versand und meldet das.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>Saved on this computer: it will be sent when the server is back.</source>
        <translation>Auf diesem Computer gespeichert: Die Änderung wird gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Saved on this computer: they will be sent when the server is back.</source>
        <translation>Auf diesem Computer gespeichert: Die Änderungen werden gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>1 change not yet sent</source>
        <translation>1 Änderung noch nicht gesendet</translation>
    </message>
    <message>
        <source>{count} changes not yet sent</source>
        <translation>{count} Änderungen noch nicht gesendet</translation>
    </message>
    <message>
        <source>1 needs your decision</source>
        <translation>1 braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>{count} need your decision</source>
        <translation>{count} brauchen Ihre Entscheidung</translation>
    </message>
    <message>
        <source>{count} refused by the server</source>
        <translation>{count} vom Server abgelehnt</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The server refused a change to {what}: {reason}. Press Review… to see it and discard it.</source>
        <translation>Der Server hat eine Änderung an {what} abgelehnt: {reason}. Drücken Sie „Prüfen…“, um sie anzusehen und zu verwerfen.</translation>
    </message>
    <message>
        <source>The same fields were changed on the server too: press Review… to choose which values to keep. Until then the change is not sent.</source>
        <translation>Dieselben Felder wurden auch auf dem Server geändert: Drücken Sie „Prüfen…“, um zu wählen, welche Werte bleiben. Bis dahin wird die Änderung nicht gesendet.</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>Wartet auf das Senden.</translation>
    </message>
    <message>
        <source>Changes saved on this computer were not sent: {error}</source>
        <translation>Auf diesem Computer gespeicherte Änderungen wurden nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>1 change saved on this computer was sent to the server.</source>
        <translation>1 auf diesem Computer gespeicherte Änderung wurde an den Server gesendet.</translation>
    </message>
    <message>
        <source>{count} changes saved on this computer were sent to the server.</source>
        <translation>{count} auf diesem Computer gespeicherte Änderungen wurden an den Server gesendet.</translation>
    </message>
    <message>
        <source>Changes saved on this computer were not sent: {error} They are sent with the next refresh.</source>
        <translation>Auf diesem Computer gespeicherte Änderungen wurden nicht gesendet: {error} Sie werden mit der nächsten Aktualisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>not set</source>
        <extracomment>What a value label shows for an empty value. A value label is at least as wide as its text, or as this many (average) characters when its text is longer.</extracomment>
        <translation>nicht gesetzt</translation>
    </message>
</context>
</TS>
