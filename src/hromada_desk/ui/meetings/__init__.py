"""Meetings: attendance, agenda, protocol controls and export."""
