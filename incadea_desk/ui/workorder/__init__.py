"""The workorder detail pane: ``pane`` lays it out and renders it; ``forms`` and
``interventions`` are its parts; ``labels`` names domain fields for the advisor;
``sync_info`` says what the last import or refresh did."""

from incadea_desk.ui.workorder.labels import describe_field
from incadea_desk.ui.workorder.pane import WorkorderPane
from incadea_desk.ui.workorder.sync_info import SyncInfo

__all__ = ["SyncInfo", "WorkorderPane", "describe_field"]
