"""hromada-desk: records and needs calculation for a council's coordination council."""

__version__ = "0.1.0"
APP_NAME = "hromada-desk"
