"""The workorder detail pane: ``pane`` lays it out and renders it; ``forms`` and
``interventions`` are its parts; ``labels`` names domain fields for the advisor."""

from incadea_desk.ui.workorder.labels import SyncInfo, describe_field
from incadea_desk.ui.workorder.pane import WorkorderPane

__all__ = ["SyncInfo", "WorkorderPane", "describe_field"]
