"""The desktop window: Qt widgets and the thin glue from signals to the services.

This is the only package that imports Qt. Everything it shows comes from
``incadea_desk.services`` and ``incadea_desk.domain``; everything it does is
one of their calls, run on the qasync loop so the window never freezes.
"""

from incadea_desk.ui.pyside_feature import read_no_sources

# Before any of the window's modules: every module imported after Qt passes PySide6's
# import hook, which would otherwise read its source into memory.
read_no_sources()
