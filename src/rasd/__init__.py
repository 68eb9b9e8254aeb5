"""rasd (رصد): Arabic conflict news → structured, checkable event data."""

__version__ = "0.1.0"
