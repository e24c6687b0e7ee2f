"""Charts of population and indicators."""
