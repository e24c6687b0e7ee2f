"""The community file: the only layer that talks SQL."""
