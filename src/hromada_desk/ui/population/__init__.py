"""Settlements and their yearly population: the grid, pasting, settlements."""
