# PyInstaller runtime hook: programs the app starts get the user's own environment.
#
# The frozen app's launcher points LD_LIBRARY_PATH at the folder's libraries and keeps the
# user's value in LD_LIBRARY_PATH_ORIG. The app itself no longer needs it once it runs (the
# dynamic loader read it at start), but every program it starts would inherit it: the PDF viewer
# opened after saving cards or the guide (xdg-open, a shell script), the browser opened from a
# card's source link, pdftoppm drawing the print preview. Those would load this folder's copies of
# libreadline, libstdc++, libfreetype… instead of their own system's, and fail on a system newer
# than the build machine ("symbol lookup error"). So the user's value is put back here, before
# the app's code runs.
import os
import sys


def restore_library_path(environ=os.environ) -> None:
    """LD_LIBRARY_PATH as the user had it (unset if they had none); LD_LIBRARY_PATH_ORIG gone."""
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        environ["LD_LIBRARY_PATH"] = original
    else:
        environ.pop("LD_LIBRARY_PATH", None)


if getattr(sys, "frozen", False):
    restore_library_path()
