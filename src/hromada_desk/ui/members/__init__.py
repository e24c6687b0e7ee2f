"""The council's members: list, form and page."""
