"""Developer tools: building forms and resources.

Run by hand or by the build; they import nothing of the app.
"""
