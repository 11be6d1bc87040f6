"""The start screen: a new session, a quick debate, a recent session, or a session file."""
