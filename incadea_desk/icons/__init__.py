"""The application's icon as PNGs from 16 to 256 px, rendered by ``resources/build.py``
from ``resources/icons/``.

Package data, read with ``importlib.resources`` by ``incadea_desk.ui.identity``.
"""
