"""Use cases joining storage and domain."""
