"""The window's compiled translation catalogues (``.qm``), built by ``resources/build.py``
from the sources in ``resources/translations/``.

Package data, read with ``importlib.resources`` by ``incadea_desk.ui.i18n``.
"""
