<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CX Account Desk</source>
        <translation>À propos de CX Account Desk</translation>
    </message>
    <message>
        <source>CX Account Desk icon</source>
        <translation>Icône de CX Account Desk</translation>
    </message>
    <message>
        <source>Manage your carrier account on the ConnexCS platform.</source>
        <translation>Gérez votre compte opérateur sur la plateforme ConnexCS.</translation>
    </message>
    <message>
        <source>Proprietary software. Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0).</source>
        <extracomment>The licence line: the app&apos;s own terms and those of the Qt libraries it ships (LGPL v3).</extracomment>
        <translation>Logiciel propriétaire. Qt et PySide6 sont utilisés sous la licence GNU Lesser General Public License v3 (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
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
        <translation>Ligne d’adresse &amp;1</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d’adresse 1</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Ligne d’adresse &amp;2</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d’adresse 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State/County</source>
        <translation>État/Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>To change the address, contact technical support.</source>
        <translation>Pour modifier l’adresse, contactez le support technique.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Contrat de service</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Load again from the server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Agreement &amp;text:</source>
        <translation>&amp;Texte du contrat :</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texte du contrat</translation>
    </message>
    <message>
        <source>Open the PDF of the agreement in your browser</source>
        <translation>Ouvrir le PDF du contrat dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Download PDF</source>
        <translation>Télé&amp;charger le PDF</translation>
    </message>
    <message>
        <source>Loading the service agreement…</source>
        <extracomment>Link schemes handed to the user&apos;s browser or mail program; others are ignored.</extracomment>
        <translation>Chargement du contrat de service…</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>effective {date}</source>
        <translation>en vigueur le {date}</translation>
    </message>
    <message>
        <source>The service agreement could not be loaded. {reason}</source>
        <translation>Le contrat de service n’a pas pu être chargé. {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Service agreement</source>
        <translation>Contrat de service</translation>
    </message>
    <message>
        <source>The terms under which the platform provides its services to the account.</source>
        <translation>Les conditions auxquelles la plateforme fournit ses services au compte.</translation>
    </message>
    <message>
        <source>Read the service &amp;agreement…</source>
        <translation>Lise&amp;z le contrat de service…</translation>
    </message>
</context>
<context>
    <name>BillingMethodWidget</name>
    <message>
        <source>Billing method</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <source>The current billing method</source>
        <translation>Le mode de facturation actuel</translation>
    </message>
    <message>
        <source>Switch the billing method; the new choice is then locked for 30 days</source>
        <translation>Changer de mode de facturation ; le nouveau choix est ensuite bloqué pendant 30 jours</translation>
    </message>
    <message>
        <source>&amp;Switch to per minute…</source>
        <translation>&amp;Passer à la facturation à la minute…</translation>
    </message>
    <message>
        <source>Per-channel rate:</source>
        <translation>Tarif par canal :</translation>
    </message>
    <message>
        <source>What per-channel billing charges</source>
        <translation>Ce que coûte la facturation par canal</translation>
    </message>
    <message>
        <source>Per-minute rate:</source>
        <translation>Tarif à la minute :</translation>
    </message>
    <message>
        <source>What per-minute billing charges</source>
        <translation>Ce que coûte la facturation à la minute</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The server cannot be reached: switching the billing method needs the server now, so it is unavailable until a refresh reaches it.</source>
        <extracomment>The longest a QTimer can wait (about 24.8 days), in milliseconds.</extracomment>
        <translation>Le serveur est injoignable : le changement de mode de facturation a besoin du serveur immédiatement ; il reste donc indisponible jusqu’à ce qu’une actualisation l’atteigne.</translation>
    </message>
    <message>
        <source>The server cannot be reached: switching the billing method needs the server now.</source>
        <translation>Le serveur est injoignable : le changement de mode de facturation a besoin du serveur immédiatement.</translation>
    </message>
    <message>
        <source>The billing method can be switched once every 30 days. Platform administrators can lift the lock through technical support.</source>
        <translation>Le mode de facturation peut être changé une fois tous les 30 jours. Les administrateurs de la plateforme peuvent lever le blocage via le support technique.</translation>
    </message>
    <message>
        <source>Per channel</source>
        <extracomment>Each billing method as shown (desktop.domain.billing&apos;s keys), and as a switch button and question name it.</extracomment>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <source>&amp;Switch to per channel…</source>
        <translation>&amp;Passer à la facturation par canal…</translation>
    </message>
    <message>
        <source>Switch the billing method to per channel?</source>
        <translation>Passer au mode de facturation par canal ?</translation>
    </message>
    <message>
        <source>Switch the billing method to per minute?</source>
        <translation>Passer au mode de facturation à la minute ?</translation>
    </message>
    <message>
        <source>Switch to per channel</source>
        <translation>Passer à la facturation par canal</translation>
    </message>
    <message>
        <source>Switch to per minute</source>
        <translation>Passer à la facturation à la minute</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not provided by the server</source>
        <translation>Non fourni par le serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked until {time}.&lt;/b&gt; {explanation}</source>
        <translation>&lt;b&gt;Bloqué jusqu’au {time}.&lt;/b&gt; {explanation}</translation>
    </message>
    <message>
        <source>The billing method can be switched once every 30 days: after a switch now, the next switch is possible from {date}.</source>
        <translation>Le mode de facturation peut être changé une fois tous les 30 jours : après un changement maintenant, le suivant sera possible à partir du {date}.</translation>
    </message>
    <message>
        <source>Switch billing method</source>
        <translation>Changer de mode de facturation</translation>
    </message>
    <message>
        <source>Once switched, the billing method is locked for 30 days: you cannot switch it again until {time}.</source>
        <translation>Une fois changé, le mode de facturation est bloqué pendant 30 jours : vous ne pourrez pas le changer de nouveau avant le {time}.</translation>
    </message>
    <message>
        <source>Calls will be billed at {rate} per minute.</source>
        <translation>Les appels seront facturés {rate} par minute.</translation>
    </message>
    <message>
        <source>Channels will be billed at {rate} {unit}.</source>
        <translation>Les canaux seront facturés {rate} {unit}.</translation>
    </message>
    <message>
        <source>Switching the billing method…</source>
        <translation>Changement du mode de facturation…</translation>
    </message>
    <message>
        <source>The server refused the switch: the billing method is locked until {time}. Platform administrators can lift the lock through technical support.</source>
        <translation>Le serveur a refusé le changement : le mode de facturation est bloqué jusqu’au {time}. Les administrateurs de la plateforme peuvent lever le blocage via le support technique.</translation>
    </message>
    <message>
        <source>The server refused the switch: the billing method is locked for 30 days after the last switch. Platform administrators can lift the lock through technical support.</source>
        <translation>Le serveur a refusé le changement : le mode de facturation est bloqué pendant 30 jours après le dernier changement. Les administrateurs de la plateforme peuvent lever le blocage via le support technique.</translation>
    </message>
    <message>
        <source>The billing method was not switched. {reason}</source>
        <translation>Le mode de facturation n’a pas été changé. {reason}</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Company and contact details</source>
        <extracomment>What each queued resource is called in a list (design §4: only these two are queued).</extracomment>
        <translation>Coordonnées de l’entreprise et de contact</translation>
    </message>
    <message>
        <source>SMTP details</source>
        <translation>Paramètres SMTP</translation>
    </message>
    <message>
        <source>the company and contact details</source>
        <extracomment>How a sentence names each resource.</extracomment>
        <translation>les coordonnées de l’entreprise et de contact</translation>
    </message>
    <message>
        <source>the SMTP details</source>
        <translation>les paramètres SMTP</translation>
    </message>
    <message>
        <source>From Address</source>
        <extracomment>The SMTP section&apos;s label of each SMTP key.</extracomment>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>SMS From</source>
        <translation>Expéditeur SMS</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ClosingQuestion</name>
    <message>
        <source>Some values are not valid yet: correct them before saving, or discard.</source>
        <translation>Certaines valeurs ne sont pas encore valides : corrigez-les avant d’enregistrer, ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Save your changes to {fields} before closing?</source>
        <translation>Enregistrer vos modifications de {fields} avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit Company Information</source>
        <translation>Modifier les informations de l’entreprise</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The details the platform bills your company by. The registration ID is kept as you type it; the OCN, FRN and VAT ID are saved in their standard form (capitals, no spaces; the VAT ID with its country code), and the message under a field says what was changed before you save.</source>
        <translation>Les informations selon lesquelles la plateforme facture votre entreprise. Le numéro d’immatriculation est conservé tel que vous le saisissez ; l’OCN, le FRN et le numéro de TVA sont enregistrés sous leur forme standard (majuscules, sans espaces ; le numéro de TVA avec son code pays), et le message sous un champ indique ce qui a été modifié avant l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The account holder&apos;s name (required, up to 100 characters).</source>
        <translation>Le nom du titulaire du compte (obligatoire, 100 caractères au plus).</translation>
    </message>
    <message>
        <source>Account holder&apos;s name</source>
        <translation>Nom du titulaire du compte</translation>
    </message>
    <message>
        <source>Name: problem</source>
        <translation>Nom : problème</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s legal name (required).</source>
        <translation>La raison sociale de l’entreprise (obligatoire).</translation>
    </message>
    <message>
        <source>Legal name of the company</source>
        <translation>Raison sociale de l’entreprise</translation>
    </message>
    <message>
        <source>Company: problem</source>
        <translation>Entreprise : problème</translation>
    </message>
    <message>
        <source>Company &amp;Registration ID</source>
        <translation>Numéro d’&amp;immatriculation</translation>
    </message>
    <message>
        <source>As issued by the company registry; letters, digits, spaces, &apos;/&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Tel que délivré par le registre du commerce ; lettres, chiffres, espaces, « / », « . » et « - ».</translation>
    </message>
    <message>
        <source>e.g. 01234567 or J40/1234/2020</source>
        <translation>p. ex. 01234567 ou J40/1234/2020</translation>
    </message>
    <message>
        <source>Company Registration ID: problem</source>
        <translation>Numéro d’immatriculation : problème</translation>
    </message>
    <message>
        <source>O&amp;CN (Operating Company Number)</source>
        <translation>O&amp;CN (Operating Company Number)</translation>
    </message>
    <message>
        <source>The Operating Company Number assigned by NECA: exactly 4 letters or digits, saved in capitals.</source>
        <translation>L’Operating Company Number attribué par la NECA : exactement 4 lettres ou chiffres, enregistré en majuscules.</translation>
    </message>
    <message>
        <source>An EU or UK VAT ID with its country code (typed without one, it takes the code of the address&apos;s EU country); the check digits are verified.</source>
        <translation>Un numéro de TVA de l’UE ou du Royaume-Uni avec son code pays (saisi sans, il prend le code du pays de l’UE de l’adresse) ; les chiffres de contrôle sont vérifiés.</translation>
    </message>
    <message>
        <source>4 letters or digits, e.g. 567A</source>
        <translation>4 lettres ou chiffres, p. ex. 567A</translation>
    </message>
    <message>
        <source>OCN (Operating Company Number): problem</source>
        <translation>OCN (Operating Company Number) : problème</translation>
    </message>
    <message>
        <source>&amp;FRN (Firm Registration Number)</source>
        <translation>FRN (Firm Re&amp;gistration Number)</translation>
    </message>
    <message>
        <source>The FCC Registration Number: exactly 10 digits, leading zeros kept.</source>
        <translation>Le numéro d’enregistrement FCC : exactement 10 chiffres, zéros de tête conservés.</translation>
    </message>
    <message>
        <source>10 digits, e.g. 0012345678</source>
        <translation>10 chiffres, p. ex. 0012345678</translation>
    </message>
    <message>
        <source>FRN (Firm Registration Number): problem</source>
        <translation>FRN (Firm Registration Number) : problème</translation>
    </message>
    <message>
        <source>&amp;VAT Registration ID</source>
        <translation>Numéro de &amp;TVA</translation>
    </message>
    <message>
        <source>With the country code, e.g. DE136695976</source>
        <translation>Avec le code pays, p. ex. DE136695976</translation>
    </message>
    <message>
        <source>VAT Registration ID: problem</source>
        <translation>Numéro de TVA : problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company information</source>
        <translation>Informations sur l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company Registration &amp;ID</source>
        <translation>Numéro d’immatric&amp;ulation</translation>
    </message>
    <message>
        <source>Company Registration ID</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>O&amp;CN (Operating Company Number)</source>
        <translation>&amp;OCN (Operating Company Number)</translation>
    </message>
    <message>
        <source>OCN (Operating Company Number)</source>
        <translation>OCN (Operating Company Number)</translation>
    </message>
    <message>
        <source>FRN (Firm Re&amp;gistration Number)</source>
        <translation>FRN (Firm Re&amp;gistration Number)</translation>
    </message>
    <message>
        <source>FRN (Firm Registration Number)</source>
        <translation>FRN (Firm Registration Number)</translation>
    </message>
    <message>
        <source>&amp;VAT Registration ID</source>
        <translation>Numéro de &amp;TVA</translation>
    </message>
    <message>
        <source>VAT Registration ID</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Edit company information…</source>
        <translation>Modifier les informations de l’entreprise…</translation>
    </message>
    <message>
        <source>Edit company information</source>
        <translation>Modifier les informations de l’entreprise</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Settle a Conflict</source>
        <translation>Résoudre un conflit</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Au début de votre saisie</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Autres modifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Send the change with the values you chose.</source>
        <translation>Envoyer la modification avec les valeurs choisies.</translation>
    </message>
    <message>
        <source>You changed {what} while the server could not be reached ({time}). Meanwhile the same fields were changed on the server. Choose, for each field, which value to keep. Nothing is sent until you press Apply; Cancel leaves your change waiting.</source>
        <extracomment>The tallest the list of fields grows before it scrolls, in pixels.</extracomment>
        <translation>Vous avez modifié {what} pendant que le serveur était injoignable ({time}). Entre-temps, les mêmes champs ont été modifiés sur le serveur. Choisissez, pour chaque champ, la valeur à garder. Rien n’est envoyé avant que vous appuyiez sur « Appliquer » ; « Annuler » laisse votre modification en attente.</translation>
    </message>
    <message>
        <source>Your other changes in this edit ({fields}) do not conflict and are sent as you made them.</source>
        <translation>Vos autres modifications dans cette saisie ({fields}) ne sont pas en conflit et sont envoyées telles que vous les avez faites.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>{field}: when you started</source>
        <translation>{field} : au début de votre saisie</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Choose a value for 1 more field.</source>
        <translation>Choisissez une valeur pour 1 champ de plus.</translation>
    </message>
    <message>
        <source>Choose a value for {count} more fields.</source>
        <translation>Choisissez une valeur pour {count} champs de plus.</translation>
    </message>
    <message>
        <source>your value for {fields}</source>
        <translation>votre valeur pour {fields}</translation>
    </message>
    <message>
        <source>your values for {fields}</source>
        <translation>vos valeurs pour {fields}</translation>
    </message>
    <message>
        <source>the server&apos;s value for {fields}</source>
        <translation>la valeur du serveur pour {fields}</translation>
    </message>
    <message>
        <source>the server&apos;s values for {fields}</source>
        <translation>les valeurs du serveur pour {fields}</translation>
    </message>
    <message>
        <source>Apply keeps {choices}.</source>
        <translation>« Appliquer » garde {choices}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision: it was discarded or settled elsewhere. Close this window and look at the changes not yet sent.</source>
        <translation>Cette modification n’attend plus de décision : elle a été abandonnée ou résolue ailleurs. Fermez cette fenêtre et consultez les modifications pas encore envoyées.</translation>
    </message>
    <message>
        <source>The server changed these fields again while your choice was being sent. Look at the new values and choose again.</source>
        <translation>Le serveur a de nouveau modifié ces champs pendant l’envoi de votre choix. Regardez les nouvelles valeurs et choisissez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit Contact Information</source>
        <translation>Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>How the platform contacts you. Phone numbers start with + and the country code.</source>
        <translation>Comment la plateforme vous contacte. Les numéros de téléphone commencent par + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>The address the platform writes to.</source>
        <translation>L’adresse à laquelle la plateforme écrit.</translation>
    </message>
    <message>
        <source>e.g. billing@example.com</source>
        <translation>p. ex. billing@example.com</translation>
    </message>
    <message>
        <source>E-mail: problem</source>
        <translation>E-mail : problème</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>In international form: + and the country code.</source>
        <translation>Au format international : + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>e.g. +44 20 7123 4567</source>
        <translation>p. ex. +44 20 7123 4567</translation>
    </message>
    <message>
        <source>Phone: problem</source>
        <translation>Téléphone : problème</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>In international form: + and the country code (optional).</source>
        <translation>Au format international : + et l’indicatif du pays (facultatif).</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456</source>
        <translation>p. ex. +44 7911 123456</translation>
    </message>
    <message>
        <source>Mobile: problem</source>
        <translation>Mobile : problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Contact information</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobi&amp;le</source>
        <translation>Mo&amp;bile</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Edit contact information…</source>
        <translation>Modifier les coordonnées…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>Modifier les coordonnées</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>This server cannot end sign-ins, so signing out was local only: the old sign-in token stays valid on the server until it expires.</source>
        <extracomment>Sign Out against a server without ``POST auth/jwt/revoke`` (404).</extracomment>
        <translation>Ce serveur ne peut pas mettre fin aux connexions ; la déconnexion n’a donc été que locale : l’ancien jeton de connexion reste valide sur le serveur jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>The server could not be told to end the sign-in ({error}), so signing out was local only: the old sign-in token stays valid on the server until it expires.</source>
        <extracomment>Sign Out when the server could not be told (``{error}``: what went wrong).</extracomment>
        <translation>Le serveur n’a pas pu être prévenu de mettre fin à la connexion ({error}) ; la déconnexion n’a donc été que locale : l’ancien jeton de connexion reste valide sur le serveur jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>The keychain could not remove the sign-in token now; the app removes it before it next reads a token, so unlocking the keychain will not sign you back in.</source>
        <extracomment>Sign Out when the keychain could not delete the token (locked, not answering).</extracomment>
        <translation>Le trousseau n’a pas pu supprimer le jeton de connexion maintenant ; l’application le supprime avant de lire un jeton la prochaine fois, si bien que déverrouiller le trousseau ne vous reconnectera pas.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>{fields} and {last}</source>
        <extracomment>key (dotted for the Account) -&gt; widget-name prefix in the form; set by each subclass. key -&gt; how messages name the field, where that differs from its label. keys whose typed values are never repeated in a message (e.g. a password). The resource the dialog edits (``&quot;account&quot;`` or ``&quot;smtp&quot;``, see desktop.store.resources). The compiled form class (``Ui_…``); set by each subclass. The validators used when none are passed; the SMTP dialog has its own.</extracomment>
        <translation>{fields} et {last}</translation>
    </message>
    <message>
        <source>empty {fields}</source>
        <translation>videz {fields}</translation>
    </message>
</context>
<context>
    <name>EditFields</name>
    <message>
        <source>The server did not accept the change. {reasons}</source>
        <extracomment>A field&apos;s validator: a checker (value and notices) or a plain validator (the value only).</extracomment>
        <translation>Le serveur n’a pas accepté la modification. {reasons}</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>Le serveur n’a pas accepté certaines valeurs ; voyez les messages sous les champs.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Choose per channel or per minute.</source>
        <translation>Choisissez « par canal » ou « par minute ».</translation>
    </message>
    <message>
        <source>Mail to a .{suffix} name can never be delivered, not even through an internal relay: check the part after the @.</source>
        <extracomment>The error for an address at a name that can never receive mail (.invalid, .onion…).</extracomment>
        <translation>Le courrier vers un nom en .{suffix} ne peut jamais être distribué, pas même par un relais interne : vérifiez la partie après le @.</translation>
    </message>
    <message>
        <source>Remove the 0 after {code}: type {code} and then the number without its leading 0.</source>
        <translation>Supprimez le 0 après {code} : saisissez {code} puis le numéro sans son 0 initial.</translation>
    </message>
    <message>
        <source>Enter a phone number starting with + and the country code.</source>
        <translation>Saisissez un numéro de téléphone commençant par + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +44 20 7123 4567.</source>
        <translation>Commencez par + et l’indicatif du pays, p. ex. +44 20 7123 4567.</translation>
    </message>
    <message>
        <source>Type the number in digits only, without letters or an extension, e.g. +44 20 7123 4567.</source>
        <translation>Saisissez le numéro uniquement en chiffres, sans lettres ni poste, p. ex. +44 20 7123 4567.</translation>
    </message>
    <message>
        <source>Not a phone number: use + and the country code, e.g. +1 212 555 0100.</source>
        <translation>Ce n’est pas un numéro de téléphone : utilisez + et l’indicatif du pays, p. ex. +1 212 555 0100.</translation>
    </message>
    <message>
        <source>Check the digits after {code}: {digits} is not part of a number there.</source>
        <translation>Vérifiez les chiffres après {code} : {digits} ne fait partie d’aucun numéro de ce pays.</translation>
    </message>
    <message>
        <source>This is not a valid number for {code}: no number there has this many digits; check them.</source>
        <translation>Ce n’est pas un numéro valide pour {code} : aucun numéro de ce pays n’a autant de chiffres ; vérifiez-les.</translation>
    </message>
    <message>
        <source>Enter a phone number (+ and country code) or a sender name of up to 11 characters.</source>
        <translation>Saisissez un numéro de téléphone (+ et indicatif du pays) ou un nom d’expéditeur de 11 caractères au plus.</translation>
    </message>
    <message>
        <source>Use a number with + and the country code, or 1–11 letters, digits and spaces with at least one letter.</source>
        <translation>Utilisez un numéro avec + et l’indicatif du pays, ou 1 à 11 lettres, chiffres et espaces dont au moins une lettre.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s host name, e.g. mail.example.com or mail.example.com:587.</source>
        <translation>Saisissez le nom d’hôte du serveur de messagerie, p. ex. mail.example.com ou mail.example.com:587.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535, e.g. mail.example.com:587.</source>
        <translation>Le port est un nombre de 1 à 65535, p. ex. mail.example.com:587.</translation>
    </message>
    <message>
        <source>Put an IPv6 address in square brackets, e.g. [2001:db8::25] or [2001:db8::25]:587.</source>
        <translation>Mettez une adresse IPv6 entre crochets, p. ex. [2001:db8::25] ou [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Not a valid international host name ({reason}); check the spelling.</source>
        <translation>Nom d’hôte international non valide ({reason}) ; vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>Type only the host name, e.g. mail.example.com:587, without smtp:// or https://.</source>
        <translation>Saisissez uniquement le nom d’hôte, p. ex. mail.example.com:587, sans smtp:// ni https://.</translation>
    </message>
    <message>
        <source>Type only the host name, e.g. mail.example.com:587, without a path, a user name or &apos;@&apos;.</source>
        <translation>Saisissez uniquement le nom d’hôte, p. ex. mail.example.com:587, sans chemin, nom d’utilisateur ni « @ ».</translation>
    </message>
    <message>
        <source>Type the host name before the &apos;:&apos;, e.g. mail.example.com:587.</source>
        <translation>Saisissez le nom d’hôte avant le « : », p. ex. mail.example.com:587.</translation>
    </message>
    <message>
        <source>{value} can be read two ways: write [{rest}]:{last} for the address {rest} on port {last}, or [{value}] for the address {value} on port {default_port}.</source>
        <translation>{value} peut se lire de deux façons : écrivez [{rest}]:{last} pour l’adresse {rest} sur le port {last}, ou [{value}] pour l’adresse {value} sur le port {default_port}.</translation>
    </message>
    <message>
        <source>Write an IPv6 address as [address] or [address]:port, e.g. [2001:db8::25]:587.</source>
        <translation>Écrivez une adresse IPv6 sous la forme [adresse] ou [adresse]:port, p. ex. [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Write an IPv4 address without brackets, e.g. 192.0.2.25:587.</source>
        <translation>Écrivez une adresse IPv4 sans crochets, p. ex. 192.0.2.25:587.</translation>
    </message>
    <message>
        <source>Between the brackets goes an IPv6 address, e.g. [2001:db8::25]:587.</source>
        <translation>Entre les crochets se place une adresse IPv6, p. ex. [2001:db8::25]:587.</translation>
    </message>
    <message>
        <source>Type the port number after the &apos;:&apos;, e.g. mail.example.com:587, or remove the &apos;:&apos; to use port 25.</source>
        <translation>Saisissez le numéro de port après le « : », p. ex. mail.example.com:587, ou supprimez le « : » pour utiliser le port 25.</translation>
    </message>
    <message>
        <source>Remove the spaces inside the host name, e.g. mail.example.com.</source>
        <translation>Supprimez les espaces dans le nom d’hôte, p. ex. mail.example.com.</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>Un nom d’hôte compte au plus 253 caractères.</translation>
    </message>
    <message>
        <source>Not a valid IPv4 address: write four numbers from 0 to 255, e.g. 192.0.2.25.</source>
        <translation>Adresse IPv4 non valide : écrivez quatre nombres de 0 à 255, p. ex. 192.0.2.25.</translation>
    </message>
    <message>
        <source>The host name has an empty part between dots; write it like mail.example.com.</source>
        <translation>Le nom d’hôte a une partie vide entre deux points ; écrivez-le comme mail.example.com.</translation>
    </message>
    <message>
        <source>A host name has only letters, digits, &apos;-&apos; and &apos;.&apos;: remove &apos;{char}&apos;, e.g. mail.example.com.</source>
        <translation>Un nom d’hôte ne contient que des lettres, des chiffres, « - » et « . » : supprimez « {char} », p. ex. mail.example.com.</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>Une partie d’un nom d’hôte ne peut pas commencer ni finir par « - ».</translation>
    </message>
    <message>
        <source>Each part of a host name between dots has at most 63 characters.</source>
        <translation>Chaque partie d’un nom d’hôte entre deux points compte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>Use at most 254 characters.</source>
        <translation>Utilisez au plus 254 caractères.</translation>
    </message>
    <message>
        <source>The password cannot contain a NUL character.</source>
        <translation>Le mot de passe ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>The password holds a broken character (a lone UTF-16 surrogate): type it again.</source>
        <translation>Le mot de passe contient un caractère endommagé (un demi-codet UTF-16 isolé) : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Use at most 1024 characters.</source>
        <translation>Utilisez au plus 1024 caractères.</translation>
    </message>
    <message>
        <source>Paste the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, in pairs separated by colons or not, e.g. 3A:F1:…</source>
        <translation>Collez l’empreinte SHA-256 du certificat : 64 chiffres hexadécimaux, par paires séparées ou non par des deux-points, p. ex. 3A:F1:…</translation>
    </message>
    <message>
        <source>This text holds a broken character (a lone UTF-16 surrogate): type it again.</source>
        <translation>Ce texte contient un caractère endommagé (un demi-codet UTF-16 isolé) : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This field cannot contain line breaks.</source>
        <translation>Ce champ ne peut pas contenir de sauts de ligne.</translation>
    </message>
    <message>
        <source>Remove the invisible control character {code}.</source>
        <translation>Supprimez le caractère de contrôle invisible {code}.</translation>
    </message>
    <message>
        <source>Remove the invisible formatting character {code}.</source>
        <translation>Supprimez le caractère de mise en forme invisible {code}.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>Utilisez au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Saisissez la raison sociale de l’entreprise.</translation>
    </message>
    <message>
        <source>Use at most 50 characters.</source>
        <translation>Utilisez au plus 50 caractères.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, &apos;/&apos;, &apos;.&apos; and &apos;-&apos; only, e.g. J40/1234/2020.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, des espaces, « / », « . » et « - », p. ex. J40/1234/2020.</translation>
    </message>
    <message>
        <source>An OCN has exactly 4 letters or digits, e.g. 1234 or 567A.</source>
        <translation>Un OCN compte exactement 4 lettres ou chiffres, p. ex. 1234 ou 567A.</translation>
    </message>
    <message>
        <source>An FRN has exactly 10 digits, e.g. 0012345678.</source>
        <translation>Un FRN compte exactement 10 chiffres, p. ex. 0012345678.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, e.g. billing@example.com.</source>
        <translation>Saisissez une adresse e-mail, p. ex. billing@example.com.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {reason}</source>
        <translation>Adresse e-mail non valide : {reason}</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Ce champ ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Start with an EU or UK country code, e.g. DE136695976 or GB980780684.</source>
        <translation>Commencez par un code pays de l’UE ou du Royaume-Uni, p. ex. DE136695976 ou GB980780684.</translation>
    </message>
    <message>
        <source>The check digits do not match: look for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas : cherchez une faute de frappe.</translation>
    </message>
    <message>
        <source>This VAT ID has the wrong number of characters for its country.</source>
        <translation>Ce numéro de TVA n’a pas le bon nombre de caractères pour son pays.</translation>
    </message>
    <message>
        <source>This is not a valid VAT ID for its country.</source>
        <translation>Ce n’est pas un numéro de TVA valide pour son pays.</translation>
    </message>
</context>
<context>
    <name>FieldNotices</name>
    <message>
        <source>{title}: what was changed</source>
        <translation>{title} : ce qui a été modifié</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Account &amp;balance</source>
        <translation>Solde du &amp;compte</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>Negative balance</source>
        <translation>Solde négatif</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <source>The account owes the platform this amount.</source>
        <translation>Le compte doit ce montant à la plateforme.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <extracomment>How long the status bar says the diagnostics were copied, in milliseconds.</extracomment>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, folders and the recent log (no secrets) to the clipboard for a support request</source>
        <translation>Copier les versions, les dossiers et le journal récent (sans secrets) dans le presse-papiers pour une demande de support</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log files</source>
        <translation>Afficher le dossier des fichiers journaux de l’application</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;À propos de {app}</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostics copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Could not collect the diagnostics: {error}</source>
        <translation>Impossible de rassembler les diagnostics : {error}</translation>
    </message>
</context>
<context>
    <name>InstanceDialogs</name>
    <message>
        <source>another computer</source>
        <extracomment>How long the &quot;brought it to the front&quot; notice stays, in milliseconds.</extracomment>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>{app} seems to be open on {host} since {time}; if it is not, take over.</source>
        <translation>{app} semble ouvert sur {host} depuis {time} ; si ce n’est pas le cas, prenez la main.</translation>
    </message>
    <message>
        <source>{app} seems to be open on {host}; if it is not, take over.</source>
        <translation>{app} semble ouvert sur {host} ; si ce n’est pas le cas, prenez la main.</translation>
    </message>
    <message>
        <source>Profile {profile} keeps its data in a folder that {host} uses too. If {app} is still open there, taking over lets both computers change the same files, and changes can be lost.</source>
        <translation>Le profil {profile} garde ses données dans un dossier qu’utilise aussi {host}. Si {app} y est encore ouvert, prendre la main permet aux deux ordinateurs de modifier les mêmes fichiers, et des modifications peuvent être perdues.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
</context>
<context>
    <name>InstanceStartup</name>
    <message>
        <source>{app} is already open for profile {profile}; brought it to the front.</source>
        <translation>{app} est déjà ouvert pour le profil {profile} ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>{app} is already open for profile {profile}; switch to its window.</source>
        <translation>{app} est déjà ouvert pour le profil {profile} ; passez à sa fenêtre.</translation>
    </message>
    <message>
        <source>{app} is already open for profile {profile}, but it does not answer. Close it (or end it in the Task Manager or Activity Monitor) and start again.</source>
        <translation>{app} est déjà ouvert pour le profil {profile}, mais ne répond pas. Fermez-le (ou arrêtez-le dans le Gestionnaire des tâches ou le Moniteur d’activité) et relancez.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>{app} could not take over profile {profile}: it is still open on {host}. Close it there and start again.</source>
        <translation>{app} n’a pas pu prendre la main sur le profil {profile} : il est encore ouvert sur {host}. Fermez-le là-bas et relancez.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>Par défaut du &amp;système ({language})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox account service could not start</source>
        <translation>Le service de compte du bac à sable n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>The profile {name} could not be opened</source>
        <translation>Le profil {name} n’a pas pu être ouvert</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>See the changes saved on this computer that the server does not have yet; discard one or settle a conflict</source>
        <translation>Voir les modifications enregistrées sur cet ordinateur que le serveur n’a pas encore ; en abandonner une ou résoudre un conflit</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the account again from the server (F5)</source>
        <translation>Recharger le compte depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Sandbox Outbox…</source>
        <translation>Boîte d’envoi du &amp;bac à sable…</translation>
    </message>
    <message>
        <source>The e-mails and SMS messages the sandbox kept instead of sending them</source>
        <translation>Les e-mails et SMS que le bac à sable a conservés au lieu de les envoyer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company Registration ID</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>VAT Registration ID</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this address or from this computer: the server refuses every password, the right one too, until the wait is over.</source>
        <translation>Trop de connexions échouées pour cette adresse ou depuis cet ordinateur : le serveur refuse tout mot de passe, même le bon, jusqu’à la fin de l’attente.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Try again in a minute, at {time}.</source>
        <translation>Réessayez dans une minute, à {time}.</translation>
    </message>
    <message>
        <source>Try again in {minutes} minutes, at {time}.</source>
        <translation>Réessayez dans {minutes} minutes, à {time}.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in (it may have expired or been withdrawn). Sign in again to continue.</source>
        <translation>Le serveur n’a pas accepté la connexion (elle a peut-être expiré ou été révoquée). Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Your user may not make this change: it can only view the account. Ask an administrator of the account to make it.</source>
        <translation>Votre utilisateur ne peut pas faire cette modification : il peut seulement consulter le compte. Demandez-la à un administrateur du compte.</translation>
    </message>
    <message>
        <source>The server refused some values. {details}</source>
        <translation>Le serveur a refusé certaines valeurs. {details}</translation>
    </message>
    <message>
        <source>The server refused the values. {reason}</source>
        <translation>Le serveur a refusé les valeurs. {reason}</translation>
    </message>
    <message>
        <source>The billing method was changed less than 30 days ago; it can be changed again from {time}.</source>
        <translation>Le mode de facturation a été changé il y a moins de 30 jours ; il pourra être changé de nouveau à partir du {time}.</translation>
    </message>
    <message>
        <source>The account was changed elsewhere since it was loaded. Refresh to see the current values, then make the change again.</source>
        <translation>Le compte a été modifié ailleurs depuis son chargement. Actualisez pour voir les valeurs actuelles, puis refaites la modification.</translation>
    </message>
    <message>
        <source>The server refused the change because of the account&apos;s current state: {reason}</source>
        <translation>Le serveur a refusé la modification en raison de l’état actuel du compte : {reason}</translation>
    </message>
    <message>
        <source>The server needs to know which version of the account is being changed. Refresh and try again.</source>
        <translation>Le serveur doit savoir quelle version du compte est modifiée. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>The server does not offer this (404). {reason}</source>
        <translation>Le serveur ne propose pas ceci (404). {reason}</translation>
    </message>
    <message>
        <source>The server&apos;s answer to {endpoint} is not what this app expects ({reason}). This app and the server may not match; if it keeps happening, contact technical support.</source>
        <translation>La réponse du serveur à {endpoint} n’est pas celle qu’attend cette application ({reason}). L’application et le serveur ne correspondent peut-être pas ; si cela se reproduit, contactez le support technique.</translation>
    </message>
    <message>
        <source>{reason} Try again in a few minutes; if it keeps happening, contact technical support</source>
        <translation>{reason} Réessayez dans quelques minutes ; si cela se reproduit, contactez le support technique</translation>
    </message>
    <message>
        <source>The server refused the request{status}: {reason}</source>
        <translation>Le serveur a refusé la requête{status} : {reason}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Try again; if it keeps happening, contact technical support</source>
        <translation>Une erreur inattendue s’est produite ({error}). Réessayez ; si cela se reproduit, contactez le support technique</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds. The network may be very slow, or something in between holds the answer back. Try again later.</source>
        <translation>{host} n’a pas fini de répondre en {seconds} secondes. Le réseau est peut-être très lent, ou un intermédiaire retient la réponse. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>un émetteur inconnu</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate comes from {issuer}, which this computer does not trust. On an office network a firewall that inspects encrypted traffic may be in between: ask your IT department to install its root certificate in this computer&apos;s certificate store.</source>
        <translation>La connexion à {host} n’est pas sécurisée : son certificat provient de {issuer}, auquel cet ordinateur ne fait pas confiance. Sur un réseau d’entreprise, un pare-feu qui inspecte le trafic chiffré peut se trouver entre les deux : demandez à votre service informatique d’installer son certificat racine dans le magasin de certificats de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate of {host} (from {issuer}) has expired or is not valid yet. Check that this computer&apos;s date and time are right; if they are, the server&apos;s certificate must be renewed.</source>
        <translation>Le certificat de {host} (de {issuer}) a expiré ou n’est pas encore valide. Vérifiez la date et l’heure de cet ordinateur ; si elles sont justes, le certificat du serveur doit être renouvelé.</translation>
    </message>
    <message>
        <source>The certificate presented for {host} (from {issuer}) was issued for another name. Check the server address of this profile; a proxy or firewall may be answering in its place.</source>
        <translation>Le certificat présenté pour {host} (de {issuer}) a été délivré pour un autre nom. Vérifiez l’adresse du serveur de ce profil ; un proxy ou un pare-feu répond peut-être à sa place.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed. {reason}</source>
        <translation>La connexion sécurisée à {host} a échoué. {reason}</translation>
    </message>
    <message>
        <source>The server is busy and asks to retry after {time}. Nothing was changed on it; try again then.</source>
        <translation>Le serveur est occupé et demande de réessayer après {time}. Rien n’y a été modifié ; réessayez à ce moment-là.</translation>
    </message>
    <message>
        <source>The server is busy and asks to be tried again later. Nothing was changed on it; try again then.</source>
        <translation>Le serveur est occupé et demande de réessayer plus tard. Rien n’y a été modifié ; réessayez à ce moment-là.</translation>
    </message>
    <message>
        <source> to {address}</source>
        <translation> vers {address}</translation>
    </message>
    <message>
        <source>The server answered with a redirect{where} instead of an answer. The redirect was not followed. Nothing was sent there. Check the server address of this profile; a sign-in page of this network may be in the way.</source>
        <translation>Le serveur a répondu par une redirection{where} au lieu d’une réponse. La redirection n’a pas été suivie ; rien n’y a été envoyé. Vérifiez l’adresse du serveur de ce profil ; une page de connexion de ce réseau fait peut-être obstacle.</translation>
    </message>
    <message>
        <source>This network shows its own sign-in page{title} instead of {host}. Sign in to the network in a web browser (as on hotel or guest Wi-Fi), then try again.</source>
        <translation>Ce réseau affiche sa propre page de connexion{title} au lieu de {host}. Connectez-vous au réseau dans un navigateur web (comme sur un Wi-Fi d’hôtel ou invité), puis réessayez.</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and {host} blocked the request and answered with its own page{title}. Ask your IT department to allow {host}.</source>
        <translation>Un proxy ou un pare-feu entre cet ordinateur et {host} a bloqué la requête et a répondu par sa propre page{title}. Demandez à votre service informatique d’autoriser {host}.</translation>
    </message>
    <message>
        <source>{host} answered with a web page{title} instead of the account API. Check the server address of this profile.</source>
        <translation>{host} a répondu par une page web{title} au lieu de l’API du compte. Vérifiez l’adresse du serveur de ce profil.</translation>
    </message>
    <message>
        <source>The server could not be reached. {reason} Check the network connection and try again.</source>
        <translation>Le serveur est injoignable. {reason} Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The account was changed elsewhere while you were editing. Your typed values are kept.</source>
        <translation>Le compte a été modifié ailleurs pendant votre saisie. Les valeurs que vous avez saisies sont conservées.</translation>
    </message>
    <message>
        <source>• {field}: on the server now {theirs}; yours {yours}.</source>
        <translation>• {field} : actuellement sur le serveur {theirs} ; votre valeur {yours}.</translation>
    </message>
    <message>
        <source>Fields you had not changed now show the server&apos;s values: {fields}.</source>
        <translation>Les champs que vous n’aviez pas modifiés affichent maintenant les valeurs du serveur : {fields}.</translation>
    </message>
    <message>
        <source>Press Save again to replace the server&apos;s values with yours, or Cancel to keep the server&apos;s.</source>
        <translation>Appuyez de nouveau sur « Enregistrer » pour remplacer les valeurs du serveur par les vôtres, ou sur « Annuler » pour garder celles du serveur.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{domain} is an internal name: mail to or from it only works through an internal mail relay, not on the internet.</source>
        <extracomment>Top-level names that only ever work inside a network: RFC 6761/6762 special-use ones, RFC 8375&apos;s home.arpa, ICANN&apos;s private-use ``.internal`` (2024), and names in common internal use. Names that can never work, internal relay or not. The notice of an internal address.</extracomment>
        <translation>{domain} est un nom interne : le courrier vers ou depuis ce domaine ne fonctionne que par un relais de messagerie interne, pas sur Internet.</translation>
    </message>
    <message>
        <source>Spaces, dashes, dots and brackets were removed.</source>
        <translation>Les espaces, tirets, points et parenthèses ont été supprimés.</translation>
    </message>
    <message>
        <source>The leading {prefix} was read as + (the international prefix).</source>
        <translation>Le {prefix} initial a été lu comme + (le préfixe international).</translation>
    </message>
    <message>
        <source>The {digits} after {code} was removed: it is dialled only inside the country.</source>
        <translation>Le {digits} après {code} a été supprimé : il ne se compose qu’à l’intérieur du pays.</translation>
    </message>
    <message>
        <source>This number could not be confirmed for {code} ({region}): it is possible, but not known to be in use; check the digits.</source>
        <translation>Ce numéro n’a pas pu être confirmé pour {code} ({region}) : il est possible, mais pas connu comme attribué ; vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Some destinations (the US, Canada and others) only accept SMS sent from a number, and recipients cannot reply to a sender name.</source>
        <translation>Certaines destinations (les États-Unis, le Canada et d’autres) n’acceptent que les SMS envoyés depuis un numéro, et les destinataires ne peuvent pas répondre à un nom d’expéditeur.</translation>
    </message>
    <message>
        <source>Repeated spaces or tabs were made one space.</source>
        <translation>Les espaces ou tabulations répétés ont été réduits à un espace.</translation>
    </message>
    <message>
        <source>Spaces were removed.</source>
        <translation>Les espaces ont été supprimés.</translation>
    </message>
    <message>
        <source>Spaces and dashes were removed.</source>
        <translation>Les espaces et tirets ont été supprimés.</translation>
    </message>
    <message>
        <source>Letters were changed to capitals.</source>
        <translation>Les lettres ont été mises en majuscules.</translation>
    </message>
    <message>
        <source>The domain was changed to lower case.</source>
        <translation>Le domaine a été mis en minuscules.</translation>
    </message>
    <message>
        <source>Letters were changed to lower case.</source>
        <translation>Les lettres ont été mises en minuscules.</translation>
    </message>
    <message>
        <source>The address was written in its standard form.</source>
        <translation>L’adresse a été écrite sous sa forme standard.</translation>
    </message>
    <message>
        <source>Spaces, dots and dashes were removed.</source>
        <translation>Les espaces, points et tirets ont été supprimés.</translation>
    </message>
    <message>
        <source>GR was changed to EL, Greece&apos;s prefix in the EU&apos;s VAT system.</source>
        <translation>GR a été changé en EL, le préfixe de la Grèce dans le système de TVA de l’UE.</translation>
    </message>
    <message>
        <source>{prefix} was added from the address&apos;s country ({country}).</source>
        <translation>{prefix} a été ajouté d’après le pays de l’adresse ({country}).</translation>
    </message>
    <message>
        <source>Saved as {value}.</source>
        <extracomment>The translation context of the domain&apos;s notices (their English templates are the source texts). The notice of a change that a plain validator (no notices of its own) made.</extracomment>
        <translation>Enregistré sous la forme {value}.</translation>
    </message>
    <message>
        <source>No keychain is available: you stay signed in for this session only.</source>
        <extracomment>What the user is told when there is no keychain to keep tokens in. Like :data:`MESSAGES`, a template of the ``Notice`` translation context: the views show it in the user&apos;s language (``desktop.views.field_notices.translated``).</extracomment>
        <translation>Aucun trousseau n’est disponible : vous restez connecté pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain is locked: you stay signed in for this session only. Unlock the keychain and start the app again to stay signed in.</source>
        <extracomment>What the user is told, by :class:`Problem` kind: templates of :func:`problem_notice`&apos;s notices.</extracomment>
        <translation>Le trousseau est verrouillé : vous restez connecté pour cette session seulement. Déverrouillez le trousseau et relancez l’application pour rester connecté.</translation>
    </message>
    <message>
        <source>The keychain did not answer within {seconds} seconds: you stay signed in for this session only. If it asks for a password in another window, answer it and start the app again.</source>
        <translation>Le trousseau n’a pas répondu en {seconds} secondes : vous restez connecté pour cette session seulement. S’il demande un mot de passe dans une autre fenêtre, répondez-y et relancez l’application.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the sign-in token ({detail}): you stay signed in to this profile for this session only.</source>
        <translation>Le trousseau a refusé de garder le jeton de connexion ({detail}) : vous restez connecté à ce profil pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>OfflineSupport</name>
    <message>
        <source>Could not load the account: {error}</source>
        <extracomment>How a message names each part.</extracomment>
        <translation>Impossible de charger le compte : {error}</translation>
    </message>
    <message>
        <source>Could not load the SMTP details: {error}</source>
        <translation>Impossible de charger les paramètres SMTP : {error}</translation>
    </message>
    <message>
        <source>Could not load the packages: {error}</source>
        <translation>Impossible de charger les forfaits : {error}</translation>
    </message>
    <message>
        <source>Saved on this computer: it is sent after the earlier changes still waiting.</source>
        <extracomment>How often the window tries the server again while it cannot be reached, in milliseconds.</extracomment>
        <translation>Enregistrée sur cet ordinateur : elle sera envoyée après les modifications antérieures encore en attente.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so the account could not be loaded. Sign in again to continue.</source>
        <translation>Votre connexion a expiré, le compte n’a donc pas pu être chargé. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You did not sign in, so the account could not be loaded. Press Try again to sign in.</source>
        <translation>Vous ne vous êtes pas connecté, le compte n’a donc pas pu être chargé. Appuyez sur « Réessayer » pour vous connecter.</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Showing data from {age}</source>
        <translation>Données de {age}</translation>
    </message>
    <message>
        <source>Trying again every 30 seconds; press F5 to try now.</source>
        <translation>Nouvel essai toutes les 30 secondes ; appuyez sur F5 pour essayer maintenant.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and this computer has no saved copy of the account yet. {again}</source>
        <translation>Le serveur est injoignable, et cet ordinateur n’a pas encore de copie enregistrée du compte. {again}</translation>
    </message>
    <message>
        <source>{cause} This computer has no saved copy of the account yet. {again}</source>
        <translation>{cause} Cet ordinateur n’a pas encore de copie enregistrée du compte. {again}</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>{cause} Showing data from {time}. {again}</source>
        <translation>{cause} Données affichées : {time}. {again}</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Changes Not Yet Sent</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Changes you saved while the server could not be reached. They are kept on this computer and sent in order as soon as the server answers.</source>
        <translation>Les modifications enregistrées pendant que le serveur était injoignable. Elles sont conservées sur cet ordinateur et envoyées dans l’ordre dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Changes not yet sent</source>
        <translation>&amp;Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>About the selected change</source>
        <translation>À propos de la modification choisie</translation>
    </message>
    <message>
        <source>Read the list again.</source>
        <translation>Relire la liste.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Choose, field by field, between your change and the server&apos;s value.</source>
        <translation>Choisir, champ par champ, entre votre modification et la valeur du serveur.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Give up the selected change; it is never sent.</source>
        <translation>Abandonner la modification choisie ; elle ne sera jamais envoyée.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>conflict: needs your decision</source>
        <translation>conflit : attend votre décision</translation>
    </message>
    <message>
        <source>rejected by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
    <message>
        <source>held back until the conflict before it is settled</source>
        <translation>retenue jusqu’à la résolution du conflit précédent</translation>
    </message>
    <message>
        <source>No &amp;changes waiting: everything has been sent.</source>
        <translation>Aucune &amp;modification en attente : tout a été envoyé.</translation>
    </message>
    <message>
        <source>1 &amp;change not yet sent</source>
        <translation>1 &amp;modification pas encore envoyée</translation>
    </message>
    <message>
        <source>{count} &amp;changes not yet sent</source>
        <translation>{count} &amp;modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>1 needs your decision</source>
        <translation>1 attend votre décision</translation>
    </message>
    <message>
        <source>{count} need your decision</source>
        <translation>{count} attendent votre décision</translation>
    </message>
    <message>
        <source>{count} rejected by the server</source>
        <translation>{count} refusée(s) par le serveur</translation>
    </message>
    <message>
        <source>{fields} also changed on the server after you made this change to {what}. Press Resolve… to choose which values to keep; until then it is not sent.</source>
        <translation>{fields} a (ont) aussi été modifié(s) sur le serveur après votre modification de {what}. Appuyez sur « Résoudre… » pour choisir les valeurs à garder ; d’ici là, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The server refused this change to {what}: {reason}. It will not be sent as it is: discard it and make the change again.</source>
        <translation>Le serveur a refusé cette modification de {what} : {reason}. Elle ne sera pas envoyée telle quelle : abandonnez-la et refaites la modification.</translation>
    </message>
    <message>
        <source>Held back until the conflict in an earlier change to {what} is settled, because it may build on it.</source>
        <translation>Retenue jusqu’à la résolution du conflit d’une modification antérieure de {what}, car elle peut en dépendre.</translation>
    </message>
    <message>
        <source>Waiting to be sent; it goes as soon as the server answers.</source>
        <translation>En attente d’envoi ; elle part dès que le serveur répond.</translation>
    </message>
    <message>
        <source>{what} · saved {time} · {status}</source>
        <translation>{what} · enregistrée {time} · {status}</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Discard your change to {what}, saved {time}?</source>
        <translation>Abandonner votre modification de {what}, enregistrée {time} ?</translation>
    </message>
    <message>
        <source>It is never sent; the window shows the server&apos;s values again.</source>
        <translation>Elle ne sera jamais envoyée ; la fenêtre affiche de nouveau les valeurs du serveur.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Abandon en cours…</translation>
    </message>
    <message>
        <source>That change was sent to the server meanwhile, so there was nothing left to discard.</source>
        <translation>Cette modification a été envoyée au serveur entre-temps ; il n’y avait donc plus rien à abandonner.</translation>
    </message>
    <message>
        <source>The changes on this computer could not be read or changed: {reason}</source>
        <translation>Les modifications sur cet ordinateur n’ont pas pu être lues ou modifiées : {reason}</translation>
    </message>
</context>
<context>
    <name>PackagePrices</name>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>per {unit} per month</source>
        <translation>par {unit} et par mois</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>par {unit}</translation>
    </message>
    <message>
        <source>{amount} per month</source>
        <translation>{amount} par mois</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <source>Quantity</source>
        <extracomment>(header, header tool tip, cell text of a package, is a number)</extracomment>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>How many of this package the account has</source>
        <translation>Combien de ce forfait le compte possède</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Le forfait</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>The price of one unit, with every digit the platform charges</source>
        <translation>Le prix d’une unité, avec toutes les décimales facturées par la plateforme</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>What the cost is charged for: per unit used, or per unit held per month</source>
        <translation>Ce qui est facturé : par unité consommée, ou par unité détenue et par mois</translation>
    </message>
    <message>
        <source>Today usage</source>
        <translation>Consommation du jour</translation>
    </message>
    <message>
        <source>Units used today</source>
        <translation>Unités consommées aujourd’hui</translation>
    </message>
    <message>
        <source>Today charge</source>
        <translation>Montant du jour</translation>
    </message>
    <message>
        <source>Charged for today so far</source>
        <translation>Facturé pour aujourd’hui jusqu’ici</translation>
    </message>
    <message>
        <source>MTD usage</source>
        <translation>Consommation du mois</translation>
    </message>
    <message>
        <source>Units used this month to date</source>
        <translation>Unités consommées ce mois-ci jusqu’à présent</translation>
    </message>
    <message>
        <source>MTD charge</source>
        <translation>Montant du mois</translation>
    </message>
    <message>
        <source>Charged this month to date</source>
        <translation>Facturé ce mois-ci jusqu’à présent</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
</context>
<context>
    <name>PackagesSection</name>
    <message>
        <source>Pac&amp;kages</source>
        <translation>Fo&amp;rfaits</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>Total per month:</source>
        <translation>Total par mois :</translation>
    </message>
    <message>
        <source>The sum of the prices charged every month (quantity × cost of each package charged per month); charges per use, such as per minute, come on top</source>
        <translation>La somme des prix facturés chaque mois (quantité × coût de chaque forfait facturé par mois) ; les frais à l’usage, comme à la minute, s’y ajoutent</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Enregistrement des appels</translation>
    </message>
    <message>
        <source>Enable Call Recor&amp;ding…</source>
        <translation>&amp;Activer l’enregistrement des appels…</translation>
    </message>
    <message>
        <source>Add call recording to the account (a chargeable package) and choose which ingress routes record.</source>
        <translation>Ajouter l’enregistrement des appels au compte (un forfait payant) et choisir quelles routes entrantes enregistrent.</translation>
    </message>
    <message>
        <source>The server cannot be reached: call recording needs the server now.</source>
        <extracomment>The package feature that provides call recording.</extracomment>
        <translation>Le serveur est injoignable : l’enregistrement des appels a besoin du serveur immédiatement.</translation>
    </message>
    <message>
        <source>{total}, plus charges per use</source>
        <translation>{total}, plus les frais à l’usage</translation>
    </message>
    <message>
        <source>Call Recor&amp;ding Settings…</source>
        <translation>Réglages de l’enregistrement des &amp;appels…</translation>
    </message>
    <message>
        <source>Call recording: enabled, no route records yet. Choose the ingress routes that record in its settings.</source>
        <translation>Enregistrement des appels : activé, aucune route n’enregistre encore. Choisissez dans ses réglages les routes entrantes qui enregistrent.</translation>
    </message>
    <message>
        <source>Call recording: enabled, 1 ingress route records.</source>
        <translation>Enregistrement des appels : activé, 1 route entrante enregistre.</translation>
    </message>
    <message>
        <source>Call recording: enabled, {count} ingress routes record.</source>
        <translation>Enregistrement des appels : activé, {count} routes entrantes enregistrent.</translation>
    </message>
    <message>
        <source>Call recording: enabled. Choose the ingress routes that record in its settings.</source>
        <translation>Enregistrement des appels : activé. Choisissez dans ses réglages les routes entrantes qui enregistrent.</translation>
    </message>
    <message>
        <source>Call recording: not enabled</source>
        <translation>Enregistrement des appels : non activé</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Where the account service is, and the e-mail address you sign in with. Your password is never stored; the app keeps only a sign-in token in the system keychain.</source>
        <translation>L’adresse du service de compte et l’adresse e-mail avec laquelle vous vous connectez. Votre mot de passe n’est jamais enregistré ; l’application ne garde qu’un jeton de connexion dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>What you call this server, e.g. Northwind production.</source>
        <translation>Le nom que vous donnez à ce serveur, p. ex. Northwind production.</translation>
    </message>
    <message>
        <source>e.g. Northwind production</source>
        <translation>p. ex. Northwind production</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name: problem</source>
        <translation>Nom : problème</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>The account API&apos;s address. A host name alone is enough: https:// and /api/cp/ are added.</source>
        <translation>L’adresse de l’API du compte. Un nom d’hôte suffit : https:// et /api/cp/ sont ajoutés.</translation>
    </message>
    <message>
        <source>e.g. app.connexcs.com</source>
        <translation>p. ex. app.connexcs.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Server address: saved as</source>
        <translation>Adresse du serveur : enregistrée sous</translation>
    </message>
    <message>
        <source>Server address: warning</source>
        <translation>Adresse du serveur : avertissement</translation>
    </message>
    <message>
        <source>Server address: problem</source>
        <translation>Adresse du serveur : problème</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>The control panel e-mail address you sign in with (optional; asked at sign-in otherwise).</source>
        <translation>L’adresse e-mail du panneau de contrôle avec laquelle vous vous connectez (facultative ; sinon demandée à la connexion).</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>p. ex. noc@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail: problem</source>
        <translation>E-mail : problème</translation>
    </message>
    <message>
        <source>Warning: plain http:// is not encrypted: your sign-in and the account&apos;s details can be read on the way. Use https:// unless this server is on a network you trust.</source>
        <translation>Avertissement : le simple http:// n’est pas chiffré : votre connexion et les détails du compte peuvent être lus en chemin. Utilisez https://, sauf si ce serveur est sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. Northwind production.</source>
        <translation>Saisissez un nom pour ce profil, p. ex. Northwind production.</translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <translation>Utilisez au plus {count} caractères.</translation>
    </message>
    <message>
        <source>A profile called {name} already exists; choose another name.</source>
        <translation>Un profil nommé {name} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The sandbox always uses the built-in account service on this computer.</source>
        <translation>Le bac à sable utilise toujours le service de compte intégré à cet ordinateur.</translation>
    </message>
    <message>
        <source>Saved as {address}. This profile is open now: close it to change its address or e-mail.</source>
        <translation>Enregistrée sous {address}. Ce profil est ouvert : fermez-le pour modifier son adresse ou son e-mail.</translation>
    </message>
    <message>
        <source>Saved as {address}</source>
        <translation>Enregistrée sous {address}</translation>
    </message>
    <message>
        <source>This profile was removed meanwhile (in another window); close this one.</source>
        <translation>Ce profil a été supprimé entre-temps (dans une autre fenêtre) ; fermez celle-ci.</translation>
    </message>
    <message>
        <source>The profile was not saved: {reason}</source>
        <translation>Le profil n’a pas été enregistré : {reason}</translation>
    </message>
    <message>
        <source>The profiles could not be saved in {path}: {reason}. Check that the folder can be written to.</source>
        <translation>Les profils n’ont pas pu être enregistrés dans {path} : {reason}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Save this profile before closing?</source>
        <translation>Enregistrer ce profil avant de fermer ?</translation>
    </message>
    <message>
        <source>Some values are not valid yet ({fields}): correct them before saving, or discard.</source>
        <translation>Certaines valeurs ne sont pas encore valides ({fields}) : corrigez-les avant d’enregistrer, ou abandonnez-les.</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>its offline data could not be deleted ({reason})</source>
        <extracomment>A Sign Out the keychain could not complete (locked, not answering): TokenStore remembers it and deletes the token before any token is read again, at the latest at the next start (issue 8, point 8).</extracomment>
        <translation>ses données hors ligne n’ont pas pu être supprimées ({reason})</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile {name}?</source>
        <translation>Supprimer le profil {name} ?</translation>
    </message>
    <message>
        <source>The app forgets {address} and signs you out of it on this computer. The account on the server is not changed.</source>
        <translation>L’application oublie {address} et vous en déconnecte sur cet ordinateur. Le compte sur le serveur n’est pas modifié.</translation>
    </message>
    <message>
        <source>Also &amp;delete its offline data: the saved copy of the account and any changes not yet sent</source>
        <translation>Supprimer aussi ses &amp;données hors ligne : la copie enregistrée du compte et les modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The profile could not be removed: {reason}</source>
        <translation>Le profil n’a pas pu être supprimé : {reason}</translation>
    </message>
    <message>
        <source>{name} was removed, but {problems}.</source>
        <translation>{name} a été supprimé, mais {problems}.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>{name} is still open on {host}: close it there first.</source>
        <translation>{name} est encore ouvert sur {host} : fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>{name} is open in another window; brought it to the front.</source>
        <translation>{name} est ouvert dans une autre fenêtre ; elle a été mise au premier plan.</translation>
    </message>
    <message>
        <source>{name} is open in another window, which does not answer.</source>
        <translation>{name} est ouvert dans une autre fenêtre, qui ne répond pas.</translation>
    </message>
    <message>
        <source>Signed out of {name}.</source>
        <translation>Déconnecté de {name}.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The account servers you work with. Choose one and press Open. The sandbox is a built-in account service on this computer for trying the app out; it is always here.</source>
        <translation>Les serveurs de compte avec lesquels vous travaillez. Choisissez-en un et appuyez sur « Ouvrir ». Le bac à sable est un service de compte intégré à cet ordinateur pour essayer l’application ; il est toujours là.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a server to work with.</source>
        <translation>Ajouter un serveur avec lequel travailler.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected profile&apos;s name, address or e-mail.</source>
        <translation>Modifier le nom, l’adresse ou l’e-mail du profil choisi.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Forget the selected profile on this computer (the account on the server is not changed).</source>
        <translation>Oublier le profil choisi sur cet ordinateur (le compte sur le serveur n’est pas modifié).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Work with the selected profile.</source>
        <translation>Travailler avec le profil choisi.</translation>
    </message>
    <message>
        <source>Built-in sandbox (this computer)</source>
        <translation>Bac à sable intégré (cet ordinateur)</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernier utilisé</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Not encrypted (http://)</source>
        <translation>Non chiffré (http://)</translation>
    </message>
    <message>
        <source>The built-in account service, for trying the app out. It is always here.</source>
        <translation>Le service de compte intégré, pour essayer l’application. Il est toujours là.</translation>
    </message>
    <message>
        <source>The sandbox is always here; it cannot be removed.</source>
        <translation>Le bac à sable est toujours là ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>This profile is open now; open another one before removing it.</source>
        <translation>Ce profil est ouvert ; ouvrez-en un autre avant de le supprimer.</translation>
    </message>
    <message>
        <source>The profile {name} was removed meanwhile (in another window).</source>
        <translation>Le profil {name} a été supprimé entre-temps (dans une autre fenêtre).</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Its address or e-mail changed: sign in again when you open it.</source>
        <translation>Son adresse ou son e-mail a changé : reconnectez-vous à son ouverture.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} supprimé.</translation>
    </message>
</context>
<context>
    <name>RecordingConfirm</name>
    <message>
        <source>Adds the Call Recording package to the account (a chargeable package; the server did not say its price).</source>
        <translation>Ajoute le forfait « Call Recording » au compte (un forfait payant ; le serveur n’a pas indiqué son prix).</translation>
    </message>
    <message>
        <source>charged every month while it is on the account</source>
        <translation>facturé chaque mois tant qu’il est sur le compte</translation>
    </message>
    <message>
        <source>charged for what is used</source>
        <translation>facturé selon l’usage</translation>
    </message>
    <message>
        <source>Adds the chargeable {name} package to the account: {price}, {charged}.</source>
        <translation>Ajoute le forfait payant {name} au compte : {price}, {charged}.</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Call Recording</translation>
    </message>
    <message>
        <source>This month is charged from today.</source>
        <translation>Ce mois est facturé à partir d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose the ingress routes that record (step 2): recording needs at least one customer&apos;s ingress route set to record.</source>
        <translation>Rien n’est enregistré avant que vous choisissiez les routes entrantes qui enregistrent (étape 2) : l’enregistrement demande au moins une route entrante d’un client réglée pour enregistrer.</translation>
    </message>
    <message>
        <source>Add for {price}</source>
        <translation>Ajouter pour {price}</translation>
    </message>
    <message>
        <source>Add the package</source>
        <translation>Ajouter le forfait</translation>
    </message>
    <message>
        <source>Add the chargeable {name} package to the account?</source>
        <translation>Ajouter le forfait payant {name} au compte ?</translation>
    </message>
    <message>
        <source>Enable call recording</source>
        <translation>Activer l’enregistrement des appels</translation>
    </message>
    <message>
        <source>1 ingress route records now: it stops at once.</source>
        <translation>1 route entrante enregistre actuellement : elle s’arrête immédiatement.</translation>
    </message>
    <message>
        <source>{count} ingress routes record now: they stop at once.</source>
        <translation>{count} routes entrantes enregistrent actuellement : elles s’arrêtent immédiatement.</translation>
    </message>
    <message>
        <source>No ingress route records now.</source>
        <translation>Aucune route entrante n’enregistre actuellement.</translation>
    </message>
    <message>
        <source>This month&apos;s charge ({amount}) is not refunded; no further month is charged.</source>
        <translation>Le montant de ce mois ({amount}) n’est pas remboursé ; aucun mois supplémentaire n’est facturé.</translation>
    </message>
    <message>
        <source>Minutes recorded so far this month are still charged.</source>
        <translation>Les minutes enregistrées ce mois-ci jusqu’à présent restent facturées.</translation>
    </message>
    <message>
        <source>The {name} package is removed from the account and nothing is recorded any more.</source>
        <translation>Le forfait {name} est retiré du compte et plus rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Every ingress route&apos;s recording is set back to Disabled; recordings already made are kept.</source>
        <translation>L’enregistrement de chaque route entrante est remis sur « Désactivé » ; les enregistrements déjà faits sont conservés.</translation>
    </message>
    <message>
        <source>Disable call recording</source>
        <translation>Désactiver l’enregistrement des appels</translation>
    </message>
    <message>
        <source>Disable call recording on the account?</source>
        <translation>Désactiver l’enregistrement des appels sur le compte ?</translation>
    </message>
    <message>
        <source>Disable Call Recording</source>
        <translation>Désactiver l’enregistrement des appels</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <source>Call recording</source>
        <translation>Enregistrement des appels</translation>
    </message>
    <message>
        <source>Call recording takes two steps: enable it on the account, then choose which of your customers&apos; ingress routes record calls. Nothing is recorded until both are done.</source>
        <translation>L’enregistrement des appels se fait en deux étapes : activez-le sur le compte, puis choisissez quelles routes entrantes de vos clients enregistrent les appels. Rien n’est enregistré tant que les deux ne sont pas faites.</translation>
    </message>
    <message>
        <source>Step 1: Enable call recording on the account</source>
        <translation>Étape 1 : activer l’enregistrement des appels sur le compte</translation>
    </message>
    <message>
        <source>&amp;Enable Call Recording…</source>
        <translation>&amp;Activer l’enregistrement des appels…</translation>
    </message>
    <message>
        <source>Remove the Call Recording package: no ingress route records any more</source>
        <translation>Retirer le forfait « Call Recording » : plus aucune route entrante n’enregistre</translation>
    </message>
    <message>
        <source>&amp;Disable Call Recording…</source>
        <translation>&amp;Désactiver l’enregistrement des appels…</translation>
    </message>
    <message>
        <source>Step 2: Choose which customers&apos; ingress routes record</source>
        <translation>Étape 2 : choisir quelles routes entrantes des clients enregistrent</translation>
    </message>
    <message>
        <source>&amp;Ingress routes and their recording:</source>
        <translation>&amp;Routes entrantes et leur enregistrement :</translation>
    </message>
    <message>
        <source>Ingress routes and their recording</source>
        <translation>Routes entrantes et leur enregistrement</translation>
    </message>
    <message>
        <source>Customer / ingress route</source>
        <translation>Client / route entrante</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Load again from the server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Enable call recording first (step 1).</source>
        <translation>Activez d’abord l’enregistrement des appels (étape 1).</translation>
    </message>
    <message>
        <source>The server cannot be reached: enabling call recording and choosing the ingress routes that record need the server now, so they are unavailable until it answers again.</source>
        <translation>Le serveur est injoignable : l’activation de l’enregistrement des appels et le choix des routes entrantes qui enregistrent ont besoin du serveur immédiatement ; ils sont donc indisponibles jusqu’à ce qu’il réponde de nouveau.</translation>
    </message>
    <message>
        <source>No route records calls yet: recording captures nothing until at least one ingress route records.</source>
        <translation>Aucune route n’enregistre encore d’appels : rien n’est enregistré tant qu’au moins une route entrante n’enregistre pas.</translation>
    </message>
    <message>
        <source>Checking the account&apos;s packages…</source>
        <translation>Vérification des forfaits du compte…</translation>
    </message>
    <message>
        <source>Adds the Call Recording package to the account.</source>
        <translation>Ajoute le forfait « Call Recording » au compte.</translation>
    </message>
    <message>
        <source>Done: call recording is enabled on the account.</source>
        <translation>Fait : l’enregistrement des appels est activé sur le compte.</translation>
    </message>
    <message>
        <source>Not enabled yet.</source>
        <translation>Pas encore activé.</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Until then no ingress route can record.</source>
        <translation>D’ici là, aucune route entrante ne peut enregistrer.</translation>
    </message>
    <message>
        <source>There are no ingress routes to record: add a customer&apos;s routing first.</source>
        <translation>Il n’y a aucune route entrante à enregistrer : ajoutez d’abord le routage d’un client.</translation>
    </message>
    <message>
        <source>{recording} of {total} ingress routes are set to record, but nothing is recorded until call recording is enabled (step 1).</source>
        <translation>{recording} routes entrantes sur {total} sont réglées pour enregistrer, mais rien n’est enregistré tant que l’enregistrement des appels n’est pas activé (étape 1).</translation>
    </message>
    <message>
        <source>{recording} of {total} ingress routes record calls.</source>
        <translation>{recording} routes entrantes sur {total} enregistrent les appels.</translation>
    </message>
    <message>
        <source>The {name} package is on the account: {price}.</source>
        <translation>Le forfait {name} est sur le compte : {price}.</translation>
    </message>
    <message>
        <source>Recording then needs at least one ingress route set to record (step 2). You are asked to confirm before the package is added.</source>
        <translation>L’enregistrement demande ensuite au moins une route entrante réglée pour enregistrer (étape 2). Une confirmation vous est demandée avant l’ajout du forfait.</translation>
    </message>
    <message>
        <source>Loading packages, customers and ingress routes…</source>
        <translation>Chargement des forfaits, clients et routes entrantes…</translation>
    </message>
    <message>
        <source>Could not load the account&apos;s packages and routes. {reason}</source>
        <translation>Impossible de charger les forfaits et les routes du compte. {reason}</translation>
    </message>
    <message>
        <source>Not known: the account&apos;s packages could not be loaded.</source>
        <translation>Inconnu : les forfaits du compte n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Enabling call recording…</source>
        <translation>Activation de l’enregistrement des appels…</translation>
    </message>
    <message>
        <source>Call recording was already enabled on the account.</source>
        <translation>L’enregistrement des appels était déjà activé sur le compte.</translation>
    </message>
    <message>
        <source>Call recording was not enabled. {reason}</source>
        <translation>L’enregistrement des appels n’a pas été activé. {reason}</translation>
    </message>
    <message>
        <source>Saving the recording of {route}…</source>
        <translation>Enregistrement du réglage de {route}…</translation>
    </message>
    <message>
        <source>The recording of {route} was not changed. {reason}</source>
        <translation>Le réglage d’enregistrement de {route} n’a pas été modifié. {reason}</translation>
    </message>
    <message>
        <source>Disabling call recording…</source>
        <translation>Désactivation de l’enregistrement des appels…</translation>
    </message>
    <message>
        <source>Call recording is disabled: no ingress route records any more.</source>
        <translation>L’enregistrement des appels est désactivé : plus aucune route entrante n’enregistre.</translation>
    </message>
    <message>
        <source>Call recording was not disabled. {reason}</source>
        <translation>L’enregistrement des appels n’a pas été désactivé. {reason}</translation>
    </message>
</context>
<context>
    <name>RecordingRoutes</name>
    <message>
        <source>Disabled</source>
        <extracomment>Readable labels of the recording modes of an ingress route (RECORDING_MODES).</extracomment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Sample 1%</source>
        <translation>Échantillon 1 %</translation>
    </message>
    <message>
        <source>Sample 5%</source>
        <translation>Échantillon 5 %</translation>
    </message>
    <message>
        <source>Sample 25%</source>
        <translation>Échantillon 25 %</translation>
    </message>
    <message>
        <source>Sample 50%</source>
        <translation>Échantillon 50 %</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>No ingress routes</source>
        <translation>Aucune route entrante</translation>
    </message>
    <message>
        <source>Recording of ingress route {route} of {customer}</source>
        <translation>Enregistrement de la route entrante {route} de {customer}</translation>
    </message>
</context>
<context>
    <name>SandboxOutbox</name>
    <message>
        <source>Sandbox Outbox</source>
        <translation>Boîte d’envoi du bac à sable</translation>
    </message>
    <message>
        <source>What the sandbox kept instead of sending: the e-mails its mail catcher received and the SMS messages. Nothing here left this computer.</source>
        <translation>Ce que le bac à sable a conservé au lieu de l’envoyer : les e-mails reçus par son capteur de courrier et les SMS. Rien ici n’a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Message &amp;text</source>
        <translation>&amp;Texte du message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation>Sélectionnez un e-mail pour le lire.</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the outboxes again from the sandbox.</source>
        <translation>Recharger les boîtes d’envoi depuis le bac à sable.</translation>
    </message>
    <message>
        <source>Could not load the e-mails: {reason}</source>
        <translation>Impossible de charger les e-mails : {reason}</translation>
    </message>
    <message>
        <source>Could not load the SMS messages: {reason}</source>
        <translation>Impossible de charger les SMS : {reason}</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 e-mail</translation>
    </message>
    <message>
        <source>{count} e-mails</source>
        <translation>{count} e-mails</translation>
    </message>
    <message>
        <source>{emails}, {sms} SMS · updated {time}</source>
        <translation>{emails}, {sms} SMS · mis à jour à {time}</translation>
    </message>
</context>
<context>
    <name>SaveFallbacks</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. A new password cannot wait on this computer to be sent later: it is a secret. Everything you typed is still here: save again when the server is back, or {undo} to save your other changes on this computer now.</source>
        <extracomment>``sign_in(parent, done)``: the app&apos;s sign-in over ``parent``; ``done(True)`` once signed in, ``done(False)`` if not.</extracomment>
        <translation>Le serveur est injoignable, rien n’a donc été enregistré. Un nouveau mot de passe ne peut pas attendre sur cet ordinateur pour être envoyé plus tard : c’est un secret. Tout ce que vous avez saisi est toujours là : enregistrez de nouveau quand le serveur sera de retour, ou {undo} pour enregistrer maintenant vos autres modifications sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{cause} So nothing was saved. A new password cannot wait on this computer to be sent later: it is a secret. Everything you typed is still here: save again once this is solved, or {undo} to save your other changes on this computer now.</source>
        <extracomment>As SECRET_NOT_QUEUED when something named stood in the way (issue 8): ``{cause}`` says what.</extracomment>
        <translation>{cause} Rien n’a donc été enregistré. Un nouveau mot de passe ne peut pas attendre sur cet ordinateur pour être envoyé plus tard : c’est un secret. Tout ce que vous avez saisi est toujours là : enregistrez de nouveau une fois ce problème réglé, ou {undo} pour enregistrer maintenant vos autres modifications sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing was saved: earlier changes to these details are still waiting on this computer, and a new password cannot wait with them (it is a secret). Everything you typed is still here: save the password once they have been sent, or {undo} to queue your other changes.</source>
        <translation>Rien n’a été enregistré : des modifications antérieures de ces paramètres attendent encore sur cet ordinateur, et un nouveau mot de passe ne peut pas attendre avec elles (c’est un secret). Tout ce que vous avez saisi est toujours là : enregistrez le mot de passe une fois qu’elles auront été envoyées, ou {undo} pour mettre vos autres modifications en attente.</translation>
    </message>
    <message>
        <source>Needs the server now: a password is never kept on this computer.</source>
        <translation>A besoin du serveur immédiatement : un mot de passe n’est jamais conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so nothing was saved yet. Sign in again to save; your changes are kept.</source>
        <translation>Votre connexion a expiré, rien n’a donc encore été enregistré. Reconnectez-vous pour enregistrer ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Your changes to {names} were sent to the server, which has not answered yet.</source>
        <translation>Vos modifications de {names} ont été envoyées au serveur, qui n’a pas encore répondu.</translation>
    </message>
    <message>
        <source>If you abandon the save, the server may still apply it; check the values after the refresh.</source>
        <translation>Si vous abandonnez l’enregistrement, le serveur peut encore l’appliquer ; vérifiez les valeurs après l’actualisation.</translation>
    </message>
    <message>
        <source>Put in Outbox keeps it on this computer and sends it later; it is never applied twice.</source>
        <translation>« Mettre en attente » garde la modification sur cet ordinateur et l’envoie plus tard ; elle n’est jamais appliquée deux fois.</translation>
    </message>
    <message>
        <source>Nothing has reached the server yet: abandoning discards your changes.</source>
        <translation>Rien n’a encore atteint le serveur : abandonner supprime vos modifications.</translation>
    </message>
    <message>
        <source>The save was abandoned after it had been sent: the server may still apply it; check the values after the refresh.</source>
        <translation>L’enregistrement a été abandonné après son envoi : le serveur peut encore l’appliquer ; vérifiez les valeurs après l’actualisation.</translation>
    </message>
    <message>
        <source>You did not sign in, so nothing was saved. Your changes are still here: press Save to sign in and try again, or Cancel to leave them.</source>
        <translation>Vous ne vous êtes pas connecté, rien n’a donc été enregistré. Vos modifications sont toujours là : appuyez sur « Enregistrer » pour vous connecter et réessayer, ou sur « Annuler » pour les abandonner.</translation>
    </message>
    <message>
        <source>these details</source>
        <translation>ces informations</translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>&amp;Keep Waiting</source>
        <translation>Continuer d’&amp;attendre</translation>
    </message>
    <message>
        <source>Put in &amp;Outbox</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Save abandoned</source>
        <translation>Enregistrement abandonné</translation>
    </message>
    <message>
        <source>Saving on this computer…</source>
        <translation>Enregistrement sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Your changes could not be saved on this computer either ({error}). Everything you typed is still here; try again.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées sur cet ordinateur non plus ({error}). Tout ce que vous avez saisi est toujours là ; réessayez.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>The sandbox signs in by itself; there is nothing to sign out of.</source>
        <translation>Le bac à sable se connecte tout seul ; il n’y a rien à déconnecter.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Forget this computer&apos;s sign-in for this profile and sign in again</source>
        <translation>Oublier la connexion de cet ordinateur pour ce profil et se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Open another account server, or add, edit and remove profiles</source>
        <translation>Ouvrir un autre serveur de compte, ou ajouter, modifier et supprimer des profils</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in with your control panel e-mail address and password.</source>
        <translation>Connectez-vous avec l’adresse e-mail et le mot de passe de votre panneau de contrôle.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sign in with your control panel e-mail address and password (the password is used once and never stored)</source>
        <translation>Se connecter avec l’adresse e-mail et le mot de passe du panneau de contrôle (le mot de passe est utilisé une fois et jamais enregistré)</translation>
    </message>
    <message>
        <source>E-&amp;mail and password</source>
        <translation>E-&amp;mail et mot de passe</translation>
    </message>
    <message>
        <source>Sign in with a refresh token created on the control panel&apos;s JWT keys page</source>
        <translation>Se connecter avec un jeton de rafraîchissement créé sur la page « JWT keys » du panneau de contrôle</translation>
    </message>
    <message>
        <source>Pasted &amp;token</source>
        <translation>&amp;Jeton collé</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Refresh token</source>
        <translation>Jeton de &amp;rafraîchissement</translation>
    </message>
    <message>
        <source>eyJ…</source>
        <translation>eyJ…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>Refresh token: problem</source>
        <translation>Jeton de rafraîchissement : problème</translation>
    </message>
    <message>
        <source>Create a refresh token on the control panel&apos;s JWT keys page and paste all of it here. The app keeps it in your keychain, never in a file.</source>
        <translation>Créez un jeton de rafraîchissement sur la page « JWT keys » du panneau de contrôle et collez-le ici en entier. L’application le garde dans votre trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Refresh token: hint</source>
        <translation>Jeton de rafraîchissement : conseil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The server refused the sign-in: the e-mail address or the password is not right. Check both and press Sign in again. The app never retries by itself, because the platform blocks an address after repeated failed attempts.</source>
        <translation>Le serveur a refusé la connexion : l’adresse e-mail ou le mot de passe n’est pas correct. Vérifiez les deux et appuyez de nouveau sur « Se connecter ». L’application ne réessaie jamais d’elle-même, car la plateforme bloque une adresse après plusieurs tentatives échouées.</translation>
    </message>
    <message>
        <source>This is not a refresh token. Copy the whole token from the control panel&apos;s JWT keys page: it starts with eyJ and has two dots.</source>
        <translation>Ceci n’est pas un jeton de rafraîchissement. Copiez le jeton entier depuis la page « JWT keys » du panneau de contrôle : il commence par eyJ et contient deux points.</translation>
    </message>
    <message>
        <source>The server did not accept this refresh token: it may have expired or been revoked, be an access token, or belong to another server. Create a new one on the control panel&apos;s JWT keys page.</source>
        <translation>Le serveur n’a pas accepté ce jeton de rafraîchissement : il a peut-être expiré ou été révoqué, est un jeton d’accès ou appartient à un autre serveur. Créez-en un nouveau sur la page « JWT keys » du panneau de contrôle.</translation>
    </message>
    <message>
        <source>Create a refresh token on the control panel&apos;s JWT keys page and paste all of it here. The app keeps it for this session only, never in a file.</source>
        <extracomment>The hint under the Refresh token field: where the token is kept, which the notice may change.</extracomment>
        <translation>Créez un jeton de rafraîchissement sur la page « JWT keys » du panneau de contrôle et collez-le ici en entier. L’application le garde pour cette session seulement, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Sign in to {server} with a refresh token from the control panel.</source>
        <translation>Connectez-vous à {server} avec un jeton de rafraîchissement du panneau de contrôle.</translation>
    </message>
    <message>
        <source>Sign in to {server} with your control panel e-mail address and password.</source>
        <translation>Connectez-vous à {server} avec l’adresse e-mail et le mot de passe de votre panneau de contrôle.</translation>
    </message>
    <message>
        <source>Sign in with a refresh token from the control panel.</source>
        <translation>Connectez-vous avec un jeton de rafraîchissement du panneau de contrôle.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Edit SMTP Details</source>
        <translation>Modifier les paramètres SMTP</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>How the platform sends your customers&apos; e-mail and SMS. Test Email here tests the values as typed; the main window&apos;s Test Email and Test SMS use the saved ones.</source>
        <translation>Comment la plateforme envoie les e-mails et SMS de vos clients. « E-mail de test » ici teste les valeurs telles que saisies ; « E-mail de test » et « SMS de test » de la fenêtre principale utilisent celles enregistrées.</translation>
    </message>
    <message>
        <source>From Add&amp;ress</source>
        <translation>Adresse d’e&amp;xpédition</translation>
    </message>
    <message>
        <source>The address the platform&apos;s e-mails come from; test e-mails go to it unless you choose another.</source>
        <translation>L’adresse d’où viennent les e-mails de la plateforme ; les e-mails de test y sont envoyés sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>p. ex. noc@example.com</translation>
    </message>
    <message>
        <source>From Address: problem</source>
        <translation>Adresse d’expédition : problème</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>The login the mail server expects; leave empty to send without login.</source>
        <translation>L’identifiant attendu par le serveur de messagerie ; laissez vide pour envoyer sans identification.</translation>
    </message>
    <message>
        <source>empty: send without login</source>
        <translation>vide : envoi sans identification</translation>
    </message>
    <message>
        <source>Username: problem</source>
        <translation>Nom d’utilisateur : problème</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>Changer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>Type a new password to replace the saved one; leave empty to keep it. It is never shown again.</source>
        <translation>Saisissez un nouveau mot de passe pour remplacer celui enregistré ; laissez vide pour le garder. Il n’est plus jamais affiché.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Remo&amp;ve the saved password</source>
        <translation>Supprimer le mot de passe en&amp;registré</translation>
    </message>
    <message>
        <source>Send without a password from now on (the Username is kept).</source>
        <translation>Envoyer désormais sans mot de passe (le nom d’utilisateur est conservé).</translation>
    </message>
    <message>
        <source>Password: how the app reads it</source>
        <translation>Mot de passe : comment l’application le lit</translation>
    </message>
    <message>
        <source>Password: problem</source>
        <translation>Mot de passe : problème</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <source>The mail server&apos;s host, optionally with :port. Port 25 when none is given; 465 means TLS from the first byte.</source>
        <translation>L’hôte du serveur de messagerie, éventuellement avec :port. Port 25 si aucun n’est indiqué ; 465 signifie TLS dès le premier octet.</translation>
    </message>
    <message>
        <source>e.g. mail.example.com:587</source>
        <translation>p. ex. mail.example.com:587</translation>
    </message>
    <message>
        <source>Server: how the app reads it</source>
        <translation>Serveur : comment l’application le lit</translation>
    </message>
    <message>
        <source>Server: problem</source>
        <translation>Serveur : problème</translation>
    </message>
    <message>
        <source>SMS Fr&amp;om</source>
        <translation>Expéditeur S&amp;MS</translation>
    </message>
    <message>
        <source>A number with + and the country code, or a sender name of 1 to 11 letters, digits and spaces.</source>
        <translation>Un numéro avec + et l’indicatif du pays, ou un nom d’expéditeur de 1 à 11 lettres, chiffres et espaces.</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456 or Northwind</source>
        <translation>p. ex. +44 7911 123456 ou Northwind</translation>
    </message>
    <message>
        <source>SMS From: how the app reads it</source>
        <translation>Expéditeur SMS : comment l’application le lit</translation>
    </message>
    <message>
        <source>SMS From: problem</source>
        <translation>Expéditeur SMS : problème</translation>
    </message>
    <message>
        <source>Trusted cert&amp;ificate</source>
        <translation>Certificat de &amp;confiance</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the mail server&apos;s own certificate, trusted deliberately (an internal relay with a self-signed or private certificate). Only that certificate is then accepted for this server.</source>
        <translation>L’empreinte SHA-256 du certificat propre au serveur de messagerie, approuvé délibérément (un relais interne avec un certificat auto-signé ou privé). Seul ce certificat est alors accepté pour ce serveur.</translation>
    </message>
    <message>
        <source>none: the trust store decides</source>
        <translation>aucun : le magasin de certificats décide</translation>
    </message>
    <message>
        <source>Trusted certificate: what it means</source>
        <translation>Certificat de confiance : ce que cela signifie</translation>
    </message>
    <message>
        <source>Trusted certificate: problem</source>
        <translation>Certificat de confiance : problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Test Email…</source>
        <translation>E-mail de &amp;test…</translation>
    </message>
    <message>
        <source>Send a test e-mail with the values as typed here, before you save them (nothing is saved).</source>
        <translation>Envoyer un e-mail de test avec les valeurs saisies ici, avant de les enregistrer (rien n’est enregistré).</translation>
    </message>
    <message>
        <source>Read as {server}.</source>
        <extracomment>The validators of the dialog: the shared SMTP ones (the checkers where a notice says what they changed: the From Address and SMS From), and the password&apos;s (which keeps spaces).</extracomment>
        <translation>Lu comme {server}.</translation>
    </message>
    <message>
        <source>Sent from {number} (E.164).</source>
        <translation>Envoyé depuis {number} (E.164).</translation>
    </message>
    <message>
        <source>Sent from the sender name “{name}”.</source>
        <translation>Envoyé avec le nom d’expéditeur « {name} ».</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your new password is kept too (not shown); Save sends it.</source>
        <translation>Votre nouveau mot de passe est conservé aussi (non affiché) ; « Enregistrer » l’envoie.</translation>
    </message>
    <message>
        <source>It belongs to the saved Server: saving the new Server forgets it.</source>
        <translation>Il appartient au serveur enregistré : enregistrer le nouveau serveur l’oublie.</translation>
    </message>
    <message>
        <source>Only the certificate with this SHA-256 fingerprint is accepted for this server, whatever the trust store says.</source>
        <translation>Seul le certificat ayant cette empreinte SHA-256 est accepté pour ce serveur, quoi qu’en dise le magasin de certificats.</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>A password is saved; it is never shown. Leave this empty to keep it.</source>
        <translation>Un mot de passe est enregistré ; il n’est jamais affiché. Laissez ce champ vide pour le garder.</translation>
    </message>
    <message>
        <source>No password is saved.</source>
        <translation>Aucun mot de passe n’est enregistré.</translation>
    </message>
    <message>
        <source>untick “Remove the saved password”</source>
        <translation>décochez « Supprimer le mot de passe enregistré »</translation>
    </message>
    <message>
        <source>empty the “Change password” field</source>
        <translation>videz le champ « Changer le mot de passe »</translation>
    </message>
    <message>
        <source>The mail server refused this value in the test: see the test&apos;s result.</source>
        <translation>Le serveur de messagerie a refusé cette valeur lors du test : voyez le résultat du test.</translation>
    </message>
</context>
<context>
    <name>SmtpSection</name>
    <message>
        <source>SMTP details</source>
        <translation>Paramètres SMTP</translation>
    </message>
    <message>
        <source>From Address</source>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server: how the app reads it</source>
        <translation>Serveur : comment l’application le lit</translation>
    </message>
    <message>
        <source>SMS From</source>
        <translation>Expéditeur SMS</translation>
    </message>
    <message>
        <source>&amp;Test Email…</source>
        <translation>E-&amp;mail de test…</translation>
    </message>
    <message>
        <source>Send a test e-mail with the saved SMTP details and see the whole conversation.</source>
        <translation>Envoyer un e-mail de test avec les paramètres SMTP enregistrés et voir tout l’échange.</translation>
    </message>
    <message>
        <source>Test S&amp;MS…</source>
        <translation>&amp;SMS de test…</translation>
    </message>
    <message>
        <source>Send a test SMS from the saved SMS From.</source>
        <translation>Envoyer un SMS de test depuis l’expéditeur SMS enregistré.</translation>
    </message>
    <message>
        <source>Edit SMTP details…</source>
        <translation>Modifier les paramètres SMTP…</translation>
    </message>
    <message>
        <source>Edit SMTP details</source>
        <translation>Modifier les paramètres SMTP</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Why testing is unavailable</source>
        <translation>Pourquoi les tests sont indisponibles</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test Email needs the server now.</source>
        <translation>Le serveur est injoignable : « E-mail de test » a besoin du serveur immédiatement.</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test SMS needs the server now.</source>
        <translation>Le serveur est injoignable : « SMS de test » a besoin du serveur immédiatement.</translation>
    </message>
    <message>
        <source>The server cannot be reached: Test Email and Test SMS need the server now. They come back after a refresh that reaches it.</source>
        <translation>Le serveur est injoignable : « E-mail de test » et « SMS de test » ont besoin du serveur immédiatement. Ils reviennent après une actualisation qui l’atteint.</translation>
    </message>
    <message>
        <source>No mail server is saved.</source>
        <translation>Aucun serveur de messagerie n’est enregistré.</translation>
    </message>
    <message>
        <source>Read as {server}.</source>
        <translation>Lu comme {server}.</translation>
    </message>
    <message>
        <source>The app cannot read this: {reason}</source>
        <translation>L’application ne peut pas lire ceci : {reason}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <extracomment>The narrowest an eliding label gets, in average characters (&quot;Server: …&quot; stays readable).</extracomment>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Serveur : {server}</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Connecté en tant que {user}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>TestDialog</name>
    <message>
        <source>The test could not be run.</source>
        <extracomment>The heading of an outcome when the request itself failed (no answer, refused values…).</extracomment>
        <translation>Le test n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <extracomment>The follow-ups a result may offer, with their button&apos;s text.</extracomment>
        <translation>Modifier les paramètres SMTP…</translation>
    </message>
    <message>
        <source>Open SMS Outbox</source>
        <translation>Ouvrir la boîte d’envoi SMS</translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation>Faire confiance à ce certificat…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>The keys of the SMTP details (a 422 naming one is fixed in Edit SMTP Details). Words that name the SMTP details (or one of their fields) in a summary. The status line while the service works; set by each subclass.</extracomment>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Stopped waiting: the answer will not be shown.</source>
        <extracomment>The status line after Cancel; set by each subclass.</extracomment>
        <translation>Attente interrompue : la réponse ne sera pas affichée.</translation>
    </message>
</context>
<context>
    <name>TestEmailDialog</name>
    <message>
        <source>Test Email</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>About this test</source>
        <translation>À propos de ce test</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>Where the test e-mail goes; the From Address unless you type another address.</source>
        <translation>Où va l’e-mail de test ; à l’adresse d’expédition sauf si vous en saisissez une autre.</translation>
    </message>
    <message>
        <source>e.g. noc@example.com</source>
        <translation>p. ex. noc@example.com</translation>
    </message>
    <message>
        <source>Send to: problem</source>
        <translation>Envoyer à : problème</translation>
    </message>
    <message>
        <source>&amp;Password for this check (not saved)</source>
        <translation>Mot de &amp;passe pour cette vérification (non enregistré)</translation>
    </message>
    <message>
        <source>Only for “Check from this computer”: the saved password never leaves the server. Leave empty to check without logging in.</source>
        <translation>Uniquement pour « Vérifier depuis cet ordinateur » : le mot de passe enregistré ne quitte jamais le serveur. Laissez vide pour vérifier sans identification.</translation>
    </message>
    <message>
        <source>Password for this check: note</source>
        <translation>Mot de passe pour cette vérification : remarque</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ask the server to send a test e-mail with the saved SMTP details.</source>
        <translation>Demander au serveur d’envoyer un e-mail de test avec les paramètres SMTP enregistrés.</translation>
    </message>
    <message>
        <source>Check from this co&amp;mputer</source>
        <translation>Vérifier depuis cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Talk to the mail server from this computer, up to the recipient, without sending.</source>
        <translation>Dialoguer avec le serveur de messagerie depuis cet ordinateur, jusqu’au destinataire, sans envoyer.</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (the server may still finish the test).</source>
        <translation>Ne plus attendre cette réponse (le serveur peut quand même terminer le test).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <translation>Modifier les paramètres SMTP…</translation>
    </message>
    <message>
        <source>Opens what the result above mentions.</source>
        <translation>Ouvre ce que mentionne le résultat ci-dessus.</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Cop&amp;y transcript</source>
        <translation>Copier le journa&amp;l</translation>
    </message>
    <message>
        <source>Put the whole conversation on the clipboard as text.</source>
        <translation>Mettre tout l’échange dans le presse-papiers sous forme de texte.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>As seen from the server</source>
        <translation>Vu depuis le serveur</translation>
    </message>
    <message>
        <source>As seen from this computer&apos;s network</source>
        <translation>Vu depuis le réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>{source}: the test e-mail was sent.</source>
        <translation>{source} : l’e-mail de test a été envoyé.</translation>
    </message>
    <message>
        <source>{source}: the test e-mail failed.</source>
        <translation>{source} : l’e-mail de test a échoué.</translation>
    </message>
    <message>
        <source>{source}: the check passed (nothing was sent).</source>
        <translation>{source} : la vérification a réussi (rien n’a été envoyé).</translation>
    </message>
    <message>
        <source>{source}: the check failed (nothing was sent).</source>
        <translation>{source} : la vérification a échoué (rien n’a été envoyé).</translation>
    </message>
    <message>
        <source>Waiting for the server: it is talking to the mail server (this can take a minute)…</source>
        <translation>En attente du serveur : il dialogue avec le serveur de messagerie (cela peut prendre une minute)…</translation>
    </message>
    <message>
        <source>Stopped waiting. The server may still send the test e-mail; its answer will not be shown.</source>
        <translation>Attente interrompue. Le serveur peut encore envoyer l’e-mail de test ; sa réponse ne sera pas affichée.</translation>
    </message>
    <message>
        <source>Talking to the mail server from this computer (this can take a minute)…</source>
        <translation>Dialogue avec le serveur de messagerie depuis cet ordinateur (cela peut prendre une minute)…</translation>
    </message>
    <message>
        <source>no mail server saved</source>
        <translation>aucun serveur de messagerie enregistré</translation>
    </message>
    <message>
        <source>the From Address</source>
        <translation>l’adresse d’expédition</translation>
    </message>
    <message>
        <source>Sends a test e-mail from {sender} with the SMTP details as typed, not saved ({server}) and shows the whole conversation with the mail server.</source>
        <translation>Envoie un e-mail de test depuis {sender} avec les paramètres SMTP tels que saisis, non enregistrés ({server}), et affiche tout l’échange avec le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Sends a test e-mail from {sender} with the saved SMTP details ({server}) and shows the whole conversation with the mail server.</source>
        <translation>Envoie un e-mail de test depuis {sender} avec les paramètres SMTP enregistrés ({server}) et affiche tout l’échange avec le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Only for the check from this computer: the saved password never leaves the server. Leave empty to check without logging in.</source>
        <translation>Uniquement pour la vérification depuis cet ordinateur : le mot de passe enregistré ne quitte jamais le serveur. Laissez vide pour vérifier sans identification.</translation>
    </message>
    <message>
        <source>No Username is saved, so the check does not log in.</source>
        <translation>Aucun nom d’utilisateur n’est enregistré, la vérification ne s’identifie donc pas.</translation>
    </message>
    <message>
        <source> (the values as typed, not saved)</source>
        <translation> (les valeurs telles que saisies, non enregistrées)</translation>
    </message>
    <message>
        <source>The transcript is on the clipboard.</source>
        <translation>Le journal est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>TestSmsDialog</name>
    <message>
        <source>Test SMS</source>
        <translation>SMS de test</translation>
    </message>
    <message>
        <source>About this test</source>
        <translation>À propos de ce test</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>The mobile number the test SMS goes to, with + and the country code.</source>
        <translation>Le numéro de mobile auquel le SMS de test est envoyé, avec + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>e.g. +44 7911 123456</source>
        <translation>p. ex. +44 7911 123456</translation>
    </message>
    <message>
        <source>Send to: how the app reads it</source>
        <translation>Envoyer à : comment l’application le lit</translation>
    </message>
    <message>
        <source>Send to: problem</source>
        <translation>Envoyer à : problème</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ask the server to send a test SMS from the saved SMS From.</source>
        <translation>Demander au serveur d’envoyer un SMS de test depuis l’expéditeur SMS enregistré.</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (the server may still finish the test).</source>
        <translation>Ne plus attendre cette réponse (le serveur peut quand même terminer le test).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Edit SMTP Details…</source>
        <translation>Modifier les paramètres SMTP…</translation>
    </message>
    <message>
        <source>Opens what the result above mentions.</source>
        <translation>Ouvre ce que mentionne le résultat ci-dessus.</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider stat&amp;us</source>
        <translation>É&amp;tat chez le fournisseur</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>État chez le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Message ID</source>
        <translation>&amp;Identifiant du message</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Waiting for the server to hand the SMS to the provider…</source>
        <translation>En attente que le serveur transmette le SMS au fournisseur…</translation>
    </message>
    <message>
        <source>Stopped waiting. The SMS may still be sent; the provider&apos;s answer will not be shown.</source>
        <translation>Attente interrompue. Le SMS peut encore être envoyé ; la réponse du fournisseur ne sera pas affichée.</translation>
    </message>
    <message>
        <source>Sends a short test SMS from {sender} through the platform&apos;s SMS provider. An SMS may be charged by the provider.</source>
        <translation>Envoie un court SMS de test depuis {sender} via le fournisseur SMS de la plateforme. Un SMS peut être facturé par le fournisseur.</translation>
    </message>
    <message>
        <source>Sends a short test SMS from the SMS From (none is saved yet) through the platform&apos;s SMS provider. An SMS may be charged by the provider.</source>
        <translation>Envoie un court SMS de test depuis l’expéditeur SMS (aucun n’est encore enregistré) via le fournisseur SMS de la plateforme. Un SMS peut être facturé par le fournisseur.</translation>
    </message>
    <message>
        <source>Sent to {number} (E.164).</source>
        <translation>Envoyé à {number} (E.164).</translation>
    </message>
    <message>
        <source>The test SMS was accepted.</source>
        <translation>Le SMS de test a été accepté.</translation>
    </message>
    <message>
        <source>The test SMS was not sent.</source>
        <translation>Le SMS de test n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>TrustCertificate</name>
    <message>
        <source>Trust the certificate of {host} for sending mail?</source>
        <translation>Faire confiance au certificat de {host} pour l’envoi de courrier ?</translation>
    </message>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Faire confiance à ce certificat ?</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trust it only if this is your company&apos;s own mail relay: compare the fingerprint with the one its administrator gives you. From then on only this certificate is accepted for {host}; if it changes, sending stops and says so.</source>
        <translation>Ne lui faites confiance que s’il s’agit du relais de messagerie de votre entreprise : comparez l’empreinte avec celle que vous donne son administrateur. Ensuite, seul ce certificat est accepté pour {host} ; s’il change, l’envoi s’arrête et le signale.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>Saved on this computer: it will be sent when the server is back.</source>
        <translation>Enregistrée sur cet ordinateur : elle sera envoyée quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>Saved on this computer: they will be sent when the server is back.</source>
        <translation>Enregistrées sur cet ordinateur : elles seront envoyées quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>1 change not yet sent</source>
        <translation>1 modification pas encore envoyée</translation>
    </message>
    <message>
        <source>{count} changes not yet sent</source>
        <translation>{count} modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>1 needs your decision</source>
        <translation>1 attend votre décision</translation>
    </message>
    <message>
        <source>{count} need your decision</source>
        <translation>{count} attendent votre décision</translation>
    </message>
    <message>
        <source>{count} refused by the server</source>
        <translation>{count} refusée(s) par le serveur</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The server refused a change to {what}: {reason}. Press Review… to see it and discard it.</source>
        <translation>Le serveur a refusé une modification de {what} : {reason}. Appuyez sur « Examiner… » pour la voir et l’abandonner.</translation>
    </message>
    <message>
        <source>The same fields were changed on the server too: press Review… to choose which values to keep. Until then the change is not sent.</source>
        <translation>Les mêmes champs ont aussi été modifiés sur le serveur : appuyez sur « Examiner… » pour choisir les valeurs à garder. D’ici là, la modification n’est pas envoyée.</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>En attente d’envoi.</translation>
    </message>
    <message>
        <source>Changes saved on this computer were not sent: {error}</source>
        <translation>Les modifications enregistrées sur cet ordinateur n’ont pas été envoyées : {error}</translation>
    </message>
    <message>
        <source>1 change saved on this computer was sent to the server.</source>
        <translation>1 modification enregistrée sur cet ordinateur a été envoyée au serveur.</translation>
    </message>
    <message>
        <source>{count} changes saved on this computer were sent to the server.</source>
        <translation>{count} modifications enregistrées sur cet ordinateur ont été envoyées au serveur.</translation>
    </message>
    <message>
        <source>Changes saved on this computer were not sent: {error} They are sent with the next refresh.</source>
        <translation>Les modifications enregistrées sur cet ordinateur n’ont pas été envoyées : {error} Elles seront envoyées à la prochaine actualisation.</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>not set</source>
        <extracomment>What a value label shows for an empty value. A value label is at least as wide as its text, or as this many (average) characters when its text is longer.</extracomment>
        <translation>non défini</translation>
    </message>
</context>
</TS>
