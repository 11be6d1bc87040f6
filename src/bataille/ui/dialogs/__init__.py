"""The dialogs every window opens: welcome, about, preferences."""
