"""The «Community» page: the community's official names."""
