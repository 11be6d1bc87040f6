"""Printing: the print dialog, its options, its live preview, and saving the PDFs."""
