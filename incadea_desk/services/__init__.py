"""The use cases, as plain asyncio services shared by the GUI and the CLI (no Qt here).

The package face is empty on purpose: each caller imports the module it needs
(``services.lifetime.Services``, ``services.events``, ``services.outcomes``), so the
window can import the event and result types without the HTTP stack and both adapters.
"""
