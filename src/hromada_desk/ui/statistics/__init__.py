"""Statistics workbooks and fill-in templates: export and import."""
