"""Reading filled-in workbooks back, with cell-precise errors. No Qt."""
