"""The window's translation catalogues: ``.ts`` sources and the compiled ``.qm`` files.

Package data, read with ``importlib.resources`` by ``incadea_desk.ui.i18n``.
"""
