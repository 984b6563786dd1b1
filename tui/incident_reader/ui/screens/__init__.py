"""Screens of the reader: the main reader, help and the DCT prompt."""
