"""Override of hooks-contrib's hook: collect phonenumbers' metadata, not its geocoder, carrier and time-zone data.

The app only parses, validates and formats numbers (E.164); the left-out data is most of the package's size.
"""

from PyInstaller.utils.hooks import collect_submodules

LEFT_OUT = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata", "phonenumbers.geocoder",
            "phonenumbers.carrier", "phonenumbers.timezone")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(LEFT_OUT))
