"""SahelWatch: reports in, a coded, geolocated, deduplicated conflict event database out."""

__version__ = "0.1.0"
