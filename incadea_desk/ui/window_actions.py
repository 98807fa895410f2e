"""The main window's actions: their shortcuts, the menu bar, and their texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

translate = QCoreApplication.translate


class WindowActions:
    """Every action of the window, with its shortcut, in the File, Workorder and View menus.

    The slots are the window's; this class only wires them to keys and menu entries."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        find: Callable[[], Any],
        import_: Callable[[], Any],
        refresh: Callable[[], Any],
        mileage: Callable[[], Any],
        pause: Callable[[], Any],
        settings: Callable[[], Any],
        quit_: Callable[[], Any],
        results: Callable[[], Any],
        attention: Callable[[], Any],
        activity: QAction,
    ) -> None:
        self._window = window
        seq = QKeySequence
        self.find_action = self._action("findAction", [seq("Ctrl+F"), seq("Ctrl+L")], find)
        self.import_action = self._action("importAction", [seq("Ctrl+I")], import_)
        self.refresh_action = self._action("refreshAction", [seq("F5")], refresh)
        self.mileage_action = self._action("mileageAction", [seq("Ctrl+M")], mileage)
        self.pause_action = self._action("pauseAction", [seq("Ctrl+P")], pause)
        self.settings_action = self._action("settingsAction", [seq("Ctrl+,")], settings)
        self.quit_action = self._action("quitAction", [seq("Ctrl+Q")], quit_)
        self.activity_action = activity
        self.activity_action.setShortcut(seq("Ctrl+J"))
        self.results_action = self._action("resultsAction", [seq("F6")], results)
        self.attention_action = self._action("attentionAction", [seq("Ctrl+H")], attention)

        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.workorder_menu = menu_bar.addMenu("")
        for action in (
            self.find_action,
            self.import_action,
            self.refresh_action,
            self.mileage_action,
        ):
            self.workorder_menu.addAction(action)
        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addAction(self.results_action)
        self.view_menu.addAction(self.activity_action)
        self.view_menu.addAction(self.pause_action)
        self.view_menu.addAction(self.attention_action)

    def _action(self, name: str, shortcuts: list[QKeySequence], slot: Callable[[], Any]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def needing_services(self) -> tuple[QAction, ...]:
        """The actions that wait while the window is still connecting."""
        return (
            self.find_action,
            self.import_action,
            self.refresh_action,
            self.mileage_action,
            self.pause_action,
            self.attention_action,
            self.settings_action,
        )

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.workorder_menu.setTitle(translate("MainWindow", "&Workorder"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        texts = {
            self.find_action: (
                translate("MainWindow", "&Find…"),
                translate("MainWindow", "Focus the search bar"),
            ),
            self.import_action: (
                translate("MainWindow", "&Import to Claire"),
                translate("MainWindow", "Import the open workorder"),
            ),
            self.refresh_action: (
                translate("MainWindow", "&Refresh"),
                translate("MainWindow", "Re-read the open workorder"),
            ),
            self.mileage_action: (
                translate("MainWindow", "Correct &mileage"),
                translate("MainWindow", "Go to the mileage field"),
            ),
            self.pause_action: (
                translate("MainWindow", "&Pause / resume keep-importing"),
                translate("MainWindow", "Pause or resume the background import"),
            ),
            self.settings_action: (
                translate("MainWindow", "&Settings…"),
                translate("MainWindow", "Endpoints, sign-in and language"),
            ),
            self.quit_action: (
                translate("MainWindow", "&Quit"),
                translate("MainWindow", "Close incadea-desk"),
            ),
            self.results_action: (
                translate("MainWindow", "Search &results"),
                translate("MainWindow", "Show or fold the list of workorders found"),
            ),
            self.attention_action: (
                translate("MainWindow", "Workorders that need a&ttention…"),
                translate("MainWindow", "The workorders keep-importing cannot import, and why"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.activity_action.setText(translate("MainWindow", "&Activity log"))
