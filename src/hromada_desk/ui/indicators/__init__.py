"""The yearly indicators, existing services and rayon figures."""
