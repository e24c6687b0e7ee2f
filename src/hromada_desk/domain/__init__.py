"""Domain records and pure rules of hromada-desk (no Qt, no SQL, no file formats)."""
