"""Qt-free rules shared by the views, the API client and the account service.

Everything here is judged the same online (by the service) and offline (by the app):
validation of user input, money formatting and the 30-day billing-method rule.

It imports only the standard library and the well-kept libraries of the field (babel,
phonenumbers, python-stdnum, email-validator, idna, truststore): nothing else of the app, never Qt.
"""
