"""The desktop window: Qt widgets and the thin glue from signals to the services.

This is the only package that imports Qt. Everything it shows comes from
``incadea_desk.services`` and ``incadea_desk.domain``; everything it does is
one of their calls, run on the qasync loop so the window never freezes.
"""
