"""The typed data of each document, finished before an export writes it; depends on domain only."""
