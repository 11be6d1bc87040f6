"""The desktop interface: the only package that imports PySide6.

Start it with :func:`bataille.ui.app.main`. Widgets read deck and session state and send
actions; they never hold game state of their own.
"""
