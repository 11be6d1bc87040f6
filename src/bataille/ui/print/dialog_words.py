"""The print dialog's words on the widgets ``dialog_ui.setup_ui`` makes, as Qt Designer's
``retranslateUi`` would set them: the title, the page, the buttons, the preview's tooltip (exact
or approximate) and the names a screen reader says. ``dialog`` calls it at each change of language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bataille.ui.print.dialog import PrintDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def retranslate_ui(dialog: PrintDialog) -> None:
    """Word the dialog's own widgets in the interface's language (the forms word themselves)."""
    dialog.setWindowTitle(translate("PrintDialog", "Print the cards"))
    dialog.page_label.setText(translate("PrintDialog", "Pa&ge"))
    dialog.page.setAccessibleName(translate("PrintDialog", "Page shown in the preview"))
    dialog.save_button.setText(translate("PrintDialog", "&Save as PDF…"))
    dialog.save_button.setAccessibleName(translate("PrintDialog", "Save as PDF"))
    dialog.close_button.setText(translate("PrintDialog", "Close"))
    dialog.close_button.setAccessibleName(translate("PrintDialog", "Close"))
    dialog.view.setAccessibleName(translate("PrintDialog", "Preview of one page"))
    dialog.error.setAccessibleName(translate("PrintDialog", "Problem"))
    dialog.summary.setAccessibleName(translate("PrintDialog", "Cards and pages"))
    if dialog.renderer.exact:
        dialog.view.setToolTip(translate("PrintDialog", "The page exactly as it will print: the PDF page, rendered "
                                         "by pdftoppm"))
    else:
        dialog.view.setToolTip(translate("PrintDialog", "Approximate preview: pdftoppm (poppler-utils) is not "
                                         "installed, so the cards are drawn at their real places by the screen "
                                         "renderer; the saved PDF is exact"))
