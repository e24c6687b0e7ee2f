"""Widgets, models and helpers every page shares: cells, sheets, messages, pages."""
