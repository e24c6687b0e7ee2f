"""The needs calculation of Methodology No. 787 and its parameters."""
