"""The service agreement served by ``GET setup/account/agreement``.

Simple HTML (``h1``, ``h2``, ``p``, ``ul``) that Qt's rich-text viewer shows without a browser
engine. The reference service has no PDF edition, so ``pdf_url`` is ``null``.
"""

from __future__ import annotations

from typing import Any

_HTML = """\
<h1>Platform Services Agreement</h1>
<p>This Platform Services Agreement (the <b>Agreement</b>) is made between the platform operator
(the <b>Provider</b>) and the carrier that holds the account (the <b>Customer</b>). It governs the
Customer's use of the hosted class 4 and class 5 switching platform, its control panel, its
application programming interface and every related service (together, the <b>Services</b>). By
creating an account or using the Services the Customer accepts this Agreement.</p>

<h2>1. Definitions</h2>
<ul>
<li><b>Account</b>: the Customer's record on the platform, including its company details, billing
method, balance and packages.</li>
<li><b>Package</b>: a chargeable feature or capacity applied to the Account, such as channels,
per-minute termination, number hosting or call recording.</li>
<li><b>Ingress route</b>: the routing configuration through which a customer of the Customer sends
calls into the platform.</li>
<li><b>Billing method</b>: the basis on which the Provider charges for capacity, either per channel
or per minute.</li>
<li><b>Business day</b>: a day other than a Saturday, Sunday or public holiday in England.</li>
</ul>

<h2>2. The Services</h2>
<p>The Provider will make the Services available with reasonable skill and care, and will use
commercially reasonable efforts to keep the switching platform available 99.95% of each calendar
month, excluding scheduled maintenance announced at least five Business days in advance and
emergency maintenance needed to protect the platform.</p>
<p>The Provider may change the Services from time to time, provided that a change does not
materially reduce the functionality the Customer has paid for. Changes to this Agreement are
announced in the control panel at least thirty days before they take effect.</p>

<h2>3. The Customer's obligations</h2>
<ul>
<li>Keep the company, address and contact details on the Account accurate and complete, including a
valid VAT registration ID where the law requires one.</li>
<li>Keep sign-in credentials and access tokens confidential, and tell the Provider at once of any
unauthorised use of the Account.</li>
<li>Comply with all laws and regulations that apply to the traffic the Customer sends, including
rules on caller line identification, lawful interception, emergency calls and data protection.</li>
<li>Not use the Services for fraudulent, abusive or unsolicited traffic, and act promptly on any
report of such traffic from its own customers.</li>
</ul>

<h2>4. Charges, billing method and payment</h2>
<p>Charges accrue for each Package at the rates shown on the Account. Per-minute charges are
calculated per second of billable duration and kept to five decimal places; they are rounded to
the Account currency's precision only on the invoice.</p>
<p>The Customer may choose to be billed per channel or per minute. Once the billing method has been
changed it cannot be changed again for thirty days. The Provider may lift this restriction at its
discretion on request to technical support.</p>
<p>The Account operates on a prepaid basis. If the balance falls below zero the Provider may limit
new calls until the Account is topped up. Invoices are payable within fourteen days of issue.
Disputed charges must be raised within thirty days of the invoice date.</p>

<h2>5. Call recording</h2>
<p>Call recording is an optional, chargeable Package. It records only calls arriving over ingress
routes for which the Customer has enabled recording, in the sampling mode the Customer selects.
The Customer is the controller of recorded content and is solely responsible for informing callers
and obtaining any consent that the law requires. Recordings are kept for ninety days unless the
Customer deletes them sooner.</p>

<h2>6. Data protection and confidentiality</h2>
<p>Each party will keep the other's confidential information secret and use it only to perform
this Agreement. The Provider processes personal data contained in call detail records and
recordings only on the Customer's documented instructions, under the data processing terms
published in the control panel, which form part of this Agreement.</p>

<h2>7. Suspension</h2>
<p>The Provider may suspend all or part of the Services without liability where it reasonably
believes that the Account is being used for fraud, that the Customer's traffic threatens the
integrity of the platform, or that an invoice is more than thirty days overdue. The Provider will
give notice of a suspension as soon as practicable and restore the Services once the cause has
been resolved.</p>

<h2>8. Liability</h2>
<p>Neither party excludes liability for death or personal injury caused by negligence, for fraud,
or for any other liability that cannot be excluded by law. Subject to that, neither party is liable
for loss of profit, revenue or goodwill, or for indirect or consequential loss, and each party's
total liability in any twelve-month period is limited to the charges paid by the Customer in that
period.</p>

<h2>9. Term and termination</h2>
<p>This Agreement continues until terminated. Either party may terminate it on thirty days'
written notice. Either party may terminate it at once if the other commits a material breach that
is not remedied within fourteen days of notice, or becomes insolvent. On termination the Customer
pays all charges accrued to the termination date, and may export its call detail records for thirty
days afterwards.</p>

<h2>10. General</h2>
<ul>
<li>Notices are given by e-mail to the contact address on the Account, or to the Provider's
support address.</li>
<li>Neither party may assign this Agreement without the other's consent, except to a successor of
its whole business.</li>
<li>This Agreement is governed by the laws of England and Wales, and the courts of England have
exclusive jurisdiction.</li>
</ul>
<p>Questions about this Agreement can be raised with technical support from the control panel.</p>
"""

#: The body of ``GET setup/account/agreement``.
AGREEMENT: dict[str, Any] = {
    "title": "Platform Services Agreement",
    "version": "2024.2",
    "effective_date": "2024-07-01",
    "html": _HTML,
    "pdf_url": None,
}
