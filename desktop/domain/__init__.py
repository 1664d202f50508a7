"""Qt-free rules shared by the views, the API client and the account service.

Everything here is judged the same online (by the service) and offline (by the app):
validation of user input, money formatting and the 30-day billing-method rule.
"""
