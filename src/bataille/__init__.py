"""Bataille IA: conduct a card-game workshop on the social and environmental stakes of generative AI."""

__version__ = "0.1.0"
