"""Community files: open, new, copies, backups, locks, working copies."""
