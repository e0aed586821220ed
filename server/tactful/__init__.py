"""Tactful: reviews customer-service replies before they are sent."""

__version__ = "0.1.0"
