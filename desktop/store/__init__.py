"""The app's local state, Qt-free (design §4): profiles and refresh tokens."""
