"""The desktop interface: the only package that imports PySide6.

Start it with :func:`bataille.ui.app.main`. Widgets read deck and session state and send
actions; they never hold game state of their own.
"""

from bataille.ui.qt_workarounds import keep_none_alive, read_sources_cheaply

keep_none_alive()  # before any module of this package calls into Qt
read_sources_cheaply()  # before the rest of the app is imported
