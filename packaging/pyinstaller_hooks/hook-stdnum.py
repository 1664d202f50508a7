"""Override of hooks-contrib's hook: python-stdnum's data files *and* its country modules.

``stdnum.eu.vat`` imports each member state's module by name at run time (``get_cc_module``), so
PyInstaller cannot see them; without them every EU VAT number is refused in the frozen app.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("stdnum")
hiddenimports = collect_submodules("stdnum")
