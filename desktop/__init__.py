"""ServiceBay (售后管家): the after-sales desk of a car dealership or repair shop."""

from importlib import metadata

try:
    __version__ = metadata.version("servicebay")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
