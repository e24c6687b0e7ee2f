"""Documents: protocol and plan PDFs and DOCX (reportlab, python-docx), statistics workbooks."""
